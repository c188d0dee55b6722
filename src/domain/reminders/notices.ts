import type { CivilDate } from '../rules/civil-date';
import { longDate } from '../rules/date-words';
import { escapeHtml } from '../text/html';
import type { Email } from './email';
import type { ReminderKind } from './kinds';

/** A send a stopped run recorded but could not confirm. */
export interface UnconfirmedSend {
  readonly authority: string;
  readonly kind: ReminderKind;
  readonly eventDate: CivilDate;
  readonly recipients: string;
}

/**
 * The coordinators' notice of sends that may or may not have gone out: the tool never sends one
 * twice, so a person has to check.
 */
export function unknownDeliveryNotice(
  sends: readonly UnconfirmedSend[],
  senderName: string,
): Email {
  const count = sends.length;
  const subject = `ILACS tracker: ${count} reminder${count === 1 ? '' : 's'} may not have gone out`;
  const intro =
    `A daily run stopped while sending, so it cannot tell whether ${count === 1 ? 'this reminder' : 'these reminders'} went out. ` +
    'The tool does not send them again, to be sure no one gets one twice: please check with the recipients. ' +
    'Each is in the Reminder log as Unknown.';
  const line = (send: UnconfirmedSend) =>
    `${send.authority}: ${send.kind} (${longDate(send.eventDate)}), to ${send.recipients}`;
  const text = [
    'Dear colleagues,',
    intro,
    sends.map((send) => `- ${line(send)}`).join('\n'),
    `With best wishes,\n${senderName}`,
  ].join('\n\n');
  const html = [
    '<p>Dear colleagues,</p>',
    `<p>${escapeHtml(intro)}</p>`,
    `<ul>${sends.map((send) => `<li>${escapeHtml(line(send))}</li>`).join('')}</ul>`,
    `<p>With best wishes,<br>${escapeHtml(senderName)}</p>`,
  ].join('\n');
  return { subject, text, html };
}
