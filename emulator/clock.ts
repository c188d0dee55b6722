/** The emulator's clock: what `new Date()` and `Date.now()` give a loaded script. */
export class Clock {
  private time: number;

  constructor(now: Date) {
    this.time = Clock.check(now.getTime());
  }

  private static check(time: number): number {
    if (!Number.isFinite(time)) throw new RangeError('The emulator clock needs a valid date');
    return time;
  }

  /** Milliseconds since 1970, as Date.now(). */
  get millis(): number {
    return this.time;
  }

  /** A fresh Date of the current time. */
  now(): Date {
    return new Date(this.time);
  }

  set(now: Date): void {
    this.time = Clock.check(now.getTime());
  }

  advance(milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
      throw new RangeError(`The emulator clock only moves forward, not by ${milliseconds} ms`);
    this.time += milliseconds;
  }
}
