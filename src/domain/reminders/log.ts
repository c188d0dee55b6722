/** The Reminder log's columns (tracker.md, "Reminder log"): one row per reminder decision. */
export const REMINDER_LOG_HEADERS = [
  'Time',
  'Authority',
  'Kind',
  'Event date',
  'Lead days',
  'Recipients',
  'Outcome',
  'Detail',
  'Key',
] as const;
