import type { Letter } from './letters';

/** MailApp takes at most this many recipients (to and cc) in one message. */
export const MAX_RECIPIENTS = 50;

/** Who one message goes to. */
export interface Addressees {
  readonly to: readonly string[];
  readonly cc: readonly string[];
}

/** Recipients split so that no message has more than `MAX_RECIPIENTS`; each has someone To. */
export function splitRecipients(to: readonly string[], cc: readonly string[]): Addressees[] {
  const everyone = [
    ...to.map((address) => ({ address, cc: false })),
    ...cc.map((address) => ({ address, cc: true })),
  ];
  const messages: Addressees[] = [];
  for (let first = 0; first < everyone.length; first += MAX_RECIPIENTS) {
    const part = everyone.slice(first, first + MAX_RECIPIENTS);
    const toPart = part.filter((recipient) => !recipient.cc).map((recipient) => recipient.address);
    const ccPart = part.filter((recipient) => recipient.cc).map((recipient) => recipient.address);
    messages.push(
      toPart.length > 0
        ? { to: toPart, cc: ccPart }
        : { to: ccPart.slice(0, 1), cc: ccPart.slice(1) },
    );
  }
  return messages;
}

/** Who each message of a letter goes to: its people, or in Test mode the one person testing. */
export function letterAddressees(letter: Letter, testTo?: string): Addressees[] {
  return testTo ? [{ to: [testTo], cc: [] }] : splitRecipients(letter.to, letter.cc);
}

/** Who a letter goes to, as the Reminder log shows it: `a, b; c` (messages apart by `; `). */
export function recipientsText(messages: readonly Addressees[]): string {
  return messages.map((message) => [...message.to, ...message.cc].join(', ')).join('; ');
}

/**
 * Recipients the messages take from the daily mail quota: each address of each message counts.
 * The messages as MailApp takes them, addresses joined by commas.
 */
export function quotaRecipients(
  messages: readonly { readonly to?: string | undefined; readonly cc?: string | undefined }[],
): number {
  return messages.reduce(
    (sum, message) =>
      sum +
      [message.to, message.cc]
        .join(',')
        .split(',')
        .filter((address) => address !== '').length,
    0,
  );
}
