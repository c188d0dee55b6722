/**
 * Bad input never becomes a wrong date (issue 11): build/Code.js in the emulator, with the cells a
 * coordinator really produces - `2024` typed into a date-formatted column (a Date cell showing
 * 1905-07-16), a number in an unformatted one, an inspection after today or ending before it
 * starts, a 49,990-character cell, look-alike authorities - each one problem naming its column,
 * no date worked out from it, and no reminder sent for its row.
 */
import { INPUT_COLUMNS } from '../../src/domain/tracker/columns';
import { isoIn, openSheet, type Session } from './support';

const LONDON = 'Europe/London';
const HEADERS = Object.values(INPUT_COLUMNS).map((input) => input.header);
const NEEDS = 'each authority needs exactly one row.';

/** An authority's email domain: `Bristol, City of` -> `bristol-city-of`. */
const slug = (authority: string) =>
  authority
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A good row: a short inspection in March 2024 and a meeting on 2025-11-29, so that on 2026-11-22
 * the next meeting (2026-11-29, R5a) is 7 days away, a reminder lead; the self-evaluation for it
 * is in.
 */
function row(authority: string, cells: Record<string, string> = {}): string[] {
  const values: Record<string, string> = {
    Authority: authority,
    'Last inspection': '2024-03-11',
    'Last inspection end': '2024-03-15',
    'Inspection type': 'ILACS short',
    'Overall effectiveness': 'good',
    'Impact of leaders': 'good',
    'Help and protection': 'good',
    'Children in care': 'good',
    'Last engagement meeting': '2025-11-29',
    'Self-evaluation submitted': '2025-12-15',
    'DCS name': `DCS of ${authority}`,
    'DCS email': `dcs@${slug(authority) || 'la'}.example.org`,
    Reminders: 'On',
    ...cells,
  };
  return HEADERS.map((header) => values[header] ?? '');
}

/** The Tracker set up on 2026-11-22 at 07:00 in London. */
function open(rows: string[][]): Session {
  const session = openSheet({
    timeZone: LONDON,
    now: new Date('2026-11-22T07:00:00Z'),
    mailQuota: 1000,
    sheets: { Tracker: [HEADERS, ...rows] },
  });
  session.run('setUpTracker');
  return session;
}

function rowNumber(session: Session, authority: string): number {
  const index = session.emulator.values('Tracker').findIndex((cells) => cells[0] === authority);
  if (index < 1) throw new Error(`No row for ${authority}`);
  return index + 1;
}

function columnNumber(session: Session, header: string): number {
  const index = (session.emulator.values('Tracker')[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`No column ${header}`);
  return index + 1;
}

/** Types a value into a cell, as a coordinator does (the cell's number format applies). */
function type(session: Session, authority: string, header: string, value: unknown): void {
  session.emulator
    .sheet('Tracker')
    .getRange(rowNumber(session, authority), columnNumber(session, header))
    .setValue(value);
}

/** A computed or typed cell of an authority's row, as getValues gives it. */
function cell(session: Session, authority: string, header: string): unknown {
  const values = session.emulator.values('Tracker');
  return values[rowNumber(session, authority) - 1]?.[columnNumber(session, header) - 1];
}

const TYPED_2024 =
  'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1905-07-16, which is how a spreadsheet shows the number 2024 typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11.';

describe('a number that is not a plausible date', () => {
  test('2024 typed into the date-formatted Last inspection: one problem, no date from it, the rest of the row computed', () => {
    const session = open([row('Leeds'), row('Kent')]);
    type(session, 'Kent', 'Last inspection', 2024);
    // What Sheets does: the date format makes the number 2024 a date, 2024 days after 1899-12-30.
    expect(cell(session, 'Kent', 'Last inspection')).toBeInstanceOf(Date);
    expect(isoIn(cell(session, 'Kent', 'Last inspection'), LONDON)).toBe('1905-07-16');

    session.run('recalculateNow');
    expect(cell(session, 'Kent', 'Problems')).toBe(TYPED_2024);
    for (const header of ['Pathway', 'Next inspection', 'Due', 'Window opens', 'Window closes']) {
      expect(cell(session, 'Kent', header)).toBe('');
    }
    const status = String(cell(session, 'Kent', 'Status'));
    expect(status).not.toMatch(/days ago|Overdue|overdue|window open/);
    expect(status).toMatch(/\(as of 2026-11-22\)$/);
    expect(String(cell(session, 'Kent', 'Explanation'))).toContain(
      'Last inspection could not be read, or holds a value that cannot be right, so it is not used (see Problems).',
    );
    // The meeting counts from the last meeting (R5a), which is fine.
    expect(isoIn(cell(session, 'Kent', 'Next engagement meeting'), LONDON)).toBe('2026-11-29');
    // The good row is untouched by its neighbour.
    expect(cell(session, 'Leeds', 'Problems')).toBe('');
    expect(isoIn(cell(session, 'Leeds', 'Due'), LONDON)).toBe('2027-03-11');
    expect(session.emulator.ui.toasts.at(-1)?.message).toBe('2 rows computed, 1 with problems.');

    session.run('checkForProblems');
    const dialog = session.emulator.ui.dialogs.at(-1);
    // Kent's, and the shipped National data (as of 20 Aug 2026) being over 3 months old.
    expect(dialog?.title).toBe('ILACS tracker: 2 problems');
    expect(dialog?.html).toContain('The National data runs to 20 Aug 2026');
    expect(dialog?.html).toContain('<td>Last inspection</td>');
    expect(dialog?.html).toContain(
      'found 1905-07-16, which is how a spreadsheet shows the number 2024',
    );
  });

  test('45 typed into a date-formatted column (1900-02-13), in every date column', () => {
    const session = open([row('Leeds')]);
    const dated = Object.values(INPUT_COLUMNS)
      .filter((input) => input.kind === 'date')
      .map((input) => input.header);
    for (const header of dated) type(session, 'Leeds', header, 45);
    expect(isoIn(cell(session, 'Leeds', 'Last engagement meeting'), LONDON)).toBe('1900-02-13');
    session.run('recalculateNow');
    const problems = String(cell(session, 'Leeds', 'Problems')).split('\n');
    for (const header of dated) {
      expect(problems).toContain(
        `${header}: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1900-02-13, which is how a spreadsheet shows the number 45 typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11.`,
      );
    }
    for (const header of ['Due', 'Next engagement meeting', 'Self-evaluation due']) {
      expect(cell(session, 'Leeds', header)).toBe('');
    }
    expect(String(cell(session, 'Leeds', 'Status'))).not.toMatch(/days ago|verdue/);
  });

  test('2024 typed into a column not formatted as dates is the number 2024, and one problem', () => {
    const session = open([row('Leeds')]);
    const range = session.emulator
      .sheet('Tracker')
      .getRange(rowNumber(session, 'Leeds'), columnNumber(session, 'Last inspection'));
    range.setNumberFormat('0');
    range.setValue(2024);
    expect(cell(session, 'Leeds', 'Last inspection')).toBe(2024);
    session.run('recalculateNow');
    expect(cell(session, 'Leeds', 'Problems')).toBe(
      'Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found the number 2024.',
    );
    expect(cell(session, 'Leeds', 'Due')).toBe('');
  });
});

describe('the custom functions', () => {
  test('NEXT_INSPECTION of 2024 typed into a date cell says so, and gives no date', () => {
    const session = open([row('Leeds')]);
    type(session, 'Leeds', 'Last inspection', 2024);
    const typed = cell(session, 'Leeds', 'Last inspection');
    expect(session.customFunction('NEXT_INSPECTION', typed, 'good')).toBe(
      TYPED_2024.replace('Last inspection:', 'last_start:'),
    );
    expect(
      session.customFunction('NEXT_INSPECTION', [[typed], ['2024-03-11']], [['good'], ['good']]),
    ).toEqual([[TYPED_2024.replace('Last inspection:', 'last_start:')], [expect.any(Date)]]);
  });
});

describe('dates that cannot be right', () => {
  test('an inspection after today or before 2013, an end before its start, visits and a submission after today, a meeting planned years ahead', () => {
    const session = open([
      row('Leeds', { 'Last inspection': '2027-01-11', 'Last inspection end': '2027-01-15' }),
      row('Kent', { 'Last inspection': '2012-11-05', 'Last inspection end': '' }),
      row('Essex', { 'Last inspection end': '2024-03-01' }),
      row('Barnet', {
        'Last focused visit': '2026-12-01',
        'Last monitoring visit': '2027-02-01',
        'Last engagement meeting': '2026-11-23',
        'Self-evaluation submitted': '2026-12-24',
      }),
      row('Camden', { 'Planned engagement meeting': '2030-06-01' }),
      row('Sutton', { 'Planned engagement meeting': '2027-06-01' }),
    ]);
    session.run('recalculateNow');
    const problems = (authority: string) => String(cell(session, authority, 'Problems'));
    const past = (header: string, iso: string) =>
      `${header}: expected a date on or before today (2026-11-22), as it records what has happened, found ${iso}.`;
    expect(problems('Leeds')).toBe(
      [past('Last inspection', '2027-01-11'), past('Last inspection end', '2027-01-15')].join('\n'),
    );
    expect(cell(session, 'Leeds', 'Due')).toBe('');
    // Typed into a date-formatted cell, the text is a date cell.
    expect(problems('Kent')).toBe(
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 2012-11-05.',
    );
    expect(cell(session, 'Kent', 'Due')).toBe('');
    expect(problems('Essex')).toBe(
      'Last inspection end: expected the last on-site day, on or after Last inspection (2024-03-11), found 2024-03-01.',
    );
    // The start is still used; the last on-site day is estimated from the inspection's length.
    expect(isoIn(cell(session, 'Essex', 'Due'), LONDON)).toBe('2027-03-11');
    expect(problems('Barnet').split('\n')).toEqual([
      past('Last focused visit', '2026-12-01'),
      past('Last monitoring visit', '2027-02-01'),
      past('Last engagement meeting', '2026-11-23'),
      past('Self-evaluation submitted', '2026-12-24'),
    ]);
    expect(problems('Camden')).toBe(
      'Planned engagement meeting: expected a date no more than 2 years after today (by 2028-11-22), as the meeting is yearly, found 2030-06-01.',
    );
    expect(problems('Sutton')).toBe('');
    expect(isoIn(cell(session, 'Sutton', 'Next engagement meeting'), LONDON)).toBe('2027-06-01');
    for (const authority of ['Leeds', 'Kent', 'Essex', 'Barnet', 'Camden', 'Sutton']) {
      expect(String(cell(session, authority, 'Status'))).not.toMatch(/days ago/);
    }
  });
});

describe('a very long cell', () => {
  test('is quoted as 40 characters and its length, so the Problems cell fits (Sheets holds 50,000)', () => {
    const long = `excellent${'!'.repeat(49_981)}`;
    expect(long).toHaveLength(49_990);
    const session = open([row('Leeds', { 'Overall effectiveness': long, 'DCS email': long })]);
    session.run('recalculateNow');
    const problems = String(cell(session, 'Leeds', 'Problems'));
    expect(problems.split('\n')).toEqual([
      `Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'excellent${'!'.repeat(31)}…' (49,990 characters long).`,
      `DCS email: expected an email address, found 'excellent${'!'.repeat(31)}…' (49,990 characters long).`,
    ]);
    expect(problems.length).toBeLessThan(500);
  });

  test('in Settings, likewise', () => {
    const session = open([row('Leeds')]);
    const settings = session.emulator.sheet('Settings');
    const names = session.emulator.values('Settings').map((cells) => cells[0]);
    settings
      .getRange(names.indexOf('Inspection cycle (months)') + 1, 2)
      .setValue(`forty${'x'.repeat(49_985)}`);
    settings
      .getRange(names.length + 1, 1, 1, 2)
      .setValues([[`Colour${'y'.repeat(49_994)}`, 'red']]);
    session.run('checkForProblems');
    const html = session.emulator.ui.dialogs.at(-1)?.html ?? '';
    expect(html).toContain(
      `Inspection cycle (months): expected a whole number from 1 to 120, found &#39;forty${'x'.repeat(35)}…&#39; (49,990 characters long); using the default, 36.`,
    );
    expect(html).toContain(
      `&#39;Colour${'y'.repeat(34)}…&#39; (50,000 characters long) is not a setting of this tool, so it is ignored.`,
    );
    expect(html.length).toBeLessThan(20_000);
  });
});

describe('look-alike authorities', () => {
  test('an invisible character, a non-breaking space, a full stop or comma at the end, capitals: duplicates naming the row; distinct authorities stay apart', () => {
    const session = open([
      row('Kent'),
      row('Kent\u200B'),
      row('\uFEFFKent'),
      row('Kent.'),
      row('Kent,'),
      row('KENT'),
      row('North Yorkshire'),
      row('North\u00A0Yorkshire'),
      row('Bristol, City of'),
      row('Bristol'),
    ]);
    session.run('recalculateNow');
    const problems = session.emulator
      .values('Tracker')
      .slice(1)
      .map((cells) => String(cells[columnNumber(session, 'Problems') - 1]));
    expect(problems).toEqual([
      '',
      `Authority: 'Kent[U+200B]' is already in row 2 as 'Kent', which looks the same: this cell contains an invisible character, U+200B (zero-width space); ${NEEDS}`,
      `Authority: '[U+FEFF]Kent' is already in row 2 as 'Kent', which looks the same: this cell contains an invisible character, U+FEFF (zero-width no-break space); ${NEEDS}`,
      `Authority: 'Kent.' is already in row 2 as 'Kent', which looks the same: punctuation at the start or end differs; ${NEEDS}`,
      `Authority: 'Kent,' is already in row 2 as 'Kent', which looks the same: punctuation at the start or end differs; ${NEEDS}`,
      `Authority: KENT is already in row 2; ${NEEDS}`,
      '',
      `Authority: 'North\u00A0Yorkshire' is already in row 8 as 'North Yorkshire', which looks the same: this cell has a special space, U+00A0 (non-breaking space); ${NEEDS}`,
      '',
      '',
    ]);
  });
});

describe('no reminder for a row with such a problem', () => {
  test('the daily run sends the good row its meeting reminder and skips the row with 2024 in Last inspection, saying why', () => {
    const session = open([
      row('Leeds'),
      row('Kent'),
      row('Kent\u200B', { 'DCS email': 'dcs@other.example.org' }),
    ]);
    const settings = session.emulator.sheet('Settings');
    const names = session.emulator.values('Settings').map((cells) => cells[0]);
    settings.getRange(names.indexOf('Send mode') + 1, 2).setValue('Live');
    type(session, 'Kent', 'Last inspection', 2024);
    session.emulator.setUiAvailable(false);
    session.fireDailyTrigger();

    const recipients = session.emulator.mail.flatMap((mail) => [mail.to, mail.cc ?? '']).join(' ');
    expect(recipients).toContain('dcs@leeds.example.org');
    expect(recipients).not.toContain('dcs@kent.example.org');
    expect(recipients).not.toContain('dcs@other.example.org');

    const [header = [], ...log] = session.emulator.values('Reminder log');
    const at = (cells: unknown[], name: string) => String(cells[header.indexOf(name)]);
    const kent = log.filter((cells) => at(cells, 'Authority').startsWith('Kent'));
    expect(kent.length).toBeGreaterThan(0);
    for (const entry of kent) {
      expect(at(entry, 'Outcome')).toBe('Skipped');
      expect(at(entry, 'Detail')).toContain('The row has problems');
    }
    expect(
      log.some((cells) => at(cells, 'Authority') === 'Leeds' && at(cells, 'Outcome') === 'Sent'),
    ).toBe(true);
    // The daily run recalculated first: the Status never counts back to 1905.
    expect(String(cell(session, 'Kent', 'Status'))).not.toMatch(/days ago/);
    expect(cell(session, 'Kent', 'Problems')).toBe(TYPED_2024);
  });
});
