import { civil } from '../../../src/domain/rules/civil-date';
import {
  forecastExplanation,
  forecastStatus,
  lessReliableSentence,
  ordinal,
  reliabilityText,
  trackRecordSentence,
} from '../../../src/domain/forecast/describe';
import type { Forecast } from '../../../src/domain/forecast/queue';

const forecast: Forecast = {
  expectedFrom: civil('2027-01-11'),
  expectedBy: civil('2027-05-20'),
  mostLikely: civil('2027-03-16'),
  place: 22,
  queueLength: 150,
  rate: { perYear: 46.6, since: civil('2025-11-22'), until: civil('2026-11-22'), drift: 0.1 },
  assumedSinceSnapshot: 0,
  mayHaveHappened: false,
};
const framework = { opens: civil('2025-12-10'), closes: civil('2026-12-10') };

test.each([
  [1, '1st'],
  [2, '2nd'],
  [3, '3rd'],
  [4, '4th'],
  [11, '11th'],
  [12, '12th'],
  [13, '13th'],
  [21, '21st'],
  [112, '112th'],
  [153, '153rd'],
])('ordinal %i is %s', (place, words) => {
  expect(ordinal(place)).toBe(words);
});

describe('forecastStatus', () => {
  test('the forecast first, the framework window after it in brackets', () => {
    expect(forecastStatus(forecast, framework, civil('2026-11-22'))).toBe(
      'Expected Jan-May 2027 (framework window open until Dec 2026)',
    );
    expect(forecastStatus(forecast, framework, civil('2025-11-22'))).toBe(
      'Expected Jan-May 2027 (framework window opens Dec 2025)',
    );
    expect(forecastStatus(forecast, framework, civil('2026-12-11'))).toBe(
      'Expected Jan-May 2027 (framework window closed Dec 2026)',
    );
    expect(forecastStatus(forecast, undefined, civil('2026-11-22'))).toBe('Expected Jan-May 2027');
  });
});

describe('forecastExplanation', () => {
  test('place in the national order, the rate and where it was measured, the reach of the window', () => {
    expect(forecastExplanation(forecast)).toBe(
      'Forecast (not a framework rule): 22nd of 150 in the national order, which Ofsted works through roughly in turn, oldest last inspection first. ' +
        'At the national rate of 47 full inspections a year (those that started 2025-11-22 to 2026-11-21), its turn comes about 2027-03-16. ' +
        "The window, 2027-01-11 to 2027-05-20, reaches 3.0 months either side for Ofsted's local reordering plus 10% of the time ahead, as far as the national rate moved from the year before.",
    );
  });

  test('a stale snapshot says what was rolled forward; the front says it may have happened', () => {
    expect(forecastExplanation({ ...forecast, assumedSinceSnapshot: 12 })).toContain(
      '12 inspections are assumed to have happened since, without knowing which',
    );
    expect(
      forecastExplanation({ ...forecast, assumedSinceSnapshot: 12, mayHaveHappened: true }),
    ).toContain('among the 12 authorities that must have been inspected since');
  });
});

describe('how far to trust the forecast, in words (F5)', () => {
  const record = {
    givenOn: civil('2026-01-05'),
    dataEnd: civil('2026-07-06'),
    held: 20,
    scored: 25,
  };

  test('the track record in one sentence that begins "Forecast track record:" and gives K of N and its dates', () => {
    expect(trackRecordSentence({ record, lessReliable: false })).toBe(
      'Forecast track record: 20 of 25 windows it would have given 6 months earlier (on 5 Jan 2026) held the real start, judged on the national data to 6 Jul 2026.',
    );
    expect(trackRecordSentence({ lessReliable: false })).toBeUndefined();
  });

  test('less reliable only when Ofsted has left its queue, with how far down it took authorities', () => {
    expect(lessReliableSentence({ record, depth: 0.05, lessReliable: false })).toBeUndefined();
    expect(lessReliableSentence({ record, depth: 0.234, lessReliable: true })).toBe(
      "Ofsted's picks of the last year came on average from 23% of the way down the national queue rather than its front, so the forecast is less reliable now.",
    );
    expect(forecastStatus(forecast, framework, civil('2026-11-22'), true)).toBe(
      'Expected Jan-May 2027, less reliable now (framework window open until Dec 2026)',
    );
  });

  test('the Settings row: the record and the warning, or why there is no record', () => {
    expect(reliabilityText({ record, depth: 0.3, lessReliable: true })).toMatch(
      /^Forecast track record: 20 of 25 .* so the forecast is less reliable now\.$/,
    );
    expect(reliabilityText({ lessReliable: false })).toMatch(
      /^Forecast track record: not measured: .*previous_start_date/,
    );
  });
});
