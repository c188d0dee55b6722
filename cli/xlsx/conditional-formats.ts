/**
 * The tool's conditional formats as SpreadsheetML: known by the mark in their formula
 * (src/sheets/setup.ts), they replace those the tool wrote before, and the coordinator's stay.
 */
import { MARKED_FORMULA } from '../../src/domain/tracker/tool-marks';
import type { Styles } from './styles';
import { insertChild } from './worksheet';
import { childrenNamed, escapeXml, splice } from './xml';

export type ConditionalFormatRule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

/** The rules of a sheet that are the tool's: their formula carries its mark. */
export function toolConditionalFormats(
  rules: readonly ConditionalFormatRule[],
): ConditionalFormatRule[] {
  return rules.filter((rule) =>
    String(rule.getBooleanCondition()?.getCriteriaValues()[0] ?? '').includes(MARKED_FORMULA),
  );
}

/**
 * The sheet's XML with the tool's conditional formats, `rules`, in place of those it wrote before
 * (their fills added to `styles`). No rules leaves the sheet as it is: a save without Set up, which
 * writes the tool's formats anew, keeps those already there.
 */
export function withConditionalFormats(
  xml: string,
  prefix: string,
  rules: readonly ConditionalFormatRule[],
  styles: Styles,
): string {
  if (rules.length === 0) return xml;
  const p = prefix;
  const edits = childrenNamed(xml, 'conditionalFormatting')
    .filter(
      (element) =>
        element.inner.includes(escapeXml(MARKED_FORMULA)) || element.inner.includes(MARKED_FORMULA),
    )
    .map((element) => ({ start: element.start, end: element.end, text: '' }));
  const cleared = splice(xml, edits);
  // Over the whole sheet: the x14 rules in <extLst> share one priority order with these.
  let priority = Math.max(
    0,
    ...[...cleared.matchAll(/priority="(\d+)"/g)].map((m) => Number(m[1])),
  );
  const formats = rules.flatMap((rule) => {
    const condition = rule.getBooleanCondition();
    const formula = String(condition?.getCriteriaValues()[0] ?? '').replace(/^=/, '');
    const background = condition?.getBackground();
    const sqref = rule
      .getRanges()
      .map((range) => range.getA1Notation())
      .join(' ');
    const dxf = background ? ` dxfId="${styles.addFillDxf(background)}"` : '';
    priority += 1;
    return [
      `<${p}conditionalFormatting sqref="${sqref}"><${p}cfRule type="expression"${dxf} priority="${priority}"><${p}formula>${escapeXml(formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    ];
  });
  // After the coordinator's own (their kind ranks with them), before the validations.
  return insertChild(cleared, 'conditionalFormatting', formats.join(''));
}
