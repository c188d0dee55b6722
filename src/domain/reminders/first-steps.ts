/**
 * What a coordinator does once after Set up, before any reminder reaches a DCS. Set up writes it on
 * the Settings sheet (its `First steps` row) and the README lists the same steps.
 */
export const FIRST_STEPS: readonly string[] = [
  'ILACS tracker > Check installation: every check should hold; fix what it marks.',
  'Keep Send mode at Test until the Tracker is right: in Test every reminder goes to you alone, marked [TEST]. Then choose Live.',
  'Fill in Coordinator emails: they get the weekly digest, the inspection reminders, and a copy of each overdue chase.',
  'Give each authority a DCS email on the Tracker, then ILACS tracker > Recalculate now and Check for problems.',
  'ILACS tracker > Send a test reminder to me, and read it as a DCS would.',
  'ILACS tracker > Turn on daily reminders: they then go every morning at the Daily run hour.',
];

/** The steps as one cell of text, numbered, a line each. */
export function firstStepsText(): string {
  return FIRST_STEPS.map((step, index) => `${index + 1}. ${step}`).join('\n');
}
