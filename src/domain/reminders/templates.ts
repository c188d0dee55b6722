import { COMPUTED_COLUMNS, INPUT_COLUMNS, normalizeHeader } from '../tracker/columns';
import type { ReminderKind } from './kinds';

export interface EmailTemplate {
  readonly subject: string;
  readonly body: string;
}

export type EmailTemplates = Readonly<Record<ReminderKind, EmailTemplate>>;

export const DEFAULT_TEMPLATES: EmailTemplates = {
  'Engagement meeting': {
    subject: '{{Authority}}: annual engagement meeting with Ofsted on {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe annual engagement meeting between Ofsted and {{Authority}} is on {{Event date}}, {{When}}. ' +
      'The self-evaluation {{Self-evaluation}}.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Self-evaluation due': {
    subject: '{{Authority}}: self-evaluation due {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe self-evaluation of social work practice for {{Authority}} is due {{Event date}}, {{When}}, ' +
      'ahead of the annual engagement meeting on {{Next engagement meeting}}.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Engagement meeting overdue': {
    subject: '{{Authority}}: annual engagement meeting overdue since {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe annual engagement meeting for {{Authority}} was due {{Event date}}, {{When}}, ' +
      'and no newer meeting is recorded. Please let us know when it took place or is planned.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Self-evaluation overdue': {
    subject: '{{Authority}}: self-evaluation overdue since {{Event date}}',
    body:
      'Dear {{DCS name}},\n\nThe self-evaluation for {{Authority}} was due {{Event date}}, {{When}}, ' +
      'and no submission is recorded.\n\nWith best wishes,\n{{Sender name}}',
  },
  'Inspection window opening': {
    subject: '{{Authority}}: next full inspection expected from {{Event date}}',
    body:
      'Dear colleague,\n\nThe next full inspection of {{Authority}} ({{Next inspection}}) is expected between {{Expected from}} and {{Expected by}}, ' +
      "from its place in Ofsted's national order and the national rate of inspections. " +
      "The framework's own window is {{Window opens}} to {{Window closes}}.\n\n{{Sheet link}}\n\nWith best wishes,\n{{Sender name}}",
  },
  'Weekly digest': {
    subject: 'ILACS tracker: the next {{Days ahead}} days from {{Event date}}',
    body: 'Dear colleague,\n\nHere is what is overdue, and everything due in the next {{Days ahead}} days, as of {{Event date}}.\n\n{{Sheet link}}\n\nWith best wishes,\n{{Sender name}}',
  },
};

/** Placeholders beyond the Tracker's columns. */
const EXTRA_PLACEHOLDERS = [
  'Event date',
  'When',
  'Self-evaluation',
  'Sheet link',
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
export function fill(
  template: string,
  values: ReadonlyMap<string, string>,
  escape: (text: string) => string,
): string {
  return template.replace(PLACEHOLDER, (_, name: string) =>
    escape(values.get(normalizeHeader(name)) ?? ''),
  );
}
