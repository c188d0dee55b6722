import { escapeHtml } from '../domain/text/html';
import { type InstallationRecord, PROBE_WORDS, type ProbeResult } from './installation-check';

const STYLE =
  '<style>body{font-family:Arial,sans-serif;font-size:13px;margin:8px}' +
  'table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;' +
  'text-align:left;vertical-align:top}th{background:#eee}.holds{color:#1e6b2e}' +
  '.fix{color:#a50e0e;font-weight:bold}tr.tofix td{background:#fdecea}' +
  'pre{font-size:11px;background:#f6f6f6;padding:6px;white-space:pre-wrap}</style>';

function found(probe: ProbeResult): string {
  return Object.entries({ ...probe.observed, ...probe.account })
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join(', ');
}

function row(probe: ProbeResult): string {
  const words = PROBE_WORDS[probe.id];
  const result = probe.holds ? '<td class="holds">Holds</td>' : '<td class="fix">To fix</td>';
  return (
    `<tr${probe.holds ? '' : ' class="tofix"'}><td>${escapeHtml(words.what)}</td>${result}` +
    `<td>${escapeHtml(found(probe))}</td><td>${probe.holds ? '' : escapeHtml(words.fix)}</td></tr>`
  );
}

/**
 * The Check installation dialog: what holds and what to fix, then the record itself, which a
 * maintainer can save as a fixture that the emulator is tested against (README, Check installation).
 */
export function installationHtml(record: InstallationRecord): string {
  const holding = record.probes.filter((probe) => probe.holds).length;
  const intro =
    `${holding} of ${record.probes.length} checks hold in this Sheet ` +
    `(locale ${record.environment.locale}, time zone ${record.environment.timeZone}). ` +
    (holding === record.probes.length
      ? 'The tool has everything it relies on here.'
      : 'Fix what is marked "To fix", then check again. Nothing you typed was changed.');
  return (
    `${STYLE}<p>${escapeHtml(intro)}</p><table><thead><tr><th>Check</th><th>Result</th>` +
    '<th>What Apps Script answered</th><th>What to do</th></tr></thead>' +
    `<tbody>${record.probes.map(row).join('')}</tbody></table>` +
    '<details><summary>The record of this check (nothing personal: no addresses)</summary>' +
    `<pre id="installation-record">${escapeHtml(JSON.stringify(record, null, 2))}</pre></details>`
  );
}
