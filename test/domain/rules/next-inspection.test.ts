import { civil, formatIso } from '../../../src/domain/rules/civil-date';
import type { LastInspection } from '../../../src/domain/rules/inspection';
import {
  inspectionStatus,
  nextInspection,
  nextInspectionKind,
} from '../../../src/domain/rules/next-inspection';
import type { Pathway } from '../../../src/domain/rules/pathway';
import { pauseShift } from '../../../src/domain/rules/pauses';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from '../../../src/domain/rules/rule-settings';

const NO_PAUSES: RuleSettings = { ...DEFAULT_RULE_SETTINGS, pauses: [] };

function next(
  start: string,
  pathway: Pathway = 'short',
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
  extra: Partial<LastInspection> = {},
) {
  const result = nextInspection({ start: civil(start), ...extra }, pathway, settings);
  return {
    kind: result.kind,
    due: formatIso(result.due),
    opens: formatIso(result.window.opens),
    closes: formatIso(result.window.closes),
    shift: result.pauseShift.days,
    explanation: result.explanation,
  };
}

describe('R2a, R2b: the kind of the next full inspection', () => {
  const start = civil('2023-07-10');

  test('short pathway -> usually a short inspection, never "always"', () => {
    const { kind, reason } = nextInspectionKind({ start }, 'short');
    expect(kind).toBe('Short inspection');
    expect(reason).toContain('usually');
    expect(reason).not.toContain('always');
  });

  test('standard pathway -> standard inspection', () => {
    expect(nextInspectionKind({ start }, 'standard').kind).toBe('Standard inspection');
  });

  test('inadequate from 1 September 2018 -> standard inspection as re-inspection', () => {
    const { kind, reason } = nextInspectionKind(
      { start: civil('2018-09-01'), overall: 'inadequate' },
      'inadequate',
    );
    expect(kind).toBe('Standard inspection');
    expect(reason).toContain('re-inspection (R2b)');
  });

  describe('inadequate before 1 September 2018: the SIF split', () => {
    const sif = { start: civil('2018-08-31'), overall: 'inadequate' } as const;
    test.each([
      [
        'all three main areas inadequate',
        { leaders: 'inadequate', helpAndProtection: 'inadequate', childrenInCare: 'inadequate' },
        'SIF re-inspection',
      ],
      [
        'two of three inadequate',
        {
          leaders: 'inadequate',
          helpAndProtection: 'inadequate',
          childrenInCare: 'requires improvement',
        },
        'SIF re-inspection',
      ],
      ['sub-judgements unknown', {}, 'SIF re-inspection'],
      [
        'two of three not recorded',
        { childrenInCare: 'requires improvement' },
        'SIF re-inspection',
      ],
      [
        'one inadequate, one not recorded: neither 2 inadequate nor 2 not recorded',
        { helpAndProtection: 'inadequate', childrenInCare: 'good' },
        'Post-monitoring single inspection',
      ],
      [
        'only help and protection inadequate',
        {
          leaders: 'requires improvement',
          helpAndProtection: 'inadequate',
          childrenInCare: 'requires improvement',
        },
        'Post-monitoring single inspection',
      ],
      [
        'none of the three inadequate',
        {
          leaders: 'requires improvement',
          helpAndProtection: 'requires improvement',
          childrenInCare: 'requires improvement',
        },
        'Post-monitoring single inspection',
      ],
    ] as const)('%s -> %s', (_, judgements, kind) => {
      expect(nextInspectionKind({ ...sif, ...judgements }, 'inadequate').kind).toBe(kind);
    });
  });
});

describe('R2b reading: "at least 2 of the 3 main judgement areas inadequate, or at least 2 of them not recorded"', () => {
  const sif = { start: civil('2017-05-08'), overall: 'inadequate' } as const;
  const kind = (judgements: Partial<LastInspection>) =>
    nextInspectionKind({ ...sif, ...judgements }, 'inadequate');

  test('2 inadequate -> SIF re-inspection, said as inadequate across all or most areas', () => {
    const { kind: next, reason } = kind({
      helpAndProtection: 'inadequate',
      childrenInCare: 'requires improvement',
      leaders: 'inadequate',
    });
    expect(next).toBe('SIF re-inspection');
    expect(reason).toContain(
      'inadequate across all or most areas: 2 of the 3 main judgement areas',
    );
  });

  test('2 not recorded -> SIF re-inspection, said as not recorded', () => {
    const { kind: next, reason } = kind({ leaders: 'good' });
    expect(next).toBe('SIF re-inspection');
    expect(reason).toContain('2 of the 3 main judgement areas');
    expect(reason).toContain('not recorded');
  });

  test('1 inadequate and 1 not recorded is neither: post-monitoring single inspection', () => {
    expect(kind({ helpAndProtection: 'inadequate', leaders: 'good' }).kind).toBe(
      'Post-monitoring single inspection',
    );
  });

  test('an area whose cell could not be read counts as not recorded, and is said to be unreadable', () => {
    const { kind: next, reason } = kind({ leaders: 'good', unreadable: ['childrenInCare'] });
    expect(next).toBe('SIF re-inspection');
    expect(reason).toContain('not recorded or unreadable');
  });
});

describe('R2c: due 36 months after the last start, window 6 months either side', () => {
  test('the R2c reading: the window is counted from the due date, each end clamped on its own', () => {
    // 2024-02-29 + 36 months clamps to 2027-02-28; from there -6 and +6 months give the 28th, not
    // the 29th that 30 and 42 months after the start would give.
    expect(next('2024-02-29', 'short', NO_PAUSES)).toMatchObject({
      due: '2027-02-28',
      opens: '2026-08-28',
      closes: '2027-08-28',
    });
    // A due date on the 31st: each end clamps to its own month's last day.
    expect(next('2022-08-31', 'short', NO_PAUSES)).toMatchObject({
      due: '2025-08-31',
      opens: '2025-02-28',
      closes: '2026-02-28',
    });
    expect(next('2022-03-31', 'short', NO_PAUSES)).toMatchObject({
      due: '2025-03-31',
      opens: '2024-09-30',
      closes: '2025-09-30',
    });
  });

  test('an inspection after the pause', () => {
    expect(next('2023-07-10', 'standard')).toMatchObject({
      kind: 'Standard inspection',
      due: '2026-07-10',
      opens: '2026-01-10',
      closes: '2027-01-10',
      shift: 0,
    });
  });

  test('end of month and leap day clamp', () => {
    expect(next('2023-08-31')).toMatchObject({
      due: '2026-08-31',
      opens: '2026-02-28',
      closes: '2027-02-28',
    });
    expect(next('2024-02-29')).toMatchObject({
      due: '2027-02-28',
      opens: '2026-08-28',
      closes: '2027-08-28',
    });
  });

  test('the cycle and window are settings', () => {
    const settings = {
      ...DEFAULT_RULE_SETTINGS,
      inspectionCycleMonths: 48,
      windowBeforeMonths: 3,
      windowAfterMonths: 9,
    };
    expect(next('2023-07-10', 'short', settings)).toMatchObject({
      due: '2027-07-10',
      opens: '2027-04-10',
      closes: '2028-04-10',
    });
  });

  test('the explanation gives the numbers and cites R2c', () => {
    const { explanation } = next('2023-07-10', 'standard');
    expect(explanation).toContain('Due 2026-07-10: 36 months after the last start');
    expect(explanation).toContain('window 2026-01-10 to 2027-01-10');
    expect(explanation).toContain('(R2c)');
    expect(explanation).not.toContain('R2e');
  });
});

describe('R2e: routine inspection pauses move the schedule', () => {
  test('the default pause is 468 days', () => {
    expect(next('2017-03-06').shift).toBe(468);
  });

  test('an inspection before the pause whose window reaches into it moves 468 days', () => {
    const result = next('2017-03-06');
    expect(result).toMatchObject({ due: '2021-06-17', opens: '2020-12-17', closes: '2021-12-18' });
    expect(result.explanation).toContain(
      'moved 468 days later for the pause in routine inspections from 2020-03-17 to 2021-06-27 (R2e)',
    );
  });

  test('an inspection during the pause moves too', () => {
    expect(next('2020-06-01')).toMatchObject({
      due: '2024-09-11',
      opens: '2024-03-13',
      closes: '2025-03-13',
      shift: 468,
    });
  });

  test('an inspection on the pause last day moves; the day after does not', () => {
    expect(next('2021-06-27').shift).toBe(468);
    expect(next('2021-06-28')).toMatchObject({ due: '2024-06-28', shift: 0 });
  });

  test('a window that closes on the pause first day moves; one closing the day before does not', () => {
    expect(next('2016-09-17')).toMatchObject({
      due: '2020-12-28',
      opens: '2020-06-27',
      closes: '2021-06-28',
      shift: 468,
    });
    expect(next('2016-09-16')).toMatchObject({ due: '2019-09-16', closes: '2020-03-16', shift: 0 });
  });

  test('pauses apply in date order, each to the dates the previous one produced', () => {
    const later = { first: civil('2022-01-01'), last: civil('2022-01-10') };
    const settings = { ...DEFAULT_RULE_SETTINGS, pauses: [later, ...DEFAULT_RULE_SETTINGS.pauses] };
    // Unshifted, the window closes 2021-12-01, before the later pause; moved 468 days it reaches it.
    const result = next('2018-06-01', 'short', settings);
    expect(result).toMatchObject({
      due: '2022-09-22',
      opens: '2022-03-24',
      closes: '2023-03-24',
      shift: 478,
    });
    expect(result.explanation).toContain(
      'pauses in routine inspections 2020-03-17 to 2021-06-27 (468 days) and 2022-01-01 to 2022-01-10 (10 days) (R2e)',
    );
  });

  test('with no pauses the dates do not move', () => {
    expect(next('2017-03-06', 'short', { ...DEFAULT_RULE_SETTINGS, pauses: [] })).toMatchObject({
      due: '2020-03-06',
      shift: 0,
    });
  });

  test('pauseShift lists what it applied', () => {
    const shift = pauseShift(
      civil('2019-01-07'),
      { opens: civil('2021-07-07'), closes: civil('2022-07-07') },
      DEFAULT_RULE_SETTINGS.pauses,
    );
    expect(shift.applied).toEqual(DEFAULT_RULE_SETTINGS.pauses);
  });
});

describe('R2d: the first ILACS inspection after an SIF one', () => {
  test('keeps R2c timing and says how real gaps stretched', () => {
    const result = next('2016-01-11', 'standard', DEFAULT_RULE_SETTINGS, { type: 'SIF' });
    expect(result).toMatchObject({ due: '2019-01-11', shift: 0 });
    expect(result.explanation).toContain('(R2d)');
  });

  test('an SIF inspection is recognised by date when the type is blank', () => {
    expect(next('2017-11-06').explanation).toContain('(R2d)');
    expect(next('2018-03-05').explanation).not.toContain('(R2d)');
    expect(
      next('2018-03-05', 'short', DEFAULT_RULE_SETTINGS, { type: 'SIF re-inspection' }).explanation,
    ).toContain('(R2d)');
  });
});

test('R2d is not claimed when the next inspection is itself an SIF one', () => {
  const sif = { type: 'SIF', overall: 'inadequate' } as const;
  expect(next('2017-03-06', 'inadequate', DEFAULT_RULE_SETTINGS, sif)).toMatchObject({
    kind: 'SIF re-inspection',
  });
  expect(next('2017-03-06', 'inadequate', DEFAULT_RULE_SETTINGS, sif).explanation).not.toContain(
    '(R2d)',
  );
});

describe('R2f: status against an explicit today', () => {
  const window = { opens: civil('2026-01-10'), closes: civil('2027-01-10') };
  test.each([
    ['2025-12-09', 'Window opens in 32 days'],
    ['2026-01-09', 'Window opens in 1 day'],
    ['2026-01-10', 'Inspection window open'],
    ['2027-01-10', 'Inspection window open'],
    ['2027-01-11', 'Overdue (window closed 1 day ago)'],
    ['2027-02-10', 'Overdue (window closed 31 days ago)'],
  ])('on %s: %s', (today, text) => {
    expect(inspectionStatus(window, civil(today)).text).toBe(text);
  });
});
