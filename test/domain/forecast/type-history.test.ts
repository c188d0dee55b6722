import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import {
  type ObservedCase,
  STANDARD_AFTER,
  observedCase,
  typeHistoryNote,
} from '../../../src/domain/forecast/type-history';
import { type Grade, parseGrade } from '../../../src/domain/rules/grades';

const data = path.join(__dirname, '..', '..', '..', 'data');
const read = (file: string) =>
  parse(readFileSync(path.join(data, file), 'utf8'), { columns: true }) as Record<string, string>[];

const grade = (text: string | undefined): Grade | undefined => parseGrade(text ?? '');

interface Inspection {
  readonly code: string;
  readonly start: string;
  readonly ilacsType: string;
  readonly judgements: Parameters<typeof observedCase>[0];
}

/** Every full inspection: the history before July 2024, then each authority's latest if it is later. */
function everyInspection(): Inspection[] {
  const history = read('inspections-2013-2024-06.csv').map((row) => ({
    code: row.dfe_la_code!,
    start: row.start_date!,
    ilacsType: row.framework === 'ILACS' ? row.ilacs_type! : '',
    judgements: {
      overall: grade(row.overall),
      leaders: grade(row.impact_of_leaders),
      helpAndProtection: grade(row.help_and_protection),
      childrenInCare: grade(row.in_care),
      careLeavers: grade(row.care_leavers),
    },
  }));
  const latest = read('english-la-latest-inspections.csv').map((row) => ({
    code: row.dfe_la_code!,
    start: row.start_date!,
    ilacsType: row.framework === 'ILACS' ? row.inspection_type! : '',
    judgements: {
      overall: grade(row.overall_effectiveness),
      leaders: grade(row.impact_of_leaders),
      helpAndProtection: grade(row.help_and_protection),
      childrenInCare: grade(row.children_in_care),
      careLeavers: grade(row.care_leavers),
    },
  }));
  const known = new Set(history.map((row) => `${row.code}|${row.start}`));
  return [...history, ...latest.filter((row) => !known.has(`${row.code}|${row.start}`))];
}

test('the observed rates are recounted from the data files', () => {
  const byAuthority = new Map<string, Inspection[]>();
  for (const inspection of everyInspection()) {
    byAuthority.set(inspection.code, [...(byAuthority.get(inspection.code) ?? []), inspection]);
  }
  const counted: Record<ObservedCase, { standard: number; of: number }> = {
    goodWithWeakerJudgement: { standard: 0, of: 0 },
    goodThroughout: { standard: 0, of: 0 },
    outstanding: { standard: 0, of: 0 },
  };
  for (const inspections of byAuthority.values()) {
    const sorted = [...inspections].sort((a, b) => a.start.localeCompare(b.start));
    sorted.slice(1).forEach((next, index) => {
      const found = observedCase(sorted[index]!.judgements);
      if (!found || !next.ilacsType) return;
      counted[found].of += 1;
      if (next.ilacsType !== 'short') counted[found].standard += 1;
    });
  }
  expect(counted).toEqual(STANDARD_AFTER);
});

describe('typeHistoryNote', () => {
  test('good with a judgement below good: often otherwise, with the observed rate', () => {
    expect(
      typeHistoryNote({
        overall: 'good',
        leaders: 'good',
        helpAndProtection: 'requires improvement',
      }),
    ).toBe(
      'Ofsted often chooses otherwise here: authorities judged good overall with a judgement below good got a standard inspection next 7 times in 17 (2018-2026).',
    );
  });

  test('good throughout and outstanding: sometimes', () => {
    expect(typeHistoryNote({ overall: 'good', leaders: 'outstanding' })).toMatch(
      /^Ofsted sometimes chooses otherwise: authorities judged good throughout got a standard inspection next 12 times in 101/,
    );
    expect(typeHistoryNote({ overall: 'outstanding' })).toMatch(
      /standard inspection next once in 28/,
    );
  });

  test('no note below good overall, or without an overall grade', () => {
    expect(typeHistoryNote({ overall: 'requires improvement' })).toBeUndefined();
    expect(typeHistoryNote({ leaders: 'good' })).toBeUndefined();
  });
});
