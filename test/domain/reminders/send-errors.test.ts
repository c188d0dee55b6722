import {
  refusedBeforeSending,
  sendFailure,
  storeRefused,
} from '../../../src/domain/reminders/send-errors';

test.each([
  ['Limit Exceeded: Email Body Size.', 'tooLarge'],
  ['Service invoked too many times for one day: email.', 'quota'],
  ['Invalid email: not-an-address', 'refused'],
  ['Failed to send email: no recipient', 'refused'],
  ['Invalid argument: replyTo', 'refused'],
  ['Service error: Mail', 'unconfirmed'],
  ['Exceeded maximum execution time', 'unconfirmed'],
  ['Timed out waiting for Gmail', 'unconfirmed'],
])('MailApp saying "%s" is a send %s', (error, failure) => {
  expect(sendFailure(error)).toBe(failure);
  expect(refusedBeforeSending(error)).toBe(failure !== 'unconfirmed');
});

test('the store refusing a write as too large, and nothing else, lets the run go on', () => {
  expect(storeRefused('Argument too large: value')).toBe(true);
  expect(storeRefused('You have exceeded the property storage quota.')).toBe(true);
  expect(storeRefused('Service error: Properties')).toBe(false);
});
