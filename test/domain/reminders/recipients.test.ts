import fc from 'fast-check';
import {
  MAX_RECIPIENTS,
  letterAddressees,
  quotaRecipients,
  recipientsText,
  splitRecipients,
} from '../../../src/domain/reminders/recipients';

const addresses = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}${index}@example.org`);

describe('splitRecipients', () => {
  test('few enough go in one message, To and Cc as given', () => {
    expect(splitRecipients(['dcs@x.org'], ['pa@x.org', 'c@x.org'])).toEqual([
      { to: ['dcs@x.org'], cc: ['pa@x.org', 'c@x.org'] },
    ]);
    expect(splitRecipients([], [])).toEqual([]);
  });

  test(`no message has more than ${MAX_RECIPIENTS}; everyone is in exactly one, in order, and every message has someone To`, () => {
    fc.assert(
      fc.property(fc.nat(130), fc.nat(130), (toCount, ccCount) => {
        const to = addresses('to', toCount);
        const cc = addresses('cc', ccCount);
        const messages = splitRecipients(to, cc);
        for (const message of messages) {
          expect(message.to.length + message.cc.length).toBeLessThanOrEqual(MAX_RECIPIENTS);
          expect(message.to.length).toBeGreaterThan(0);
        }
        const everyone = messages.flatMap((message) => [...message.to, ...message.cc]);
        expect([...everyone].sort()).toEqual([...to, ...cc].sort());
        // Those To stay To; a message of copies only has its first copy To.
        const toAll = messages.flatMap((message) => message.to);
        for (const address of to) expect(toAll).toContain(address);
      }),
    );
  });

  test('a message of copies only has its first copy To', () => {
    const [first, second] = splitRecipients(addresses('to', 50), ['cc@x.org', 'cc2@x.org']);
    expect(first?.cc).toEqual([]);
    expect(second).toEqual({ to: ['cc@x.org'], cc: ['cc2@x.org'] });
  });
});

describe('addressing a letter', () => {
  const letter = { to: ['dcs@x.org'], cc: ['pa@x.org'], reminders: [] };

  test('to its people, or in Test mode to the one person testing', () => {
    expect(letterAddressees(letter)).toEqual([{ to: ['dcs@x.org'], cc: ['pa@x.org'] }]);
    expect(letterAddressees(letter, 'me@x.org')).toEqual([{ to: ['me@x.org'], cc: [] }]);
    // A Test run that cannot see who runs it sends nothing (send-block.ts): no one to address.
    expect(letterAddressees(letter, '')).toEqual([{ to: ['dcs@x.org'], cc: ['pa@x.org'] }]);
  });

  test('the log says who, messages apart by a semicolon', () => {
    expect(
      recipientsText([
        { to: ['a@x.org'], cc: ['b@x.org'] },
        { to: ['c@x.org'], cc: [] },
      ]),
    ).toBe('a@x.org, b@x.org; c@x.org');
  });

  test('each address of each message takes one from the quota', () => {
    expect(
      quotaRecipients([
        { to: 'a@x.org,b@x.org', cc: 'c@x.org' },
        { to: 'a@x.org', cc: '' },
        { to: 'd@x.org' },
      ]),
    ).toBe(5);
  });
});
