/**
 * Where the CLI's emails go: `.eml` files in an outbox folder, or an SMTP server. Delivery is
 * synchronous for the script (a worker thread does the sending and this thread waits), so that a
 * refused message fails MailApp.sendEmail and the tool logs it Failed, as in Apps Script.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { MailDelivery, SentMail } from '../emulator';
import { ensureFolder } from './disk';

export type MailTarget =
  { readonly kind: 'eml'; readonly dir: string } | { readonly kind: 'smtp'; readonly url: string };

const ANSWER_BYTES = 4096;
const WAIT_MS = 60_000;

/** Who the emails are from: the From header's name (if given) and address. */
export interface Sender {
  readonly name?: string | undefined;
  readonly address: string;
}

export interface Outbox {
  readonly deliver: MailDelivery;
  /** Messages delivered, and those refused with why. */
  readonly delivered: number;
  readonly refused: readonly string[];
  close(): Promise<void>;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
}

/**
 * The outbox for `target`: a worker thread that delivers each email as the script sends it.
 * `from`: the From header's address, and the name used over the message's own when it is given
 * (the CLI's --from).
 */
export function openOutbox(target: MailTarget, from: Sender): Outbox {
  const shared = new SharedArrayBuffer(8 + ANSWER_BYTES);
  /** [0]: 1 once the worker has answered; [1]: the answer's length, its bytes from offset 8. */
  const signal = new Int32Array(shared, 0, 2);
  const worker = new Worker(path.join(__dirname, 'mail-worker.mjs'), {
    workerData: { target, shared },
  });
  worker.unref();
  const refused: string[] = [];
  let delivered = 0;
  let sequence = 0;
  const outbox: Outbox = {
    deliver: (mail: SentMail) => {
      // Made with its first email: a run that sends none leaves no empty folder.
      if (target.kind === 'eml' && sequence === 0) ensureFolder(target.dir);
      sequence += 1;
      Atomics.store(signal, 0, 0);
      worker.postMessage({
        file: `${String(sequence).padStart(4, '0')}-${slug(mail.subject)}.eml`,
        message: {
          from: { name: from.name ?? mail.name ?? 'ILACS tracker', address: from.address },
          to: [...mail.to],
          cc: [...mail.cc],
          bcc: [...mail.bcc],
          ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
          subject: mail.subject,
          text: mail.body,
          ...(mail.htmlBody ? { html: mail.htmlBody } : {}),
          ...(mail.attachments.length > 0
            ? {
                attachments: mail.attachments.map((attachment) => ({
                  filename: attachment.name,
                  contentType: attachment.contentType,
                  content: attachment.content,
                })),
              }
            : {}),
          date: mail.sentAt,
        },
      });
      if (Atomics.wait(signal, 0, 0, WAIT_MS) === 'timed-out')
        throw new Error(`no answer from the mail sender in ${WAIT_MS / 1000} s`);
      const answer = JSON.parse(
        new TextDecoder().decode(new Uint8Array(shared, 8, Atomics.load(signal, 1)).slice()),
      ) as { ok: boolean; error?: string };
      if (!answer.ok) {
        refused.push(answer.error ?? 'refused');
        throw new Error(answer.error ?? 'refused');
      }
      delivered += 1;
    },
    get delivered() {
      return delivered;
    },
    refused,
    close: async () => {
      await worker.terminate();
    },
  };
  return outbox;
}
