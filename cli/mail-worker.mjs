/**
 * Delivers one email at a time for the CLI, in a worker thread, so that MailApp.sendEmail in the
 * emulator can wait for the real outcome: an .eml file in the outbox, or an SMTP server's answer.
 * Each message's result is written to the shared buffer and the waiting thread is woken.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import nodemailer from 'nodemailer';

const { target, shared } = workerData;
/** [0]: 1 once the answer is written (cli/outbox.ts waits on it); [1]: the answer's length. */
const signal = new Int32Array(shared, 0, 2);
const bytes = new Uint8Array(shared, 8);

const transport =
  target.kind === 'smtp'
    ? nodemailer.createTransport(target.url, {
        connectionTimeout: 5000,
        greetingTimeout: 5000,
        socketTimeout: 10000,
      })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

function answer(result) {
  const encoded = new TextEncoder().encode(JSON.stringify(result)).slice(0, bytes.length);
  bytes.set(encoded);
  Atomics.store(signal, 1, encoded.length);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
}

parentPort.on('message', async ({ message, file }) => {
  try {
    const info = await transport.sendMail(message);
    if (target.kind === 'eml') writeFileSync(path.join(target.dir, file), info.message);
    answer({ ok: true });
  } catch (error) {
    answer({ ok: false, error: `${error.code ? `${error.code}: ` : ''}${error.message}` });
  }
});
