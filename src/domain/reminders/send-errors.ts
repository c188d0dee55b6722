/**
 * What an error thrown while sending says about the send: whether the message may have left, and
 * if it did not, why it was refused. The daily run logs and retries by this.
 */

/**
 * Whether MailApp's error says it refused the message before sending it: a bad address, a limit,
 * the quota, a bad argument. Anything else (a service error, a timeout on Google's side) may have
 * come after the message left, so the send is treated as unconfirmed and never repeated.
 */
export function refusedBeforeSending(error: string): boolean {
  // "Failed to send email: ..." is MailApp's refusal of the message (and the CLI's delivery
  // refused by its SMTP server), said before anything left.
  return /invalid email|invalid argument|limit exceeded|too many times|no recipient|failed to send email|don't match the method signature/i.test(
    error,
  );
}

const QUOTA_ERROR = /too many times|quota/i;
/** MailApp's refusal of a message over its size ("Limit Exceeded: Email Body Size."). */
const TOO_LARGE_ERROR = /body size|too large/i;

/**
 * How a send that threw went: `unconfirmed` when it may have left; otherwise refused as `tooLarge`
 * (sending it again cannot help), for the `quota` (none of today's sends can go), or `refused`.
 */
export type SendFailure = 'unconfirmed' | 'tooLarge' | 'quota' | 'refused';

export function sendFailure(error: string): SendFailure {
  if (!refusedBeforeSending(error)) return 'unconfirmed';
  if (TOO_LARGE_ERROR.test(error)) return 'tooLarge';
  return QUOTA_ERROR.test(error) ? 'quota' : 'refused';
}

/** PropertiesService refusing a value or the store as too large ("Argument too large: value"). */
const STORE_REFUSED_ERROR = /argument too large|property storage quota/i;

/** Whether the store refused a write as too large (any other error stops the run). */
export function storeRefused(error: string): boolean {
  return STORE_REFUSED_ERROR.test(error);
}
