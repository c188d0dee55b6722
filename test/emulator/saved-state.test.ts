/** What Apps Script keeps between executions, kept by npm start between runs: properties and triggers. */
import { AppsScriptEmulator } from '../../emulator';

const CODE = `
function remember() {
  PropertiesService.getDocumentProperties().setProperty('ledger', 'a|b');
  PropertiesService.getUserProperties().setProperty('mine', String(Session.getEffectiveUser().getEmail()));
  ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
  ScriptApp.newTrigger('later').timeBased().after(5 * 60 * 1000).create();
}
function recall() {
  return [
    PropertiesService.getDocumentProperties().getProperty('ledger'),
    PropertiesService.getUserProperties().getProperty('mine'),
    ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction(); }).join(','),
  ].join(' ');
}
function another() {
  return ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create().getUniqueId();
}`;

test("properties (each user's own too) and triggers come back from their JSON, and new trigger ids do not repeat old ones", () => {
  const first = new AppsScriptEmulator({
    userEmail: 'jo@example.org',
    now: new Date('2026-12-01T07:00:00Z'),
  });
  first.run(first.load(CODE), 'remember');
  const kept = JSON.parse(JSON.stringify(first.savedState)) as typeof first.savedState;

  const next = new AppsScriptEmulator({
    userEmail: 'jo@example.org',
    now: new Date('2026-12-02T07:00:00Z'),
  });
  next.restoreState(kept);
  const context = next.load(CODE);
  expect(next.run(context, 'recall')).toBe('a|b jo@example.org daily,later');
  expect(next.triggers.find((trigger) => trigger.functionName === 'later')?.dueAt).toEqual(
    new Date('2026-12-01T07:05:00Z'),
  );
  const id = next.run(context, 'another');
  expect(first.triggers.map((trigger) => trigger.id)).not.toContain(id);

  const stranger = new AppsScriptEmulator({ userEmail: 'sam@example.org' });
  stranger.restoreState(kept);
  expect(stranger.run(stranger.load(CODE), 'recall')).toBe('a|b  ');
});
