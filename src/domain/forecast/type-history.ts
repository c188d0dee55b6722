import { isGoodOrBetter } from '../rules/grades';
import type { Judgements } from '../rules/inspection';

/**
 * How often Ofsted chose a standard inspection where the framework says "usually short" (R2a), as
 * observed in every ILACS inspection from 2018 to August 2026 that followed a full inspection
 * graded good or outstanding (data/; a test recounts these from the files).
 */
export interface ObservedChoice {
  readonly standard: number;
  readonly of: number;
}

export const OBSERVED_SINCE = 2018;
export const OBSERVED_UNTIL = 2026;

export const STANDARD_AFTER = {
  /** Good overall, with at least one judgement below good. */
  goodWithWeakerJudgement: { standard: 7, of: 17 },
  /** Good overall, every judgement good or better (or not recorded). */
  goodThroughout: { standard: 12, of: 101 },
  outstanding: { standard: 1, of: 28 },
} as const satisfies Record<string, ObservedChoice>;

export type ObservedCase = keyof typeof STANDARD_AFTER;

const SUB_JUDGEMENTS = ['leaders', 'helpAndProtection', 'childrenInCare', 'careLeavers'] as const;

/** Which observed case an inspection graded overall falls in; none below good overall. */
export function observedCase(judgements: Judgements): ObservedCase | undefined {
  if (judgements.overall === 'outstanding') return 'outstanding';
  if (judgements.overall !== 'good') return undefined;
  const weaker = SUB_JUDGEMENTS.some((key) => {
    const grade = judgements[key];
    return grade !== undefined && !isGoodOrBetter(grade);
  });
  return weaker ? 'goodWithWeakerJudgement' : 'goodThroughout';
}

const CASE_WORDS: Record<ObservedCase, string> = {
  goodWithWeakerJudgement: 'authorities judged good overall with a judgement below good',
  goodThroughout: 'authorities judged good throughout',
  outstanding: 'authorities judged outstanding',
};

/** The plain-words note on the next inspection's type, with the observed rate; none below good. */
export function typeHistoryNote(judgements: Judgements): string | undefined {
  const found = observedCase(judgements);
  if (!found) return undefined;
  const { standard, of } = STANDARD_AFTER[found];
  const often = standard * 4 >= of;
  return (
    `${often ? 'Ofsted often chooses otherwise here' : 'Ofsted sometimes chooses otherwise'}: ` +
    `${CASE_WORDS[found]} got a standard inspection next ${standard === 1 ? 'once' : `${standard} times`} in ${of} (${OBSERVED_SINCE}-${OBSERVED_UNTIL}).`
  );
}
