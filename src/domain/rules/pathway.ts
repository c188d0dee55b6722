import { formatIso } from './civil-date';
import { type Grade, isGoodOrBetter } from './grades';
import { type Judgements, type LastInspection, hasNoOverallGrade } from './inspection';
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

/** R1: the pathway after the most recent full inspection. */
export function decidePathway(inspection: LastInspection): PathwayDecision {
  const problems: string[] = [];
  let overall = inspection.overall;
  if (overall && hasNoOverallGrade(inspection.start)) {
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
  const missing = FOUR_JUDGEMENTS.filter(([key]) => !inspection[key]).map(([, name]) => name);
  if (missing.length > 0) {
    const reason = hasNoOverallGrade(inspection.start)
      ? `No pathway (R1c): ${listInWords(missing)} ${missing.length === 1 ? 'is' : 'are'} missing; from 1 April 2026 the pathway needs all four judgements (R1b).`
      : 'No pathway (R1c): overall effectiveness is blank; inspections before 1 April 2026 give one (R1a).';
    return { pathway: undefined, rule: 'R1c', reason, problems: [...problems, reason] };
  }
  return { ...decideWithoutOverall(inspection), problems };
}

/** R1b, for inspections without an overall effectiveness grade. */
function decideWithoutOverall(judgements: Judgements): {
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
      `there is no overall grade; impact of leaders is ${judgements.leaders ?? 'unknown'} and ${practiceGoodOrBetter} of the 3 ` +
      `practice judgements are good or better, so the ${pathway} pathway (R1b: short needs leaders good or better and at least 2 of 3)`,
  };
}
