/**
 * The one place calls are counted, faults injected and the clock advanced: every emulated object
 * a script receives is wrapped in a Proxy by a View, whose methods go through the CallLog. A View
 * also hands values over in its realm (the vm context's own Date, Array and Error), so that
 * `instanceof Date` and `instanceof Array` hold inside a loaded script as they do in Apps Script.
 */
import type { Clock } from './clock';
import { isSpreadsheetClass } from './execution';
import { GAS_CLASS, GasObject, gasError, isDate, rawObject, registerProxy } from './gas';

/** The constructors of a JavaScript realm (a vm context) that values are created in. */
export interface Realm {
  readonly Date: DateConstructor;
  readonly Array: ArrayConstructor;
  readonly Error: ErrorConstructor;
  readonly Object: ObjectConstructor;
}

interface Fault {
  readonly key: string;
  remaining: number;
  readonly message: string | undefined;
}

interface Hook {
  readonly key: string;
  remaining: number;
  readonly action: () => void;
}

/** The message of an injected fault when the test gives none, as Apps Script words it. */
export function defaultFaultMessage(key: string): string {
  const className = key.split('.')[0] ?? key;
  const service = isSpreadsheetClass(className)
    ? 'Spreadsheets'
    : className === 'MailApp'
      ? 'Mail'
      : className;
  return `Service error: ${service}`;
}

/** Counts every call of every emulated method ('Class.method'), injects faults, moves the clock. */
export class CallLog {
  private readonly counts = new Map<string, number>();
  private readonly order: string[] = [];
  private readonly faults: Fault[] = [];
  private readonly hooks: Hook[] = [];
  private readonly advances = new Map<string, number>();

  constructor(private readonly clock: Clock) {}

  /** Called before each method runs: counts it and throws if a fault is due. */
  enter(key: string): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    this.order.push(key);
    const actions: (() => void)[] = [];
    for (let index = this.hooks.length - 1; index >= 0; index--) {
      const hook = this.hooks[index];
      if (hook?.key === key && --hook.remaining === 0) {
        actions.unshift(hook.action);
        this.hooks.splice(index, 1);
      }
    }
    for (const action of actions) action();
    let due: Fault | undefined;
    for (const fault of this.faults)
      if (fault.key === key && --fault.remaining === 0) due ??= fault;
    if (!due) return;
    for (let index = this.faults.length - 1; index >= 0; index--)
      if ((this.faults[index]?.remaining ?? 1) <= 0) this.faults.splice(index, 1);
    throw gasError(due.message ?? defaultFaultMessage(key));
  }

  /** Called after each method, returned or thrown: the time the call took. */
  leave(key: string): void {
    const milliseconds = this.advances.get(key);
    if (milliseconds) this.clock.advance(milliseconds);
  }

  /** How many times 'Class.method' was called since the start or the last reset. */
  count(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  total(): number {
    let sum = 0;
    for (const count of this.counts.values()) sum += count;
    return sum;
  }

  /** Every method called, with its count, keys sorted. */
  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }

  /** The keys of every call in order, e.g. to check that a read came before a write. */
  sequence(): string[] {
    return [...this.order];
  }

  /** Forgets the counts (not the faults or clock advances). */
  reset(): void {
    this.counts.clear();
    this.order.length = 0;
  }

  /** The n-th call (1-based) of `key` from now on throws an Error with this message. */
  failOn(key: string, n: number, message?: string): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`failOn needs n >= 1, not ${n}`);
    this.faults.push({ key, remaining: n, message });
  }

  /**
   * Just before the n-th call (1-based) of `key` from now on runs, `action` runs: someone else
   * changing the spreadsheet between two of the script's calls.
   */
  onCall(key: string, n: number, action: () => void): void {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`onCall needs n >= 1, not ${n}`);
    this.hooks.push({ key, remaining: n, action });
  }

  /** Every call of `key` moves the clock on by this many milliseconds (0 stops it). */
  advanceOn(key: string, milliseconds: number): void {
    if (!Number.isFinite(milliseconds) || milliseconds < 0)
      throw new RangeError(`advanceOn needs milliseconds >= 0, not ${milliseconds}`);
    this.advances.set(key, milliseconds);
  }
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === null || prototype === Object.prototype;
}

/**
 * The emulated objects as one script sees them: counting proxies, values in its realm. `realm`
 * undefined is Node's own realm (the `globals` of the harness).
 */
export class View {
  private readonly proxies = new WeakMap<GasObject, object>();

  constructor(
    private readonly calls: CallLog,
    readonly realm: Realm | undefined,
    /** Throws when the running execution may not make the call (see execution.ts). */
    private readonly guard: (key: string) => void = () => undefined,
  ) {}

  /** The counting proxy of an emulated object (one per object and view). */
  wrap(target: GasObject): object {
    const existing = this.proxies.get(target);
    if (existing) return existing;
    const className = target[GAS_CLASS];
    const methods = new Map<string, (...args: unknown[]) => unknown>();
    const proxy = new Proxy(target, {
      get: (object, key) => {
        if (typeof key === 'symbol') return undefined;
        if (key === 'toString') return () => className;
        if (key in Object.prototype) return Reflect.get(object, key) as unknown;
        const value = Reflect.get(object, key) as unknown;
        if (typeof value === 'function') {
          if (key.startsWith('_')) return undefined;
          let method = methods.get(key);
          if (!method) {
            method = this.method(object, `${className}.${key}`, value as never);
            methods.set(key, method);
          }
          return method;
        }
        return /^[A-Z]/.test(key) ? value : undefined;
      },
      set: () => true,
      defineProperty: () => true,
      deleteProperty: () => true,
    });
    registerProxy(proxy, target);
    this.proxies.set(target, proxy);
    return proxy;
  }

  private method(
    target: GasObject,
    key: string,
    implementation: (...args: unknown[]) => unknown,
  ): (...args: unknown[]) => unknown {
    return (...args: unknown[]): unknown => {
      try {
        // A call Apps Script refuses throws before it runs, so it is neither counted nor faulted.
        this.guard(key);
        try {
          this.calls.enter(key);
          return this.export(
            implementation.apply(
              target,
              args.map((arg) => this.unwrap(arg)),
            ),
          );
        } finally {
          this.calls.leave(key);
        }
      } catch (error) {
        throw this.error(error);
      }
    };
  }

  /** A value going to the script: emulated objects wrapped, dates and arrays in its realm. */
  export(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (value instanceof GasObject) return this.wrap(value);
    if (isDate(value)) return this.realm ? new this.realm.Date(value.getTime()) : value;
    if (Array.isArray(value)) return this.exportArray(value);
    if (isPlainObject(value)) {
      const entries = Object.entries(value);
      const exported = entries.map(([key, item]) => [key, this.export(item)] as const);
      if (!this.realm && exported.every(([, item], index) => item === entries[index]?.[1]))
        return value;
      const copy = this.realm ? this.realm.Object() : {};
      for (const [key, item] of exported) (copy as Record<string, unknown>)[key] = item;
      return copy;
    }
    return value;
  }

  private exportArray(array: readonly unknown[]): unknown[] {
    if (this.realm) {
      const copy = new this.realm.Array<unknown>();
      for (const item of array) copy.push(this.export(item));
      return copy;
    }
    let copy: unknown[] | undefined;
    array.forEach((item, index) => {
      const exported = this.export(item);
      if (exported !== item && !copy) copy = array.slice(0, index);
      copy?.push(exported);
    });
    return copy ?? (array as unknown[]);
  }

  /** A value coming from the script: proxies back to the emulated objects behind them. */
  unwrap(value: unknown): unknown {
    if (typeof value !== 'object' || value === null) return value;
    const raw = rawObject(value);
    if (raw) return raw;
    if (!Array.isArray(value)) return value;
    let copy: unknown[] | undefined;
    (value as unknown[]).forEach((item, index) => {
      const unwrapped = this.unwrap(item);
      if (unwrapped !== item && !copy) copy = (value as unknown[]).slice(0, index);
      copy?.push(unwrapped);
    });
    return copy ?? value;
  }

  /** An error thrown to the script, as an Error of its realm. */
  error(error: unknown): unknown {
    if (!this.realm || !(error instanceof Error)) return error;
    const copy = new this.realm.Error(error.message);
    copy.name = error.name;
    if (error.stack !== undefined) copy.stack = error.stack;
    return copy;
  }
}

/** A value a script returned, brought back into Node's realm so that jest compares it plainly. */
export function importValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const raw = rawObject(value);
  if (raw) return raw;
  if (isDate(value)) return new Date(value.getTime());
  if (Array.isArray(value)) return Array.from(value as unknown[], importValue);
  const prototype = Object.getPrototypeOf(value) as object | null;
  if (prototype === null || Object.getPrototypeOf(prototype) === null)
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, importValue(item)]));
  return value;
}
