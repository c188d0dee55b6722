/** The reminders the tool sends (tracker.md, "Reminders"). */
export const REMINDER_KINDS = [
  'Engagement meeting',
  'Self-evaluation due',
  'Engagement meeting overdue',
  'Self-evaluation overdue',
  'Inspection window opening',
  'Weekly digest',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];
