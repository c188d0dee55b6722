/**
 * What every emulated Apps Script object shares: the marker the call-counting proxy looks for,
 * the one cast from an emulated object to the Google interface it stands for, enums, and errors
 * worded as Apps Script words them.
 */

/** The Apps Script class name of an emulated object ('Range', 'Sheet', 'MailApp'...). */
export const GAS_CLASS: unique symbol = Symbol('Apps Script class');

/**
 * An emulated Apps Script object. Only these are handed to scripts through the counting proxy
 * (see instrument.ts), which exposes their methods, except those whose names start with `_`,
 * and their capitalised properties (enums such as `SpreadsheetApp.ProtectionType`).
 */
export abstract class GasObject {
  abstract get [GAS_CLASS](): string;
}

/** The emulated object behind each counting proxy handed to a script (see instrument.ts). */
const rawOfProxy = new WeakMap<object, GasObject>();

export function registerProxy(proxy: object, target: GasObject): void {
  rawOfProxy.set(proxy, target);
}

/** The emulated object behind a proxy, or undefined for anything else. */
export function rawObject(value: unknown): GasObject | undefined {
  return typeof value === 'object' && value !== null ? rawOfProxy.get(value) : undefined;
}

/** An emulated object of this Apps Script class, whether passed raw or through a proxy. */
export function gasObjectOfClass(value: unknown, className: string): GasObject | undefined {
  const own = rawObject(value) ?? value;
  return own instanceof GasObject && own[GAS_CLASS] === className ? own : undefined;
}

/**
 * The emulator's single cast: an emulated object returned where Google's interface is declared.
 * Each class `implements Pick<GoogleInterface, ...>`, so parameters cannot drift from Google's.
 */
export function asGas<T>(value: object | null): T {
  return value as T;
}

/**
 * The emulated object behind a value of Google's type that a script passed back in (a range to a
 * rule, an HtmlOutput to a dialog...). Anything else is refused, as Apps Script refuses it.
 */
export function ownObject<C extends GasObject>(
  value: unknown,
  type: abstract new (...args: never[]) => C,
  method: string,
): C {
  const own = rawObject(value) ?? value;
  if (own instanceof type) return own;
  throw signatureError(method, value);
}

/** Apps Script's error for arguments a method does not take: "The parameters (String,number)...". */
export function signatureError(method: string, ...args: unknown[]): Error {
  return gasError(
    `The parameters (${args.map(describeArgument).join(',')}) don't match the method signature for ${method}.`,
  );
}

/** How Apps Script names an argument's type in its "parameters don't match" messages. */
export function describeArgument(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const first: unknown = value[0];
    return Array.isArray(first)
      ? `${describeArgument(first[0])}[][]`
      : `${describeArgument(first)}[]`;
  }
  if (isDate(value)) return 'Date';
  if (value instanceof GasObject) return value[GAS_CLASS];
  if (typeof value === 'object') return 'Object';
  return typeof value === 'undefined' ? 'undefined' : typeof value;
}

/** An error as Apps Script services throw them: `Exception: <message>` when printed. */
export function gasError(message: string): Error {
  const error = new Error(message);
  error.name = 'Exception';
  return error;
}

/** A Date from any realm (a vm context's dates are not `instanceof` Node's Date). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value of an Apps Script enum: an object that prints as its name, compared by identity. */
export class GasEnumValue {
  constructor(
    private readonly label: string,
    private readonly position: number,
  ) {
    Object.freeze(this);
  }

  toString(): string {
    return this.label;
  }

  name(): string {
    return this.label;
  }

  ordinal(): number {
    return this.position;
  }

  toJSON(): string {
    return this.label;
  }
}

/**
 * An Apps Script enum, typed as Google's: `gasEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>(
 * { RANGE: true, SHEET: true })`; the record must name every member Google declares.
 */
export function gasEnum<E extends object>(members: Record<keyof E & string, true>): E {
  const values: Record<string, GasEnumValue> = {};
  Object.keys(members).forEach((name, ordinal) => {
    values[name] = new GasEnumValue(name, ordinal);
  });
  return asGas<E>(Object.freeze(values));
}

/** The name of an enum value made by gasEnum (or whatever a script passed, printed). */
export function enumName(value: unknown): string {
  return String(value);
}

/** Integer arguments as Apps Script checks them. */
export function requireInteger(value: unknown, method: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw signatureError(method, value);
  return Math.trunc(value);
}
