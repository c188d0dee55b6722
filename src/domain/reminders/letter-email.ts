import type { CivilDate } from '../rules/civil-date';
import type { TrackerRowResult } from '../tracker/compute-tracker';
import { type DigestLine, digestLines } from './digest';
import { type Email, authorityLetter } from './email';
import { EMAIL_BYTE_LIMIT, emailBytes, partsWithin } from './email-size';
import type { Letter } from './letters';
import type { TrackerSettings } from './settings';
import { isOneAuthorityLetter, summaryLetter } from './summary-letter';

/** What a letter's words are made from, besides its reminders. */
export interface LetterContext {
  readonly settings: Pick<TrackerSettings, 'templates' | 'senderName'>;
  readonly today: CivilDate;
  /** Every computed row of the Tracker: the weekly digest's lines come from them. */
  readonly rows: readonly TrackerRowResult[];
  /** In Test mode, the one person everything goes to instead: the email says so. */
  readonly testTo?: string | undefined;
  /** The Sheet's address, for the coordinators' emails. */
  readonly sheetUrl?: string | undefined;
}

/**
 * The words of a letter (a digest with these lines, if given): one authority's own reminders read
 * as a letter to it from the templates; anything wider (the coordinators' day) is the summary.
 */
export function letterEmail(
  context: LetterContext,
  letter: Letter,
  digest?: readonly DigestLine[],
): Email {
  const { settings, today, rows, testTo, sheetUrl } = context;
  const { reminders } = letter;
  const digestOf = () => digest ?? digestLines(rows, today);
  const email = isOneAuthorityLetter(reminders)
    ? authorityLetter(reminders, settings.templates, today, settings.senderName, sheetUrl)
    : summaryLetter({
        reminders,
        today,
        senderName: settings.senderName,
        sheetUrl: sheetUrl ?? '',
        digest: reminders.some((each) => each.kind === 'Weekly digest') ? digestOf() : [],
      });
  if (!testTo) return email;
  return {
    ...email,
    subject: `[TEST] ${email.subject}`,
    text: `(Test: this would go to ${[...letter.to, ...letter.cc].join(', ')})\n\n${email.text}`,
  };
}

/**
 * The emails of a letter: one, or, for a weekly digest too large for one email, the digest's lines
 * in parts, each a whole letter marked "part 1 of 2" (every line in exactly one part).
 */
export function letterEmails(context: LetterContext, letter: Letter): Email[] {
  const email = letterEmail(context, letter);
  const [only, ...others] = letter.reminders;
  if (emailBytes(email) <= EMAIL_BYTE_LIMIT || !only || others.length > 0) return [email];
  if (only.kind !== 'Weekly digest') return [email];
  const parts = partsWithin(digestLines(context.rows, context.today), (lines) =>
    letterEmail(context, letter, lines),
  );
  return parts.map((lines, index) => {
    const part = letterEmail(context, letter, lines);
    return { ...part, subject: `${part.subject} (part ${index + 1} of ${parts.length})` };
  });
}

/** A letter in parts whose one email each stays within Gmail's size, to the same people. */
export function lettersWithinSize(context: LetterContext, letter: Letter): Letter[] {
  return partsWithin(letter.reminders, (reminders) =>
    letterEmail(context, { ...letter, reminders }),
  ).map((reminders) => ({ ...letter, reminders }));
}
