/** MailApp: sends nothing, records every message, and keeps the daily recipient quota. */
import type { Clock } from './clock';
import { GAS_CLASS, GasObject, gasError, gasObjectOfClass, signatureError } from './gas';
import type { EmulatedBlob } from './utilities';

type MailAdvancedParameters = GoogleAppsScript.Mail.MailAdvancedParameters;

/** A message as MailApp would have sent it. Address lists are split on commas and trimmed. */
export interface SentMail {
  readonly to: readonly string[];
  readonly cc: readonly string[];
  readonly bcc: readonly string[];
  readonly subject: string;
  readonly body: string;
  readonly htmlBody: string | undefined;
  readonly name: string | undefined;
  readonly replyTo: string | undefined;
  readonly noReply: boolean;
  /** Each attachment's name, type and text (the tool attaches text only: calendar files). */
  readonly attachments: readonly MailAttachment[];
  /** The emulated clock when it was sent. */
  readonly sentAt: Date;
}

export interface MailAttachment {
  readonly name: string;
  readonly contentType: string;
  readonly content: string;
}

function attachmentsOf(value: unknown): MailAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value))
    throw gasError('MailApp.sendEmail: attachments must be an array of blobs');
  return value.map((item: unknown) => {
    const blob = gasObjectOfClass(item, 'Blob') as EmulatedBlob | undefined;
    if (!blob) throw gasError('MailApp.sendEmail: each attachment must be a Blob');
    return {
      name: blob.getName() ?? 'attachment',
      contentType: blob.getContentType() ?? 'application/octet-stream',
      content: blob.getDataAsString(),
    };
  });
}

export const QUOTA_EXCEEDED = 'Service invoked too many times for one day: email.';
/**
 * Apps Script's quotas page, "Current limitations": email body size 200 KB a message on a consumer
 * account (400 KB on Google Workspace), at most 50 recipients a message. Google does not say how
 * the plain and HTML bodies count; the emulator adds them up, in UTF-8, against 200 × 1024 bytes.
 */
export const BODY_SIZE_LIMIT_BYTES = 200 * 1024;
export const RECIPIENTS_PER_MESSAGE = 50;
export const BODY_TOO_LARGE = 'Limit Exceeded: Email Body Size.';
export const TOO_MANY_RECIPIENTS = 'Limit Exceeded: Email Recipients Per Message.';

/** Really delivers a message (the CLI: an .eml file or SMTP); throws when it cannot. */
export type MailDelivery = (mail: SentMail) => void;

export class MailState {
  readonly sent: SentMail[] = [];

  /** Recipients left today: each address in to, cc and bcc counts one. */
  constructor(
    public remainingQuota: number,
    readonly deliver?: MailDelivery,
    /** A Google Workspace account's is twice a consumer account's. */
    readonly bodySizeLimit = BODY_SIZE_LIMIT_BYTES,
  ) {}
}

const ADDRESS = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** `a@x.org, Jane <b@y.org>` as a list of its entries; each must hold a valid address. */
function addresses(list: string | undefined): string[] {
  if (list === undefined || list === null) return [];
  const entries = String(list)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    const address = /<([^<>]*)>$/.exec(entry)?.[1] ?? entry;
    if (!ADDRESS.test(address.trim())) throw gasError(`Invalid email: ${entry}`);
  }
  return entries;
}

function optionalText(value: unknown): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

export class EmulatedMailApp
  extends GasObject
  implements Pick<GoogleAppsScript.Mail.MailApp, 'getRemainingDailyQuota' | 'sendEmail'>
{
  constructor(
    readonly state: MailState,
    private readonly clock: Clock,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'MailApp';
  }

  getRemainingDailyQuota(): number {
    return this.state.remainingQuota;
  }

  /**
   * sendEmail(message), sendEmail(recipient, subject, body, options?) and
   * sendEmail(to, replyTo, subject, body). Throws without sending when the message has more
   * recipients than the quota has left, more than 50, or a body over Gmail's size.
   */
  sendEmail(
    messageOrRecipient: MailAdvancedParameters | string,
    subjectOrReplyTo?: string,
    bodyOrSubject?: string,
    optionsOrBody?: MailAdvancedParameters | string,
  ): void {
    const message = this._message(
      messageOrRecipient,
      subjectOrReplyTo,
      bodyOrSubject,
      optionsOrBody,
    );
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    const recipients = to.length + cc.length + bcc.length;
    if (recipients === 0) throw gasError('Failed to send email: no recipient');
    if (recipients > RECIPIENTS_PER_MESSAGE) throw gasError(TOO_MANY_RECIPIENTS);
    const bodyBytes =
      Buffer.byteLength(optionalText(message.body) ?? '') +
      Buffer.byteLength(optionalText(message.htmlBody) ?? '');
    if (bodyBytes > this.state.bodySizeLimit) throw gasError(BODY_TOO_LARGE);
    if (recipients > this.state.remainingQuota) throw gasError(QUOTA_EXCEEDED);
    const mail: SentMail = {
      to,
      cc,
      bcc,
      subject: optionalText(message.subject) ?? '',
      body: optionalText(message.body) ?? '',
      htmlBody: optionalText(message.htmlBody),
      name: optionalText(message.name),
      replyTo: optionalText(message.replyTo),
      noReply: message.noReply === true,
      attachments: attachmentsOf(message.attachments),
      sentAt: this.clock.now(),
    };
    try {
      this.state.deliver?.(mail);
    } catch (error) {
      throw gasError(
        `Failed to send email: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    this.state.remainingQuota -= recipients;
    this.state.sent.push(mail);
  }

  private _message(
    first: MailAdvancedParameters | string,
    second: string | undefined,
    third: string | undefined,
    fourth: MailAdvancedParameters | string | undefined,
  ): MailAdvancedParameters {
    const method = 'MailApp.sendEmail';
    if (typeof first === 'object' && first !== null && second === undefined) return first;
    if (typeof first !== 'string' || typeof second !== 'string' || typeof third !== 'string')
      throw signatureError(
        method,
        ...[first, second, third, fourth].filter((arg) => arg !== undefined),
      );
    if (typeof fourth === 'string')
      return { to: first, replyTo: second, subject: third, body: fourth };
    return { ...(fourth ?? {}), to: first, subject: second, body: third };
  }
}
