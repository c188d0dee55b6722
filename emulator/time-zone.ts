/**
 * Wall-clock time in a named time zone, from the runtime's Intl data: what Apps Script's
 * Utilities and Sheets' date cells do with the spreadsheet's time zone.
 */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

export function wallClock(time: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(time))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const millisecond = ((time % 1000) + 1000) % 1000;
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
    millisecond,
  };
}

function asUtc(clock: WallClock): number {
  return Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
    clock.millisecond,
  );
}

/** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
export function offsetAt(time: number, timeZone: string): number {
  return asUtc(wallClock(time, timeZone)) - time;
}

const DAY = 86_400_000;

/**
 * The instant a wall-clock time happens in the zone. A time shown twice when clocks go back is
 * the earlier instant; a time skipped when clocks go forward is read with the offset from before
 * the jump, so it lands just after it (02:30 on the New York spring-forward day is 03:30 EDT).
 */
export function instantOf(clock: WallClock, timeZone: string): number {
  const wanted = asUtc(clock);
  const offsetBefore = offsetAt(wanted - DAY, timeZone);
  const offsetAfter = offsetAt(wanted + DAY, timeZone);
  const candidates = [wanted - offsetBefore, wanted - offsetAfter].sort((a, b) => a - b);
  const exact = candidates.find((time) => asUtc(wallClock(time, timeZone)) === wanted);
  return exact ?? wanted - offsetBefore;
}

const QUARTER_HOUR = 900_000;

/**
 * A zone's offsets, cached by quarter hour: what the emulator's sheets use to turn 10,000-row
 * columns of dates into wall clocks and back without asking Intl for each cell. Gives the same
 * answers as `wallClock` and `instantOf`.
 */
export class ZoneRules {
  private readonly offsets = new Map<number, number>();

  constructor(readonly timeZone: string) {
    formatter(timeZone);
  }

  /** How far the zone's wall clock is ahead of UTC at this instant, in milliseconds. */
  offsetAt(time: number): number {
    const bucket = Math.floor(time / QUARTER_HOUR);
    const cached = this.offsets.get(bucket);
    if (cached !== undefined) return cached;
    const start = offsetAt(bucket * QUARTER_HOUR, this.timeZone);
    const end = offsetAt((bucket + 1) * QUARTER_HOUR - 1, this.timeZone);
    if (start !== end) return offsetAt(time, this.timeZone);
    this.offsets.set(bucket, start);
    return start;
  }

  /** The wall clock at an instant, as milliseconds since 1970-01-01 00:00 on that wall clock. */
  wallTime(time: number): number {
    return time + this.offsetAt(time);
  }

  /** `wallClock(time, timeZone)`, from the cached offsets. */
  wallClock(time: number): WallClock {
    const wall = new Date(this.wallTime(time));
    return {
      year: wall.getUTCFullYear(),
      month: wall.getUTCMonth() + 1,
      day: wall.getUTCDate(),
      hour: wall.getUTCHours(),
      minute: wall.getUTCMinutes(),
      second: wall.getUTCSeconds(),
      millisecond: wall.getUTCMilliseconds(),
    };
  }

  /** `instantOf(clock, timeZone)`, from the cached offsets. */
  instantOfClock(clock: WallClock): number {
    return this.instantOf(asUtc(clock));
  }

  /** The instant a wall-clock time (as from wallTime) happens: the rules of `instantOf`. */
  instantOf(wall: number): number {
    const offsetBefore = this.offsetAt(wall - DAY);
    const offsetAfter = this.offsetAt(wall + DAY);
    const first = Math.min(wall - offsetBefore, wall - offsetAfter);
    const second = Math.max(wall - offsetBefore, wall - offsetAfter);
    if (this.wallTime(first) === wall) return first;
    if (this.wallTime(second) === wall) return second;
    return wall - offsetBefore;
  }
}

const zoneRulesByName = new Map<string, ZoneRules>();

/** The cached rules of a zone; throws a RangeError for a name Intl does not know. */
export function zoneRules(timeZone: string): ZoneRules {
  let rules = zoneRulesByName.get(timeZone);
  if (!rules) {
    rules = new ZoneRules(timeZone);
    zoneRulesByName.set(timeZone, rules);
  }
  return rules;
}
