import { civil } from '../../../src/domain/rules/civil-date';
import type { Grade } from '../../../src/domain/rules/grades';
import type { LastInspection } from '../../../src/domain/rules/inspection';
import { decidePathway } from '../../../src/domain/rules/pathway';

const before2026 = civil('2024-06-10');
const from2026 = civil('2026-05-11');

function four(
  leaders: Grade,
  help: Grade,
  care: Grade,
  leavers: Grade,
): Omit<LastInspection, 'start'> {
  return { leaders, helpAndProtection: help, childrenInCare: care, careLeavers: leavers };
}

describe('R1a: pathway from the overall effectiveness grade', () => {
  test.each([
    ['outstanding', 'short'],
    ['good', 'short'],
    ['requires improvement', 'standard'],
    ['inadequate', 'inadequate'],
  ] as const)('%s -> %s pathway', (overall, pathway) => {
    const decision = decidePathway({ start: before2026, overall });
    expect(decision).toMatchObject({ pathway, rule: 'R1a', problems: [] });
    expect(decision.reason).toContain('R1a');
  });

  test('the overall grade decides even when sub-judgements differ', () => {
    expect(
      decidePathway({
        start: before2026,
        overall: 'good',
        ...four('inadequate', 'good', 'good', 'good'),
      }).pathway,
    ).toBe('short');
  });

  test('the last day before 1 April 2026 still uses the overall grade', () => {
    expect(
      decidePathway({ start: civil('2026-03-31'), overall: 'requires improvement' }),
    ).toMatchObject({
      pathway: 'standard',
      rule: 'R1a',
    });
  });
});

describe('R1b: inspections from 1 April 2026, without an overall grade', () => {
  test('leaders good and 2 of 3 practice judgements good or better -> short', () => {
    const decision = decidePathway({
      start: from2026,
      ...four('good', 'outstanding', 'requires improvement', 'good'),
    });
    expect(decision).toMatchObject({ pathway: 'short', rule: 'R1b' });
  });

  test('leaders good but only 1 of 3 practice judgements good -> standard', () => {
    const decision = decidePathway({
      start: from2026,
      ...four('good', 'good', 'requires improvement', 'requires improvement'),
    });
    expect(decision).toMatchObject({ pathway: 'standard', rule: 'R1b' });
  });

  test('leaders requires improvement, all practice outstanding -> standard', () => {
    const decision = decidePathway({
      start: from2026,
      ...four('requires improvement', 'outstanding', 'outstanding', 'outstanding'),
    });
    expect(decision).toMatchObject({ pathway: 'standard', rule: 'R1b' });
  });

  test.each([
    ['leaders', four('inadequate', 'good', 'good', 'good'), 'impact of leaders was inadequate'],
    ['care leavers', four('good', 'good', 'good', 'inadequate'), 'care leavers was inadequate'],
    [
      'two',
      four('good', 'inadequate', 'inadequate', 'good'),
      'help and protection and children in care were inadequate',
    ],
  ])(
    'any inadequate judgement (%s) -> inadequate, stated as this tool reading',
    (_, judgements, words) => {
      const decision = decidePathway({ start: from2026, ...judgements });
      expect(decision).toMatchObject({ pathway: 'inadequate', rule: 'R1b' });
      expect(decision.reason).toContain(words);
      expect(decision.reason).toContain("this tool's reading");
    },
  );

  test('an overall grade recorded for an inspection from 1 April 2026 is reported and ignored', () => {
    const decision = decidePathway({
      start: from2026,
      overall: 'inadequate',
      ...four('good', 'good', 'good', 'good'),
    });
    expect(decision).toMatchObject({ pathway: 'short', rule: 'R1b' });
    expect(decision.problems).toEqual([
      expect.stringContaining('Overall effectiveness is ignored'),
    ]);
  });

  test('a row before 2026 with no overall grade but all four judgements uses the R1b test', () => {
    expect(
      decidePathway({ start: before2026, ...four('good', 'good', 'good', 'requires improvement') }),
    ).toMatchObject({
      pathway: 'short',
      rule: 'R1b',
    });
  });
});

describe('R1c reading: before 1 April 2026, no overall grade but all four judgements', () => {
  test.each([
    ['short', four('good', 'good', 'outstanding', 'requires improvement')],
    ['standard', four('requires improvement', 'good', 'good', 'good')],
    ['inadequate', four('good', 'good', 'inadequate', 'good')],
  ] as const)(
    'is read with R1b (%s), and the explanation says the overall grade is missing',
    (pathway, judgements) => {
      const decision = decidePathway({ start: before2026, ...judgements });
      expect(decision).toMatchObject({ pathway, rule: 'R1b', problems: [] });
      expect(decision.reason).toMatch(/^overall effectiveness is missing/);
      expect(decision.reason).toContain('(R1c)');
      expect(decision.reason).toContain('R1b');
    },
  );

  test('from 1 April 2026 there is no overall grade to miss', () => {
    const decision = decidePathway({ start: from2026, ...four('good', 'good', 'good', 'good') });
    expect(decision.reason).not.toContain('missing');
    expect(decision.reason).not.toContain('R1c');
  });
});

describe('R1c: a judgement whose cell could not be read is not called missing', () => {
  test('from 1 April 2026: named as unreadable in the reason, and no problem (the cell has its own)', () => {
    const decision = decidePathway({
      start: from2026,
      ...four('good', 'good', 'good', 'good'),
      careLeavers: undefined,
      unreadable: ['careLeavers'],
    });
    expect(decision.pathway).toBeUndefined();
    expect(decision.reason).toBe(
      'No pathway (R1c): care leavers could not be read (see Problems); from 1 April 2026 the pathway needs all four judgements (R1b).',
    );
    expect(decision.problems).toEqual([]);
  });

  test('blank and unreadable together: the problem names only the blank ones', () => {
    const decision = decidePathway({
      start: from2026,
      leaders: 'good',
      helpAndProtection: 'good',
      unreadable: ['childrenInCare'],
    });
    expect(decision.reason).toBe(
      'No pathway (R1c): care leavers is missing, and children in care could not be read (see Problems); from 1 April 2026 the pathway needs all four judgements (R1b).',
    );
    expect(decision.problems).toEqual([
      'No pathway (R1c): care leavers is missing; from 1 April 2026 the pathway needs all four judgements (R1b).',
    ]);
  });

  test('before 1 April 2026: an unreadable overall grade is not called blank', () => {
    const decision = decidePathway({
      start: before2026,
      leaders: 'good',
      unreadable: ['overall'],
    });
    expect(decision.pathway).toBeUndefined();
    expect(decision.reason).toBe(
      'No pathway (R1c): overall effectiveness could not be read (see Problems); inspections before 1 April 2026 give one (R1a).',
    );
    expect(decision.problems).toEqual([]);
  });

  test('before 1 April 2026: an unreadable overall grade with all four judgements is read with R1b, not called missing', () => {
    const decision = decidePathway({
      start: before2026,
      ...four('good', 'good', 'good', 'good'),
      unreadable: ['overall'],
    });
    expect(decision).toMatchObject({ pathway: 'short', rule: 'R1b', problems: [] });
    expect(decision.reason).toMatch(/^overall effectiveness could not be read/);
    expect(decision.reason).not.toContain('missing');
  });
});

describe('R1c: no pathway without an overall grade or all four judgements', () => {
  test('names the one missing judgement', () => {
    const decision = decidePathway({
      start: from2026,
      leaders: 'good',
      helpAndProtection: 'good',
      childrenInCare: 'good',
    });
    expect(decision.pathway).toBeUndefined();
    expect(decision.rule).toBe('R1c');
    expect(decision.reason).toBe(
      'No pathway (R1c): care leavers is missing; from 1 April 2026 the pathway needs all four judgements (R1b).',
    );
    expect(decision.problems).toEqual([decision.reason]);
  });

  test('names every missing judgement', () => {
    const decision = decidePathway({ start: from2026, childrenInCare: 'inadequate' });
    expect(decision.reason).toBe(
      'No pathway (R1c): impact of leaders, help and protection and care leavers are missing; from 1 April 2026 the pathway needs all four judgements (R1b).',
    );
  });

  test('before 1 April 2026 the missing grade is overall effectiveness (care leavers was not separate before 2023)', () => {
    const decision = decidePathway({
      start: civil('2022-05-09'),
      leaders: 'good',
      helpAndProtection: 'good',
      childrenInCare: 'good',
    });
    expect(decision.reason).toBe(
      'No pathway (R1c): overall effectiveness is blank; inspections before 1 April 2026 give one (R1a).',
    );
  });
});
