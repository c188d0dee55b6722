import { civil } from '../../../src/domain/rules/civil-date';
import {
  forecastExplanation,
  forecastStatus,
  ordinal,
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
