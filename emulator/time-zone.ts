/**
 * Wall-clock time in a named time zone: what Apps Script's Utilities and Sheets' date cells do
 * with the spreadsheet's time zone. The conversions themselves are src/sheets/dates.ts's, from
 * the runtime's Intl data, which the tool uses for its own dates: one implementation, checked
 * against known conversions (test/emulator/known-conversions.ts) by both sides' tests.
 */
import {
  type WallClock,
  instantOfWallTime,
  offsetAt,
  wallClock,
  wallTimeOf,
} from '../src/sheets/dates';

export { type WallClock, offsetAt, wallClock };

/**
 * The instant a wall-clock time happens in the zone. A time shown twice when clocks go back is
 * the earlier instant; a time skipped when clocks go forward is read with the offset from before
 * the jump, so it lands just after it (02:30 on the New York spring-forward day is 03:30 EDT).
 */
export function instantOf(clock: WallClock, timeZone: string): number {
  return instantOfWallTime(wallTimeOf(clock), (time) => offsetAt(time, timeZone));
}

const QUARTER_HOUR = 900_000;

/**
 * A zone's offsets, cached by quarter hour: what the emulator's sheets use to turn 10,000-row
 * columns of dates into wall clocks and back without asking Intl for each cell. Gives the same
 * answers as `wallClock` and `instantOf`.
 */
export class ZoneRules {
  private readonly offsets = new Map<number, number>();

  /** Throws a RangeError for a zone the runtime does not know. */
  constructor(readonly timeZone: string) {
    wallClock(0, timeZone);
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
    return this.instantOf(wallTimeOf(clock));
  }

  /** The instant a wall-clock time (as from wallTime) happens: the rules of `instantOf`. */
  instantOf(wall: number): number {
    return instantOfWallTime(wall, (time) => this.offsetAt(time));
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
