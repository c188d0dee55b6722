/**
 * Conversions between UTC and wall clocks, written out by hand from the published tz database
 * rules (not computed: the emulator's time zones and src/sheets/dates.ts are one implementation,
 * over Intl, so checking one against the other would prove nothing). Each row is a UTC instant,
 * the wall clock it shows in the zone and the zone's offset then, around daylight-saving changes,
 * odd offsets (+05:45, +12:45, half-hour DST), a skipped day and rules that changed. Checked by
 * test/emulator/time-zone-table.test.ts (Utilities, date cells) and test/sheets/dates.test.ts.
 */

/** A wall clock as Utilities.formatDate writes it with this pattern. */
export const PATTERN = 'yyyy-MM-dd HH:mm:ss';

export interface Known {
  readonly zone: string;
  readonly utc: string;
  readonly wall: string;
  /** Minutes ahead of UTC. */
  readonly offset: number;
  /**
   * The second showing of a wall-clock time repeated when clocks go back: read back, it is the
   * first showing, this instant (Sheets and Utilities.parseDate take the earlier one).
   */
  readonly firstShowing?: string;
}

export const KNOWN: readonly Known[] = [
  // Europe/London: GMT, BST from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
  // Sunday of October.
  { zone: 'Europe/London', utc: '2024-01-15T12:00:00Z', wall: '2024-01-15 12:00:00', offset: 0 },
  { zone: 'Europe/London', utc: '2024-03-31T00:59:59Z', wall: '2024-03-31 00:59:59', offset: 0 },
  { zone: 'Europe/London', utc: '2024-03-31T01:00:00Z', wall: '2024-03-31 02:00:00', offset: 60 },
  { zone: 'Europe/London', utc: '2024-10-27T00:59:59Z', wall: '2024-10-27 01:59:59', offset: 60 },
  {
    zone: 'Europe/London',
    utc: '2024-10-27T01:00:00Z',
    wall: '2024-10-27 01:00:00',
    offset: 0,
    firstShowing: '2024-10-27T00:00:00Z',
  },
  { zone: 'Europe/London', utc: '2025-03-30T01:00:00Z', wall: '2025-03-30 02:00:00', offset: 60 },
  {
    zone: 'Europe/London',
    utc: '2025-10-26T01:30:00Z',
    wall: '2025-10-26 01:30:00',
    offset: 0,
    firstShowing: '2025-10-26T00:30:00Z',
  },
  // British Standard Time: UTC+1 all year from October 1968 to October 1971.
  { zone: 'Europe/London', utc: '1970-01-01T00:00:00Z', wall: '1970-01-01 01:00:00', offset: 60 },
  { zone: 'Europe/Dublin', utc: '2024-07-01T12:00:00Z', wall: '2024-07-01 13:00:00', offset: 60 },
  { zone: 'Europe/Dublin', utc: '2024-12-01T12:00:00Z', wall: '2024-12-01 12:00:00', offset: 0 },

  // America/New_York: since 2007, EDT from 02:00 EST on the second Sunday of March to 02:00 EDT
  // on the first Sunday of November; before, from the first Sunday of April.
  {
    zone: 'America/New_York',
    utc: '2024-03-10T06:59:59Z',
    wall: '2024-03-10 01:59:59',
    offset: -300,
  },
  {
    zone: 'America/New_York',
    utc: '2024-03-10T07:00:00Z',
    wall: '2024-03-10 03:00:00',
    offset: -240,
  },
  {
    zone: 'America/New_York',
    utc: '2024-11-03T05:59:59Z',
    wall: '2024-11-03 01:59:59',
    offset: -240,
  },
  {
    zone: 'America/New_York',
    utc: '2024-11-03T06:00:00Z',
    wall: '2024-11-03 01:00:00',
    offset: -300,
    firstShowing: '2024-11-03T05:00:00Z',
  },
  {
    zone: 'America/New_York',
    utc: '2006-03-15T12:00:00Z',
    wall: '2006-03-15 07:00:00',
    offset: -300,
  },
  {
    zone: 'America/New_York',
    utc: '2006-04-02T07:00:00Z',
    wall: '2006-04-02 03:00:00',
    offset: -240,
  },
  // America/St_Johns: NST UTC-3:30, NDT UTC-2:30, changing at 02:00 local like New York.
  {
    zone: 'America/St_Johns',
    utc: '2024-03-10T05:29:59Z',
    wall: '2024-03-10 01:59:59',
    offset: -210,
  },
  {
    zone: 'America/St_Johns',
    utc: '2024-03-10T05:30:00Z',
    wall: '2024-03-10 03:00:00',
    offset: -150,
  },
  // America/Sao_Paulo: no daylight saving since 2019.
  {
    zone: 'America/Sao_Paulo',
    utc: '2024-01-15T12:00:00Z',
    wall: '2024-01-15 09:00:00',
    offset: -180,
  },

  // Australia/Sydney: AEDT UTC+11 until 03:00 on the first Sunday of April, AEST UTC+10 until
  // 02:00 on the first Sunday of October.
  {
    zone: 'Australia/Sydney',
    utc: '2024-04-06T15:59:59Z',
    wall: '2024-04-07 02:59:59',
    offset: 660,
  },
  {
    zone: 'Australia/Sydney',
    utc: '2024-04-06T16:00:00Z',
    wall: '2024-04-07 02:00:00',
    offset: 600,
    firstShowing: '2024-04-06T15:00:00Z',
  },
  {
    zone: 'Australia/Sydney',
    utc: '2024-10-05T15:59:59Z',
    wall: '2024-10-06 01:59:59',
    offset: 600,
  },
  {
    zone: 'Australia/Sydney',
    utc: '2024-10-05T16:00:00Z',
    wall: '2024-10-06 03:00:00',
    offset: 660,
  },
  {
    zone: 'Australia/Sydney',
    utc: '2024-07-01T00:00:00Z',
    wall: '2024-07-01 10:00:00',
    offset: 600,
  },
  {
    zone: 'Australia/Sydney',
    utc: '2024-12-31T13:00:00Z',
    wall: '2025-01-01 00:00:00',
    offset: 660,
  },
  // Australia/Lord_Howe: UTC+10:30, and only half an hour of daylight saving (UTC+11), changing
  // at 02:00 local on the same Sundays as Sydney.
  {
    zone: 'Australia/Lord_Howe',
    utc: '2024-04-06T14:59:59Z',
    wall: '2024-04-07 01:59:59',
    offset: 660,
  },
  {
    zone: 'Australia/Lord_Howe',
    utc: '2024-04-06T15:00:00Z',
    wall: '2024-04-07 01:30:00',
    offset: 630,
    firstShowing: '2024-04-06T14:30:00Z',
  },
  {
    zone: 'Australia/Lord_Howe',
    utc: '2024-10-05T15:29:59Z',
    wall: '2024-10-06 01:59:59',
    offset: 630,
  },
  {
    zone: 'Australia/Lord_Howe',
    utc: '2024-10-05T15:30:00Z',
    wall: '2024-10-06 02:30:00',
    offset: 660,
  },

  // Asia: half and three-quarter hours, no daylight saving.
  { zone: 'Asia/Kolkata', utc: '2024-03-10T18:30:00Z', wall: '2024-03-11 00:00:00', offset: 330 },
  { zone: 'Asia/Kolkata', utc: '2024-06-30T18:29:59Z', wall: '2024-06-30 23:59:59', offset: 330 },
  {
    zone: 'Asia/Kathmandu',
    utc: '2024-01-01T00:00:00Z',
    wall: '2024-01-01 05:45:00',
    offset: 345,
  },
  { zone: 'Asia/Tehran', utc: '2024-06-01T00:00:00Z', wall: '2024-06-01 03:30:00', offset: 210 },

  // Pacific/Chatham: CHAST UTC+12:45, CHADT UTC+13:45, changing at the same instants as New
  // Zealand (02:45 standard time on the last Sunday of September and the first Sunday of April).
  {
    zone: 'Pacific/Chatham',
    utc: '2024-04-06T13:59:59Z',
    wall: '2024-04-07 03:44:59',
    offset: 825,
  },
  {
    zone: 'Pacific/Chatham',
    utc: '2024-04-06T14:00:00Z',
    wall: '2024-04-07 02:45:00',
    offset: 765,
    firstShowing: '2024-04-06T13:00:00Z',
  },
  {
    zone: 'Pacific/Chatham',
    utc: '2024-09-28T13:59:59Z',
    wall: '2024-09-29 02:44:59',
    offset: 765,
  },
  {
    zone: 'Pacific/Chatham',
    utc: '2024-09-28T14:00:00Z',
    wall: '2024-09-29 03:45:00',
    offset: 825,
  },
  {
    zone: 'Pacific/Chatham',
    utc: '2024-07-01T00:00:00Z',
    wall: '2024-07-01 12:45:00',
    offset: 765,
  },
  {
    zone: 'Pacific/Auckland',
    utc: '2024-07-01T00:00:00Z',
    wall: '2024-07-01 12:00:00',
    offset: 720,
  },
  // Pacific/Apia skipped Friday 30 December 2011, moving from UTC-10 (its daylight time) to UTC+14.
  { zone: 'Pacific/Apia', utc: '2011-12-30T09:59:59Z', wall: '2011-12-29 23:59:59', offset: -600 },
  { zone: 'Pacific/Apia', utc: '2011-12-30T10:00:00Z', wall: '2011-12-31 00:00:00', offset: 840 },
  {
    zone: 'Pacific/Kiritimati',
    utc: '2024-01-01T00:00:00Z',
    wall: '2024-01-01 14:00:00',
    offset: 840,
  },
  { zone: 'UTC', utc: '2024-06-01T12:34:56Z', wall: '2024-06-01 12:34:56', offset: 0 },
];

/**
 * Wall-clock times that never happen, skipped by clocks going forward, and the instant each is
 * read as: with the offset from before the jump, so just after it.
 */
export const SKIPPED: readonly (readonly [zone: string, wall: string, utc: string])[] = [
  ['America/New_York', '2024-03-10 02:30:00', '2024-03-10T07:30:00Z'],
  ['Europe/London', '2024-03-31 01:30:00', '2024-03-31T01:30:00Z'],
  ['Australia/Sydney', '2024-10-06 02:30:00', '2024-10-05T16:30:00Z'],
  ['Pacific/Chatham', '2024-09-29 03:00:00', '2024-09-28T14:15:00Z'],
  ['Australia/Lord_Howe', '2024-10-06 02:15:00', '2024-10-05T15:45:00Z'],
  // The whole of 30 December 2011 never happened in Apia: its midnight, read at UTC-10, is the
  // jump itself, which shows as 31 December 00:00.
  ['Pacific/Apia', '2011-12-30 00:00:00', '2011-12-30T10:00:00Z'],
];
