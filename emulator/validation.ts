/** Data validation rules and their builder (its criterion methods made from rules.ts's table). */
import {
  GAS_CLASS,
  GasObject,
  asGas,
  enumName,
  gasError,
  gasObjectOfClass,
  signatureError,
} from './gas';
import {
  DATA_VALIDATION_CRITERIA,
  type RequireMethod,
  type ValidationName,
  copyValues,
  criterionMethods,
} from './rules';

type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type DataValidationBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type DataValidationCriteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

interface ValidationState {
  criteria: ValidationName | undefined;
  values: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** A builder holding a copy of the state, as DataValidation.copy and the builder's copy give. */
function builderOf(state: Readonly<ValidationState>): DataValidationBuilder {
  return asGas(new EmulatedDataValidationBuilder({ ...state, values: copyValues(state.values) }));
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
    return builderOf(this.state);
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
  extends criterionMethods<Pick<DataValidationBuilder, RequireMethod>>('require')
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
      | RequireMethod
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

  _criterion(criteria: ValidationName, values: unknown[]): DataValidationBuilder {
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
    return builderOf(this.state);
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
    return this._criterion('CHECKBOX', values);
  }

  /** A list of allowed values; the dropdown shows unless showDropdown is false. */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilder {
    if (!Array.isArray(values))
      throw signatureError('DataValidationBuilder.requireValueInList', values);
    if (values.length === 0)
      throw gasError('The data validation rule needs at least one list item.');
    return this._criterion('VALUE_IN_LIST', [[...values], showDropdown ?? true]);
  }

  requireValueInRange(
    range: GoogleAppsScript.Spreadsheet.Range,
    showDropdown?: boolean,
  ): DataValidationBuilder {
    const own = gasObjectOfClass(range, 'Range');
    if (!own) throw signatureError('DataValidationBuilder.requireValueInRange', range);
    return this._criterion('VALUE_IN_RANGE', [own, showDropdown ?? true]);
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
    return this._criterion(name, copyValues(args));
  }
}
