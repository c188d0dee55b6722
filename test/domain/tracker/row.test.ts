import type { DateOfCell } from '../../../src/domain/tracker/cells';
import { type CivilDate, civil } from '../../../src/domain/rules/civil-date';
import {
  type RowCells,
  duplicateAuthorityProblems,
  parseTrackerRow,
} from '../../../src/domain/tracker/row';

/** Reads a date cell by its UTC calendar day, so the result never depends on the process's zone. */
const utcDateOfCell: DateOfCell = (value: Date): CivilDate => ({
  year: value.getUTCFullYear(),
  month: value.getUTCMonth() + 1,
  day: value.getUTCDate(),
});

const today = civil('2026-11-22');

describe('parseTrackerRow', () => {
  test.each<[string, RowCells]>([
    ['no authority cell', { region: 'North West', overall: 'Good' }],
    ['an empty authority', { authority: '', overall: 'Good' }],
    ['a space-only authority', { authority: '   ', lastInspection: '2024-03-11' }],
    ['a null authority', { authority: null, dcsEmail: 'dcs@example.org' }],
    ['an undefined authority', { authority: undefined, overall: 'not a grade' }],
  ])('a row with %s is left alone (undefined)', (_name, cells) => {
    expect(parseTrackerRow(cells, utcDateOfCell, today)).toBeUndefined();
  });

  test('a row with only an authority has no problems', () => {
    expect(parseTrackerRow({ authority: ' Leeds ' }, utcDateOfCell, today)).toEqual({
      row: { authority: 'Leeds' },
      problems: [],
      unreadable: [],
    });
  });

  test('a full good row is read into typed values', () => {
    const cells: RowCells = {
      authority: '  Leeds ',
      laCode: 383,
      region: 'Yorkshire and the Humber',
      lastInspection: new Date(Date.UTC(2023, 4, 15, 12)),
      lastInspectionEnd: '26/05/2023',
      inspectionType: 'ilacs standard',
      overall: 'Good',
      leaders: 'OUTSTANDING',
      helpAndProtection: 'RI',
      childrenInCare: 'requires improvement to be good',
      careLeavers: 'inadequate',
      focusedVisitsSince: 1,
      lastFocusedVisit: '2024-09-10',
      priorityAction: false,
      jtaiSince: 'yes',
      lastMonitoringVisit: '',
      lastEngagementMeeting: '2024-06-01',
      plannedEngagementMeeting: new Date(Date.UTC(2025, 5, 2, 12)),
      selfEvaluationSubmitted: '15/05/2025',
      dcsName: 'Jo Bloggs',
      dcsEmail: ' jo.bloggs@leeds.gov.uk ',
      otherRecipients: 'a@leeds.gov.uk; b@leeds.gov.uk, c@leeds.gov.uk',
      reminders: 'paused',
      notes: '#REF! anything here is ignored',
    };
    const parsed = parseTrackerRow(cells, utcDateOfCell, today);
    expect(parsed).toEqual({
      row: {
        authority: 'Leeds',
        laCode: '383',
        region: 'Yorkshire and the Humber',
        lastInspection: civil('2023-05-15'),
        lastInspectionEnd: civil('2023-05-26'),
        inspectionType: 'ILACS standard',
        overall: 'good',
        leaders: 'outstanding',
        helpAndProtection: 'requires improvement',
        childrenInCare: 'requires improvement',
        careLeavers: 'inadequate',
        focusedVisitsSince: 1,
        lastFocusedVisit: civil('2024-09-10'),
        priorityAction: false,
        jtaiSince: true,
        lastEngagementMeeting: civil('2024-06-01'),
        plannedEngagementMeeting: civil('2025-06-02'),
        selfEvaluationSubmitted: civil('2025-05-15'),
        dcsName: 'Jo Bloggs',
        dcsEmail: 'jo.bloggs@leeds.gov.uk',
        otherRecipients: ['a@leeds.gov.uk', 'b@leeds.gov.uk', 'c@leeds.gov.uk'],
        reminders: 'Paused',
      },
      problems: [],
      unreadable: [],
    });
    expect(parsed?.row.lastMonitoringVisit).toBeUndefined();
    expect(parsed?.row).not.toHaveProperty('notes');
  });

  test('each bad cell gives one message, and the good cells are still read', () => {
    const parsed = parseTrackerRow(
      {
        authority: 'Bradford',
        region: 'Yorkshire and the Humber',
        lastInspection: '31/02/2024',
        lastInspectionEnd: '2024-03-08',
        overall: 'excellent',
        leaders: 'good',
        focusedVisitsSince: -1,
        jtaiSince: 'no',
        dcsEmail: 'not-an-email',
        otherRecipients: 'cc@bradford.gov.uk',
        reminders: 'On',
      },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      "Last inspection: expected a date such as 2024-03-11 or 11/03/2024, found '31/02/2024'.",
      "Overall effectiveness: expected a grade: outstanding, good, requires improvement (or RI) or inadequate, found 'excellent'.",
      "Focused visits since: expected a whole number, 0 or more, found '-1'.",
      "DCS email: expected an email address, found 'not-an-email'.",
    ]);
    expect(parsed?.row).toEqual({
      authority: 'Bradford',
      region: 'Yorkshire and the Humber',
      lastInspectionEnd: civil('2024-03-08'),
      leaders: 'good',
      jtaiSince: false,
      otherRecipients: ['cc@bradford.gov.uk'],
      reminders: 'On',
    });
    expect(parsed?.unreadable).toEqual([
      'lastInspection',
      'overall',
      'focusedVisitsSince',
      'dcsEmail',
    ]);
    expect(parsed?.row.lastInspection).toBeUndefined();
    expect(parsed?.row.overall).toBeUndefined();
    expect(parsed?.row.focusedVisitsSince).toBeUndefined();
    expect(parsed?.row.dcsEmail).toBeUndefined();
  });

  test('a formula error in a cell is one problem naming its column', () => {
    const parsed = parseTrackerRow(
      { authority: 'Kirklees', lastEngagementMeeting: '#N/A', careLeavers: 'Good' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      'Last engagement meeting: the cell shows the formula error #N/A; expected a date such as 2024-03-11 or 11/03/2024.',
    ]);
    expect(parsed?.row).toEqual({ authority: 'Kirklees', careLeavers: 'good' });
  });

  test('a numeric LA code becomes text', () => {
    expect(
      parseTrackerRow({ authority: 'Leeds', laCode: 383 }, utcDateOfCell, today)?.row.laCode,
    ).toBe('383');
    expect(
      parseTrackerRow({ authority: 'Somewhere', laCode: 0 }, utcDateOfCell, today)?.row.laCode,
    ).toBe('0');
    expect(
      parseTrackerRow({ authority: 'Leeds', laCode: ' E08000035 ' }, utcDateOfCell, today)?.row
        .laCode,
    ).toBe('E08000035');
  });

  test('date cells go through the injected dateOfCell', () => {
    const seen: Date[] = [];
    const dateOfCell: DateOfCell = (value) => {
      seen.push(value);
      return civil('2022-01-17');
    };
    const cell = new Date(Date.UTC(2022, 0, 16, 23, 30));
    const parsed = parseTrackerRow(
      { authority: 'Wakefield', lastMonitoringVisit: cell },
      dateOfCell,
      today,
    );
    expect(parsed?.row.lastMonitoringVisit).toEqual(civil('2022-01-17'));
    expect(seen).toEqual([cell]);
  });
});

describe('duplicateAuthorityProblems', () => {
  test('no rows, no problems', () => {
    expect(duplicateAuthorityProblems([]).size).toBe(0);
  });

  test('distinct authorities give no problems', () => {
    const problems = duplicateAuthorityProblems([
      { authority: 'Leeds', rowNumber: 2 },
      { authority: 'Leeds City', rowNumber: 3 },
      { authority: 'Bradford', rowNumber: 4 },
    ]);
    expect(problems.size).toBe(0);
  });

  test('later rows are reported naming the first row; first occurrences are left alone', () => {
    const problems = duplicateAuthorityProblems([
      { authority: 'Leeds', rowNumber: 2 },
      { authority: 'Bradford', rowNumber: 3 },
      { authority: 'LEEDS', rowNumber: 5 },
      { authority: 'Isle of Wight', rowNumber: 7 },
      { authority: '  leeds  ', rowNumber: 9 },
      { authority: 'isle  of   WIGHT', rowNumber: 12 },
    ]);
    expect([...problems.keys()].sort((a, b) => a - b)).toEqual([5, 9, 12]);
    expect(problems.get(5)).toBe(
      'Authority: LEEDS is already in row 2; each authority needs exactly one row.',
    );
    expect(problems.get(9)).toContain('already in row 2;');
    expect(problems.get(12)).toBe(
      'Authority: isle  of   WIGHT is already in row 7; each authority needs exactly one row.',
    );
    expect(problems.has(2)).toBe(false);
    expect(problems.has(3)).toBe(false);
    expect(problems.has(7)).toBe(false);
  });

  test('the first row is the first one given, whatever its number', () => {
    const problems = duplicateAuthorityProblems([
      { authority: 'York', rowNumber: 10 },
      { authority: 'york', rowNumber: 4 },
    ]);
    expect([...problems.entries()]).toEqual([
      [4, 'Authority: york is already in row 10; each authority needs exactly one row.'],
    ]);
  });

  test('tabs and line breaks count as spaces', () => {
    const problems = duplicateAuthorityProblems([
      { authority: 'North Yorkshire', rowNumber: 2 },
      { authority: 'North\tYorkshire\n', rowNumber: 3 },
    ]);
    expect([...problems.keys()]).toEqual([3]);
  });
});

test('a row whose Authority is not text keeps it as shown, with a problem', () => {
  const parsed = parseTrackerRow(
    { authority: '#REF!' },
    () => {
      throw new Error('no dates');
    },
    today,
  );
  expect(parsed?.row.authority).toBe('#REF!');
  expect(parsed?.problems).toEqual([
    'Authority: the cell shows the formula error #REF!; expected text.',
  ]);
});

describe('a date that cannot be right is one problem, and is not used', () => {
  const happened = [
    ['lastInspection', 'Last inspection'],
    ['lastInspectionEnd', 'Last inspection end'],
    ['lastFocusedVisit', 'Last focused visit'],
    ['lastMonitoringVisit', 'Last monitoring visit'],
    ['lastEngagementMeeting', 'Last engagement meeting'],
    ['selfEvaluationSubmitted', 'Self-evaluation submitted'],
  ] as const;

  test.each(happened)('%s after today is a problem naming %s', (key, header) => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', [key]: '2026-11-23' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      `${header}: expected a date on or before today (2026-11-22), as it records what has happened, found 2026-11-23.`,
    ]);
    expect(parsed?.unreadable).toEqual([key]);
    expect(parsed?.row).toEqual({ authority: 'Leeds' });
  });

  test.each(happened)('%s today is fine', (key) => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', [key]: '22/11/2026' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([]);
    expect(parsed?.row[key]).toEqual(today);
  });

  test('an inspection in progress: its last on-site day ahead, within three weeks of its start, is no problem', () => {
    const inProgress = parseTrackerRow(
      { authority: 'Leeds', lastInspection: '2026-11-16', lastInspectionEnd: '2026-11-27' },
      utcDateOfCell,
      today,
    );
    expect(inProgress?.problems).toEqual([]);
    expect(inProgress?.row.lastInspectionEnd).toEqual(civil('2026-11-27'));
    // An end further from its start than any inspection lasts, or an inspection not yet begun,
    // is still a slip.
    for (const [start, end] of [
      ['2026-11-16', '2026-12-08'],
      ['2026-11-23', '2026-11-27'],
    ] as const) {
      const slip = parseTrackerRow(
        { authority: 'Leeds', lastInspection: start, lastInspectionEnd: end },
        utcDateOfCell,
        today,
      );
      expect(slip?.problems).toContainEqual(
        expect.stringContaining('Last inspection end: expected a date on or before today'),
      );
    }
  });

  test('a last on-site day more than a month after the start is a slip', () => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', lastInspection: '2024-03-11', lastInspectionEnd: '2024-04-22' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      'Last inspection end: expected the last on-site day, within a month of Last inspection (2024-03-11), found 2024-04-22.',
    ]);
  });

  test('a planned meeting may be in the future, up to two years ahead', () => {
    const ok = parseTrackerRow(
      { authority: 'Leeds', plannedEngagementMeeting: '2028-11-22' },
      utcDateOfCell,
      today,
    );
    expect(ok?.problems).toEqual([]);
    expect(ok?.row.plannedEngagementMeeting).toEqual(civil('2028-11-22'));
    const far = parseTrackerRow(
      { authority: 'Leeds', plannedEngagementMeeting: '2028-11-23' },
      utcDateOfCell,
      today,
    );
    expect(far?.problems).toEqual([
      'Planned engagement meeting: expected a date no more than 2 years after today (by 2028-11-22), as the meeting is yearly, found 2028-11-23.',
    ]);
    expect(far?.unreadable).toEqual(['plannedEngagementMeeting']);
  });

  test('2024 typed into a date-formatted Last inspection (1905-07-16) is one problem; the row still reads', () => {
    const parsed = parseTrackerRow(
      {
        authority: 'Leeds',
        lastInspection: new Date(Date.UTC(1905, 6, 16)),
        lastInspectionEnd: '2024-03-22',
        overall: 'good',
      },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      'Last inspection: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found 1905-07-16, which is how a spreadsheet shows the number 2024 typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11.',
    ]);
    expect(parsed?.unreadable).toEqual(['lastInspection']);
    expect(parsed?.row).toEqual({
      authority: 'Leeds',
      lastInspectionEnd: civil('2024-03-22'),
      overall: 'good',
    });
  });

  test.each([
    ['lastFocusedVisit', 'Last focused visit'],
    ['lastMonitoringVisit', 'Last monitoring visit'],
    ['lastEngagementMeeting', 'Last engagement meeting'],
    ['plannedEngagementMeeting', 'Planned engagement meeting'],
    ['selfEvaluationSubmitted', 'Self-evaluation submitted'],
  ] as const)('%s before 2013 is a problem naming %s', (key, header) => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', [key]: '2012-06-01' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      `${header}: expected a date on or after 2013-01-01 (the first SIF inspections were in November 2013), found '2012-06-01'.`,
    ]);
    expect(parsed?.unreadable).toEqual([key]);
  });

  test('an inspection that ends before it starts: the end is the problem, the start is used', () => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', lastInspection: '2024-03-11', lastInspectionEnd: '2024-03-01' },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      'Last inspection end: expected the last on-site day, on or after Last inspection (2024-03-11), found 2024-03-01.',
    ]);
    expect(parsed?.unreadable).toEqual(['lastInspectionEnd']);
    expect(parsed?.row).toEqual({ authority: 'Leeds', lastInspection: civil('2024-03-11') });
  });

  test('an end on its start day is fine; an end with an unusable start is not compared', () => {
    const sameDay = parseTrackerRow(
      { authority: 'Leeds', lastInspection: '2024-03-11', lastInspectionEnd: '2024-03-11' },
      utcDateOfCell,
      today,
    );
    expect(sameDay?.problems).toEqual([]);
    const badStart = parseTrackerRow(
      { authority: 'Leeds', lastInspection: '2027-03-11', lastInspectionEnd: '2024-03-01' },
      utcDateOfCell,
      today,
    );
    expect(badStart?.unreadable).toEqual(['lastInspection']);
    expect(badStart?.row.lastInspectionEnd).toEqual(civil('2024-03-01'));
  });
});

describe('duplicateAuthorityProblems: names that only look alike are one authority', () => {
  const needs = 'each authority needs exactly one row.';
  const problemOf = (first: string, second: string) =>
    duplicateAuthorityProblems([
      { authority: first, rowNumber: 2 },
      { authority: second, rowNumber: 3 },
    ]).get(3);

  test.each([
    ['\u200B', 'U+200B (zero-width space)'],
    ['\u200C', 'U+200C (zero-width non-joiner)'],
    ['\u200D', 'U+200D (zero-width joiner)'],
    ['\uFEFF', 'U+FEFF (zero-width no-break space)'],
    ['\u2060', 'U+2060 (word joiner)'],
  ])('an invisible %j is shown and named', (character, named) => {
    const code = named.slice(0, 6);
    expect(problemOf('Kent', `Kent${character}`)).toBe(
      `Authority: 'Kent[${code}]' is already in row 2 as 'Kent', which looks the same: this cell contains an invisible character, ${named}; ${needs}`,
    );
    expect(problemOf('Kent', `Ke${character}nt`)).toContain(`'Ke[${code}]nt'`);
    expect(problemOf(`${character}Kent`, 'Kent')).toBe(
      `Authority: 'Kent' is already in row 2 as '[${code}]Kent', which looks the same: row 2's cell contains an invisible character, ${named}; ${needs}`,
    );
  });

  test('a non-breaking space', () => {
    expect(problemOf('North Yorkshire', 'North\u00A0Yorkshire')).toBe(
      `Authority: 'North\u00A0Yorkshire' is already in row 2 as 'North Yorkshire', which looks the same: this cell has a special space, U+00A0 (non-breaking space); ${needs}`,
    );
  });

  test.each(['Kent.', 'Kent,', 'Kent;', '"Kent"', 'Kent .', '(Kent)'])(
    'punctuation at the ends: %j',
    (name) => {
      expect(problemOf('Kent', name)).toBe(
        `Authority: '${name}' is already in row 2 as 'Kent', which looks the same: punctuation at the start or end differs; ${needs}`,
      );
    },
  );

  test('capitals as well as punctuation: the punctuation is said', () => {
    expect(problemOf('Kent', 'KENT.')).toBe(
      `Authority: 'KENT.' is already in row 2 as 'Kent', which looks the same: punctuation at the start or end differs; ${needs}`,
    );
  });

  test('an invisible character and punctuation together', () => {
    expect(problemOf('Kent', 'Kent.\u200B')).toBe(
      `Authority: 'Kent.[U+200B]' is already in row 2 as 'Kent', which looks the same: this cell contains an invisible character, U+200B (zero-width space) and punctuation at the start or end differs; ${needs}`,
    );
  });

  test('a year far ahead in a date cell is after today, like any other', () => {
    const parsed = parseTrackerRow(
      { authority: 'Leeds', lastInspection: new Date(Date.UTC(2500, 0, 1, 12)) },
      utcDateOfCell,
      today,
    );
    expect(parsed?.problems).toEqual([
      'Last inspection: expected a date on or before today (2026-11-22), as it records what has happened, found 2500-01-01.',
    ]);
  });

  test('case and spaces alone keep the plain message', () => {
    expect(problemOf('Isle of Wight', ' isle  of\tWIGHT ')).toBe(
      `Authority: isle  of\tWIGHT is already in row 2; ${needs}`,
    );
  });

  test.each([
    ['Bristol, City of', 'Bristol'],
    ['Herefordshire, County of', 'Herefordshire'],
    ['Kingston upon Hull, City of', 'Kingston upon Hull'],
    ['Leeds', 'Leeds City'],
    ['St. Helens', 'St Helens'],
    ['.', '-'],
  ])('distinct authorities stay distinct: %j and %j', (first, second) => {
    expect(problemOf(first, second)).toBeUndefined();
  });

  test('a long look-alike name is quoted as a short excerpt', () => {
    const long = `Kent${'\u200B'.repeat(49_990)}`;
    const problem = problemOf('Kent', long) ?? '';
    expect(problem.length).toBeLessThan(400);
    expect(problem).toContain('(49,994 characters long)');
    const plain = problemOf('a'.repeat(49_990), 'A'.repeat(49_990)) ?? '';
    expect(plain).toBe(
      `Authority: ${'A'.repeat(40)}… (49,990 characters long) is already in row 2; ${needs}`,
    );
  });
});
