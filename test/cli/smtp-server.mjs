/**
 * An SMTP server on a thread of its own, for the CLI tests that run the command in-process: the
 * command's mail sender blocks the calling thread until each message is answered, so a server on
 * that thread would never answer. Posts `{ port }` once listening; answers 'received' with the
 * messages so far (`{ envelope, raw }`), and 'close' with 'closed' once it stops listening.
 */
import { Buffer } from 'node:buffer';
import { parentPort } from 'node:worker_threads';
import { SMTPServer } from 'smtp-server';

const received = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS'],
  // A reverse DNS lookup of 127.0.0.1 for each connection can take most of a second.
  disableReverseLookup: true,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', (error) => callback(error));
    stream.on('end', () => {
      received.push({
        envelope: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks),
      });
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.server.address().port }));

parentPort.on('message', (request) => {
  if (request === 'received') parentPort.postMessage(received);
  else if (request === 'close') server.close(() => parentPort.postMessage('closed'));
});
