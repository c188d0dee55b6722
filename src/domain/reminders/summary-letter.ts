import { type CivilDate, daysBetween } from '../rules/civil-date';
import { longDate, relativeDays } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import { countOf } from '../text/words';
import { DIGEST_DAYS, type DigestLine } from './digest';
import { CELL, type Email, LETTER_STYLE, digestAsHtml, digestAsText } from './email';
import type { ReminderKind } from './kinds';
import type { PlannedReminder } from './plan';

/**
 * The coordinators' letter of the day (or anyone's whose reminders span several authorities): one
 * letter that says what it is, the reminders as short tables grouped by kind, the weekly digest as
 * a section of its own, and the link to the Sheet once. Dates are said in the tense they are in.
 */

const SECTIONS: readonly { readonly kind: ReminderKind; readonly title: string }[] = [
  { kind: 'Engagement meeting overdue', title: 'Engagement meetings overdue' },
  { kind: 'Self-evaluation overdue', title: 'Self-evaluations overdue' },
  { kind: 'Engagement meeting', title: 'Engagement meetings coming up' },
  { kind: 'Self-evaluation due', title: 'Self-evaluations coming due' },
  { kind: 'Inspection window opening', title: 'Full inspections expected soon' },
];

/** Whether a letter is about one authority's own events, and reads as a letter to it. */
export function isOneAuthorityLetter(reminders: readonly PlannedReminder[]): boolean {
  const [first] = reminders;
  return (
    first !== undefined &&
    first.authority !== '' &&
    reminders.every(
      (reminder) =>
        reminder.authority === first.authority &&
        reminder.kind !== 'Weekly digest' &&
        reminder.kind !== 'Inspection window opening',
    )
  );
}

/** What a line of the table says of its date: `in 15 days`, `overdue since ... (7 days ago)`. */
function when(reminder: PlannedReminder, today: CivilDate): string {
  const date = longDate(reminder.eventDate);
  const ago = relativeDays(today, reminder.eventDate);
  if (reminder.kind === 'Inspection window opening') {
    const by = reminder.row?.forecast?.expectedBy;
    const from = daysBetween(today, reminder.eventDate) <= 0 ? 'from today' : `from ${date}`;
    return `expected ${from}${by ? ` to ${longDate(by)}` : ''} (forecast)`;
  }
  if (daysBetween(today, reminder.eventDate) < 0) {
    const chase = /^overdue (\d+)$/.exec(reminder.lead)?.[1];
    return `overdue since ${date} (${ago}${chase ? `; reminder ${chase}` : ''})`;
  }
  return `${date} (${ago})`;
}

function section(kind: ReminderKind, reminders: readonly PlannedReminder[]) {
  return reminders.filter((reminder) => reminder.kind === kind);
}

export interface SummaryLetterInput {
  readonly reminders: readonly PlannedReminder[];
  readonly today: CivilDate;
  readonly senderName: string;
  readonly sheetUrl: string;
  /** The weekly digest's lines, when the digest is among the reminders. */
  readonly digest: readonly DigestLine[];
}

export function summaryLetter({
  reminders,
  today,
  senderName,
  sheetUrl,
  digest,
}: SummaryLetterInput): Email {
  const listed = reminders.filter((reminder) => reminder.kind !== 'Weekly digest');
  const withDigest = listed.length < reminders.length;
  const authorities = new Set(listed.map((reminder) => reminder.authority)).size;
  const day = longDate(today);
  const counted = `${countOf(listed.length, 'reminder')} for ${countOf(authorities, 'authority', 'authorities')}`;
  const digestWords = `the next ${DIGEST_DAYS} days, as of ${day}`;
  const subject =
    listed.length === 0
      ? `ILACS tracker: ${digestWords}`
      : `ILACS tracker: ${counted}${withDigest ? ' and the weekly digest' : ''}, ${day}`;
  const intro =
    listed.length === 0
      ? `Here is what is overdue, and everything due in ${digestWords}.`
      : `Here is what is due today, ${day}: ${counted}${withDigest ? `, then the weekly digest of ${digestWords}` : ''}.`;
  const sections = SECTIONS.map(({ kind, title }) => ({
    title,
    lines: section(kind, listed),
  })).filter(({ lines }) => lines.length > 0);
  const link = sheetUrl === '' ? '' : `The tracker: ${sheetUrl}`;
  const signOff = `With best wishes,\n${senderName}`;
  const text = [
    'Dear colleagues,',
    intro,
    ...sections.map(({ title, lines }) =>
      [
        `${title} (${lines.length})`,
        ...lines.map((reminder) => `- ${reminder.authority}: ${when(reminder, today)}`),
      ].join('\n'),
    ),
    ...(withDigest ? [`The weekly digest: ${digestWords}`, digestAsText(digest)] : []),
    link,
    signOff,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const tableOf = (lines: readonly PlannedReminder[]) =>
    `<table role="presentation" style="border-collapse:collapse;width:100%;max-width:640px;font-size:14px"><tbody>${lines
      .map(
        (reminder) =>
          `<tr><td style="${CELL}">${escapeHtml(reminder.authority)}</td><td style="${CELL}">${escapeHtml(when(reminder, today))}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const heading = (title: string) =>
    `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(title)}</h3>`;
  const html = [
    '<p>Dear colleagues,</p>',
    `<p>${escapeHtml(intro)}</p>`,
    ...sections.map(
      ({ title, lines }) => `${heading(`${title} (${lines.length})`)}${tableOf(lines)}`,
    ),
    ...(withDigest
      ? [
          `<h2 style="font-size:18px;margin:24px 0 4px">${escapeHtml(`The weekly digest: ${digestWords}`)}</h2>${digestAsHtml(digest)}`,
        ]
      : []),
    link === ''
      ? ''
      : `<p>The tracker: <a href="${escapeHtml(sheetUrl)}">${escapeHtml(sheetUrl)}</a></p>`,
    `<p>With best wishes,<br>${escapeHtml(senderName)}</p>`,
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { subject, text, html: `<div style="${LETTER_STYLE}">\n${html}\n</div>` };
}
