/**
 * The timeline through build/Code.js, as a coordinator opens it: the menu item, one dialog from
 * one read of what Recalculate wrote, and the dialog's click selecting a row of the Tracker.
 */
import { exampleTracker, openSheet } from './support';

function recalculated(rows: string[][] = exampleTracker()) {
  const session = openSheet({ sheets: { Tracker: rows } });
  session.run('setUpTracker');
  session.run('recalculateNow');
  session.emulator.ui.clear();
  return session;
}

/** The example's rows, repeated under new names to `count` authorities. */
function rowsOf(count: number): string[][] {
  const [header = [], ...body] = exampleTracker();
  return [
    header,
    ...Array.from({ length: count }, (_, index) => {
      const row = [...(body[index % body.length] ?? [])];
      row[0] = `Authority ${index + 1}`;
      return row;
    }),
  ];
}

const chartRows = (html: string) => html.split('<div class="row" ').slice(1);

describe('Show timeline', () => {
  test('opens one large dialog with a row for each of the 153 authorities', () => {
    const { emulator, run } = recalculated();
    run('showTimeline');
    expect(emulator.ui.dialogs).toHaveLength(1);
    const [dialog] = emulator.ui.dialogs;
    expect(dialog).toMatchObject({
      kind: 'modal',
      title: 'ILACS tracker: timeline of 153 authorities',
      width: 1240,
      height: 720,
    });
    expect(chartRows(dialog!.html)).toHaveLength(153);
    for (const name of ['Barnet', 'Kent', 'Isles of Scilly', 'Bristol, City of'])
      expect(dialog!.html).toContain(`>${name}</button>`);
    expect(dialog!.html).toContain('Today is <b>Sunday 22 November 2026</b>');
  });

  test('draws what Recalculate wrote, with one read of the Tracker and one of the Settings, and no write', () => {
    const { emulator, run } = recalculated();
    const values = emulator.values('Tracker');
    const header = values[0] ?? [];
    const kent = values.findIndex((row) => row[0] === 'Kent');
    // A coordinator's later edit of the computed cells shows: the timeline computes nothing itself.
    emulator
      .sheet('Tracker')
      .getRange(kent + 1, header.indexOf('Expected from') + 1, 1, 2)
      .setValues([['2027-02-01', '2027-03-15']]);
    emulator.calls.reset();
    run('showTimeline');
    const kentRow = chartRows(emulator.ui.dialogs[0]!.html).find((row) => row.includes('>Kent<'));
    expect(kentRow).toContain('Next inspection expected 1 Feb 2027 to 15 Mar 2027');
    // The Tracker, and the Settings for the forecast's track record, as Recalculate wrote it.
    expect(emulator.calls.count('Range.getValues')).toBe(2);
    expect(emulator.ui.dialogs[0]!.html).toMatch(
      /<p id="track">Forecast track record: \d+ of \d+ windows it would have given 6 months earlier/,
    );
    expect(emulator.calls.count('Range.setValues')).toBe(0);
    expect(emulator.calls.count('Range.setValue')).toBe(0);
  });

  test('service calls are the same for 5 and for 500 authorities', () => {
    const counts = [5, 500].map((count) => {
      const { emulator, run } = recalculated(rowsOf(count));
      emulator.calls.reset();
      run('showTimeline');
      expect(chartRows(emulator.ui.dialogs[0]!.html)).toHaveLength(count);
      return emulator.calls.snapshot();
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toMatchObject({
      'Range.getValues': 2,
      'HtmlService.createHtmlOutput': 1,
      'Ui.showModalDialog': 1,
    });
  });

  test('every value from the sheet is escaped', () => {
    const rows = exampleTracker().slice(0, 4);
    rows[1]![0] = `<script>alert(1)</script> & "Kent's"`;
    rows[2]![2] = '<img src=x onerror=alert(2)>';
    const { emulator, run } = recalculated(rows);
    run('showTimeline');
    const html = emulator.ui.dialogs[0]!.html;
    expect(html.split('<script>')).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Kent&#39;s&quot;');
  });

  test('an empty Tracker gets a friendly page; no Tracker, a message saying what to do', () => {
    const empty = openSheet();
    empty.run('setUpTracker');
    empty.run('showTimeline');
    expect(empty.emulator.ui.dialogs.at(-1)?.html).toContain(
      'There are no authorities on the Tracker yet',
    );
    const none = openSheet();
    none.run('showTimeline');
    expect(none.emulator.ui.dialogs).toHaveLength(0);
    expect(none.emulator.ui.alerts.at(-1)?.prompt).toBe(
      'There is no Tracker sheet: run ILACS tracker > Set up tracker first.',
    );
  });
});

describe('selectTrackerRow, the dialog clicking an authority', () => {
  test("selects that authority's row of the Tracker, the row the dialog names", () => {
    const { emulator, run } = recalculated();
    emulator.spreadsheet.insertSheet('Elsewhere');
    run('showTimeline');
    const button = /data-row="(\d+)"[^>]*>Kent<\/button>/.exec(emulator.ui.dialogs[0]!.html);
    const row = Number(button?.[1]);
    expect(emulator.values('Tracker')[row - 1]?.[0]).toBe('Kent');
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Elsewhere');
    emulator.calls.reset();
    run('selectTrackerRow', row);
    expect(emulator.spreadsheet.getActiveSheet().getName()).toBe('Tracker');
    expect(emulator.spreadsheet.getActiveRange()?.getA1Notation()).toBe(`${row}:${row}`);
    expect(emulator.calls.count('Range.activate')).toBe(1);
  });

  test.each<unknown>(['5', 1, 0, -3, 2.5, 155, Number.NaN, null, undefined, { row: 5 }])(
    'refuses %p, selecting nothing',
    (argument) => {
      const { emulator, run } = recalculated();
      expect(() => run('selectTrackerRow', argument)).toThrow(
        /^There is no row .* of authorities on the Tracker \(rows 2 to 154\)/,
      );
      expect(emulator.calls.count('Range.activate')).toBe(0);
    },
  );
});

test.each(['2026-11-22', '2027-06-01', '2028-09-15'])(
  "on %s the timeline marks overdue exactly what each row's Status says is overdue (a focused visit's indicative window passing is not)",
  (day) => {
    const { emulator, run } = recalculated();
    emulator.setNow(new Date(`${day}T09:00:00Z`));
    run('recalculateNow');
    emulator.ui.clear();
    run('showTimeline');
    const html = emulator.ui.dialogs[0]?.html ?? '';
    const values = emulator.values('Tracker');
    const status = (values[0] ?? []).indexOf('Status');
    const marked = chartRows(html).map((row) => {
      const sheetRow = Number(/data-row="(\d+)"/.exec(row)?.[1]);
      return {
        status: String(values[sheetRow - 1]?.[status] ?? ''),
        badge: row.includes('title="Something is overdue"'),
        meeting: row.includes('class="mark meeting overdue"'),
        selfEvaluation: row.includes('class="mark self-evaluation overdue"'),
      };
    });
    expect(marked).toHaveLength(153);
    expect(marked.filter((row) => row.badge).length).toBeGreaterThan(0);
    expect(marked).toEqual(
      marked.map((row) => ({
        status: row.status,
        badge: /overdue/i.test(row.status),
        meeting: row.status.includes('engagement meeting overdue'),
        selfEvaluation: row.status.includes('self-evaluation overdue'),
      })),
    );
  },
);
