import { formatIso, parseIsoDate } from '../domain/rules/civil-date';
import { REMINDER_KINDS } from '../domain/reminders/kinds';
import { type UnconfirmedSend, unknownDeliveryNotice } from '../domain/reminders/notices';

/**
 * The coordinators' notice of sends that may not have gone out, kept in document properties
 * until it has gone: a run that may not send (Paused, a blank mode) or whose own send fails
 * leaves it for the next, so it reaches them once, whatever the next days' modes.
 */
const NOTICE_PROPERTY = 'ilacs.notice.unconfirmed';
/** Sends listed at most (each bounded, as the journal keeps them): the value stays small. */
const MOST_LISTED = 40;

interface StoredSend {
  a: string;
  i: string;
  e: string;
  r: string;
}

function parsed(text: string | null): UnconfirmedSend[] {
  if (!text) return [];
  try {
    return (JSON.parse(text) as StoredSend[]).flatMap((send) => {
      const eventDate = parseIsoDate(send.e);
      const kind = REMINDER_KINDS.find((each) => each === send.i);
      return eventDate && kind ? [{ authority: send.a, kind, eventDate, recipients: send.r }] : [];
    });
  } catch {
    return [];
  }
}

function stored(sends: readonly UnconfirmedSend[]): void {
  const properties = PropertiesService.getDocumentProperties();
  if (sends.length === 0) {
    properties.deleteProperty(NOTICE_PROPERTY);
    return;
  }
  const values: StoredSend[] = sends.map((send) => ({
    a: send.authority,
    i: send.kind,
    e: formatIso(send.eventDate),
    r: send.recipients,
  }));
  properties.setProperty(NOTICE_PROPERTY, JSON.stringify(values));
}

const identity = (send: UnconfirmedSend) =>
  `${send.authority}|${send.kind}|${formatIso(send.eventDate)}`;

/**
 * Adds this run's unconfirmed sends to the notice still to go (each once, the newest
 * MOST_LISTED), kept before the run commits, so that a run stopped after it loses none; returns
 * the whole notice.
 */
export function recordUnconfirmed(more: readonly UnconfirmedSend[]): UnconfirmedSend[] {
  const earlier = parsed(PropertiesService.getDocumentProperties().getProperty(NOTICE_PROPERTY));
  if (more.length === 0) return earlier;
  const seen = new Set(earlier.map(identity));
  const all = [...earlier, ...more.filter((send) => !seen.has(identity(send)))].slice(-MOST_LISTED);
  stored(all);
  return all;
}

/**
 * Sends the notice to `to` when this run may send and there is anyone to tell, then forgets it;
 * otherwise, or if the send fails, it stays for the next run. Returns why it waits.
 */
export function deliverPendingNotice(
  sends: readonly UnconfirmedSend[],
  to: readonly string[],
  mayNotSend: string | undefined,
  senderName: string,
): string | undefined {
  if (sends.length === 0) return undefined;
  const waiting = (why: string) =>
    `The notice to the coordinators of ${sends.length} send${sends.length === 1 ? '' : 's'} that may not have gone out waits for the next run: ${why}.`;
  if (mayNotSend) return waiting(mayNotSend);
  if (to.length === 0) return waiting('no Coordinator emails are set');
  const email = unknownDeliveryNotice(sends, senderName);
  try {
    MailApp.sendEmail({
      to: to.join(','),
      subject: email.subject,
      body: email.text,
      htmlBody: email.html,
      name: senderName,
    });
  } catch (error) {
    return waiting(`its send failed (${error instanceof Error ? error.message : String(error)})`);
  }
  // Should this send have thrown after the message left, the coordinators get it twice: a
  // notice to them, not a letter to a DCS, and better twice than never.
  stored([]);
  return undefined;
}
