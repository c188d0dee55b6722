import type { Cell } from '../tracker/cells';
import { type CivilDate, daysBetween, formatIso } from '../rules/civil-date';
import { escapeHtml } from '../text/html';
import { DIGEST_DAYS, type DigestLine, type PlannedReminder, type ReminderKind } from './plan';
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

export interface EmailTemplate {
  readonly subject: string;
  readonly body: string;
}

export type EmailTemplates = Readonly<Record<ReminderKind, EmailTemplate>>;

export const DEFAULT_TEMPLATES: EmailTemplates = {
  'Engagement meeting': {
    subject: '{{Authority}}: annual engagement meeting with Ofsted on {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe annual engagement meeting between Ofsted and {{Authority}} is on {{Event date}}, in {{Days to go}} days. ' +
      'The self-evaluation is due {{Self-evaluation due}}.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Self-evaluation due': {
    subject: '{{Authority}}: self-evaluation due {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe self-evaluation of social work practice for {{Authority}} is due {{Event date}}, in {{Days to go}} days, ' +
      'ahead of the annual engagement meeting on {{Next engagement meeting}}.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Engagement meeting overdue': {
    subject: '{{Authority}}: annual engagement meeting overdue since {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe annual engagement meeting for {{Authority}} was due {{Event date}}, {{Days late}} days ago, ' +
      'and no newer meeting is recorded. Please let us know when it took place or is planned.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Self-evaluation overdue': {
    subject: '{{Authority}}: self-evaluation overdue since {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe self-evaluation for {{Authority}} was due {{Event date}}, {{Days late}} days ago, ' +
      'and no submission is recorded.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Inspection window opening': {
    subject: '{{Authority}}: {{Next inspection}} window opens {{Event date}}',
    body:
      'The window for the next full inspection of {{Authority}} ({{Next inspection}}) opens {{Event date}}, in {{Days to go}} days, ' +
      'and closes {{Window closes}}; it is due {{Due}}.\n\n{{Explanation}}',
  },
  'Weekly digest': {
    subject: 'ILACS tracker: the next {{Days ahead}} days from {{Event date}}',
    body: 'Everything due in the next {{Days ahead}} days, as of {{Event date}}:',
  },
};

/** Placeholders beyond the Tracker's columns. */
const EXTRA_PLACEHOLDERS = [
  'Event date',
  'Days to go',
  'Days late',
  'Lead days',
  'Sender name',
  'Days ahead',
] as const;

let knownPlaceholders: Set<string> | undefined;

/** Placeholders a template may use: the Tracker's headers, computed or filled in, and the extras. */
export function isKnownPlaceholder(name: string): boolean {
  knownPlaceholders ??= new Set(
    [
      ...Object.values(INPUT_COLUMNS).map((column) => column.header),
      ...Object.values(COMPUTED_COLUMNS).map((column) => column.header),
      ...EXTRA_PLACEHOLDERS,
    ].map(normalizeHeader),
  );
  return knownPlaceholders.has(normalizeHeader(name));
}

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? '')
    .filter((name) => !isKnownPlaceholder(name));
}

/** One pass over the template: a value that itself holds `{{...}}` is not expanded again. */
function fill(
  template: string,
  values: ReadonlyMap<string, string>,
  escape: (text: string) => string,
): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    escape(values.get(normalizeHeader(name)) ?? ''),
  );
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object' && 'year' in value) return formatIso(value as CivilDate);
  return String(value);
}

function placeholderValues(
  reminder: PlannedReminder,
  today: CivilDate,
  senderName: string,
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
    .map((paragraph) => `<p>${paragraph.split('\n').join('<br>')}</p>`)
    .join('\n');
}

interface Extra {
  readonly title: string;
  readonly items: readonly string[];
}

function extrasFor(kind: ReminderKind): Extra[] {
  const questions = {
    title: 'The self-evaluation answers three questions (R5c):',
    items: SELF_EVALUATION_QUESTIONS,
  };
  if (kind === 'Engagement meeting') {
    return [{ title: 'The meeting covers (R5b):', items: MEETING_COVERS }, questions];
  }
  return kind === 'Self-evaluation due' || kind === 'Self-evaluation overdue' ? [questions] : [];
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
): Email {
  const values = placeholderValues(reminder, today, senderName);
  const subject = fill(template.subject, values, (text) => text)
    .replace(/\s+/g, ' ')
    .trim();
  const extras = extrasFor(reminder.kind);
  const digestText = digest.map(
    (line) => `${formatIso(line.date)}  ${line.authority}: ${line.what}`,
  );
  const text = [
    fill(template.body, values, (value) => value),
    ...extras.map((extra) => [extra.title, ...extra.items.map((item) => `- ${item}`)].join('\n')),
    ...(reminder.kind === 'Weekly digest'
      ? [digestText.length > 0 ? digestText.join('\n') : 'Nothing.']
      : []),
  ].join('\n\n');
  const digestHtml =
    reminder.kind === 'Weekly digest'
      ? digest.length > 0
        ? `<table>${digest
            .map(
              (line) =>
                `<tr><td>${formatIso(line.date)}</td><td>${escapeHtml(line.authority)}</td><td>${escapeHtml(line.what)}</td></tr>`,
            )
            .join('')}</table>`
        : '<p>Nothing.</p>'
      : '';
  const html = [
    paragraphsHtml(fill(escapeHtml(template.body), values, escapeHtml)),
    ...extras.map(
      (extra) =>
        `<p>${escapeHtml(extra.title)}</p><ul>${extra.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`,
    ),
    digestHtml,
  ].join('\n');
  return { subject, text, html };
}
