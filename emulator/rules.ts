/** Data validation and conditional format rules, and their builders. */
import {
  GAS_CLASS,
  GasObject,
  asGas,
  describeArgument,
  enumName,
  gasEnum,
  gasError,
  gasObjectOfClass,
  isDate,
} from './gas';
import type { EmulatedRange } from './spreadsheet';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;
type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type BooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type Range = GoogleAppsScript.Spreadsheet.Range;

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

type ValidationName = keyof typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria & string;
type ConditionName = keyof typeof GoogleAppsScript.Spreadsheet.BooleanCriteria & string;

/** Criteria values as getCriteriaValues hands them out: fresh arrays and dates every time. */
function copyValues(values: readonly unknown[]): unknown[] {
  return values.map((value) =>
    Array.isArray(value) ? copyValues(value) : isDate(value) ? new Date(value.getTime()) : value,
  );
}

function asRange(value: unknown): EmulatedRange | undefined {
  return gasObjectOfClass(value, 'Range') as EmulatedRange | undefined;
}

function number(value: unknown, method: string): number {
  if (typeof value !== 'number')
    throw gasError(
      `The parameters (${describeArgument(value)}) don't match the method signature for ${method}.`,
    );
  return value;
}

function date(value: unknown, method: string): Date {
  if (!isDate(value))
    throw gasError(
      `The parameters (${describeArgument(value)}) don't match the method signature for ${method}.`,
    );
  return new Date(value.getTime());
}

interface ValidationState {
  criteria: ValidationName | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export class EmulatedDataValidation
  extends GasObject
  implements
    Pick<
      DataValidation,
      'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
    >
{
  constructor(private readonly state: Readonly<ValidationState> & { criteria: ValidationName }) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'DataValidation';
  }

  /** The criteria's name, e.g. 'VALUE_IN_LIST'. */
  get criteriaName(): ValidationName {
    return this.state.criteria;
  }

  copy(): DataValidationBuilder {
    return asGas(
      new EmulatedDataValidationBuilder({ ...this.state, values: copyValues(this.state.values) }),
    );
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): DataValidationCriteria {
    return DATA_VALIDATION_CRITERIA[this.state.criteria];
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this.state.values);
  }

  /** The help text, or '' when none was set (Google's docs say null; its types say string). */
  getHelpText(): string {
    return this.state.helpText ?? '';
  }
}

export class EmulatedDataValidationBuilder
  extends GasObject
  implements
    Pick<
      DataValidationBuilder,
      | 'build'
      | 'copy'
      | 'getAllowInvalid'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getHelpText'
      | 'requireCheckbox'
      | 'requireDate'
      | 'requireDateAfter'
      | 'requireDateBefore'
      | 'requireDateBetween'
      | 'requireDateEqualTo'
      | 'requireDateNotBetween'
      | 'requireDateOnOrAfter'
      | 'requireDateOnOrBefore'
      | 'requireFormulaSatisfied'
      | 'requireNumberBetween'
      | 'requireNumberEqualTo'
      | 'requireNumberGreaterThan'
      | 'requireNumberGreaterThanOrEqualTo'
      | 'requireNumberLessThan'
      | 'requireNumberLessThanOrEqualTo'
      | 'requireNumberNotBetween'
      | 'requireNumberNotEqualTo'
      | 'requireTextContains'
      | 'requireTextDoesNotContain'
      | 'requireTextEqualTo'
      | 'requireTextIsEmail'
      | 'requireTextIsUrl'
      | 'requireValueInList'
      | 'requireValueInRange'
      | 'setAllowInvalid'
      | 'setHelpText'
      | 'withCriteria'
    >
{
  private readonly state: ValidationState;

  constructor(state?: ValidationState) {
    super();
    this.state = state ?? { criteria: undefined, values: [], allowInvalid: true, helpText: null };
  }

  get [GAS_CLASS](): string {
    return 'DataValidationBuilder';
  }

  private _set(criteria: ValidationName, values: unknown[]): DataValidationBuilder {
    this.state.criteria = criteria;
    this.state.values = values;
    return asGas(this);
  }

  build(): DataValidation {
    const { criteria } = this.state;
    if (criteria === undefined)
      throw gasError('You must specify a criteria for the data validation rule.');
    return asGas(
      new EmulatedDataValidation({
        ...this.state,
        criteria,
        values: copyValues(this.state.values),
      }),
    );
  }

  copy(): DataValidationBuilder {
    return asGas(
      new EmulatedDataValidationBuilder({ ...this.state, values: copyValues(this.state.values) }),
    );
  }

  getAllowInvalid(): boolean {
    return this.state.allowInvalid;
  }

  getCriteriaType(): DataValidationCriteria {
    return this.state.criteria === undefined
      ? asGas<DataValidationCriteria>(null)
      : DATA_VALIDATION_CRITERIA[this.state.criteria];
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this.state.values);
  }

  getHelpText(): string | null {
    return this.state.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): DataValidationBuilder {
    const values =
      checkedValue === undefined
        ? []
        : uncheckedValue === undefined
          ? [checkedValue]
          : [checkedValue, uncheckedValue];
    return this._set('CHECKBOX', values);
  }

  requireDate(): DataValidationBuilder {
    return this._set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(value: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._set('DATE_AFTER', [date(value, 'DataValidationBuilder.requireDateAfter')]);
  }

  requireDateBefore(value: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._set('DATE_BEFORE', [date(value, 'DataValidationBuilder.requireDateBefore')]);
  }

  requireDateBetween(
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
  ): DataValidationBuilder {
    const method = 'DataValidationBuilder.requireDateBetween';
    return this._set('DATE_BETWEEN', [date(start, method), date(end, method)]);
  }

  requireDateEqualTo(value: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._set('DATE_EQUAL_TO', [date(value, 'DataValidationBuilder.requireDateEqualTo')]);
  }

  requireDateNotBetween(
    start: GoogleAppsScript.Base.Date,
    end: GoogleAppsScript.Base.Date,
  ): DataValidationBuilder {
    const method = 'DataValidationBuilder.requireDateNotBetween';
    return this._set('DATE_NOT_BETWEEN', [date(start, method), date(end, method)]);
  }

  requireDateOnOrAfter(value: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_AFTER', [
      date(value, 'DataValidationBuilder.requireDateOnOrAfter'),
    ]);
  }

  requireDateOnOrBefore(value: GoogleAppsScript.Base.Date): DataValidationBuilder {
    return this._set('DATE_ON_OR_BEFORE', [
      date(value, 'DataValidationBuilder.requireDateOnOrBefore'),
    ]);
  }

  requireFormulaSatisfied(formula: string): DataValidationBuilder {
    return this._set('CUSTOM_FORMULA', [String(formula)]);
  }

  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    const method = 'DataValidationBuilder.requireNumberBetween';
    return this._set('NUMBER_BETWEEN', [number(start, method), number(end, method)]);
  }

  requireNumberEqualTo(value: number): DataValidationBuilder {
    return this._set('NUMBER_EQUAL_TO', [
      number(value, 'DataValidationBuilder.requireNumberEqualTo'),
    ]);
  }

  requireNumberGreaterThan(value: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN', [
      number(value, 'DataValidationBuilder.requireNumberGreaterThan'),
    ]);
  }

  requireNumberGreaterThanOrEqualTo(value: number): DataValidationBuilder {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number(value, 'DataValidationBuilder.requireNumberGreaterThanOrEqualTo'),
    ]);
  }

  requireNumberLessThan(value: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN', [
      number(value, 'DataValidationBuilder.requireNumberLessThan'),
    ]);
  }

  requireNumberLessThanOrEqualTo(value: number): DataValidationBuilder {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [
      number(value, 'DataValidationBuilder.requireNumberLessThanOrEqualTo'),
    ]);
  }

  requireNumberNotBetween(start: number, end: number): DataValidationBuilder {
    const method = 'DataValidationBuilder.requireNumberNotBetween';
    return this._set('NUMBER_NOT_BETWEEN', [number(start, method), number(end, method)]);
  }

  requireNumberNotEqualTo(value: number): DataValidationBuilder {
    return this._set('NUMBER_NOT_EQUAL_TO', [
      number(value, 'DataValidationBuilder.requireNumberNotEqualTo'),
    ]);
  }

  requireTextContains(text: string): DataValidationBuilder {
    return this._set('TEXT_CONTAINS', [String(text)]);
  }

  requireTextDoesNotContain(text: string): DataValidationBuilder {
    return this._set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  requireTextEqualTo(text: string): DataValidationBuilder {
    return this._set('TEXT_EQUAL_TO', [String(text)]);
  }

  requireTextIsEmail(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): DataValidationBuilder {
    return this._set('TEXT_IS_VALID_URL', []);
  }

  /** A list of allowed values; the dropdown shows unless showDropdown is false. */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder {
    if (!Array.isArray(values))
      throw gasError(
        `The parameters (${describeArgument(values)}) don't match the method signature for DataValidationBuilder.requireValueInList.`,
      );
    if (values.length === 0)
      throw gasError('The data validation rule needs at least one list item.');
    return this._set('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }

  requireValueInRange(range: Range, showDropdown?: boolean): DataValidationBuilder {
    const own = asRange(range);
    if (!own)
      throw gasError(
        `The parameters (${describeArgument(range)}) don't match the method signature for DataValidationBuilder.requireValueInRange.`,
      );
    return this._set('VALUE_IN_RANGE', [own, showDropdown ?? true]);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilder {
    this.state.allowInvalid = Boolean(allowInvalidData);
    return asGas(this);
  }

  setHelpText(helpText: string): DataValidationBuilder {
    this.state.helpText = String(helpText);
    return asGas(this);
  }

  withCriteria(criteria: DataValidationCriteria, args: unknown[]): DataValidationBuilder {
    const name = enumName(criteria) as ValidationName;
    if (!(name in DATA_VALIDATION_CRITERIA)) throw gasError(`Invalid argument: criteria`);
    return this._set(name, copyValues(args));
  }
}

// ---------------------------------------------------------------------------------------------

export interface CellFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

export interface Condition {
  readonly criteria: ConditionName;
  readonly values: readonly unknown[];
}

/** '#FF0000' and '#f00' as Sheets gives colours back: '#ff0000'. Other names are kept. */
function color(value: string | null): string | null {
  if (value === null) return null;
  const text = String(value).trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short)
    return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return /^#[0-9a-f]{6}$/i.test(text) ? text.toLowerCase() : text;
}

export class EmulatedBooleanCondition
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.BooleanCondition,
      | 'getBackground'
      | 'getBold'
      | 'getCriteriaType'
      | 'getCriteriaValues'
      | 'getFontColor'
      | 'getItalic'
      | 'getStrikethrough'
      | 'getUnderline'
    >
{
  constructor(
    private readonly condition: Condition,
    private readonly format: Readonly<CellFormat>,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'BooleanCondition';
  }

  getBackground(): string | null {
    return this.format.background;
  }

  getBold(): boolean | null {
    return this.format.bold;
  }

  getCriteriaType(): BooleanCriteria {
    return BOOLEAN_CRITERIA[this.condition.criteria];
  }

  getCriteriaValues(): unknown[] {
    return copyValues(this.condition.values);
  }

  getFontColor(): string | null {
    return this.format.fontColor;
  }

  getItalic(): boolean | null {
    return this.format.italic;
  }

  getStrikethrough(): boolean | null {
    return this.format.strikethrough;
  }

  getUnderline(): boolean | null {
    return this.format.underline;
  }
}

const NO_FORMAT: CellFormat = {
  background: null,
  fontColor: null,
  bold: null,
  italic: null,
  strikethrough: null,
  underline: null,
};

export class EmulatedConditionalFormatRule
  extends GasObject
  implements
    Pick<
      ConditionalFormatRule,
      'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges'
    >
{
  constructor(
    readonly condition: Condition,
    readonly format: Readonly<CellFormat>,
    readonly ranges: readonly EmulatedRange[],
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'ConditionalFormatRule';
  }

  copy(): ConditionalFormatRuleBuilder {
    return asGas(
      new EmulatedConditionalFormatRuleBuilder(this.condition, { ...this.format }, [
        ...this.ranges,
      ]),
    );
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return asGas(new EmulatedBooleanCondition(this.condition, this.format));
  }

  /** Gradient rules are not emulated: always null. */
  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): Range[] {
    return this.ranges.map((range) => asGas<Range>(range));
  }
}

export class EmulatedConditionalFormatRuleBuilder
  extends GasObject
  implements
    Pick<
      ConditionalFormatRuleBuilder,
      | 'build'
      | 'copy'
      | 'getBooleanCondition'
      | 'getGradientCondition'
      | 'getRanges'
      | 'setBackground'
      | 'setBold'
      | 'setFontColor'
      | 'setItalic'
      | 'setStrikethrough'
      | 'setUnderline'
      | 'setRanges'
      | 'whenCellEmpty'
      | 'whenCellNotEmpty'
      | 'whenFormulaSatisfied'
      | 'whenNumberBetween'
      | 'whenNumberEqualTo'
      | 'whenNumberGreaterThan'
      | 'whenNumberGreaterThanOrEqualTo'
      | 'whenNumberLessThan'
      | 'whenNumberLessThanOrEqualTo'
      | 'whenNumberNotBetween'
      | 'whenNumberNotEqualTo'
      | 'whenTextContains'
      | 'whenTextDoesNotContain'
      | 'whenTextEndsWith'
      | 'whenTextEqualTo'
      | 'whenTextStartsWith'
    >
{
  constructor(
    private condition: Condition | undefined = undefined,
    private readonly format: CellFormat = { ...NO_FORMAT },
    private ranges: EmulatedRange[] = [],
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'ConditionalFormatRuleBuilder';
  }

  private _when(criteria: ConditionName, values: unknown[]): ConditionalFormatRuleBuilder {
    this.condition = { criteria, values };
    return asGas(this);
  }

  private _style<K extends keyof CellFormat>(
    key: K,
    value: CellFormat[K],
  ): ConditionalFormatRuleBuilder {
    this.format[key] = value;
    return asGas(this);
  }

  build(): ConditionalFormatRule {
    if (!this.condition)
      throw gasError(
        'A conditional format rule needs a condition (whenFormulaSatisfied, whenTextContains...).',
      );
    return asGas(
      new EmulatedConditionalFormatRule(this.condition, { ...this.format }, [...this.ranges]),
    );
  }

  copy(): ConditionalFormatRuleBuilder {
    return asGas(
      new EmulatedConditionalFormatRuleBuilder(this.condition, { ...this.format }, [
        ...this.ranges,
      ]),
    );
  }

  getBooleanCondition(): GoogleAppsScript.Spreadsheet.BooleanCondition | null {
    return this.condition
      ? asGas(new EmulatedBooleanCondition(this.condition, { ...this.format }))
      : null;
  }

  getGradientCondition(): GoogleAppsScript.Spreadsheet.GradientCondition | null {
    return null;
  }

  getRanges(): Range[] {
    return this.ranges.map((range) => asGas<Range>(range));
  }

  setBackground(value: string | null): ConditionalFormatRuleBuilder {
    return this._style('background', color(value));
  }

  setFontColor(value: string | null): ConditionalFormatRuleBuilder {
    return this._style('fontColor', color(value));
  }

  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    return this._style('bold', bold === null ? null : Boolean(bold));
  }

  setItalic(italic: boolean | null): ConditionalFormatRuleBuilder {
    return this._style('italic', italic === null ? null : Boolean(italic));
  }

  setStrikethrough(strikethrough: boolean | null): ConditionalFormatRuleBuilder {
    return this._style('strikethrough', strikethrough === null ? null : Boolean(strikethrough));
  }

  setUnderline(underline: boolean | null): ConditionalFormatRuleBuilder {
    return this._style('underline', underline === null ? null : Boolean(underline));
  }

  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    const own: EmulatedRange[] = [];
    for (const range of Array.isArray(ranges) ? (ranges as unknown[]) : [ranges]) {
      const each = asRange(range);
      if (!each)
        throw gasError(
          `The parameters (${describeArgument(ranges)}) don't match the method signature for ConditionalFormatRuleBuilder.setRanges.`,
        );
      own.push(each);
    }
    this.ranges = own;
    return asGas(this);
  }

  whenCellEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_EMPTY', []);
  }

  whenCellNotEmpty(): ConditionalFormatRuleBuilder {
    return this._when('CELL_NOT_EMPTY', []);
  }

  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    return this._when('CUSTOM_FORMULA', [String(formula)]);
  }

  whenNumberBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    const method = 'ConditionalFormatRuleBuilder.whenNumberBetween';
    return this._when('NUMBER_BETWEEN', [number(start, method), number(end, method)]);
  }

  whenNumberEqualTo(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_EQUAL_TO', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberEqualTo'),
    ]);
  }

  whenNumberGreaterThan(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberGreaterThan'),
    ]);
  }

  whenNumberGreaterThanOrEqualTo(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_GREATER_THAN_OR_EQUAL_TO', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberGreaterThanOrEqualTo'),
    ]);
  }

  whenNumberLessThan(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberLessThan'),
    ]);
  }

  whenNumberLessThanOrEqualTo(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_LESS_THAN_OR_EQUAL_TO', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberLessThanOrEqualTo'),
    ]);
  }

  whenNumberNotBetween(start: number, end: number): ConditionalFormatRuleBuilder {
    const method = 'ConditionalFormatRuleBuilder.whenNumberNotBetween';
    return this._when('NUMBER_NOT_BETWEEN', [number(start, method), number(end, method)]);
  }

  whenNumberNotEqualTo(value: number): ConditionalFormatRuleBuilder {
    return this._when('NUMBER_NOT_EQUAL_TO', [
      number(value, 'ConditionalFormatRuleBuilder.whenNumberNotEqualTo'),
    ]);
  }

  whenTextContains(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_CONTAINS', [String(text)]);
  }

  whenTextDoesNotContain(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  whenTextEndsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_ENDS_WITH', [String(text)]);
  }

  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_EQUAL_TO', [String(text)]);
  }

  whenTextStartsWith(text: string): ConditionalFormatRuleBuilder {
    return this._when('TEXT_STARTS_WITH', [String(text)]);
  }
}
