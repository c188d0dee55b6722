/**
 * The Sheet, driven as a coordinator drives it: build/Code.js in node:vm with the emulator's
 * services as its globals, in a spreadsheet whose time zone differs from the test process's.
 */
import { COMPUTED_COLUMNS, INPUT_COLUMNS } from '../../src/domain/tracker/columns';
import { MENU_ITEMS } from '../../src/sheets/menu';
import { columnLetter } from '../../src/sheets/workbook';
import { CODE, checksum, column, exampleTracker, isoIn, openSheet } from './support';

const SYDNEY = 'Australia/Sydney';
const computedHeaders = Object.values(COMPUTED_COLUMNS).map((computed) => computed.header);
const inputHeaders = Object.values(INPUT_COLUMNS).map((input) => input.header);

describe('the menu', () => {
  test('onOpen adds the ILACS tracker menu with the items of the spec, each a top-level function', () => {
    const { emulator, context, open } = openSheet();
    open();
    const [menu] = emulator.ui.menus;
    expect(menu?.caption).toBe('ILACS tracker');
    const items = (menu?.items ?? []).flatMap((item) => ('caption' in item ? [item] : []));
    expect(items.map((item) => item.caption)).toEqual([
      'Set up tracker',
      'Recalculate now',
      'Check for problems',
      'Show timeline',
      'Update national data...',
      "Preview today's reminders",
      'Send a test reminder to me',
      'Send due reminders now',
      'Turn on daily reminders',
      'Turn off daily reminders',
      'Check installation',
    ]);
    for (const item of MENU_ITEMS.filter((entry) => entry !== null)) {
      expect(typeof (context as Record<string, unknown>)[item.handler]).toBe('function');
      expect(CODE).toContain(`\nfunction ${item.handler}(`);
    }
  });
});

describe('Set up tracker', () => {
  test('on an empty spreadsheet: the three sheets, headers, notes, validation, formats, frozen header', () => {
    const { emulator, run } = openSheet();
    run('setUpTracker');
    const tracker = emulator.sheet('Tracker');
    expect(emulator.values('Tracker')[0]).toEqual([...inputHeaders, ...computedHeaders]);
    expect(tracker.getFrozenRows()).toBe(1);
    const statusColumn = inputHeaders.length + computedHeaders.indexOf('Status') + 1;
    expect(tracker.getRange(1, statusColumn).getNote()).toContain('Computed by ilacs-tracker');
    const overall = inputHeaders.indexOf('Overall effectiveness') + 1;
    const validation = tracker.getRange(2, overall).getDataValidation();
    expect(validation?.getCriteriaValues()[0]).toEqual([
      'outstanding',
      'good',
      'requires improvement',
      'inadequate',
    ]);
    // Every date the tool writes in one format, read alike anywhere: 1 Dec 2026.
    const formatUnder = (header: string) =>
      tracker
        .getRange(2, ([...inputHeaders, ...computedHeaders] as string[]).indexOf(header) + 1)
        .getNumberFormat();
    expect(
      [
        'Last inspection',
        'Planned engagement meeting',
        'Due',
        'Expected from',
        'Self-evaluation due',
      ].map(formatUnder),
    ).toEqual(Array(5).fill('d mmm yyyy'));
    const log = emulator.sheet('Reminder log');
    const lastRow = log.getMaxRows();
    expect(
      log
        .getRange(2, 1, lastRow - 1, 1)
        .getNumberFormats()
        .flat(),
    ).toEqual(Array(lastRow - 1).fill('d mmm yyyy hh:mm'));
    expect(
      log
        .getRange(2, 4, lastRow - 1, 1)
        .getNumberFormats()
        .flat(),
    ).toEqual(Array(lastRow - 1).fill('d mmm yyyy'));
    expect(log.getRange(1, 1, 1, 4).getNumberFormats()[0]).not.toContain('d mmm yyyy');
    expect(tracker.getConditionalFormatRules().length).toBeGreaterThanOrEqual(2);
    expect(emulator.values('Settings')[0]).toEqual(['Setting', 'Value']);
    expect(emulator.values('Settings').map((row) => row[0])).toContain('Inspection cycle (months)');
    expect(emulator.values('Reminder log')[0]).toEqual([
      'Time',
      'Authority',
      'Kind',
      'Event date',
      'Lead days',
      'Recipients',
      'Outcome',
      'Detail',
      'Key',
    ]);
    expect(emulator.ui.toasts.at(-1)?.message).toContain('Tracker set up');
  });

  test('on a filled tracker it changes no coordinator cell, and running it twice changes nothing more', () => {
    const rows = exampleTracker();
    // The coordinator's own layout: renamed by alias, reordered, an extra column, a hidden one.
    const reordered = rows.map((row) => ['my own notes', ...row.slice(6), ...row.slice(0, 6)]);
    reordered[0] = [
      'My notes',
      'Overall',
      'Leaders',
      'Help and protection',
      'In care',
      'Care leavers',
      'LA',
      'DfE code',
      'Region',
      'Inspection start',
      'Inspection end',
      'Framework',
    ];
    const { emulator, run } = openSheet({ sheets: { Tracker: reordered } });
    emulator.sheet('Tracker').hideColumns(3);
    const before = checksum(emulator.values('Tracker'));

    run('setUpTracker');
    const afterFirst = emulator.values('Tracker');
    expect(checksum(afterFirst.map((row) => row.slice(0, 12)))).toBe(before);
    expect(afterFirst[0]?.slice(12)).toEqual([
      ...inputHeaders.filter(
        (header) =>
          ![
            'Authority',
            'LA code',
            'Region',
            'Last inspection',
            'Last inspection end',
            'Inspection type',
            'Overall effectiveness',
            'Impact of leaders',
            'Help and protection',
            'Children in care',
            'Care leavers',
          ].includes(header),
      ),
      ...computedHeaders,
    ]);

    const state = () => {
      const sheets = ['Tracker', 'Settings', 'Reminder log'].map((name) => emulator.sheet(name));
      return JSON.stringify(
        sheets.map((sheet) => {
          const range = sheet.getDataRange();
          return {
            values: checksum(range.getValues()),
            notes: range.getNotes(),
            formats: range.getNumberFormats(),
            validations: range
              .getDataValidations()
              .map((row) =>
                row.map((rule) =>
                  rule ? [rule.getCriteriaType(), rule.getCriteriaValues()] : null,
                ),
              ),
            rules: sheet
              .getConditionalFormatRules()
              .map((rule) => [
                rule.getBooleanCondition()?.getCriteriaValues(),
                rule.getRanges().map((r) => r.getA1Notation()),
              ]),
            protections: sheet
              .getProtections(emulator.globals.SpreadsheetApp.ProtectionType.RANGE)
              .map((p) => [p.getDescription(), p.getRange().getA1Notation(), p.isWarningOnly()]),
            frozen: sheet.getFrozenRows(),
            size: [sheet.getMaxRows(), sheet.getMaxColumns()],
          };
        }),
      );
    };
    const once = state();
    run('setUpTracker');
    expect(state()).toBe(once);
    expect(emulator.ui.toasts.at(-1)?.message).toContain('All columns present');

    // Recalculate finds the columns by alias in the coordinator's order, hidden column and all.
    run('recalculateNow');
    const values = emulator.values('Tracker');
    expect(checksum(values.map((row) => row.slice(0, 12)))).toBe(before);
    const barnet = values.find((row) => row[6] === 'Barnet') ?? [];
    expect(isoIn(barnet[(values[0] ?? []).indexOf('Due')], SYDNEY)).toBe('2027-06-10');
    expect(barnet[(values[0] ?? []).indexOf('Problems')]).toBe('');
  });

  test("the coordinator's own conditional formats and settings stay", () => {
    const { emulator, run } = openSheet({
      sheets: {
        Tracker: [['Authority', 'Last inspection']],
        Settings: [
          ['Setting', 'Value'],
          ['Daily run hour', '6'],
        ],
      },
    });
    const tracker = emulator.sheet('Tracker');
    const SpreadsheetApp = emulator.globals.SpreadsheetApp;
    tracker.setConditionalFormatRules([
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextContains('Leeds')
        .setBackground('#00ff00')
        .setRanges([tracker.getRange('A2:A10')])
        .build(),
    ]);
    run('setUpTracker');
    run('setUpTracker');
    const rules = tracker.getConditionalFormatRules();
    expect(
      rules.filter((rule) => rule.getBooleanCondition()?.getCriteriaValues()[0] === 'Leeds'),
    ).toHaveLength(1);
    const settings = emulator.values('Settings');
    expect(settings.filter((row) => row[0] === 'Daily run hour')).toEqual([['Daily run hour', 6]]);
  });
});

describe('Recalculate now', () => {
  function filledSheet(rows: string[][] = exampleTracker()) {
    const session = openSheet({ sheets: { Tracker: rows } });
    session.run('setUpTracker');
    return session;
  }

  test('computes every row and writes only the computed columns, in the spreadsheet time zone', () => {
    const { emulator, run } = filledSheet();
    const inputBefore = checksum(emulator.values('Tracker').map((row) => row.slice(0, 11)));
    run('recalculateNow');
    const values = emulator.values('Tracker');
    expect(checksum(values.map((row) => row.slice(0, 11)))).toBe(inputBefore);
    const barnet = values.find((row) => row[0] === 'Barnet') ?? [];
    const at = (header: string) => barnet[(values[0] ?? []).indexOf(header)];
    expect(at('Pathway')).toBe('Short');
    expect(at('Next inspection')).toBe('Short inspection');
    expect(isoIn(at('Due'), SYDNEY)).toBe('2027-06-10');
    expect(isoIn(at('Window opens'), SYDNEY)).toBe('2026-12-10');
    // The forecast speaks for the inspection (Expected from/by); the framework's window is named.
    expect(at('Status')).toMatch(
      /^Expected \w{3}( \d{4})?-\w{3} \d{4} \(framework window opens Dec 2026\); engagement meeting overdue; self-evaluation overdue \(as of 2026-11-22\)$/,
    );
    expect(String(at('Explanation'))).toContain('in the national order');
    expect(String(at('Explanation'))).toContain('(R2c)');
    expect(
      emulator.displayValues('Tracker').find((row) => row[0] === 'Barnet')?.[
        (values[0] ?? []).indexOf('Due')
      ],
    ).toBe('10 Jun 2027');
    expect(emulator.ui.toasts.at(-1)?.message).toBe('153 rows computed, 0 with problems.');
  });

  test('the custom functions agree with the computed columns over the same rows', () => {
    const { emulator, run, customFunction } = filledSheet();
    run('recalculateNow');
    const values = emulator.values('Tracker');
    const cells = (header: string) => column(values, header).map((cell) => [cell]);
    const inspection = [
      'Last inspection',
      'Overall effectiveness',
      'Impact of leaders',
      'Help and protection',
      'Children in care',
      'Care leavers',
    ].map(cells);
    const due = customFunction('NEXT_INSPECTION', ...inspection) as unknown[][];
    const window = customFunction('NEXT_INSPECTION_WINDOW', ...inspection) as unknown[][];
    const type = customFunction('NEXT_INSPECTION_TYPE', ...inspection) as unknown[][];
    expect(due.map(([cell]) => isoIn(cell, SYDNEY))).toEqual(
      column(values, 'Due').map((cell) => isoIn(cell, SYDNEY)),
    );
    expect(window.map(([opens]) => isoIn(opens, SYDNEY))).toEqual(
      column(values, 'Window opens').map((cell) => isoIn(cell, SYDNEY)),
    );
    expect(window.map(([, closes]) => isoIn(closes, SYDNEY))).toEqual(
      column(values, 'Window closes').map((cell) => isoIn(cell, SYDNEY)),
    );
    expect(type.map(([cell]) => cell)).toEqual(column(values, 'Next inspection'));
    const meeting = customFunction(
      'NEXT_ENGAGEMENT_MEETING',
      cells('Last engagement meeting'),
      cells('Last inspection end'),
      cells('Planned engagement meeting'),
    ) as unknown[][];
    expect(meeting.map(([cell]) => isoIn(cell, SYDNEY))).toEqual(
      column(values, 'Next engagement meeting').map((cell) => isoIn(cell, SYDNEY)),
    );
  });

  test('every kind of bad cell: a clear message in Problems, the other rows still computed', () => {
    const rows = exampleTracker().slice(0, 8);
    const header = rows[0] ?? [];
    const set = (row: number, headerName: string, value: string) => {
      (rows[row] as string[])[header.indexOf(headerName)] = value;
    };
    set(1, 'Overall effectiveness', 'excellent');
    set(2, 'Last inspection', '31/02/2024');
    set(3, 'Overall effectiveness', '#N/A');
    set(4, 'Authority', rows[5]?.[0] ?? '');
    rows[0] = [...header, 'Focused visits since'];
    rows.forEach((row, index) => index > 0 && row.push(index === 6 ? 'two' : ''));
    const { emulator, run } = filledSheet(rows);
    run('recalculateNow');
    const values = emulator.values('Tracker');
    const problems = column(values, 'Problems').map(String);
    expect(problems[0]).toContain(
      "Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'excellent'.",
    );
    expect(problems[1]).toContain(
      "Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found '31/02/2024'.",
    );
    expect(problems[2]).toContain('Overall effectiveness: the cell shows the formula error #N/A');
    expect(problems[4]).toContain('is already in row 5; each authority needs exactly one row.');
    expect(problems[5]).toContain(
      "Focused visits since: expected a whole number, 0 or more, found 'two'.",
    );
    expect(problems[6]).toBe('');
    const due = column(values, 'Due');
    expect(due[6]).toBeInstanceOf(Date);
    expect(due[5]).toBeInstanceOf(Date);
    expect(emulator.ui.toasts.at(-1)?.message).toBe('7 rows computed, 5 with problems.');
  });

  test('editing a cell and recalculating updates that row', () => {
    const { emulator, run } = filledSheet();
    run('recalculateNow');
    const tracker = emulator.sheet('Tracker');
    const values = emulator.values('Tracker');
    const row = values.findIndex((cells) => cells[0] === 'Barnet') + 1;
    tracker
      .getRange(row, (values[0] ?? []).indexOf('Overall effectiveness') + 1)
      .setValue('Requires improvement');
    run('recalculateNow');
    const after = emulator.values('Tracker')[row - 1] ?? [];
    expect(after[(values[0] ?? []).indexOf('Next inspection')]).toBe('Standard inspection');
  });

  test('a bad setting is reported and its default used', () => {
    const { emulator, run } = filledSheet(exampleTracker().slice(0, 3));
    const settings = emulator.sheet('Settings');
    const row =
      emulator.values('Settings').findIndex((cells) => cells[0] === 'Inspection cycle (months)') +
      1;
    settings.getRange(row, 2).setValue('forty');
    run('recalculateNow');
    expect(emulator.ui.toasts.at(-1)?.message).toBe(
      '2 rows computed, 0 with problems. Settings: 1 with problems, defaults used.',
    );
    run('checkForProblems');
    const dialog = emulator.ui.dialogs.at(-1);
    expect(dialog?.html).toContain(
      'Inspection cycle (months): expected a whole number from 1 to 120, found &#39;forty&#39;; using the default, 36.',
    );
  });

  test('service calls do not grow with the number of rows (10, 153, 5,000)', () => {
    const example = exampleTracker();
    const rowsOf = (count: number) => [
      example[0] ?? [],
      ...Array.from({ length: count }, (_, index) => {
        const row = [...(example[1 + (index % 153)] ?? [])];
        row[0] = `Authority ${index + 1}`;
        return row;
      }),
    ];
    const counts = [10, 153, 5000].map((count) => {
      const { emulator, run } = filledSheet(rowsOf(count));
      emulator.calls.reset();
      run('recalculateNow');
      return emulator.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[2]).toEqual(counts[0]);
    // Settings, Tracker, National data, and the Tracker's header again just before writing.
    expect(counts[0]?.['Range.getValues']).toBe(4);
    expect(counts[0]?.['Range.setValues']).toBe(1);
  });

  test("Set up's service calls do not grow with the rows of the Tracker or the Reminder log; each date column is formatted once, whole", () => {
    const example = exampleTracker();
    const rowsOf = (count: number) => [
      example[0] ?? [],
      ...Array.from({ length: count }, (_, index) => {
        const row = [...(example[1 + (index % 153)] ?? [])];
        row[0] = `Authority ${index + 1}`;
        return row;
      }),
    ];
    const logOf = (count: number) => [
      [
        'Time',
        'Authority',
        'Kind',
        'Event date',
        'Lead days',
        'Recipients',
        'Outcome',
        'Detail',
        'Key',
      ],
      ...Array.from({ length: count }, (_, index) => [
        new Date(Date.UTC(2026, 10, 1 + (index % 20), 7)),
        `Authority ${index + 1}`,
        'Engagement meeting',
        new Date(Date.UTC(2026, 11, 1 + (index % 20))),
        '30',
        'dcs@example.org',
        'Sent',
        '',
        `authority ${index + 1}|Engagement meeting|2026-12-01|30`,
      ]),
    ];
    const counts = [10, 5000].map((count) => {
      const session = openSheet({
        sheets: { Tracker: rowsOf(count), 'Reminder log': logOf(count) },
      });
      session.run('setUpTracker');
      session.emulator.calls.reset();
      session.run('setUpTracker');
      return session.emulator.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    const inputDates = Object.values(INPUT_COLUMNS).filter((input) => input.kind === 'date');
    // The Tracker's input and 8 computed date columns, the Settings' values as text, and the
    // log's Time and Event date.
    expect(counts[0]?.['Range.setNumberFormat']).toBe(inputDates.length + 8 + 1 + 2);
  });

  test('without Set up, Recalculate says what to do instead of failing', () => {
    const { emulator, run } = openSheet();
    run('recalculateNow');
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe(
      'There is no Tracker sheet: run ILACS tracker > Set up tracker first.',
    );
  });
});

describe('Check for problems', () => {
  test('lists each problem with its row and column, every sheet value escaped', () => {
    const rows = exampleTracker().slice(0, 4);
    (rows[1] as string[])[0] = '<script>alert(1)</script>';
    (rows[2] as string[])[6] = 'grand';
    const { emulator, run } = openSheet({ sheets: { Tracker: rows } });
    run('setUpTracker');
    run('checkForProblems');
    const dialog = emulator.ui.dialogs.at(-1);
    // Row 3's, and the shipped National data (as of 20 Aug 2026) being over 3 months old.
    expect(dialog?.title).toBe('ILACS tracker: 2 problems');
    expect(dialog?.html).toContain('<td>National data</td><td>1</td>');
    expect(dialog?.html).toContain('<td>Tracker</td><td>3</td>');
    expect(dialog?.html).toContain('<td>Overall effectiveness</td>');
    expect(dialog?.html).not.toContain('<script>');
  });

  test('with no problems, says so', () => {
    // Within 3 months of the shipped National data's date (20 Aug 2026), which is then no problem.
    const { emulator, run } = openSheet({
      now: new Date('2026-11-10T09:00:00Z'),
      sheets: { Tracker: exampleTracker().slice(0, 4) },
    });
    run('setUpTracker');
    run('checkForProblems');
    expect(emulator.ui.alerts.at(-1)?.prompt).toBe('No problems found in 3 rows or the Settings.');
  });
});

describe('fixed after review', () => {
  test("a coordinator's own Status column keeps its data; Set up adds the tool's beside it", () => {
    const rows = exampleTracker()
      .slice(0, 4)
      .map((row, index) => [...row, index === 0 ? 'Status' : `chased ${index}`]);
    const { emulator, run } = openSheet({ sheets: { Tracker: rows } });
    run('setUpTracker');
    run('recalculateNow');
    const values = emulator.values('Tracker');
    const header = values[0] ?? [];
    const statuses = header.flatMap((cell, index) => (cell === 'Status' ? [index] : []));
    expect(statuses).toHaveLength(2);
    expect(values.slice(1).map((row) => row[statuses[0] ?? -1])).toEqual([
      'chased 1',
      'chased 2',
      'chased 3',
    ]);
    expect(String(values[1]?.[statuses[1] ?? -1])).toContain('(as of 2026-11-22)');
  });

  test('a formula in a computed column of a row without an Authority is kept', () => {
    const rows = exampleTracker().slice(0, 4);
    const { emulator, run } = openSheet({ sheets: { Tracker: rows } });
    run('setUpTracker');
    const tracker = emulator.sheet('Tracker');
    const header = emulator.values('Tracker')[0] ?? [];
    const status = header.indexOf('Status') + 1;
    tracker.getRange(6, status).setValue('=COUNTIF(A2:A4,"*")');
    run('recalculateNow');
    expect(tracker.getRange(6, status).getFormulas()[0]?.[0]).toBe('=COUNTIF(A2:A4,"*")');
  });

  test("conditional formats: overdue red, an open inspection window or a date (the forecast's Expected from, not the framework's window) within 30 days amber, formulas that work in Sheets, Excel and LibreOffice", () => {
    const { emulator, run } = openSheet({ sheets: { Tracker: exampleTracker().slice(0, 3) } });
    run('setUpTracker');
    const rules = emulator
      .sheet('Tracker')
      .getConditionalFormatRules()
      .map((rule) => [
        rule.getBooleanCondition()?.getCriteriaValues()[0],
        rule.getBooleanCondition()?.getBackground(),
        rule.getRanges()[0]?.getA1Notation(),
      ]);
    const header = emulator.values('Tracker')[0] ?? [];
    const letter = (name: string) => columnLetter(header.indexOf(name));
    expect(rules).toContainEqual([
      `=AND(N("ilacs-tracker")=0, ISNUMBER(SEARCH("overdue", $${letter('Status')}2)))`,
      '#f4c7c3',
      `${letter('Status')}2:${letter('Status')}1000`,
    ]);
    const expected = `$${letter('Expected from')}2`;
    // Amber Status while the forecast's window is open, from its dates (no Status says
    // "inspection window open" since the forecast).
    expect(rules).toContainEqual([
      `=AND(N("ilacs-tracker")=0, ISNUMBER(${expected}), ${expected}<=TODAY(), TODAY()<=$${letter('Expected by')}2)`,
      '#fce8b2',
      `${letter('Status')}2:${letter('Status')}1000`,
    ]);
    expect(rules).toContainEqual([
      `=AND(N("ilacs-tracker")=0, ISNUMBER(${expected}), ${expected}>=TODAY(), ${expected}<=TODAY()+30)`,
      '#fce8b2',
      `${letter('Expected from')}2:${letter('Expected from')}1000`,
    ]);
    expect(rules.map(([formula]) => String(formula)).join(' ')).not.toContain('REGEXMATCH');
  });
});
