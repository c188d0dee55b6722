import { addDays, civil, formatIso } from '../../../src/domain/rules/civil-date';
import { Ledger } from '../../../src/domain/reminders/ledger';
import {
  type LoggedDecision,
  reminderKey,
  reminderKindOfKey,
} from '../../../src/domain/reminders/log';
import { digestLines } from '../../../src/domain/reminders/digest';
import { leadReached, overdueChaseDue, weekStart } from '../../../src/domain/reminders/leads';
import { planReminders } from '../../../src/domain/reminders/plan';
import { computeTracker } from '../../../src/domain/tracker/compute-tracker';
import {
  DEFAULT_TRACKER_SETTINGS,
  type TrackerSettings,
} from '../../../src/domain/reminders/settings';

/** The ledger a log's sends would have made: what the plan treats as gone out. */
function sentBy(log: readonly LoggedDecision[]): Ledger {
  const ledger = new Ledger();
  for (const entry of log) {
    const kind = reminderKindOfKey(entry.key);
    if (kind && (entry.outcome === 'Sent' || entry.outcome === 'Test'))
      ledger.add(entry.key, kind, entry.outcome === 'Test' ? 'test' : 'live', civil('2026-01-01'));
  }
  return ledger;
}

const noDates = () => {
  throw new Error('no date cells');
};

const HEADER = [
  'Authority',
  'Last inspection',
  'Last inspection end',
  'Overall effectiveness',
  'Last engagement meeting',
  'Planned engagement meeting',
  'Self-evaluation submitted',
  'DCS email',
  'Other recipients',
  'Reminders',
];

/** Rows as the daily run has them: computed as of the day of the plan. */
function rowsOf(...rows: string[][]) {
  return (today: string) =>
    computeTracker([HEADER, ...rows], civil(today), DEFAULT_TRACKER_SETTINGS, noDates).results;
}

type Rows = ReturnType<typeof rowsOf>;

function plan(
  today: string,
  rows: Rows,
  log: LoggedDecision[] = [],
  settings: Partial<TrackerSettings> = {},
) {
  return planReminders({
    today: civil(today),
    rows: rows(today),
    settings: { ...DEFAULT_TRACKER_SETTINGS, ...settings },
    log,
    sent: sentBy(log),
  }).filter((reminder) => reminder.kind !== 'Weekly digest');
}

describe('leads', () => {
  const event = civil('2027-03-10');
  test.each([
    ['2026-12-01', undefined],
    ['2027-01-09', 60],
    // 31 days ahead, the 60-day lead was missed: the 30-day one comes tomorrow, alone.
    ['2027-02-07', undefined],
    ['2027-01-20', 60],
    ['2027-02-08', 30],
    ['2027-03-03', 7],
    ['2027-03-10', 7],
    ['2027-03-11', undefined],
  ])('on %s the most recent lead reached is %s', (today, lead) => {
    expect(leadReached(event, civil(today), [60, 30, 7])).toBe(lead);
  });

  test.each([
    ['2027-03-10', undefined, undefined],
    ['2027-03-11', undefined, 1],
    ['2027-03-24', { chase: 1, sentOn: civil('2027-03-11') }, undefined],
    ['2027-03-25', { chase: 1, sentOn: civil('2027-03-11') }, 2],
    ['2027-04-08', { chase: 2, sentOn: civil('2027-03-25') }, 3],
    ['2028-01-01', { chase: 3, sentOn: civil('2027-04-08') }, undefined],
  ])('overdue since 2027-03-10, on %s after %o: chase %s', (today, last, chase) => {
    expect(overdueChaseDue(event, civil(today), 14, 3, 0, last)).toBe(chase);
  });

  test('a grace period of 7 days: the first chase 7 days after the date, not 8', () => {
    expect(overdueChaseDue(event, civil('2027-03-16'), 14, 3, 7, undefined)).toBeUndefined();
    expect(overdueChaseDue(event, civil('2027-03-17'), 14, 3, 7, undefined)).toBe(1);
    // Without a grace period, the day after: the date itself is not yet overdue.
    expect(overdueChaseDue(event, civil('2027-03-10'), 14, 3, 0, undefined)).toBeUndefined();
    expect(overdueChaseDue(event, civil('2027-03-11'), 14, 3, 0, undefined)).toBe(1);
  });

  test('a late first chase keeps the interval: the second comes 14 days after it, not the next day', () => {
    // The tracker first ran 20 days after the event: chase 1 went then.
    const last = { chase: 1, sentOn: civil('2027-03-30') };
    expect(overdueChaseDue(event, civil('2027-03-31'), 14, 3, 0, last)).toBeUndefined();
    expect(overdueChaseDue(event, civil('2027-04-12'), 14, 3, 0, last)).toBeUndefined();
    expect(overdueChaseDue(event, civil('2027-04-13'), 14, 3, 0, last)).toBe(2);
  });

  test('weeks start on Monday', () => {
    expect(formatIso(weekStart(civil('2026-11-22')))).toBe('2026-11-16');
    expect(formatIso(weekStart(civil('2026-11-23')))).toBe('2026-11-23');
    expect(formatIso(weekStart(civil('2026-11-25')))).toBe('2026-11-23');
  });
});

describe('planReminders', () => {
  const leeds = [
    'Leeds',
    '2024-06-10',
    '2024-06-14',
    'good',
    '2026-03-10',
    '',
    '',
    'dcs@leeds.example.org',
    'pa@leeds.example.org',
    '',
  ];
  const rows = rowsOf(leeds);

  test('the meeting reminder at its lead, to the DCS with the others in copy', () => {
    const [meeting] = plan('2027-01-09', rows);
    expect(meeting).toMatchObject({
      kind: 'Engagement meeting',
      authority: 'Leeds',
      lead: '60',
      recipients: { to: ['dcs@leeds.example.org'], cc: ['pa@leeds.example.org'] },
      key: reminderKey('Leeds', 'Engagement meeting', civil('2027-03-10'), '60'),
    });
    expect(formatIso(meeting!.eventDate)).toBe('2027-03-10');
  });

  test('after missed days only the most recent lead is sent; a delivered key is not sent again', () => {
    const missed = plan('2027-02-09', rows);
    expect(missed.map((reminder) => [reminder.kind, reminder.lead])).toEqual([
      ['Engagement meeting', '30'],
      ['Self-evaluation due', '7'],
    ]);
    const log = missed.map((reminder) => ({
      key: reminder.key,
      outcome: 'Sent' as const,
      detail: '',
    }));
    expect(plan('2027-02-10', rows, log)).toEqual([]);
  });

  test('a test send does not count as delivered once the mode is Live', () => {
    const [first] = plan('2027-01-09', rows);
    const log = [{ key: first!.key, outcome: 'Test' as const, detail: '' }];
    expect(plan('2027-01-09', rows, log, { sendMode: 'Test' })).toEqual([]);
    expect(plan('2027-01-09', rows, log)).toHaveLength(1);
  });

  test('a moved meeting starts its own leads', () => {
    const moved = rowsOf([...leeds.slice(0, 5), '2027-04-20', ...leeds.slice(6)]);
    const [meeting] = plan('2027-02-20', moved);
    expect(formatIso(meeting!.eventDate)).toBe('2027-04-20');
    expect(meeting!.lead).toBe('60');
  });

  test('overdue meeting and self-evaluation: chased after 7 days of grace, then every 14 days after the last chase, at most 3 times, copying the coordinators', () => {
    const ledger = new Ledger();
    const chases: string[] = [];
    for (let day = civil('2027-03-01'); formatIso(day) <= '2027-06-30'; day = addDays(day, 1)) {
      const today = formatIso(day);
      const due = planReminders({
        today: day,
        rows: rows(today),
        settings: { ...DEFAULT_TRACKER_SETTINGS, coordinatorEmails: ['coord@example.org'] },
        log: [],
        sent: ledger,
      }).filter((reminder) => reminder.kind !== 'Weekly digest');
      for (const reminder of due) {
        if (!reminder.lead.startsWith('overdue')) continue;
        expect(reminder.recipients.cc).toContain('coord@example.org');
        ledger.add(reminder.key, reminder.kind, 'live', day);
        chases.push(`${today} ${reminder.kind} ${reminder.lead}`);
      }
    }
    // The self-evaluation was due 2027-02-10: the tracker first runs on 1 March, 19 days late,
    // and its first chase goes then; the meeting (2027-03-10) is chased 7 days after it.
    expect(chases).toEqual([
      '2027-03-01 Self-evaluation overdue overdue 1',
      '2027-03-15 Self-evaluation overdue overdue 2',
      '2027-03-17 Engagement meeting overdue overdue 1',
      '2027-03-29 Self-evaluation overdue overdue 3',
      '2027-03-31 Engagement meeting overdue overdue 2',
      '2027-04-14 Engagement meeting overdue overdue 3',
    ]);
  });

  test('a submitted self-evaluation has no reminders', () => {
    const submitted = rowsOf([...leeds.slice(0, 6), '2026-12-01', ...leeds.slice(7)]);
    expect(plan('2027-02-20', submitted).map((reminder) => reminder.kind)).toEqual([
      'Engagement meeting',
    ]);
  });

  test('paused rows, rows with problems and rows without recipients are skipped, logged once per reason', () => {
    const paused = rowsOf([...leeds.slice(0, 9), 'Paused']);
    const [skipped] = plan('2027-01-09', paused);
    expect(skipped?.skip).toBe('Reminders are Paused for this authority.');
    const log = [{ key: skipped!.key, outcome: 'Skipped' as const, detail: skipped!.skip! }];
    expect(plan('2027-01-09', paused, log)).toEqual([]);
    expect(plan('2027-01-09', rows, log)).toHaveLength(1);
    const broken = rowsOf([...leeds.slice(0, 3), 'great', ...leeds.slice(4)]);
    expect(plan('2027-01-09', broken)[0]?.skip).toContain('The row has problems');
    const nobody = rowsOf([...leeds.slice(0, 7), '', '', '']);
    expect(plan('2027-01-09', nobody)[0]?.skip).toBe(
      'No valid recipient: fill in DCS email or Other recipients.',
    );
  });

  test('deferred and failed reminders go first', () => {
    const other = rowsOf(
      [
        'Bradford',
        '2024-06-10',
        '2024-06-14',
        'good',
        '2026-03-10',
        '',
        '',
        'dcs@b.example.org',
        '',
        '',
      ],
      leeds,
    );
    const [first, second] = plan('2027-01-09', other);
    const log = [{ key: second!.key, outcome: 'Deferred' as const, detail: '' }];
    const again = plan('2027-01-09', other, log);
    expect(again.map((reminder) => [reminder.authority, reminder.retry])).toEqual([
      [second!.authority, true],
      [first!.authority, false],
    ]);
  });

  test('inspection window opening goes to the coordinators; without them it is skipped', () => {
    const reminders = (settings: Partial<TrackerSettings>) =>
      planReminders({
        today: civil('2026-11-10'),
        rows: rows('2026-11-10'),
        settings: { ...DEFAULT_TRACKER_SETTINGS, ...settings },
        log: [],
        sent: new Ledger(),
      }).filter((reminder) => reminder.kind === 'Inspection window opening');
    expect(reminders({ coordinatorEmails: ['coord@example.org'] })[0]).toMatchObject({
      lead: '30',
      recipients: { to: ['coord@example.org'], cc: [] },
    });
    expect(reminders({})[0]?.skip).toBe('No coordinator emails in Settings.');
  });

  test('the weekly digest is keyed by the week, so it goes once a week', () => {
    const digest = (today: string, log: LoggedDecision[] = []) =>
      planReminders({
        today: civil(today),
        rows: rows(today),
        settings: { ...DEFAULT_TRACKER_SETTINGS, coordinatorEmails: ['coord@example.org'] },
        log,
        sent: sentBy(log),
      }).filter((reminder) => reminder.kind === 'Weekly digest');
    const [monday] = digest('2026-11-23');
    expect(monday?.key).toBe('|Weekly digest|2026-11-23|week');
    const log = [{ key: monday!.key, outcome: 'Sent' as const, detail: '' }];
    expect(digest('2026-11-25', log)).toEqual([]);
    expect(digest('2026-11-30', log)).toHaveLength(1);
  });
});

test('digest lines: everything in the next 90 days, in date order', () => {
  const rows = rowsOf(
    ['Leeds', '2024-06-10', '2024-06-14', 'good', '2026-03-10', '', '', '', '', ''],
    ['York', '2023-12-04', '2023-12-08', 'good', '2026-01-20', '', '2026-01-02', '', '', ''],
  );
  const lines = digestLines(rows('2026-11-23'), civil('2026-11-23')).map(
    (line) => `${formatIso(line.date)} ${line.authority}: ${line.what}`,
  );
  expect(lines).toEqual([
    '2026-12-10 Leeds: Short inspection window opens',
    '2026-12-23 York: Self-evaluation due',
    '2027-01-20 York: Annual engagement meeting',
    '2027-02-10 Leeds: Self-evaluation due',
  ]);
});

describe('from the forecast', () => {
  /** Kent last inspected long ago, at the front; 40 others inspected over the last year give a rate. */
  const queueRows = (today: string) => {
    const others = Array.from({ length: 40 }, (_, index) => {
      const start = formatIso(addDays(civil('2026-11-01'), -index * 9));
      return [`Authority ${index}`, start, '', 'good', '', '', '', '', '', ''];
    });
    return computeTracker(
      [
        HEADER,
        ['Kent', '2022-06-13', '2022-06-17', 'good', '', '', '', 'dcs@kent.example', '', ''],
        ...others,
      ],
      civil(today),
      DEFAULT_TRACKER_SETTINGS,
      noDates,
    ).results;
  };
  const coming = (today: string, log: LoggedDecision[] = []) =>
    planReminders({
      today: civil(today),
      rows: queueRows(today),
      settings: { ...DEFAULT_TRACKER_SETTINGS, coordinatorEmails: ['coord@example.org'] },
      log,
      sent: sentBy(log),
    }).filter(
      (reminder) => reminder.kind === 'Inspection window opening' && reminder.authority === 'Kent',
    );

  test('the inspection reminder is dated by Expected from and keyed by the last inspection, so a moving forecast sends it once', () => {
    const [first] = coming('2026-11-23');
    const kent = queueRows('2026-11-23').find((result) => result.row.authority === 'Kent')!;
    expect(kent.forecast?.place).toBe(1);
    expect(first).toMatchObject({
      eventDate: kent.forecast!.expectedFrom,
      key: reminderKey('Kent', 'Inspection window opening', civil('2022-06-13'), '30'),
      recipients: { to: ['coord@example.org'], cc: [] },
    });
    const log = [{ key: first!.key, outcome: 'Sent' as const, detail: '' }];
    // Days later the forecast has moved (Expected from is today's date again): nothing new.
    expect(coming('2026-11-26', log)).toEqual([]);
  });

  test('the digest gives the forecast window, not the framework one', () => {
    const lines = digestLines(queueRows('2026-11-23'), civil('2026-11-23'))
      .filter((line) => line.authority === 'Kent')
      .map((line) => line.what);
    expect(lines).toContain('Short inspection expected from (forecast)');
    expect(lines.join(' ')).not.toContain('window');
  });
});
