import {
  type CivilDate,
  type DateWindow,
  addDays,
  formatIso,
  isAfter,
  isBefore,
} from '../rules/civil-date';
import { monthAndYear, monthSpan, shortDate } from '../rules/date-words';
import { BASE_HALF_WIDTH_DAYS, type Forecast } from './queue';
import { type ForecastReliability, TRACK_RECORD_HORIZON_DAYS } from './track-record';

/**
 * Status words for the next full inspection, from the forecast: Ofsted running late is not
 * "Overdue". The framework's window follows in brackets where the rules give one.
 */
export function forecastStatus(
  forecast: Forecast,
  frameworkWindow: DateWindow | undefined,
  today: CivilDate,
  lessReliable = false,
): string {
  const expected = `Expected ${monthSpan(forecast.expectedFrom, forecast.expectedBy)}${lessReliable ? ', less reliable now' : ''}`;
  if (!frameworkWindow) return expected;
  const framework = isBefore(today, frameworkWindow.opens)
    ? `framework window opens ${monthAndYear(frameworkWindow.opens)}`
    : isAfter(today, frameworkWindow.closes)
      ? `framework window closed ${monthAndYear(frameworkWindow.closes)}`
      : `framework window open until ${monthAndYear(frameworkWindow.closes)}`;
  return `${expected} (${framework})`;
}

/** `1st`, `22nd`, `113th` */
export function ordinal(place: number): string {
  const tens = place % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['st', 'nd', 'rd'][(place % 10) - 1] ?? 'th');
  return `${place}${suffix}`;
}

function months(days: number): string {
  return `${(days / 30.44).toFixed(1)} months`;
}

/** Where the forecast comes from, in plain words (F2): place, rate, and how far the window reaches. */
export function forecastExplanation(forecast: Forecast): string {
  const { rate } = forecast;
  const perYear = Math.round(rate.perYear);
  const sentences = [
    forecast.mayHaveHappened
      ? `Forecast (not a framework rule): at the front of the national order, among the ${forecast.assumedSinceSnapshot} authorities that must have been inspected since the national data's date at the national rate; if it has not been inspected yet, it is next.`
      : `Forecast (not a framework rule): ${ordinal(forecast.place)} of ${forecast.queueLength} in the national order, which Ofsted works through roughly in turn, oldest last inspection first.`,
    `At the national rate of ${perYear} full inspections a year (those that started ${formatIso(rate.since)} to ${formatIso(addDays(rate.until, -1))}), its turn comes about ${formatIso(forecast.mostLikely)}.`,
    `The window, ${formatIso(forecast.expectedFrom)} to ${formatIso(forecast.expectedBy)}, reaches ${months(BASE_HALF_WIDTH_DAYS)} either side for Ofsted's local reordering plus ${Math.round(rate.drift * 100)}% of the time ahead, as far as the national rate moved from the year before.`,
  ];
  if (forecast.assumedSinceSnapshot > 0 && !forecast.mayHaveHappened) {
    sentences.push(
      `The national data is older than today: ${forecast.assumedSinceSnapshot} inspections are assumed to have happened since, without knowing which, and taken off the front of the order.`,
    );
  }
  return sentences.join(' ');
}

/**
 * The track record in one sentence (F5), the same wherever it is shown: the Settings sheet, each
 * Explanation, the timeline, `npm start`'s summary. Undefined when there is nothing to score.
 */
export function trackRecordSentence(reliability: ForecastReliability): string | undefined {
  const { record } = reliability;
  if (!record) return undefined;
  const months = Math.round(TRACK_RECORD_HORIZON_DAYS / 30.44);
  return `Forecast track record: ${record.held} of ${record.scored} windows it would have given ${months} months earlier (on ${shortDate(record.givenOn)}) held the real start, judged on the national data to ${shortDate(record.dataEnd)}.`;
}

/** Said when Ofsted has recently left its queue (F5): the forecast is less reliable now. */
export function lessReliableSentence(reliability: ForecastReliability): string | undefined {
  if (!reliability.lessReliable || reliability.depth === undefined) return undefined;
  return `Ofsted's picks of the last year came on average from ${Math.round(reliability.depth * 100)}% of the way down the national queue rather than its front, so the forecast is less reliable now.`;
}

/** The Settings sheet's `Forecast track record` row: the record, and whether to trust it less now. */
export function reliabilityText(reliability: ForecastReliability): string {
  const record =
    trackRecordSentence(reliability) ??
    'Forecast track record: not measured: the National data gives no previous inspections (previous_start_date) to go back to.';
  return [record, lessReliableSentence(reliability)].filter(Boolean).join(' ');
}
