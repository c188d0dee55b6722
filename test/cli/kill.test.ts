/**
 * `npm start --in-place` SIGKILLed at random points (test/support/kill-runs.ts): a few seeded
 * rounds here, 64 and more in bench/kill-runs.ts. Whatever the point, the workbook still opens,
 * the next run takes the killed run's lock over and finishes, no message reaches the server
 * twice, and every reminder a clean run sends is in the Reminder log as Sent or Unknown.
 */
import { killRuns } from '../support/kill-runs';

/** Each round is two runs of the command as a process of its own: seconds each. */
const ROUNDS = Number(process.env.ILACS_KILL_ROUNDS ?? 4);
const SEED = Number(process.env.ILACS_KILL_SEED ?? 20261122);

test(`${ROUNDS} runs killed at random points: nothing sent twice, nothing lost unreported`, async () => {
  const { reference, rounds } = await killRuns(ROUNDS, SEED);
  expect(reference.deliveries.length).toBeGreaterThan(3);
  for (const round of rounds) {
    const { killedAt, wholeAfterKill, rerun, duplicates, unreported, sentTwice } = round;
    expect({ killedAt, wholeAfterKill, rerun, duplicates, unreported, sentTwice }).toEqual({
      killedAt,
      wholeAfterKill: true,
      rerun: { status: 0, stderr: '' },
      duplicates: [],
      unreported: [],
      sentTwice: [],
    });
  }
  // A run killed while the server held a message cannot know it went: it is reported Unknown.
  const held = rounds.filter(({ killedAt }) => killedAt.message > 0 && killedAt.ms === 0);
  expect(held.length).toBeGreaterThan(0);
  for (const round of held) expect(round.unknown).toBeGreaterThan(0);
  // Under a minute on an idle machine: 1 + 2 × ROUNDS runs of about 5 s each.
}, 180_000);
