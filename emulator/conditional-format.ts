/** Conditional format rules and their builder (its criterion methods made from rules.ts's table). */
import { GAS_CLASS, GasObject, asGas, gasError, gasObjectOfClass, signatureError } from './gas';
import {
  BOOLEAN_CRITERIA,
  type ConditionName,
  type WhenMethod,
  copyValues,
  criterionMethods,
} from './rules';
import type { RangeRef } from './types';

type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;
type ConditionalFormatRuleBuilder = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type BooleanCriteria = GoogleAppsScript.Spreadsheet.BooleanCriteria;
type Range = GoogleAppsScript.Spreadsheet.Range;

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
    readonly ranges: readonly RangeRef[],
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
  extends criterionMethods<Pick<ConditionalFormatRuleBuilder, WhenMethod>>('when')
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
      | WhenMethod
    >
{
  constructor(
    private condition: Condition | undefined = undefined,
    private readonly format: CellFormat = { ...NO_FORMAT },
    private ranges: RangeRef[] = [],
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'ConditionalFormatRuleBuilder';
  }

  _criterion(criteria: ConditionName, values: unknown[]): ConditionalFormatRuleBuilder {
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
    const own: RangeRef[] = [];
    for (const range of Array.isArray(ranges) ? (ranges as unknown[]) : [ranges]) {
      const each = gasObjectOfClass(range, 'Range') as RangeRef | undefined;
      if (!each) throw signatureError('ConditionalFormatRuleBuilder.setRanges', ranges);
      own.push(each);
    }
    this.ranges = own;
    return asGas(this);
  }
}
