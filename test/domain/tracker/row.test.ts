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

describe('parseTrackerRow', () => {
  test.each<[string, RowCells]>([
    ['no authority cell', { region: 'North West', overall: 'Good' }],
    ['an empty authority', { authority: '', overall: 'Good' }],
    ['a space-only authority', { authority: '   ', lastInspection: '2024-03-11' }],
    ['a null authority', { authority: null, dcsEmail: 'dcs@example.org' }],
    ['an undefined authority', { authority: undefined, overall: 'not a grade' }],
  ])('a row with %s is left alone (undefined)', (_name, cells) => {
    expect(parseTrackerRow(cells, utcDateOfCell)).toBeUndefined();
  });

  test('a row with only an authority has no problems', () => {
    expect(parseTrackerRow({ authority: ' Leeds ' }, utcDateOfCell)).toEqual({
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
    const parsed = parseTrackerRow(cells, utcDateOfCell);
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
    );
    expect(parsed?.problems).toEqual([
      'Last engagement meeting: the cell shows the formula error #N/A; expected a date such as 2024-03-11 or 11/03/2024.',
    ]);
    expect(parsed?.row).toEqual({ authority: 'Kirklees', careLeavers: 'good' });
  });

  test('a numeric LA code becomes text', () => {
    expect(parseTrackerRow({ authority: 'Leeds', laCode: 383 }, utcDateOfCell)?.row.laCode).toBe(
      '383',
    );
    expect(parseTrackerRow({ authority: 'Somewhere', laCode: 0 }, utcDateOfCell)?.row.laCode).toBe(
      '0',
    );
    expect(
      parseTrackerRow({ authority: 'Leeds', laCode: ' E08000035 ' }, utcDateOfCell)?.row.laCode,
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
  const parsed = parseTrackerRow({ authority: '#REF!' }, () => {
    throw new Error('no dates');
  });
  expect(parsed?.row.authority).toBe('#REF!');
  expect(parsed?.problems).toEqual([
    'Authority: the cell shows the formula error #REF!; expected text.',
  ]);
});
