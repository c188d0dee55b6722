import type { Cell } from '../tracker/cells';
import { type CivilDate, daysBetween } from '../rules/civil-date';
import { longDate, relativeDays, shortDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import { DIGEST_DAYS, type DigestLine } from './digest';
import type { ReminderKind } from './kinds';
import type { PlannedReminder } from './plan';
import { selfEvaluationWords } from './event-words';
import { type EmailTemplate, type EmailTemplates, fill } from './templates';
import type { TrackerRowResult } from '../tracker/compute-tracker';
import {
  COMPUTED_COLUMNS,
  INPUT_COLUMNS,
  type InputColumnKey,
  normalizeHeader,
} from '../tracker/columns';

/** R5b: what the annual engagement meeting covers, so that the authority can prepare. */
export const MEETING_COVERS = [
  'the self-evaluation of social work practice',
  'actions and responses from earlier inspections',
  "the authority's financial, political and practice context",
  'the possible scope of a focused visit',
  'the timing of the next self-evaluation and meeting',
  'it can be broader than children’s social care, for example education and early years',
] as const;

/** R5c: the three questions the self-evaluation answers. */
export const SELF_EVALUATION_QUESTIONS = [
  'What do you know about the quality and impact of social work practice in your local authority?',
  'How do you know it?',
  'What are your plans for the next 12 months to maintain or improve practice?',
] as const;

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object' && 'year' in value) return longDate(value as CivilDate);
  return String(value);
}

function placeholderValues(
  reminder: PlannedReminder,
  today: CivilDate,
  senderName: string,
  sheetUrl: string,
  selfEvaluationBelow: boolean,
): Map<string, string> {
  const values = new Map<string, string>();
  const set = (name: string, value: unknown) => values.set(normalizeHeader(name), cellText(value));
  const row: TrackerRowResult | undefined = reminder.row;
  if (row) {
    for (const key of Object.keys(INPUT_COLUMNS) as InputColumnKey[]) {
      set(
        INPUT_COLUMNS[key].header,
        (row.row as Partial<Record<InputColumnKey, Cell | object>>)[key],
      );
    }
    for (const [key, column] of Object.entries(COMPUTED_COLUMNS)) {
      set(column.header, row.computed[key as keyof typeof COMPUTED_COLUMNS]);
    }
  }
  set('Event date', reminder.eventDate);
  set('When', relativeDays(today, reminder.eventDate));
  // The letter's own self-evaluation reminder says it, with more: the meeting's words point there.
  set(
    'Self-evaluation',
    selfEvaluationBelow ? 'is covered below' : selfEvaluationWords(row, today),
  );
  set('Sheet link', sheetUrl === '' ? '' : `The tracker: ${sheetUrl}`);
  set('Days to go', Math.max(daysBetween(today, reminder.eventDate), 0));
  set('Days late', Math.max(daysBetween(reminder.eventDate, today), 0));
  set('Lead days', reminder.lead);
  set('Sender name', senderName);
  set('Days ahead', DIGEST_DAYS);
  if (!values.get(normalizeHeader('DCS name'))) set('DCS name', 'colleague');
  return values;
}

export interface Email {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

function paragraphsHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').join('<br>')}</p>`)
    .join('\n');
}

const SIGN_OFF =
  /^(with best wishes|best wishes|kind regards|warm regards|regards|yours sincerely|yours faithfully|many thanks|thank you)\b/i;

/** A letter split before its sign-off, so that what to prepare comes before it, not after. */
function beforeSignOff(body: string): [string, string] {
  const paragraphs = body.split(/\n{2,}/);
  const last = paragraphs.length - 1;
  if (last < 1 || !SIGN_OFF.test((paragraphs[last] ?? '').trim())) return [body, ''];
  return [paragraphs.slice(0, last).join('\n\n'), paragraphs[last] ?? ''];
}

interface Extra {
  readonly title: string;
  readonly items: readonly string[];
}

/** What to prepare (R5b, R5c), in words for the letter: no rule ids in what a DCS receives. */
function extrasFor(kind: ReminderKind): Extra[] {
  const questions = {
    title: 'The self-evaluation answers three questions:',
    items: SELF_EVALUATION_QUESTIONS,
  };
  if (kind === 'Engagement meeting') {
    return [{ title: 'To prepare: the meeting usually covers', items: MEETING_COVERS }, questions];
  }
  return kind === 'Self-evaluation due' || kind === 'Self-evaluation overdue' ? [questions] : [];
}

const DIGEST_SECTIONS = [
  { title: 'Overdue', overdue: true },
  { title: `In the next ${DIGEST_DAYS} days`, overdue: false },
] as const;

function sectionLines(digest: readonly DigestLine[], overdue: boolean): DigestLine[] {
  return digest.filter((line) => Boolean(line.overdue) === overdue);
}

/** The digest's sections as text: a heading, then a line a date. */
export function digestAsText(digest: readonly DigestLine[]): string {
  return DIGEST_SECTIONS.map(({ title, overdue }) => {
    const lines = sectionLines(digest, overdue);
    const body = lines.map((line) => `${shortDate(line.date)}  ${line.authority}: ${line.what}`);
    return [title, ...(body.length > 0 ? body : ['Nothing.'])].join('\n');
  }).join('\n\n');
}

export const CELL =
  'padding:4px 8px;border-bottom:1px solid #dddddd;text-align:left;vertical-align:top';

/** The digest's sections as tables with headings, inline styles only (what mail clients keep). */
export function digestAsHtml(digest: readonly DigestLine[]): string {
  return DIGEST_SECTIONS.map(({ title, overdue }) => {
    const lines = sectionLines(digest, overdue);
    const heading = `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(title)}</h3>`;
    if (lines.length === 0) return `${heading}<p style="margin:0">Nothing.</p>`;
    const head = ['Date', 'Authority', 'What']
      .map((name) => `<th style="${CELL}">${name}</th>`)
      .join('');
    const rows = lines
      .map(
        (line) =>
          `<tr><td style="${CELL};white-space:nowrap">${shortDate(line.date)}</td><td style="${CELL}">${escapeHtml(line.authority)}</td><td style="${CELL}">${escapeHtml(line.what)}</td></tr>`,
      )
      .join('');
    return `${heading}<table role="presentation" style="border-collapse:collapse;width:100%;max-width:640px;font-size:14px"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
  }).join('');
}

/** The letter's look, inline (mail clients drop style sheets): readable on a phone. */
export const LETTER_STYLE =
  'font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#202124;max-width:640px';

const DATED_KINDS: readonly ReminderKind[] = [
  'Engagement meeting',
  'Self-evaluation due',
  'Engagement meeting overdue',
  'Self-evaluation overdue',
];

/** The meeting and the self-evaluation, for the small table of key dates a DCS's letter carries. */
/** The key dates, each in its tense: a meeting that has passed `was`, a deadline passed `overdue since`. */
function keyDates(reminder: PlannedReminder, today: CivilDate): [string, string][] {
  const row = reminder.row;
  if (!row || !DATED_KINDS.includes(reminder.kind)) return [];
  const dates: [string, string][] = [];
  const passed = (date: CivilDate) => daysBetween(today, date) < 0;
  const meeting = row.schedule.meeting?.date;
  if (meeting)
    dates.push([
      'Annual engagement meeting',
      passed(meeting) ? `was due ${longDate(meeting)}` : longDate(meeting),
    ]);
  const submitted = row.row.selfEvaluationSubmitted;
  const due = row.schedule.selfEvaluationDue;
  if (submitted && row.schedule.selfEvaluationStatus?.state === 'done')
    dates.push(['Self-evaluation', `submitted ${longDate(submitted)}`]);
  else if (due)
    dates.push([
      'Self-evaluation',
      passed(due) ? `overdue since ${longDate(due)}` : `due ${longDate(due)}`,
    ]);
  return dates;
}

function keyDatesHtml(dates: readonly [string, string][]): string {
  if (dates.length === 0) return '';
  const cell =
    'padding:4px 12px 4px 0;border-bottom:1px solid #dddddd;text-align:left;vertical-align:top';
  const rows = dates
    .map(
      ([what, when]) =>
        `<tr><th style="${cell};font-weight:normal;color:#555555">${escapeHtml(what)}</th><td style="${cell};font-weight:bold">${escapeHtml(when)}</td></tr>`,
    )
    .join('');
  return `<table role="presentation" style="border-collapse:collapse;margin:8px 0 16px">${rows}</table>`;
}

/**
 * A reminder's email from its template: the plain-text part as the template reads, and an HTML
 * part in which every value taken from the sheet is escaped.
 */
export function composeEmail(
  reminder: PlannedReminder,
  template: EmailTemplate,
  today: CivilDate,
  senderName: string,
  digest: readonly DigestLine[] = [],
  sheetUrl = '',
  selfEvaluationBelow = false,
): Email {
  const values = placeholderValues(reminder, today, senderName, sheetUrl, selfEvaluationBelow);
  const subject = fill(template.subject, values, (text) => text)
    .replace(/\s+/g, ' ')
    .trim();
  const extras = extrasFor(reminder.kind);
  const digestText = digestAsText(digest);
  const [letter, signOff] = beforeSignOff(
    fill(template.body, values, (value) => value)
      .split(/\n{2,}/)
      .filter((paragraph) => paragraph.trim() !== '')
      .join('\n\n'),
  );
  const dates = keyDates(reminder, today);
  const text = [
    letter,
    dates.length > 0
      ? ['Key dates:', ...dates.map(([what, when]) => `- ${what}: ${when}`)].join('\n')
      : '',
    ...extras.map((extra) => [extra.title, ...extra.items.map((item) => `- ${item}`)].join('\n')),
    ...(reminder.kind === 'Weekly digest' ? [digestText] : []),
    signOff,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
  const digestHtml = reminder.kind === 'Weekly digest' ? digestAsHtml(digest) : '';
  const [letterHtml, signOffHtml] = beforeSignOff(
    fill(escapeHtml(template.body), values, escapeHtml),
  );
  const html = [
    paragraphsHtml(letterHtml),
    keyDatesHtml(dates),
    ...extras.map(
      (extra) =>
        `<p>${escapeHtml(extra.title)}</p><ul>${extra.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    ),
    digestHtml,
    signOffHtml === '' ? '' : paragraphsHtml(signOffHtml),
  ]
    .filter((part) => part !== '')
    .join('\n');
  return { subject, text, html: `<div style="${LETTER_STYLE}">\n${html}\n</div>` };
}

const SELF_EVALUATION_KINDS: ReadonlySet<ReminderKind> = new Set([
  'Self-evaluation due',
  'Self-evaluation overdue',
]);

/**
 * One authority's reminders of the day as its letter, each from its template: a meeting reminder
 * beside the self-evaluation's own leaves the self-evaluation to it rather than saying it twice.
 */
export function authorityLetter(
  reminders: readonly PlannedReminder[],
  templates: EmailTemplates,
  today: CivilDate,
  senderName: string,
  sheetUrl = '',
): Email {
  const selfEvaluationBelow = reminders.some((each) => SELF_EVALUATION_KINDS.has(each.kind));
  return combineEmails(
    reminders.map((each) =>
      composeEmail(
        each,
        templates[each.kind],
        today,
        senderName,
        [],
        sheetUrl,
        selfEvaluationBelow && each.kind === 'Engagement meeting',
      ),
    ),
  );
}

/**
 * Several reminders for the same people on the same day as one letter: the greeting once, each
 * reminder's paragraphs in turn, what to prepare once, and the sign-off at the end.
 */
export function combineEmails(emails: readonly Email[]): Email {
  const [first, ...rest] = emails;
  if (!first) throw new RangeError('combineEmails needs at least one email');
  if (rest.length === 0) return first;
  return {
    subject: combinedSubject(emails.map((email) => email.subject)),
    text: combinedBlocks(emails.map((email) => email.text.split('\n\n'))).join('\n\n'),
    html: combinedBlocks(emails.map((email) => email.html.split('\n'))).join('\n'),
  };
}

/** `Kent: annual engagement meeting ...; self-evaluation due ...`: the authority named once. */
function combinedSubject(subjects: readonly string[]): string {
  const prefix = /^[^:]*: /.exec(subjects[0] ?? '')?.[0];
  if (prefix && subjects.every((subject) => subject.startsWith(prefix)))
    return `${prefix}${subjects.map((subject) => subject.slice(prefix.length)).join('; ')}`;
  // Many authorities (the coordinators' day): the first, and how many more, keeps it short.
  return subjects.length > 2
    ? `${subjects[0] ?? ''}, and ${subjects.length - 1} more reminders`
    : subjects.join('; ');
}

/** Blocks in order, each once; the closing every letter shares (the sign-off) once, at the end. */
function combinedBlocks(letters: readonly (readonly string[])[]): string[] {
  const first = letters[0] ?? [];
  const endsWith = (letter: readonly string[], shared: number) =>
    letter.length > shared &&
    letter[letter.length - 1 - shared] === first[first.length - 1 - shared];
  let shared = 0;
  while (shared < first.length && letters.every((letter) => endsWith(letter, shared))) shared += 1;
  const blocks: string[] = [];
  for (const letter of letters) {
    for (const block of letter.slice(0, letter.length - shared)) {
      if (!blocks.includes(block)) blocks.push(block);
    }
  }
  return [...blocks, ...first.slice(first.length - shared)];
}
