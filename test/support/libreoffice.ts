/**
 * A workbook as LibreOffice shows it: Debian's LibreOffice Calc (/usr/bin/soffice, headless, in a
 * profile of its own) prints it to PDF, one page for each sheet, and poppler's pdftotext reads the
 * pages back as text, laid out as on the page. What a cell shows, then, not what it holds: a date
 * in its number format, and `###` where the column is too narrow for a number or a date. Both are
 * programs nobody on the project wrote; CI installs them (.ci/run).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const SOFFICE = '/usr/bin/soffice';
export const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';

/** Each sheet on one page, however large, so that a page is a sheet and a line is a row. */
const PDF_FILTER = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';

function run(program: string, args: readonly string[], what: string): string {
  try {
    return execFileSync(program, args, {
      encoding: 'utf8',
      // What they say on stderr (LibreOffice's warning that it has no Java) goes with an error.
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 180_000,
      maxBuffer: 256 * 1024 * 1024,
      // English month names whatever the machine's locale.
      env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' },
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      throw Object.assign(
        new Error(
          `${program} is needed ${what}: apt-get install libreoffice-calc-nogui poppler-utils (.ci/run does).`,
        ),
        { cause: error },
      );
    }
    throw error;
  }
}

/** The text of each sheet of `file` as LibreOffice prints it, in the workbook's order of sheets. */
export function printedSheets(file: string): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'ilacs-libreoffice-'));
  try {
    const profile = path.join(dir, 'profile');
    const out = path.join(dir, 'out');
    run(
      SOFFICE,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        PDF_FILTER,
        '--outdir',
        out,
        file,
      ],
      'to print workbooks to PDF',
    );
    const [pdf] = readdirSync(out).filter((name) => name.endsWith('.pdf'));
    if (!pdf) throw new Error(`LibreOffice wrote no PDF of ${file}`);
    const info = run(PDFINFO, [path.join(out, pdf)], 'to read PDFs');
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    return Array.from({ length: pages }, (_, index) =>
      run(
        PDFTOTEXT,
        ['-layout', '-f', String(index + 1), '-l', String(index + 1), path.join(out, pdf), '-'],
        'to read PDFs',
      ),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
