import { civil } from '../../../src/domain/rules/civil-date';
import {
  busyRunText,
  busyText,
  lastRunText,
  messageNotSentNote,
  notSentTodayNote,
  runText,
  sentDetail,
} from '../../../src/domain/reminders/run-words';

const today = civil('2026-12-01');

test('a run in numbers: every outcome, and what was left for the next run', () => {
  expect(runText({ counts: {}, leftForNextRun: 0 })).toBe(
    '0 sent, 0 test, 0 deferred, 0 failed, 0 skipped, 0 unknown',
  );
  expect(runText({ counts: { Sent: 3, Skipped: 2, Unknown: 1 }, leftForNextRun: 4 })).toBe(
    '3 sent, 0 test, 0 deferred, 0 failed, 2 skipped, 1 unknown, 4 left for the next run',
  );
});

test("the Settings sheet's last run: the day, the numbers, why nothing went, where the rest goes, the notice", () => {
  expect(lastRunText({ today, counts: { Sent: 2 }, leftForNextRun: 0 })).toBe(
    '2026-12-01: 2 sent, 0 test, 0 deferred, 0 failed, 0 skipped, 0 unknown',
  );
  expect(
    lastRunText({
      today,
      counts: {},
      leftForNextRun: 5,
      blocked: 'Send mode is Paused',
      followUp: 'the rest go in a follow-up run in 5 minutes',
      noticeWaits: 'The notice waits.',
    }),
  ).toBe(
    '2026-12-01: 0 sent, 0 test, 0 deferred, 0 failed, 0 skipped, 0 unknown, 5 left for the next run (nothing sent: Send mode is Paused); the rest go in a follow-up run in 5 minutes The notice waits.',
  );
  const busy = busyText('the reminders go in a follow-up run in 5 minutes');
  expect(busyRunText(today, busy)).toBe(
    '2026-12-01: The tracker was busy with another run, so nothing was sent yet; the reminders go in a follow-up run in 5 minutes.',
  );
});

test("a sent reminder's detail: the email it shared, a message that did not go, Test mode", () => {
  expect(sentDetail(0, undefined, undefined)).toBe('');
  expect(sentDetail(1, undefined, undefined)).toBe('In one email with 1 other reminder.');
  expect(sentDetail(3, undefined, 'me@x.org')).toBe(
    'In one email with 3 other reminders. Test mode: sent to me@x.org instead.',
  );
  const notSent = messageNotSentNote(1, 2, 'b@x.org', '', 'Invalid email: b@x.org');
  expect(notSent).toBe('Message 2 of 2 (b@x.org, ) was not sent: Invalid email: b@x.org');
  expect(sentDetail(0, notSent, 'me@x.org')).toBe(notSent);
});

test("a blocked day's note counts what was due", () => {
  expect(notSentTodayNote(1, 'Send mode is blank')).toBe(
    '1 reminder due today not sent: Send mode is blank',
  );
  expect(notSentTodayNote(4, 'x')).toBe('4 reminders due today not sent: x');
});
