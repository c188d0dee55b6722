/**
 * What data validation (validation.ts) and conditional format rules (conditional-format.ts) have
 * in common: the criteria enums, and one table of the builder methods that only set a criterion,
 * from which both builders' methods are made.
 */
import { GAS_CLASS, GasObject, asGas, gasEnum, isDate, signatureError } from './gas';

export const DATA_VALIDATION_CRITERIA = gasEnum<
  typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria
>({
  DATE_AFTER: true,
  DATE_BEFORE: true,
  DATE_BETWEEN: true,
  DATE_EQUAL_TO: true,
  DATE_IS_VALID_DATE: true,
  DATE_NOT_BETWEEN: true,
  DATE_ON_OR_AFTER: true,
  DATE_ON_OR_BEFORE: true,
  NUMBER_BETWEEN: true,
  NUMBER_EQUAL_TO: true,
  NUMBER_GREATER_THAN: true,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: true,
  NUMBER_LESS_THAN: true,
  NUMBER_LESS_THAN_OR_EQUAL_TO: true,
  NUMBER_NOT_BETWEEN: true,
  NUMBER_NOT_EQUAL_TO: true,
  TEXT_CONTAINS: true,
  TEXT_DOES_NOT_CONTAIN: true,
  TEXT_EQUAL_TO: true,
  TEXT_IS_VALID_EMAIL: true,
  TEXT_IS_VALID_URL: true,
  VALUE_IN_LIST: true,
  VALUE_IN_RANGE: true,
  CUSTOM_FORMULA: true,
  CHECKBOX: true,
});

export const BOOLEAN_CRITERIA = gasEnum<typeof GoogleAppsScript.Spreadsheet.BooleanCriteria>({
  CELL_EMPTY: true,
  CELL_NOT_EMPTY: true,
  DATE_AFTER: true,
  DATE_BEFORE: true,
  DATE_EQUAL_TO: true,
  DATE_AFTER_RELATIVE: true,
  DATE_BEFORE_RELATIVE: true,
  DATE_EQUAL_TO_RELATIVE: true,
  NUMBER_BETWEEN: true,
  NUMBER_EQUAL_TO: true,
  NUMBER_GREATER_THAN: true,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: true,
  NUMBER_LESS_THAN: true,
  NUMBER_LESS_THAN_OR_EQUAL_TO: true,
  NUMBER_NOT_BETWEEN: true,
  NUMBER_NOT_EQUAL_TO: true,
  TEXT_CONTAINS: true,
  TEXT_DOES_NOT_CONTAIN: true,
  TEXT_EQUAL_TO: true,
  TEXT_STARTS_WITH: true,
  TEXT_ENDS_WITH: true,
  CUSTOM_FORMULA: true,
});

export type ValidationName = keyof typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria &
  string;
export type ConditionName = keyof typeof GoogleAppsScript.Spreadsheet.BooleanCriteria & string;

/** Criteria values as getCriteriaValues hands them out: fresh arrays and dates every time. */
export function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((value) =>
    Array.isArray(value) ? copyValues(value) : isDate(value) ? new Date(value.getTime()) : value,
  );
}

/** How a criterion method reads an argument: a number, a date (copied), or any value as text. */
type Argument = 'number' | 'date' | 'text';

/** Which builders have the method: DataValidationBuilder's `require...`, or `when...`, or both. */
type Builders = 'require' | 'when' | 'both';

type Setter =
  | readonly [ValidationName & ConditionName, readonly Argument[], 'both']
  | readonly [ValidationName, readonly Argument[], 'require']
  | readonly [ConditionName, readonly Argument[], 'when'];

/**
 * The methods that only set a criterion, by their name after `require` (DataValidationBuilder)
 * or `when` (ConditionalFormatRuleBuilder): the criterion, its arguments, the builders with it.
 */
const SETTERS = {
  CellEmpty: ['CELL_EMPTY', [], 'when'],
  CellNotEmpty: ['CELL_NOT_EMPTY', [], 'when'],
  Date: ['DATE_IS_VALID_DATE', [], 'require'],
  DateAfter: ['DATE_AFTER', ['date'], 'require'],
  DateBefore: ['DATE_BEFORE', ['date'], 'require'],
  DateBetween: ['DATE_BETWEEN', ['date', 'date'], 'require'],
  DateEqualTo: ['DATE_EQUAL_TO', ['date'], 'require'],
  DateNotBetween: ['DATE_NOT_BETWEEN', ['date', 'date'], 'require'],
  DateOnOrAfter: ['DATE_ON_OR_AFTER', ['date'], 'require'],
  DateOnOrBefore: ['DATE_ON_OR_BEFORE', ['date'], 'require'],
  FormulaSatisfied: ['CUSTOM_FORMULA', ['text'], 'both'],
  NumberBetween: ['NUMBER_BETWEEN', ['number', 'number'], 'both'],
  NumberEqualTo: ['NUMBER_EQUAL_TO', ['number'], 'both'],
  NumberGreaterThan: ['NUMBER_GREATER_THAN', ['number'], 'both'],
  NumberGreaterThanOrEqualTo: ['NUMBER_GREATER_THAN_OR_EQUAL_TO', ['number'], 'both'],
  NumberLessThan: ['NUMBER_LESS_THAN', ['number'], 'both'],
  NumberLessThanOrEqualTo: ['NUMBER_LESS_THAN_OR_EQUAL_TO', ['number'], 'both'],
  NumberNotBetween: ['NUMBER_NOT_BETWEEN', ['number', 'number'], 'both'],
  NumberNotEqualTo: ['NUMBER_NOT_EQUAL_TO', ['number'], 'both'],
  TextContains: ['TEXT_CONTAINS', ['text'], 'both'],
  TextDoesNotContain: ['TEXT_DOES_NOT_CONTAIN', ['text'], 'both'],
  TextEndsWith: ['TEXT_ENDS_WITH', ['text'], 'when'],
  TextEqualTo: ['TEXT_EQUAL_TO', ['text'], 'both'],
  TextIsEmail: ['TEXT_IS_VALID_EMAIL', [], 'require'],
  TextIsUrl: ['TEXT_IS_VALID_URL', [], 'require'],
  TextStartsWith: ['TEXT_STARTS_WITH', ['text'], 'when'],
} as const satisfies Record<string, Setter>;

type Named<B extends Builders> = {
  [K in keyof typeof SETTERS]: (typeof SETTERS)[K][2] extends B | 'both' ? K : never;
}[keyof typeof SETTERS];

/** DataValidationBuilder's methods made from the table (requireDate, requireNumberBetween...). */
export type RequireMethod = `require${Named<'require'>}`;
/** ConditionalFormatRuleBuilder's methods made from the table (whenCellEmpty...). */
export type WhenMethod = `when${Named<'when'>}`;

function argument(kind: Argument, value: unknown, method: string): unknown {
  if (kind === 'text') return String(value);
  if (kind === 'number') {
    if (typeof value !== 'number') throw signatureError(method, value);
    return value;
  }
  if (!isDate(value)) throw signatureError(method, value);
  return new Date(value.getTime());
}

/** A builder whose criterion the table's methods set. */
export abstract class CriterionBuilder extends GasObject {
  /** Sets the criterion (a name of the builder's enum) and its values; returns the builder. */
  abstract _criterion(criteria: string, values: unknown[]): unknown;
}

/**
 * The base class of a builder, with the table's methods for it (`require...` or `when...`) on its
 * prototype, typed as Google's (`Methods`, a Pick of Google's builder). Each reads its arguments
 * as the table says, refusing others with Apps Script's message, and sets the criterion.
 */
export function criterionMethods<Methods>(
  prefix: 'require' | 'when',
): abstract new () => CriterionBuilder & Methods {
  abstract class Builder extends CriterionBuilder {}
  for (const [name, [criterion, kinds, builders]] of Object.entries(SETTERS)) {
    if (builders !== 'both' && builders !== prefix) continue;
    const method = `${prefix}${name}`;
    Object.defineProperty(Builder.prototype, method, {
      configurable: true,
      writable: true,
      value(this: CriterionBuilder, ...args: unknown[]): unknown {
        const where = `${this[GAS_CLASS]}.${method}`;
        const values = kinds.map((kind, index) => argument(kind, args[index], where));
        return this._criterion(criterion, values);
      },
    });
  }
  return asGas(Builder);
}
