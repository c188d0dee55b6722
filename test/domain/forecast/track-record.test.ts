import { addDays, civil, formatIso, isAfter } from '../../../src/domain/rules/civil-date';
import {
  type InspectionHistory,
  LESS_RELIABLE_DEPTH,
  TRACK_RECORD_HORIZON_DAYS,
  forecastReliability,
  recentPickDepth,
  trackRecord,
} from '../../../src/domain/forecast/track-record';

const NO_PAUSES: never[] = [];
const END = civil('2026-06-30');

/**
 * 60 authorities inspected strictly in turn, one every 18 days, each three years after its last:
 * the queue the forecast assumes. `shuffle` swaps who is taken in the last year, out of turn.
 */
function inTurn(shuffle = false): InspectionHistory[] {
  const count = 60;
  const gap = 18;
  const cycle = count * gap;
  const histories = Array.from({ length: count }, (_, index) => {
    const latest = addDays(END, -(count - index) * gap + 1);
    return {
      id: String(index),
      authority: `Authority ${index}`,
      latest,
      previous: addDays(latest, -cycle),
    };
  });
  if (!shuffle) return histories;
  // The last year's picks are reversed: the one that had waited least went first.
  const recent = histories.filter((history) => isAfter(history.latest, addDays(END, -365)));
  const starts = recent.map((history) => history.latest).reverse();
  return histories.map((history) => {
    const at = recent.indexOf(history);
    if (at < 0) return history;
    const latest = starts[at] ?? history.latest;
    return { ...history, latest };
  });
}

describe('trackRecord (F5): the windows given six months ago, scored as F4 scores', () => {
  test('in a queue taken strictly in turn, nearly every window held the real start', () => {
    const record = trackRecord(inTurn(), END, NO_PAUSES);
    expect(record).toBeDefined();
    expect(formatIso(record!.givenOn)).toBe(formatIso(addDays(END, -TRACK_RECORD_HORIZON_DAYS)));
    expect(record!.scored).toBeGreaterThan(5);
    expect(record!.held / record!.scored).toBeGreaterThan(0.8);
  });

  test('taken out of turn, fewer held', () => {
    const steady = trackRecord(inTurn(), END, NO_PAUSES)!;
    const shuffled = trackRecord(inTurn(true), END, NO_PAUSES)!;
    expect(shuffled.held / shuffled.scored).toBeLessThan(steady.held / steady.scored);
  });

  test('an authority inspected since whose previous inspection is unknown cannot be placed: left out', () => {
    const histories = inTurn();
    const withGaps = histories.map((history) =>
      isAfter(history.latest, addDays(END, -TRACK_RECORD_HORIZON_DAYS))
        ? { ...history, previous: undefined }
        : history,
    );
    const record = trackRecord(withGaps, END, NO_PAUSES);
    // Nobody who was inspected in the period is left to hold a window: only misses remain.
    expect(record?.held ?? 0).toBe(0);
  });

  test('nothing to score is no record', () => {
    expect(trackRecord([], END, NO_PAUSES)).toBeUndefined();
  });
});

describe('recentPickDepth: how far from the front the last year’s picks were', () => {
  test('in turn: at the front; reversed: deep in the queue, and said to be less reliable', () => {
    const front = recentPickDepth(inTurn(), END)!;
    const deep = recentPickDepth(inTurn(true), END)!;
    expect(front).toBeLessThan(0.05);
    expect(deep).toBeGreaterThan(LESS_RELIABLE_DEPTH);
    expect(forecastReliability(inTurn(), END, NO_PAUSES).lessReliable).toBe(false);
    expect(forecastReliability(inTurn(true), END, NO_PAUSES).lessReliable).toBe(true);
  });

  test('too few picks to go on: not measured', () => {
    expect(recentPickDepth(inTurn().slice(0, 5), END)).toBeUndefined();
    expect(forecastReliability(inTurn(), undefined, NO_PAUSES)).toEqual({ lessReliable: false });
  });
});
