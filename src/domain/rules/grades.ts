/** Ofsted's 4-point scale, best first. */
export const GRADES = ['outstanding', 'good', 'requires improvement', 'inadequate'] as const;
export type Grade = (typeof GRADES)[number];

const GRADE_WORDS: ReadonlyMap<string, Grade> = new Map([
  ['outstanding', 'outstanding'],
  ['good', 'good'],
  ['requires improvement', 'requires improvement'],
  ['requires improvement to be good', 'requires improvement'],
  ['ri', 'requires improvement'],
  ['inadequate', 'inadequate'],
]);

/** Any case and spacing; `RI` and `requires improvement to be good` mean requires improvement. */
export function parseGrade(text: string): Grade | undefined {
  return GRADE_WORDS.get(text.trim().toLowerCase().replace(/\s+/g, ' '));
}

export function isGoodOrBetter(grade: Grade | undefined): boolean {
  return grade === 'outstanding' || grade === 'good';
}
