/** SpreadsheetApp: the active spreadsheet, its Ui, the rule builders and the enums. */
import { EmulatedConditionalFormatRuleBuilder } from './conditional-format';
import { GAS_CLASS, GasObject, asGas, gasError } from './gas';
import { DEVELOPER_METADATA_LOCATION_TYPE, DEVELOPER_METADATA_VISIBILITY } from './metadata';
import { PROTECTION_TYPE } from './protection';
import { BOOLEAN_CRITERIA, DATA_VALIDATION_CRITERIA } from './rules';
import type { EmulatedSpreadsheet } from './spreadsheet';
import { EmulatedUi, type UiLog } from './ui';
import { EmulatedDataValidationBuilder } from './validation';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const NEW_SHEET_COLUMNS = 26;

export class EmulatedSpreadsheetApp
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      | 'BooleanCriteria'
      | 'DataValidationCriteria'
      | 'DeveloperMetadataLocationType'
      | 'DeveloperMetadataVisibility'
      | 'ProtectionType'
      | 'flush'
      | 'getActive'
      | 'getActiveRange'
      | 'getActiveSheet'
      | 'getActiveSpreadsheet'
      | 'getUi'
      | 'newConditionalFormatRule'
      | 'newDataValidation'
    >
{
  readonly BooleanCriteria = BOOLEAN_CRITERIA;
  readonly DataValidationCriteria = DATA_VALIDATION_CRITERIA;
  readonly DeveloperMetadataLocationType = DEVELOPER_METADATA_LOCATION_TYPE;
  readonly DeveloperMetadataVisibility = DEVELOPER_METADATA_VISIBILITY;
  readonly ProtectionType = PROTECTION_TYPE;
  private readonly ui: EmulatedUi;

  constructor(
    readonly spreadsheet: EmulatedSpreadsheet,
    private readonly uiLog: UiLog,
  ) {
    super();
    this.ui = new EmulatedUi(uiLog);
  }

  get [GAS_CLASS](): string {
    return 'SpreadsheetApp';
  }

  /** Writes are applied at once in the emulator, so there is nothing to flush. */
  flush(): void {}

  getActive(): Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getActiveSpreadsheet(): Spreadsheet {
    return asGas(this.spreadsheet);
  }

  getActiveSheet(): Sheet {
    return this.spreadsheet.getActiveSheet();
  }

  getActiveRange(): Range {
    return this.spreadsheet.getActiveRange();
  }

  /** Throws, as in Sheets, where there is no user to show it to (a time-driven trigger). */
  getUi(): GoogleAppsScript.Base.Ui {
    if (!this.uiLog.available)
      throw gasError('Cannot call SpreadsheetApp.getUi() from this context.');
    return asGas(this.ui);
  }

  newConditionalFormatRule(): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder {
    return asGas(new EmulatedConditionalFormatRuleBuilder());
  }

  newDataValidation(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asGas(new EmulatedDataValidationBuilder());
  }
}
