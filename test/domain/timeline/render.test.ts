import { type CivilDate, addDays, civil } from '../../../src/domain/rules/civil-date';
import { NOTHING_OVERDUE } from '../../../src/domain/timeline/overdue';
import { renderTimeline } from '../../../src/domain/timeline/render';
import type { TimelineRow } from '../../../src/domain/timeline/rows';
import { DAY_WIDTH, timeScale, xOf } from '../../../src/domain/timeline/scale';

const today = civil('2026-11-22');
const scale = timeScale(today);

function row(overrides: Partial<TimelineRow> = {}): TimelineRow {
  return {
    rowNumber: 2,
    authority: 'Kent',
    region: 'South East',
    pathway: 'Standard',
    nextInspection: 'Standard inspection',
    focusedVisits: '',
    done: {},
    status: 'Expected Jan-May 2027',
    computedOn: today,
    overdue: NOTHING_OVERDUE,
    hasProblems: false,
    ...overrides,
  };
}

const window = (opens: string, closes: string) => ({ opens: civil(opens), closes: civil(closes) });

/** The chart's rows (not the table's), in page order. */
function chartRows(html: string): string[] {
  return html.split('<div class="row" ').slice(1);
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('renderTimeline', () => {
  test('a complete page that loads nothing from elsewhere', () => {
    const html = renderTimeline({
      rows: [row({ expected: window('2027-01-04', '2027-05-28') })],
      today,
    });
    expect(html.startsWith('<!DOCTYPE html><html lang="en-GB">')).toBe(true);
    expect(html.endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/\s(src|href)=|https?:|@import|<link/);
    expect(html.match(/url\([^)]*\)/g)).toEqual(['url(#hatch)']);
    expect(count(html, '<script>')).toBe(1);
  });

  test('a bar starts at its first day and ends with its last; marks sit in the middle of their day', () => {
    const expected = window('2027-01-04', '2027-05-28');
    const meeting = civil('2027-03-09');
    const html = renderTimeline({ rows: [row({ expected, meeting })], today });
    const [chart = ''] = chartRows(html);
    const bar = /<rect class="forecast" x="([\d.]+)" y="6" height="10" width="([\d.]+)"/.exec(
      chart,
    );
    expect(Number(bar?.[1])).toBe(xOf(scale, expected.opens));
    expect(Number(bar?.[2])).toBe(145 * DAY_WIDTH); // 4 January to 28 May 2027, both included
    const mark = /<path class="mark meeting" d="M([\d.]+) 11m-5 0/.exec(chart);
    expect(Number(mark?.[1])).toBe(xOf(scale, meeting) + DAY_WIDTH / 2);
    const todayLine = /<svg class="today-line"[^>]*><line x1="([\d.]+)"/.exec(html);
    expect(Number(todayLine?.[1])).toBe(xOf(scale, today) + DAY_WIDTH / 2);
  });

  test('hover words give the dates in UK form; the table gives the Status in plain words', () => {
    const html = renderTimeline({
      rows: [
        row({
          expected: window('2027-01-04', '2027-05-28'),
          framework: window('2025-08-10', '2026-08-10'),
          due: civil('2026-02-10'),
          focusedVisit: window('2026-08-10', '2027-08-10'),
          focusedVisits: '1 of 2 done; next indicative 2026-08-10 to 2027-08-10',
          selfEvaluationDue: civil('2026-12-03'),
          meeting: civil('2026-12-31'),
        }),
      ],
      today,
    });
    for (const words of [
      '<title>Next inspection expected 4 Jan 2027 to 28 May 2027 (Standard inspection)</title>',
      '<title>Framework window 10 Aug 2025 to 10 Aug 2026, due 10 Feb 2026</title>',
      '<title>Next focused visit, indicative 10 Aug 2026 to 10 Aug 2027</title>',
      '<title>Self-evaluation due 3 Dec 2026</title>',
      '<title>Next engagement meeting 31 Dec 2026</title>',
      '<td>Expected Jan-May 2027</td>',
      '<th scope="row">Kent</th>',
    ])
      expect(html).toContain(words);
    expect(html).toContain('Today is <b>Sunday 22 November 2026</b>');
    expect(html).not.toContain('2026-11-22');
  });

  test('every value from the sheet is escaped, in text and in attributes', () => {
    const hostile = `<script>alert(1)</script> & "quoted" 'too'`;
    const html = renderTimeline({
      rows: [
        row({
          authority: hostile,
          region: `"><img onerror=alert(2)>`,
          pathway: '<b>bold</b>',
          nextInspection: '</title><script>alert(3)</script>',
          expected: window('2027-01-04', '2027-05-28'),
          focusedVisits: '<i>x</i>',
          status: '<svg onload=alert(4)>',
        }),
      ],
      today,
    });
    expect(count(html, '<script>')).toBe(1);
    expect(html).not.toMatch(/<img|<svg onload|<b>bold|<i>x/);
    expect(html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;too&#39;',
    );
    expect(html).toContain('<option value="0">&quot;&gt;&lt;img onerror=alert(2)&gt;</option>');
    expect(html).toContain('(&lt;/title&gt;&lt;script&gt;alert(3)&lt;/script&gt;)</title>');
  });

  test('an empty Tracker gets a friendly page, not an empty chart', () => {
    const html = renderTimeline({ rows: [], today });
    expect(html).toContain('There are no authorities on the Tracker yet');
    expect(html).not.toContain('<script>');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  test('10,000 authorities make 10,000 rows of the chart and of the table', () => {
    const rows = Array.from({ length: 10_000 }, (_, index) =>
      row({
        rowNumber: index + 2,
        authority: `Authority ${index + 1}`,
        region: `Region ${index % 9}`,
        expected: {
          opens: addDays(today, index % 700),
          closes: addDays(today, (index % 700) + 120),
        },
      }),
    );
    const html = renderTimeline({ rows, today });
    expect(chartRows(html)).toHaveLength(10_000);
    expect(count(html.slice(html.indexOf('<tbody>')), '<tr>')).toBe(10_000);
    expect(count(html, '<option value=')).toBe(1 + 9 + 1 + 1);
    expect(html).toContain('10000 of 10000 authorities');
    expect(new Set(chartRows(html).map((each) => /data-row="(\d+)"/.exec(each)?.[1])).size).toBe(
      10_000,
    );
  });

  test('sorted by expected inspection, each row keeping its row number on the Tracker', () => {
    const html = renderTimeline({
      rows: [
        row({ rowNumber: 2, authority: 'Later', expected: window('2027-06-01', '2027-09-01') }),
        row({ rowNumber: 3, authority: 'Unknown', status: '', computedOn: undefined }),
        row({ rowNumber: 4, authority: 'Sooner', expected: window('2027-01-01', '2027-03-01') }),
      ],
      today,
    });
    expect(
      chartRows(html).map((each) => /data-row="(\d+)"[^>]*>([^<]*)</.exec(each)?.slice(1)),
    ).toEqual([
      ['4', 'Sooner'],
      ['2', 'Later'],
      ['3', 'Unknown'],
    ]);
    expect(html).toContain('No dates to show: run Recalculate now');
  });

  test('the filters offer each region and pathway once, and each row says which it has', () => {
    const html = renderTimeline({
      rows: [
        row({ authority: 'A', region: 'London', pathway: 'Short' }),
        row({ authority: 'B', region: '', pathway: 'Inadequate' }),
        row({ authority: 'C', region: 'East Midlands', pathway: 'Short' }),
      ],
      today,
    });
    expect(html).toContain(
      '<select id="fg"><option value="">All regions</option><option value="0">East Midlands</option><option value="1">London</option><option value="2">(no region)</option></select>',
    );
    expect(html).toContain(
      '<select id="fp"><option value="">All pathways</option><option value="0">Inadequate</option><option value="1">Short</option></select>',
    );
    expect(
      chartRows(html).map((each) => /data-g="(\d)" data-p="(\d)"/.exec(each)?.slice(1)),
    ).toEqual([
      ['1', '1'],
      ['2', '0'],
      ['0', '1'],
    ]);
  });

  test('what is overdue has a heavy outline and a mark by the name; what is earlier has its own column', () => {
    const overdue = row({
      meeting: civil('2025-01-10'),
      selfEvaluationDue: civil('2026-10-01'),
      monitoringVisit: civil('2026-11-01'),
      focusedVisit: window('2024-01-01', '2025-01-01'),
      status: 'Expected Jan-May 2027; engagement meeting overdue; self-evaluation overdue',
      overdue: { inspection: false, meeting: true, selfEvaluation: true },
    });
    const html = renderTimeline({ rows: [overdue], today });
    const [chart = ''] = chartRows(html);
    expect(chart).toContain('<span class="badge" title="Something is overdue">!');
    // The meeting is before the first month: it goes in the column of what is earlier.
    expect(chart).toContain('<path class="mark meeting overdue" d="M46 11m-5 0');
    expect(chart).toContain('Next engagement meeting 10 Jan 2025: overdue');
    expect(chart).toContain(
      `<path class="mark self-evaluation overdue" d="M${xOf(scale, civil('2026-10-01')) + 0.5} 5`,
    );
    expect(chart).toContain(
      'Next monitoring visit 1 Nov 2026: passed, record it in Last monitoring visit',
    );
    expect(chart).toContain('<line class="passed" x1="1" x2="13" y1="11" y2="11"/>');
    const fine = chartRows(
      renderTimeline({ rows: [row({ meeting: civil('2027-01-10') })], today }),
    )[0];
    expect(fine).toContain('<span class="badge blank">');
    expect(fine).toContain('<path class="mark meeting" d=');
  });

  test("an inspection overdue (no forecast, the framework's window closed) outlines that window", () => {
    const framework = window('2025-08-10', '2026-08-10');
    const late = row({
      framework,
      overdue: { inspection: true, meeting: false, selfEvaluation: false },
    });
    const [chart = ''] = chartRows(renderTimeline({ rows: [late], today }));
    expect(chart).toContain('<rect class="framework overdue"');
    expect(chart).toContain('Framework window 10 Aug 2025 to 10 Aug 2026: closed, overdue');
    expect(chart).toContain('title="Something is overdue"');
    const [open = ''] = chartRows(renderTimeline({ rows: [row({ framework })], today }));
    expect(open).toContain('<rect class="framework" ');
    expect(open).not.toContain('overdue');
  });

  test('what was done in the months shown is hollow; a window beyond the end has a chevron', () => {
    const html = renderTimeline({
      rows: [
        row({
          done: {
            meeting: civil('2026-06-01'),
            lastInspection: civil('2019-01-01'),
            selfEvaluation: civil('2027-07-06'),
          },
          expected: window('2029-01-01', '2029-06-01'),
        }),
      ],
      today,
    });
    const [chart = ''] = chartRows(html);
    expect(chart).toContain('<path class="mark meeting done"');
    expect(chart).toContain('Engagement meeting held 1 Jun 2026');
    expect(chart).not.toContain('Last inspection started');
    expect(chart).not.toContain('Self-evaluation submitted');
    expect(chart).toContain(
      `<path class="chevron" stroke="#0072B2" d="M${scale.width - 8} 5l6 6l-6 6"><title>Next inspection expected 1 Jan 2029 to 1 Jun 2029`,
    );
  });

  test('says when the dates were computed on an earlier day', () => {
    const stale = (asOf: CivilDate) =>
      renderTimeline({
        rows: [row({ computedOn: asOf })],
        today,
      });
    expect(stale(civil('2026-11-20'))).toContain(
      'The dates were computed on Friday 20 November 2026: run <b>Recalculate now</b>',
    );
    expect(renderTimeline({ rows: [row()], today })).not.toContain('were computed on');
  });
});
