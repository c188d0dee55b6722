/**
 * `npx tsx bench/kill-runs.ts [runs] [seed]` (after `npm run build`): `npm start --in-place` on the
 * example workbook, SIGKILLed at `runs` random points (64 unless given), each killed run followed
 * by one to the end (test/support/kill-runs.ts). Prints each round and a tally, and exits 1 if any
 * message reached the SMTP server twice, any reminder was lost unreported, or the workbook did not
 * open after a kill. test/cli/kill.test.ts runs a few of the same rounds.
 */
import { type KillPoint, killRuns } from '../test/support/kill-runs';

const RUNS = Number(process.argv[2] ?? 64);
const SEED = Number(process.argv[3] ?? 20261122);

function where(point: KillPoint): string {
  if (point.message === 0) return `${point.ms} ms after the start`;
  if (point.ms === 0) return `while the server held message ${point.message}`;
  return `${point.ms} ms after message ${point.message}`;
}

async function main(): Promise<number> {
  const began = Date.now();
  const { reference, rounds } = await killRuns(RUNS, SEED, (round, index) => {
    const problems = [
      ...(round.wholeAfterKill ? [] : ['the workbook did not open']),
      ...(round.rerun.status === 0 ? [] : [`the next run failed: ${round.rerun.stderr.trim()}`]),
      ...round.duplicates.map((duplicate) => `twice: ${duplicate}`),
      ...round.unreported.map((key) => `lost: ${key}`),
      ...round.sentTwice.map((key) => `logged Sent twice: ${key}`),
    ];
    console.log(
      `${String(index + 1).padStart(3)}. killed ${where(round.killedAt)}${round.finishedFirst ? ' (it had finished)' : ''}: ` +
        `${round.deliveries.length} messages, ${round.unknown} Unknown` +
        (problems.length > 0 ? `\n     ${problems.join('\n     ')}` : ''),
    );
  });
  const tally = (count: (round: (typeof rounds)[number]) => number) =>
    rounds.reduce((sum, round) => sum + count(round), 0);
  const duplicates = tally((round) => round.duplicates.length);
  const lost = tally((round) => round.unreported.length + round.sentTwice.length);
  const broken = tally((round) => (round.wholeAfterKill && round.rerun.status === 0 ? 0 : 1));
  console.log(
    `\n${RUNS} runs killed (seed ${SEED}); a clean run sends ${reference.deliveries.length} messages in ${reference.ms} ms.\n` +
      `Duplicate deliveries: ${duplicates}. Reminders lost unreported: ${lost}. ` +
      `Runs with a broken workbook or a failed next run: ${broken}. ` +
      `Reminders logged Unknown: ${tally((round) => round.unknown)}. ` +
      `${Math.round((Date.now() - began) / 1000)} s.`,
  );
  return duplicates + lost + broken === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
