/**
 * The ledger over years of daily runs: 153 authorities whose meetings come round every year, every
 * reminder planned taken as sent and entered, the ledger pruned as the daily run prunes it.
 * `npm run bench` runs it daily for five years; a test runs it weekly.
 */
import { addDays, civil, daysBetween, formatIso } from '../src/domain/rules/civil-date';
import { LONG_LIVED_DAYS, Ledger, keepDays, packEntries } from '../src/domain/reminders/ledger';
import { planReminders } from '../src/domain/reminders/plan';
import { DEFAULT_TRACKER_SETTINGS } from '../src/domain/reminders/settings';
import { computeTracker } from '../src/domain/tracker/compute-tracker';
import { utf8Bytes } from '../src/domain/text/utf8';

const HEADER = [
  'Authority',
  'Last inspection',
  'Overall effectiveness',
  'Last engagement meeting',
  'DCS email',
];

export interface LedgerYears {
  readonly sent: number;
  /** The ledger's largest size on any day, packed as the store keeps it. */
  readonly largestBytes: number;
  readonly largestChunks: number;
}

export function ledgerOverYears(years: number, stepDays: number, authorities = 153): LedgerYears {
  const start = civil('2026-01-05');
  const settings = {
    ...DEFAULT_TRACKER_SETTINGS,
    sendMode: 'Live' as const,
    coordinatorEmails: ['c@example.org'],
  };
  let ledger = new Ledger();
  let sent = 0;
  let largestBytes = 0;
  let largestChunks = 0;
  for (let day = 0; day < years * 365; day += stepDays) {
    const today = addDays(start, day);
    const body = Array.from({ length: authorities }, (_, index) => {
      let meeting = addDays(start, (index * 2) % 365);
      while (daysBetween(meeting, today) >= 365) meeting = addDays(meeting, 365);
      return [
        `Authority ${index}`,
        '2024-06-10',
        'good',
        formatIso(meeting),
        `dcs${index}@la.example.org`,
      ];
    });
    const { results } = computeTracker([HEADER, ...body], today, settings, () =>
      civil('2000-01-01'),
    );
    for (const reminder of planReminders({
      today,
      rows: results,
      settings,
      log: [],
      sent: ledger,
    })) {
      if (reminder.skip) continue;
      ledger.add(reminder.key, reminder.kind, 'live', today);
      sent += 1;
    }
    ledger = ledger.pruned(
      today,
      keepDays(settings.overdueRepeatDays, settings.overdueRepeatTimes),
      LONG_LIVED_DAYS,
    );
    const chunks = packEntries(ledger.encoded(), 8000);
    largestBytes = Math.max(
      largestBytes,
      chunks.reduce((sum, chunk) => sum + utf8Bytes(chunk), 0),
    );
    largestChunks = Math.max(largestChunks, chunks.length);
  }
  return { sent, largestBytes, largestChunks };
}
