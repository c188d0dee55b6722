/** MailApp refuses what Gmail refuses: a body over 200 KB, more than 50 recipients a message. */
import {
  AppsScriptEmulator,
  BODY_TOO_LARGE,
  QUOTA_EXCEEDED,
  TOO_MANY_RECIPIENTS,
} from '../../emulator';

function mailApp(quota = 1000) {
  const emulator = new AppsScriptEmulator({ mailQuota: quota });
  return { emulator, MailApp: emulator.globals.MailApp };
}

const addresses = (count: number) =>
  Array.from({ length: count }, (_, index) => `person${index}@example.org`);

test('a body (plain and HTML together, in UTF-8) over 200 KB is refused, and nothing is sent or counted', () => {
  const { emulator, MailApp } = mailApp();
  const half = 'x'.repeat(100 * 1024);
  MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: half, htmlBody: half });
  expect(emulator.mail).toHaveLength(1);
  expect(() =>
    MailApp.sendEmail({ to: 'a@example.org', subject: 's', body: half, htmlBody: `${half}é` }),
  ).toThrow(BODY_TOO_LARGE);
  expect(emulator.mail).toHaveLength(1);
  expect(MailApp.getRemainingDailyQuota()).toBe(999);
});

test('more than 50 recipients in one message (to, cc and bcc together) is refused', () => {
  const { emulator, MailApp } = mailApp();
  const fifty = addresses(50);
  MailApp.sendEmail({
    to: fifty.slice(0, 30).join(','),
    cc: fifty.slice(30).join(','),
    subject: 's',
    body: 'b',
  });
  expect(() =>
    MailApp.sendEmail({
      to: fifty.join(','),
      bcc: 'one-more@example.org',
      subject: 's',
      body: 'b',
    }),
  ).toThrow(TOO_MANY_RECIPIENTS);
  expect(emulator.mail).toHaveLength(1);
});

test('the daily quota is still its own refusal', () => {
  const { MailApp } = mailApp(2);
  expect(() => MailApp.sendEmail({ to: addresses(3).join(','), subject: 's', body: 'b' })).toThrow(
    QUOTA_EXCEEDED,
  );
});
