/**
 * `npm start`'s timeline.html (cli/run.ts writes it): the page the Sheet's `Show timeline`
 * dialog shows, taken from the emulator's record of that dialog after running the shipped entry
 * point, so the file is exactly what a coordinator sees in the Sheet.
 */
import type vm from 'node:vm';
import type { AppsScriptEmulator } from '../emulator';

export const TIMELINE_FILE = 'timeline.html';

/** Runs `showTimeline` in a loaded context and returns the HTML of the dialog it opened. */
export function timelineHtml(emulator: AppsScriptEmulator, context: vm.Context): string {
  const available = emulator.ui.available;
  const shown = emulator.ui.dialogs.length;
  const alerted = emulator.ui.alerts.length;
  emulator.setUiAvailable(true);
  try {
    emulator.run(context, 'showTimeline');
  } finally {
    emulator.setUiAvailable(available);
  }
  const dialog = emulator.ui.dialogs.slice(shown).find((each) => each.kind === 'modal');
  if (!dialog) {
    const alert = emulator.ui.alerts.slice(alerted)[0];
    throw new Error(`Show timeline opened no dialog${alert ? `: ${alert.prompt}` : ''}`);
  }
  return dialog.html;
}
