import { formatIso } from './civil-date';
import { type Grade, isGoodOrBetter } from './grades';
import {
  type Judgements,
  type LastInspection,
  hasNoOverallGrade,
  isUnreadable,
} from './inspection';
import { listInWords } from '../text/words';

export type Pathway = 'short' | 'standard' | 'inadequate';

export type PathwayDecision =
  | {
      readonly pathway: Pathway;
      readonly rule: 'R1a' | 'R1b';
      readonly reason: string;
      readonly problems: readonly string[];
    }
  | {
      readonly pathway: undefined;
      readonly rule: 'R1c';
      readonly reason: string;
      readonly problems: readonly string[];
    };

const FOUR_JUDGEMENTS = [
  ['leaders', 'impact of leaders'],
  ['helpAndProtection', 'help and protection'],
  ['childrenInCare', 'children in care'],
  ['careLeavers', 'care leavers'],
] as const satisfies readonly (readonly [keyof Judgements, string])[];

const PATHWAY_BY_OVERALL: Record<Grade, Pathway> = {
  outstanding: 'short',
  good: 'short',
  'requires improvement': 'standard',
  inadequate: 'inadequate',
};

const CANNOT_READ = 'could not be read (see Problems)';

function isOrAre(names: readonly string[]): string {
  return names.length === 1 ? 'is' : 'are';
}

/**
 * R1: the pathway after the most recent full inspection. A judgement whose cell could not be read
 * is not used, and is said to be unreadable, never missing: the cell's own message is the problem.
 */
export function decidePathway(inspection: LastInspection): PathwayDecision {
  const problems: string[] = [];
  const noOverallGrade = hasNoOverallGrade(inspection.start);
  let overall = inspection.overall;
  if (overall && noOverallGrade) {
    problems.push(
      `Overall effectiveness is ignored: inspections from 1 April 2026 give none (R1b), and this one started ${formatIso(inspection.start)}.`,
    );
    overall = undefined;
  }
  if (overall) {
    const pathway = PATHWAY_BY_OVERALL[overall];
    return {
      pathway,
      rule: 'R1a',
      reason: `overall effectiveness was ${overall}, so the ${pathway} pathway (R1a)`,
      problems,
    };
  }
  const overallUnreadable = !noOverallGrade && isUnreadable(inspection, 'overall');
  const absent = FOUR_JUDGEMENTS.filter(([key]) => !inspection[key]);
  const missing = absent.filter(([key]) => !isUnreadable(inspection, key)).map(([, name]) => name);
  const unreadable = absent
    .filter(([key]) => isUnreadable(inspection, key))
    .map(([, name]) => name);
  if (missing.length > 0 || unreadable.length > 0) {
    const { reason, problems: blank } = noPathway(
      noOverallGrade,
      overallUnreadable,
      missing,
      unreadable,
    );
    return { pathway: undefined, rule: 'R1c', reason, problems: [...problems, ...blank] };
  }
  if (noOverallGrade)
    return { ...decideWithoutOverall(inspection, 'there is no overall grade; '), problems };
  const decision = decideWithoutOverall(inspection, '');
  // R1c: an inspection before 1 April 2026 with no overall grade but all four judgements.
  const overallText = overallUnreadable
    ? `overall effectiveness ${CANNOT_READ}`
    : 'overall effectiveness is missing (an inspection before 1 April 2026 gives one)';
  return {
    ...decision,
    reason: `${overallText}, so the four judgements decide as in R1b (R1c): ${decision.reason}`,
    problems,
  };
}

/** R1c: the reason there is no pathway, and the problem for the judgements that are blank. */
function noPathway(
  noOverallGrade: boolean,
  overallUnreadable: boolean,
  missing: readonly string[],
  unreadable: readonly string[],
): { reason: string; problems: string[] } {
  if (!noOverallGrade) {
    // Before 1 April 2026 the overall grade is what decides (care leavers was not a separate
    // judgement before 2023), so it is the one named.
    const reason = overallUnreadable
      ? `No pathway (R1c): overall effectiveness ${CANNOT_READ}; inspections before 1 April 2026 give one (R1a).`
      : 'No pathway (R1c): overall effectiveness is blank; inspections before 1 April 2026 give one (R1a).';
    return { reason, problems: overallUnreadable ? [] : [reason] };
  }
  const needs = 'from 1 April 2026 the pathway needs all four judgements (R1b).';
  const missingText =
    missing.length > 0 ? `${listInWords(missing)} ${isOrAre(missing)} missing` : '';
  const unreadableText = unreadable.length > 0 ? `${listInWords(unreadable)} ${CANNOT_READ}` : '';
  const reason = `No pathway (R1c): ${[missingText, unreadableText].filter(Boolean).join(', and ')}; ${needs}`;
  return { reason, problems: missingText ? [`No pathway (R1c): ${missingText}; ${needs}`] : [] };
}

/** R1b, for inspections without an overall effectiveness grade. */
function decideWithoutOverall(
  judgements: Judgements,
  noOverallText: string,
): {
  pathway: Pathway;
  rule: 'R1b';
  reason: string;
} {
  const inadequate = FOUR_JUDGEMENTS.filter(([key]) => judgements[key] === 'inadequate').map(
    ([, name]) => name,
  );
  if (inadequate.length > 0) {
    return {
      pathway: 'inadequate',
      rule: 'R1b',
      reason:
        `${listInWords(inadequate)} ${inadequate.length === 1 ? 'was' : 'were'} inadequate, so the inadequate pathway ` +
        `(R1b; treating any inadequate judgement as the inadequate pathway is this tool's reading of the April 2026 framework)`,
    };
  }
  const practiceGoodOrBetter = [
    judgements.helpAndProtection,
    judgements.childrenInCare,
    judgements.careLeavers,
  ].filter(isGoodOrBetter).length;
  const leadersGoodOrBetter = isGoodOrBetter(judgements.leaders);
  const pathway: Pathway = leadersGoodOrBetter && practiceGoodOrBetter >= 2 ? 'short' : 'standard';
  return {
    pathway,
    rule: 'R1b',
    reason:
      `${noOverallText}impact of leaders is ${judgements.leaders ?? 'unknown'} and ${practiceGoodOrBetter} of the 3 ` +
      `practice judgements are good or better, so the ${pathway} pathway (R1b: short needs leaders good or better and at least 2 of 3)`,
  };
}
