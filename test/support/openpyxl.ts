/**
 * A workbook part by part as openpyxl reads it: test/support/xlsx_parts.py run by Debian's
 * python3-openpyxl (/usr/bin/python3; CI installs it in .ci/run), a reader nobody on this project
 * wrote, so that a test of the workbook the CLI writes does not trust the code that wrote it.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const PYTHON = '/usr/bin/python3';
const READER = path.join(__dirname, 'xlsx_parts.py');

/** {"rgb": "FF1F4E78"}, {"theme": 1, "tint": 0.4}, {"indexed": 64} or {"auto": true}. */
export type Colour =
  | { readonly rgb: string }
  | { readonly theme: number; readonly tint: number }
  | { readonly indexed: number }
  | { readonly auto: true };

export interface Font {
  readonly name?: string;
  readonly size?: number;
  readonly bold?: true;
  readonly italic?: true;
  readonly underline?: string;
  readonly strike?: true;
  readonly color?: Colour;
  readonly vertAlign?: string;
}

export interface Fill {
  readonly patternType?: string;
  readonly fgColor?: Colour;
  readonly bgColor?: Colour;
  readonly gradient?: string;
}

export interface Alignment {
  readonly horizontal?: string;
  readonly vertical?: string;
  readonly wrap_text?: true;
  readonly shrink_to_fit?: true;
  readonly indent?: number;
  readonly text_rotation?: number;
}

export type Border = Readonly<
  Partial<
    Record<'left' | 'right' | 'top' | 'bottom' | 'diagonal', { style: string; color?: Colour }>
  >
>;

/** A JSON cell value: text, a number, a boolean, or a date (ISO text, with is_date set). */
export type CellValue = string | number | boolean | null;

export interface Cell {
  readonly value: CellValue;
  /** openpyxl's data type: s text, n number (or empty), b boolean, d date, f formula, e error. */
  readonly type: string;
  readonly is_date?: true;
  /** With its '=', for a formula cell; `cached` is then the result stored with it. */
  readonly formula?: string;
  readonly cached?: CellValue;
  readonly number_format?: string;
  readonly font?: Font;
  readonly fill?: Fill;
  readonly alignment?: Alignment;
  readonly border?: Border;
  readonly protection?: { readonly locked: boolean; readonly hidden: boolean };
  readonly comment?: { readonly text: string; readonly author: string | null };
  readonly hyperlink?: { readonly target?: string; readonly location?: string };
}

export interface Validation {
  readonly sqref: string;
  readonly type: string | null;
  readonly operator: string | null;
  readonly formula1: string | null;
  readonly formula2: string | null;
  readonly allow_blank: boolean;
  readonly show_error: boolean;
  readonly show_input: boolean;
  readonly error_style: string | null;
  readonly error: string | null;
  readonly error_title: string | null;
  readonly prompt: string | null;
  readonly prompt_title: string | null;
}

export interface ConditionalFormat {
  readonly sqref: string;
  readonly type: string;
  readonly operator: string | null;
  readonly formula: readonly string[];
  readonly text: string | null;
  readonly stop_if_true: boolean;
  readonly priority: number;
  readonly dxf: {
    readonly fill?: Fill;
    readonly font?: { readonly color?: Colour; readonly bold?: true; readonly italic?: true };
    readonly number_format?: string;
    readonly border?: Border;
  } | null;
  readonly color_scale: number | null;
  readonly data_bar: boolean;
  readonly icon_set: string | null;
}

export interface Sheet {
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  readonly tab_color: Colour | null;
  /** The top-left cell of the scrolling part, e.g. B2 for one frozen row and column. */
  readonly freeze_panes: string | null;
  readonly autofilter: string | null;
  readonly print_area: readonly string[] | string | null;
  readonly merges: readonly string[];
  /** By column letter, each column of a <col min max> range listed on its own. */
  readonly columns: Readonly<Record<string, { readonly width?: number; readonly hidden?: true }>>;
  /** By row number. */
  readonly rows: Readonly<Record<string, { readonly height?: number; readonly hidden?: true }>>;
  readonly validations: readonly Validation[];
  readonly conditional_formats: readonly ConditionalFormat[];
  /** Every cell with a value, a note or a style of its own, by coordinate. */
  readonly cells: Readonly<Record<string, Cell>>;
}

export interface DefinedName {
  readonly name: string;
  readonly value: string;
  readonly local_sheet: string | null;
  readonly hidden: boolean;
}

export interface ThreadedComment {
  readonly sheet: string;
  readonly ref: string;
  readonly text: string | null;
  readonly reply: boolean;
}

export interface WorkbookParts {
  readonly sheet_order: readonly string[];
  readonly sheets: Readonly<Record<string, Sheet>>;
  readonly defined_names: readonly DefinedName[];
  /** What openpyxl does not read, from the package itself. */
  readonly package: {
    /** Each part's content type, by part name. */
    readonly parts: Readonly<Record<string, string | null>>;
    /** As written in workbook.xml, _xlnm._FilterDatabase and print areas included. */
    readonly defined_names: readonly DefinedName[];
    /** Excel 365's threaded comments (openpyxl reads only the legacy copy Excel writes beside them). */
    readonly threaded_comments: readonly ThreadedComment[];
  };
  /** What openpyxl warned about while loading (unsupported extensions and the like). */
  readonly warnings: readonly string[];
}

/** Reads a workbook with openpyxl, twice (formulas, then their cached results). */
export function readParts(file: string): WorkbookParts {
  let json: string;
  try {
    json = execFileSync(PYTHON, [READER, file], {
      encoding: 'utf8',
      timeout: 120_000,
      maxBuffer: 512 * 1024 * 1024,
    });
  } catch (error) {
    const { code, stderr } = error as { code?: string; stderr?: string };
    if (code === 'ENOENT' || /No module named 'openpyxl'/.test(stderr ?? '')) {
      // The original failure goes with it (as its cause, which this TypeScript's lib lacks).
      throw Object.assign(
        new Error(
          `${PYTHON} with openpyxl is needed to read workbooks back: apt-get install python3-openpyxl (.ci/run does).`,
        ),
        { cause: error },
      );
    }
    throw error;
  }
  return JSON.parse(json) as WorkbookParts;
}
