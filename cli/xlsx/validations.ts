/**
 * The data validations of the tool's new columns as SpreadsheetML: each run of like rules down a
 * column one <dataValidation>, added to the sheet's own list (the coordinator's stay as they are).
 */
import { columnName } from './read';
import { insertChild } from './worksheet';
import { child, elements, escapeXml, splice, withAttribute } from './xml';

export type DataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * A rule as a <dataValidation> whose range is the placeholder SQREF; undefined for a kind the tool
 * never sets.
 */
function validationXml(rule: DataValidation, topLeft: string, p: string): string | undefined {
  const allowInvalid = rule.getAllowInvalid();
  const help = rule.getHelpText().slice(0, 255);
  const common =
    ` allowBlank="1" showErrorMessage="${allowInvalid ? 0 : 1}"${allowInvalid ? ' errorStyle="warning"' : ''}` +
    (help ? ` showInputMessage="1" prompt="${escapeXml(help)}"` : '') +
    ' sqref="SQREF"';
  const values = rule.getCriteriaValues();
  const formula = (text: string) => `<${p}formula1>${escapeXml(text)}</${p}formula1>`;
  switch (String(rule.getCriteriaType())) {
    case 'VALUE_IN_LIST':
      return `<${p}dataValidation type="list"${common}>${formula(`"${(values[0] as string[]).join(',')}"`)}</${p}dataValidation>`;
    case 'DATE_IS_VALID_DATE':
      return `<${p}dataValidation type="date" operator="greaterThan"${common}>${formula('1')}</${p}dataValidation>`;
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return `<${p}dataValidation type="decimal" operator="greaterThanOrEqual"${common}>${formula(String(values[0]))}</${p}dataValidation>`;
    case 'TEXT_IS_VALID_EMAIL':
      return `<${p}dataValidation type="custom"${common}>${formula(`ISNUMBER(SEARCH("@",${topLeft}))`)}</${p}dataValidation>`;
    default:
      return undefined;
  }
}

/**
 * The sheet's XML with the validations of every column from `firstNew` on (`validations` by row,
 * then column, as the emulator holds them): rules alike but for their own cell on consecutive rows
 * are one element over the run of rows.
 */
export function withValidations(
  xml: string,
  prefix: string,
  validations: readonly (readonly (DataValidation | null)[])[],
  firstNew: number,
): string {
  const items: string[] = [];
  const columns = Math.max(0, ...validations.map((row) => row.length));
  for (let column = firstNew; column < columns; column += 1) {
    let run: { from: number; to: number; item: string } | undefined;
    const flush = () => {
      if (run)
        items.push(
          run.item.replace(
            'SQREF',
            `${columnName(column)}${run.from + 1}:${columnName(column)}${run.to + 1}`,
          ),
        );
      run = undefined;
    };
    validations.forEach((row, r) => {
      const rule = row[column];
      const item = rule ? validationXml(rule, `${columnName(column)}${r + 1}`, prefix) : undefined;
      const shape = item?.replace(/[A-Z]+\d+\)\)/, '');
      if (run && item && shape === run.item.replace(/[A-Z]+\d+\)\)/, '') && run.to === r - 1)
        run.to = r;
      else {
        flush();
        if (item) run = { from: r, to: r, item };
      }
    });
    flush();
  }
  if (items.length === 0) return xml;
  const existing = child(xml, 'dataValidations');
  if (!existing) {
    return insertChild(
      xml,
      'dataValidations',
      `<${prefix}dataValidations count="${items.length}">${items.join('')}</${prefix}dataValidations>`,
    );
  }
  const inner = existing.inner + items.join('');
  const count = [...elements(inner, 'dataValidation')].length;
  const open = withAttribute(
    existing.text.slice(0, existing.text.indexOf('>') + 1).replace(/\s*\/>$/, '>'),
    'count',
    String(count),
  );
  return splice(xml, [
    {
      start: existing.start,
      end: existing.end,
      text: `${open}${inner}</${existing.prefix}dataValidations>`,
    },
  ]);
}
