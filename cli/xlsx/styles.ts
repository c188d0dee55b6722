/**
 * xl/styles.xml: what a cell's style index means for the values (its number format, whether its
 * font is bold), and new styles for the tool's cells, appended so that every existing index keeps
 * its meaning.
 */
import {
  child,
  elements,
  escapeXml,
  firstElement,
  insertInOrder,
  outline,
  splice,
  withAttribute,
} from './xml';

/** ECMA-376 Part 1, 18.8.30: the number formats that have an id and no code in the file. */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** Ids Excel maps to the locale's date formats (East Asian locales among them). */
const LOCALE_DATE_IDS = new Set([
  27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

export interface CellStyle {
  /** The number format's code, or undefined for General. */
  readonly numberFormat: string | undefined;
  readonly bold: boolean;
}

interface Xf {
  readonly text: string;
  readonly numFmtId: number;
  readonly fontId: number;
}

export class Styles {
  private readonly formats = new Map<number, string>();
  private readonly xfs: Xf[];
  private readonly boldFonts: boolean[];
  private readonly fontTexts: string[];
  private readonly addedXfs: string[] = [];
  private readonly addedFonts: string[] = [];
  private readonly addedFormats: string[] = [];
  private readonly addedDxfs: string[] = [];
  private readonly derived = new Map<string, number>();
  private dxfCount: number;

  constructor(private readonly xml: string | undefined) {
    // The style sheet's own lists only: a dxf holds a numFmt and a font of its own, and Excel 365
    // keeps more dxfs (x14:dxfs) inside <extLst>.
    const list = (name: string) => (xml === undefined ? undefined : child(xml, name));
    for (const numFmt of elements(list('numFmts')?.inner ?? '', 'numFmt')) {
      const id = Number(numFmt.attributes.get('numFmtId'));
      this.formats.set(id, numFmt.attributes.get('formatCode') ?? '');
    }
    const cellXfs = list('cellXfs');
    this.xfs = cellXfs
      ? [...elements(cellXfs.inner, 'xf')].map((xf) => ({
          text: xf.text,
          numFmtId: Number(xf.attributes.get('numFmtId') ?? 0),
          fontId: Number(xf.attributes.get('fontId') ?? 0),
        }))
      : [];
    const fonts = list('fonts');
    this.fontTexts = fonts ? [...elements(fonts.inner, 'font')].map((font) => font.text) : [];
    this.boldFonts = this.fontTexts.map((font) => {
      const b = firstElement(font, 'b');
      return b !== undefined && !/val\s*=\s*["'](0|false)["']/.test(b.text);
    });
    const dxfs = list('dxfs');
    this.dxfCount = dxfs ? [...elements(dxfs.inner, 'dxf')].length : 0;
  }

  formatCode(numFmtId: number): string | undefined {
    if (numFmtId === 0) return undefined;
    if (LOCALE_DATE_IDS.has(numFmtId)) return this.formats.get(numFmtId) ?? 'yyyy-mm-dd';
    return this.formats.get(numFmtId) ?? BUILT_IN_FORMATS[numFmtId];
  }

  styleOf(index: number): CellStyle {
    const xf = this.xfs[index];
    if (!xf) return { numberFormat: undefined, bold: false };
    return { numberFormat: this.formatCode(xf.numFmtId), bold: this.boldFonts[xf.fontId] ?? false };
  }

  /**
   * The index of a style like `base` (its font, fill, border and alignment) but with this number
   * format and weight; `base` itself when it already has them.
   */
  derive(base: number, wanted: CellStyle): number {
    const have = this.styleOf(base);
    if (have.numberFormat === wanted.numberFormat && have.bold === wanted.bold) return base;
    const key = `${base}\u0000${wanted.numberFormat ?? ''}\u0000${wanted.bold}`;
    const known = this.derived.get(key);
    if (known !== undefined) return known;
    let xf =
      this.xfs[base]?.text ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
    if (have.numberFormat !== wanted.numberFormat) {
      xf = withAttribute(
        withAttribute(xf, 'numFmtId', String(this.formatId(wanted.numberFormat))),
        'applyNumberFormat',
        '1',
      );
    }
    if (have.bold !== wanted.bold) {
      xf = withAttribute(
        withAttribute(
          xf,
          'fontId',
          String(this.fontWithWeight(this.xfs[base]?.fontId ?? 0, wanted.bold)),
        ),
        'applyFont',
        '1',
      );
    }
    const index = this.xfs.length + this.addedXfs.length;
    this.addedXfs.push(xf);
    this.derived.set(key, index);
    return index;
  }

  /** A differential format (for a conditional format) filling the cell with `rgb` (`#rrggbb`). */
  addFillDxf(rgb: string): number {
    const argb = `FF${rgb.replace('#', '').toUpperCase()}`;
    this.addedDxfs.push(
      `<dxf><fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor rgb="${argb}"/></patternFill></fill></dxf>`,
    );
    this.dxfCount += 1;
    return this.dxfCount - 1;
  }

  private formatId(code: string | undefined): number {
    if (code === undefined) return 0;
    for (const [id, known] of Object.entries(BUILT_IN_FORMATS))
      if (known === code) return Number(id);
    for (const [id, known] of this.formats) if (known === code) return id;
    const id = Math.max(163, ...this.formats.keys()) + 1;
    this.formats.set(id, code);
    this.addedFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fontWithWeight(fontId: number, bold: boolean): number {
    const base = this.fontTexts[fontId] ?? '<font><sz val="11"/><name val="Calibri"/></font>';
    const plain = base.replace(/<((?:[\w.-]+:)?)b(\s[^>]*)?\/>/, '');
    const font = bold
      ? plain.replace(
          /^<((?:[\w.-]+:)?)font(\s[^>]*)?>/,
          (open, prefix: string) => `${open}<${prefix}b/>`,
        )
      : plain;
    const index = this.fontTexts.length;
    this.fontTexts.push(font);
    this.boldFonts.push(bold);
    this.addedFonts.push(font);
    return index;
  }

  /** styles.xml with what was added, or undefined when nothing was. */
  updated(): string | undefined {
    if (
      this.addedXfs.length +
        this.addedFonts.length +
        this.addedFormats.length +
        this.addedDxfs.length ===
      0
    )
      return undefined;
    let xml = this.xml ?? EMPTY_STYLES;
    xml = appendTo(xml, 'numFmts', this.addedFormats);
    xml = appendTo(xml, 'fonts', this.addedFonts);
    xml = appendTo(xml, 'cellXfs', this.addedXfs);
    xml = appendTo(xml, 'dxfs', this.addedDxfs);
    return xml;
  }
}

/** CT_Stylesheet's children, in the order the schema requires. */
const STYLESHEET_ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

type ListName = 'numFmts' | 'fonts' | 'cellXfs' | 'dxfs';

const LIST_ITEMS: Readonly<Record<ListName, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

/** Adds children to a list element (creating it in its place when missing) and recounts it. */
function appendTo(xml: string, list: ListName, children: readonly string[]): string {
  if (children.length === 0) return xml;
  const existing = child(xml, list);
  if (existing) {
    const prefix = existing.prefix;
    const inner = existing.inner + children.map((item) => prefixed(item, prefix)).join('');
    const count = [...elements(inner, LIST_ITEMS[list])].length;
    const openTag = existing.text
      .slice(0, existing.innerStart - existing.start)
      .replace(/\/>$/, '>');
    const tag = withAttribute(openTag, 'count', String(count));
    const rebuilt =
      existing.text.endsWith('/>') && existing.inner === ''
        ? `${tag.replace(/\s*\/>$/, '>')}${inner}</${prefix}${list}>`
        : `${tag}${inner}</${prefix}${list}>`;
    return splice(xml, [{ start: existing.start, end: existing.end, text: rebuilt }]);
  }
  const { prefix } = outline(xml).root;
  const element = `<${prefix}${list} count="${children.length}">${children.map((item) => prefixed(item, prefix)).join('')}</${prefix}${list}>`;
  return insertInOrder(xml, STYLESHEET_ORDER, list, element);
}

/** The tool's own elements in the namespace prefix the part uses. */
function prefixed(element: string, prefix: string): string {
  return prefix === '' ? element : element.replace(/<(\/?)(?![\w.-]+:)(\w)/g, `<$1${prefix}$2`);
}

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
