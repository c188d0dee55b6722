/** Logger and console: every line recorded, in order, for tests to read. */
import { format } from 'node:util';
import type { Clock } from './clock';
import { GAS_CLASS, GasObject, asGas } from './gas';

export interface LogLine {
  readonly source: 'Logger' | 'console';
  readonly level: 'log' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly time: Date;
}

export class LogState {
  readonly lines: LogLine[] = [];

  constructor(
    private readonly clock: Clock,
    private readonly onLine: ((line: LogLine) => void) | undefined,
  ) {}

  add(source: LogLine['source'], level: LogLine['level'], args: readonly unknown[]): void {
    const line = { source, level, message: format(...args), time: this.clock.now() };
    this.lines.push(line);
    this.onLine?.(line);
  }
}

export class EmulatedLogger
  extends GasObject
  implements Pick<GoogleAppsScript.Base.Logger, 'clear' | 'getLog' | 'log'>
{
  private cleared = 0;

  constructor(readonly state: LogState) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Logger';
  }

  /** Logger.log(data) or Logger.log(format, ...values) with %s-style placeholders. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.state.add('Logger', 'info', [data, ...values]);
    return asGas(this);
  }

  /** The Logger lines since the last clear, one a line. */
  getLog(): string {
    return this.state.lines
      .slice(this.cleared)
      .filter((line) => line.source === 'Logger')
      .map((line) => `${line.message}\n`)
      .join('');
  }

  clear(): void {
    this.cleared = this.state.lines.length;
  }
}

export class EmulatedConsole
  extends GasObject
  implements Pick<Console, 'error' | 'info' | 'log' | 'warn' | 'time' | 'timeEnd'>
{
  private readonly timers = new Map<string, number>();

  constructor(
    readonly state: LogState,
    private readonly clock: Clock,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'console';
  }

  log(...args: unknown[]): void {
    this.state.add('console', 'log', args);
  }

  info(...args: unknown[]): void {
    this.state.add('console', 'info', args);
  }

  warn(...args: unknown[]): void {
    this.state.add('console', 'warn', args);
  }

  error(...args: unknown[]): void {
    this.state.add('console', 'error', args);
  }

  time(label = 'default'): void {
    this.timers.set(String(label), this.clock.millis);
  }

  /** Logs the label and the emulated time since console.time, as `label: 12ms`. */
  timeEnd(label = 'default'): void {
    const start = this.timers.get(String(label));
    if (start === undefined) return;
    this.timers.delete(String(label));
    this.state.add('console', 'log', [`${String(label)}: ${this.clock.millis - start}ms`]);
  }
}
