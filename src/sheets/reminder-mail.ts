import { reminderCalendarAttachment } from '../domain/reminders/calendar';
import { type LetterContext, letterEmails } from '../domain/reminders/letter-email';
import type { Letter } from '../domain/reminders/letters';
import type { PlannedReminder } from '../domain/reminders/plan';
import { letterAddressees, recipientsText } from '../domain/reminders/recipients';
import { messageNotSentNote } from '../domain/reminders/run-words';
import type { CivilDate } from '../domain/rules/civil-date';
import type { TrackerState } from './recalculate';

type MailMessage = GoogleAppsScript.Mail.MailAdvancedParameters;

/** A letter's emails, addressed: as many MailApp messages as its emails and recipients need. */
export interface AddressedMail {
  readonly messages: readonly MailMessage[];
  /** Who it goes to, as the Reminder log shows it. */
  readonly recipients: string;
}

/** What addressing a letter takes besides the letter. */
export interface MailOptions {
  readonly state: TrackerState;
  /** In Test mode, the one person everything goes to instead. */
  readonly testTo?: string | undefined;
  /** The Sheet's address, for the coordinators' emails. */
  readonly sheetUrl?: string | undefined;
}

function letterContext({ state, testTo, sheetUrl }: MailOptions): LetterContext {
  const { settings, today, tracker } = state;
  return { settings, today, rows: tracker.results, testTo, sheetUrl };
}

/** `20261201T070000Z`: now, in UTC, as a calendar file's DTSTAMP. */
function utcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A meeting or self-evaluation reminder carries its event as a calendar file. */
function calendarAttachments(
  reminder: PlannedReminder,
  today: CivilDate,
): GoogleAppsScript.Base.BlobSource[] {
  const attachment = reminderCalendarAttachment(reminder, today, utcStamp(new Date()));
  if (!attachment) return [];
  return [Utilities.newBlob(attachment.content, 'text/calendar', attachment.name)];
}

/** A letter addressed: its emails, each in as many messages as its recipients need. */
export function addressLetter(options: MailOptions, letter: Letter): AddressedMail {
  const { state, testTo } = options;
  const addressed = letterAddressees(letter, testTo);
  const attachments = letter.reminders.flatMap((each) => calendarAttachments(each, state.today));
  return {
    recipients: recipientsText(addressed),
    messages: letterEmails(letterContext(options), letter).flatMap((email) =>
      addressed.map((message) => ({
        to: message.to.join(','),
        cc: message.cc.join(','),
        subject: email.subject,
        body: email.text,
        htmlBody: email.html,
        name: state.settings.senderName,
        ...(state.settings.replyTo ? { replyTo: state.settings.replyTo } : {}),
        ...(attachments.length > 0 ? { attachments } : {}),
      })),
    ),
  };
}

/** One reminder as a letter of its own, addressed: the test reminder. */
export function addressReminder(options: MailOptions, reminder: PlannedReminder): AddressedMail {
  const { to, cc } = reminder.recipients;
  return addressLetter(options, { to, cc, reminders: [reminder] });
}

/**
 * Sends the messages in turn; when the first throws, nothing went, and the error is thrown. When
 * a later one throws, the earlier ones are out: the reminder counts as sent (not repeated to those
 * already reached), and `notSent` says which message did not go and why.
 */
export function sendMessages(mail: AddressedMail): { readonly notSent?: string } {
  for (const [index, message] of mail.messages.entries()) {
    try {
      MailApp.sendEmail(message);
    } catch (error) {
      if (index === 0) throw error;
      const why = error instanceof Error ? error.message : String(error);
      const { length } = mail.messages;
      return {
        notSent: messageNotSentNote(index, length, String(message.to), String(message.cc), why),
      };
    }
  }
  return {};
}
