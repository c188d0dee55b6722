/**
 * Every criterion method of DataValidationBuilder and ConditionalFormatRuleBuilder (emulator/rules.ts
 * makes them from one table), written out here one by one: the criterion each sets, how it reads
 * its arguments, what it refuses, and that a script's call is counted under its own name.
 */
import { AppsScriptEmulator } from '../../emulator';

const JAN = new Date(Date.UTC(2024, 0, 1));
const DEC = new Date(Date.UTC(2024, 11, 31));

/** [method, arguments, criterion, criteria values, arguments it refuses and the type named] */
type Row = [string, unknown[], string, unknown[], [unknown[], string] | null];

const REQUIRE: Row[] = [
  ['requireDate', [], 'DATE_IS_VALID_DATE', [], null],
  ['requireDateAfter', [JAN], 'DATE_AFTER', [JAN], [[1], 'number']],
  ['requireDateBefore', [JAN], 'DATE_BEFORE', [JAN], [['2024-01-01'], 'string']],
  ['requireDateBetween', [JAN, DEC], 'DATE_BETWEEN', [JAN, DEC], [[JAN, 5], 'number']],
  ['requireDateEqualTo', [JAN], 'DATE_EQUAL_TO', [JAN], [[null], 'null']],
  ['requireDateNotBetween', [JAN, DEC], 'DATE_NOT_BETWEEN', [JAN, DEC], [[JAN], 'undefined']],
  ['requireDateOnOrAfter', [JAN], 'DATE_ON_OR_AFTER', [JAN], [[true], 'boolean']],
  ['requireDateOnOrBefore', [JAN], 'DATE_ON_OR_BEFORE', [JAN], [[1], 'number']],
  ['requireFormulaSatisfied', ['=A1>0'], 'CUSTOM_FORMULA', ['=A1>0'], null],
  ['requireNumberBetween', [0, 23], 'NUMBER_BETWEEN', [0, 23], [[0, '23'], 'string']],
  ['requireNumberEqualTo', [7], 'NUMBER_EQUAL_TO', [7], [[JAN], 'Date']],
  ['requireNumberGreaterThan', [7], 'NUMBER_GREATER_THAN', [7], [['7'], 'string']],
  [
    'requireNumberGreaterThanOrEqualTo',
    [0],
    'NUMBER_GREATER_THAN_OR_EQUAL_TO',
    [0],
    [[], 'undefined'],
  ],
  ['requireNumberLessThan', [7], 'NUMBER_LESS_THAN', [7], [[null], 'null']],
  ['requireNumberLessThanOrEqualTo', [7], 'NUMBER_LESS_THAN_OR_EQUAL_TO', [7], [[true], 'boolean']],
  ['requireNumberNotBetween', [1, 2], 'NUMBER_NOT_BETWEEN', [1, 2], [['1', 2], 'string']],
  ['requireNumberNotEqualTo', [7], 'NUMBER_NOT_EQUAL_TO', [7], [['x'], 'string']],
  ['requireTextContains', ['ab'], 'TEXT_CONTAINS', ['ab'], null],
  ['requireTextDoesNotContain', [12], 'TEXT_DOES_NOT_CONTAIN', ['12'], null],
  ['requireTextEqualTo', ['Live'], 'TEXT_EQUAL_TO', ['Live'], null],
  ['requireTextIsEmail', [], 'TEXT_IS_VALID_EMAIL', [], null],
  ['requireTextIsUrl', [], 'TEXT_IS_VALID_URL', [], null],
];

const WHEN: Row[] = [
  ['whenCellEmpty', [], 'CELL_EMPTY', [], null],
  ['whenCellNotEmpty', [], 'CELL_NOT_EMPTY', [], null],
  ['whenFormulaSatisfied', ['=$A1>0'], 'CUSTOM_FORMULA', ['=$A1>0'], null],
  ['whenNumberBetween', [1, 9], 'NUMBER_BETWEEN', [1, 9], [[1], 'undefined']],
  ['whenNumberEqualTo', [7], 'NUMBER_EQUAL_TO', [7], [['7'], 'string']],
  ['whenNumberGreaterThan', [7], 'NUMBER_GREATER_THAN', [7], [[JAN], 'Date']],
  ['whenNumberGreaterThanOrEqualTo', [7], 'NUMBER_GREATER_THAN_OR_EQUAL_TO', [7], [[null], 'null']],
  ['whenNumberLessThan', [7], 'NUMBER_LESS_THAN', [7], [[false], 'boolean']],
  ['whenNumberLessThanOrEqualTo', [7], 'NUMBER_LESS_THAN_OR_EQUAL_TO', [7], [['x'], 'string']],
  ['whenNumberNotBetween', [1, 9], 'NUMBER_NOT_BETWEEN', [1, 9], [['1', 9], 'string']],
  ['whenNumberNotEqualTo', [7], 'NUMBER_NOT_EQUAL_TO', [7], [[], 'undefined']],
  ['whenTextContains', ['Due'], 'TEXT_CONTAINS', ['Due'], null],
  ['whenTextDoesNotContain', ['Due'], 'TEXT_DOES_NOT_CONTAIN', ['Due'], null],
  ['whenTextEndsWith', ['.'], 'TEXT_ENDS_WITH', ['.'], null],
  ['whenTextEqualTo', [true], 'TEXT_EQUAL_TO', ['true'], null],
  ['whenTextStartsWith', ['Over'], 'TEXT_STARTS_WITH', ['Over'], null],
];

type Builder = Record<string, (...args: unknown[]) => Builder>;

/** Each builder: how to make one, and the criterion and values of what it builds. */
const BUILDERS = [
  {
    name: 'DataValidationBuilder',
    rows: REQUIRE,
    make: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => app.newDataValidation(),
    criterion: (built: unknown) => {
      const rule = built as GoogleAppsScript.Spreadsheet.DataValidation;
      return [String(rule.getCriteriaType()), rule.getCriteriaValues()];
    },
  },
  {
    name: 'ConditionalFormatRuleBuilder',
    rows: WHEN,
    make: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => app.newConditionalFormatRule(),
    criterion: (built: unknown) => {
      const condition = (
        built as GoogleAppsScript.Spreadsheet.ConditionalFormatRule
      ).getBooleanCondition()!;
      return [String(condition.getCriteriaType()), condition.getCriteriaValues()];
    },
  },
];

describe.each(BUILDERS)('$name', ({ name, rows, make, criterion }) => {
  test.each(rows)('%s', (method, args, expected, values, refused) => {
    const emulator = new AppsScriptEmulator();
    const builder = make(emulator.globals.SpreadsheetApp) as unknown as Builder;
    const built = (builder[method]!(...args) as unknown as { build(): unknown }).build();
    expect(criterion(built)).toEqual([expected, values]);
    expect(emulator.calls.count(`${name}.${method}`)).toBe(1);
    if (refused)
      expect(() => builder[method]!(...refused[0])).toThrow(
        `The parameters (${refused[1]}) don't match the method signature for ${name}.${method}.`,
      );
  });
});

test('a date argument is copied: changing the Date passed changes no rule', () => {
  const { SpreadsheetApp } = new AppsScriptEmulator().globals;
  const date = new Date(JAN.getTime());
  const rule = SpreadsheetApp.newDataValidation().requireDateAfter(date).build();
  date.setUTCFullYear(2030);
  expect(rule.getCriteriaValues()).toEqual([JAN]);
});

test("neither builder has the other's methods", () => {
  const { SpreadsheetApp } = new AppsScriptEmulator().globals;
  const validation = SpreadsheetApp.newDataValidation() as unknown as Record<string, unknown>;
  const format = SpreadsheetApp.newConditionalFormatRule() as unknown as Record<string, unknown>;
  expect(validation.whenCellEmpty).toBeUndefined();
  expect(validation.requireTextEndsWith).toBeUndefined();
  expect(format.requireDate).toBeUndefined();
  expect(format.whenTextIsEmail).toBeUndefined();
});
