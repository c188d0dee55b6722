/**
 * Several users of one spreadsheet: actAs, triggers that belong to the user who made them (each
 * sees and deletes only their own, 20 each), one-off triggers and running them, user properties,
 * and protections that stop users who are not editors (warning-only ones stop nobody).
 */
import {
  AppsScriptEmulator,
  PROTECTED_CELL,
  TOO_MANY_TRIGGERS,
  TRIGGER_LIMIT,
} from '../../emulator';

const OWNER = 'owner@example.com';
const COLLEAGUE = 'colleague@example.com';
const OUTSIDER = 'someone@gmail.com';

function shared() {
  const emulator = new AppsScriptEmulator({ userEmail: OWNER });
  return { emulator, ...emulator.globals };
}

describe('actAs', () => {
  test('changes the active and effective user', () => {
    const { emulator, Session } = shared();
    expect(emulator.actingUser).toBe(OWNER);
    emulator.actAs(COLLEAGUE);
    expect(Session.getActiveUser().getEmail()).toBe(COLLEAGUE);
    expect(Session.getEffectiveUser().getEmail()).toBe(COLLEAGUE);
    expect(emulator.actingUser).toBe(COLLEAGUE);
  });
});

describe('triggers belong to the user who made them', () => {
  test('each user sees only their own in getProjectTriggers; the harness sees all, with owners', () => {
    const { emulator, ScriptApp } = shared();
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    emulator.actAs(COLLEAGUE);
    ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(8).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    emulator.actAs(OWNER);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(emulator.triggers.map((trigger) => [trigger.owner, trigger.hour])).toEqual([
      [OWNER, 7],
      [COLLEAGUE, 8],
    ]);
  });

  test("a user cannot delete another user's trigger, even holding it", () => {
    const { emulator, ScriptApp } = shared();
    const mine = ScriptApp.newTrigger('daily').timeBased().everyDays(1).create();
    emulator.actAs(COLLEAGUE);
    for (const trigger of ScriptApp.getProjectTriggers()) ScriptApp.deleteTrigger(trigger);
    ScriptApp.deleteTrigger(mine);
    expect(emulator.triggers).toHaveLength(1);
    emulator.actAs(OWNER);
    ScriptApp.deleteTrigger(mine);
    expect(emulator.triggers).toHaveLength(0);
  });

  test('the limit of 20 is per user: a second user may have 20 more', () => {
    const { emulator, ScriptApp } = shared();
    const make = (name: string) => ScriptApp.newTrigger(name).timeBased().everyHours(1).create();
    for (let index = 0; index < TRIGGER_LIMIT; index++) make(`owner${index}`);
    expect(() => make('one more')).toThrow(TOO_MANY_TRIGGERS);
    emulator.actAs(COLLEAGUE);
    for (let index = 0; index < TRIGGER_LIMIT; index++) make(`colleague${index}`);
    expect(() => make('one more')).toThrow(TOO_MANY_TRIGGERS);
    expect(emulator.triggers).toHaveLength(2 * TRIGGER_LIMIT);
    expect(TOO_MANY_TRIGGERS).toBe(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });

  test('a trigger made while Apps Script cannot name the user belongs to that unnamed user', () => {
    const { emulator, ScriptApp } = shared();
    emulator.actAs('');
    ScriptApp.newTrigger('f').timeBased().everyDays(1).create();
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    emulator.actAs(OWNER);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(0);
  });
});

describe('one-off triggers', () => {
  const NOW = new Date('2026-11-22T09:00:00Z');

  test('after(ms) and at(date) are due at their time, listed with it', () => {
    const emulator = new AppsScriptEmulator({ now: NOW });
    const { ScriptApp } = emulator.globals;
    ScriptApp.newTrigger('soon').timeBased().after(60_000).create();
    ScriptApp.newTrigger('later').timeBased().at(new Date('2026-11-23T07:00:00Z')).create();
    expect(emulator.triggers.map((trigger) => [trigger.functionName, trigger.dueAt])).toEqual([
      ['soon', new Date('2026-11-22T09:01:00Z')],
      ['later', new Date('2026-11-23T07:00:00Z')],
    ]);
    expect(emulator.dueTriggers()).toEqual([]);
    emulator.advance(60_000);
    expect(emulator.dueTriggers().map((trigger) => trigger.functionName)).toEqual(['soon']);
    emulator.setNow(new Date('2026-11-24T00:00:00Z'));
    expect(emulator.dueTriggers().map((trigger) => trigger.functionName)).toEqual([
      'soon',
      'later',
    ]);
  });

  test('runDueTriggers runs them as their owner without a Ui; they stay listed, spent, until deleted', () => {
    const emulator = new AppsScriptEmulator({ now: NOW, userEmail: OWNER });
    const context = emulator.load(`
      function schedule() { ScriptApp.newTrigger('fire').timeBased().after(1000).create(); }
      var seen = [];
      function fire(event) {
        var ui;
        try { SpreadsheetApp.getUi(); ui = true; } catch (e) { ui = false; }
        seen.push([Session.getEffectiveUser().getEmail(), ui, event.triggerUid]);
      }
      function count() { return ScriptApp.getProjectTriggers().length; }
      function log() { return seen; }`);
    emulator.actAs(COLLEAGUE);
    emulator.run(context, 'schedule');
    emulator.actAs(OWNER);
    emulator.advance(1000);
    const [id] = emulator.runDueTriggers(context);
    expect(emulator.run(context, 'log')).toEqual([[COLLEAGUE, false, id]]);
    expect(emulator.actingUser).toBe(OWNER);
    expect(emulator.triggers[0]).toMatchObject({ fired: true, owner: COLLEAGUE });
    expect(emulator.runDueTriggers(context)).toEqual([]);
    emulator.actAs(COLLEAGUE);
    expect(emulator.run(context, 'count')).toBe(1);
  });

  test('runTrigger runs any trigger by id, recurring ones too', () => {
    const emulator = new AppsScriptEmulator({ now: NOW });
    const context = emulator.load(`
      var runs = 0;
      function daily() { runs++; return runs; }`);
    emulator.globals.ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    const id = emulator.triggers[0]!.id;
    expect(emulator.runTrigger(context, id)).toBe(1);
    expect(emulator.runTrigger(context, id)).toBe(2);
    expect(() => emulator.runTrigger(context, 'nope')).toThrow('No trigger nope');
  });
});

describe('user properties are per user', () => {
  test('each user has their own store; document and script stores are shared', () => {
    const { emulator, PropertiesService } = shared();
    PropertiesService.getUserProperties().setProperty('units', 'metric');
    PropertiesService.getDocumentProperties().setProperty('shared', 'yes');
    emulator.actAs(COLLEAGUE);
    expect(PropertiesService.getUserProperties().getProperty('units')).toBeNull();
    expect(PropertiesService.getDocumentProperties().getProperty('shared')).toBe('yes');
    PropertiesService.getUserProperties().setProperty('units', 'imperial');
    expect(emulator.properties('user')).toEqual({ units: 'imperial' });
    expect(emulator.properties('user', OWNER)).toEqual({ units: 'metric' });
    emulator.setProperties('user', { seeded: '1' }, OWNER);
    emulator.actAs(OWNER);
    expect(PropertiesService.getUserProperties().getProperties()).toEqual({ seeded: '1' });
  });
});

describe('protections and users', () => {
  function protectedSheet() {
    const { emulator, SpreadsheetApp } = shared();
    const sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1')!;
    return { emulator, SpreadsheetApp, sheet };
  }

  test('a new protection mirrors the sharing until its editors change, so it stops nobody', () => {
    const { emulator, sheet } = protectedSheet();
    sheet.getRange('A1:B2').protect();
    emulator.actAs(OUTSIDER);
    sheet.getRange('A1').setValue('edited');
    expect(sheet.getRange('A1').getValue()).toBe('edited');
  });

  test('once restricted, only editors and the owner write; others get the Sheets error and change nothing', () => {
    const { emulator, sheet } = protectedSheet();
    const protection = sheet.getRange('A1:B2').protect();
    protection.removeEditors(protection.getEditors());
    protection.setDomainEdit(false);
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER]);
    emulator.actAs(COLLEAGUE);
    expect(protection.canEdit()).toBe(false);
    expect(() => sheet.getRange('B2:C2').setValues([['x', 'y']])).toThrow(PROTECTED_CELL);
    expect(() => sheet.getRange('A1').setFormula('=1')).toThrow(PROTECTED_CELL);
    expect(() => sheet.getRange('A1').setNote('n')).toThrow(PROTECTED_CELL);
    expect(() => sheet.getRange('A:A').clearContent()).toThrow(PROTECTED_CELL);
    expect(() => sheet.deleteColumn(2)).toThrow(PROTECTED_CELL);
    expect(sheet.getRange('C2').getValue()).toBe('');
    sheet.getRange('C1').setValue('outside the protection');
    emulator.actAs(OWNER);
    protection.addEditor(COLLEAGUE);
    emulator.actAs(COLLEAGUE);
    sheet.getRange('A1').setValue('now an editor');
    expect(sheet.getRange('A1').getValue()).toBe('now an editor');
    expect(PROTECTED_CELL).toBe(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.',
    );
  });

  test('while canDomainEdit, users of the owner domain may edit; a consumer account may not', () => {
    const { emulator, sheet } = protectedSheet();
    const protection = sheet.getRange('A1').protect().addEditor(OWNER);
    expect(protection.canDomainEdit()).toBe(true);
    emulator.actAs(COLLEAGUE);
    sheet.getRange('A1').setValue('same domain');
    emulator.actAs(OUTSIDER);
    expect(() => sheet.getRange('A1').setValue('outside')).toThrow(PROTECTED_CELL);
  });

  test('a warning-only protection never stops a script, whoever runs it', () => {
    const { emulator, sheet } = protectedSheet();
    const protection = sheet
      .getRange('C:C')
      .protect()
      .setDescription('Computed columns')
      .setWarningOnly(true);
    protection.setDomainEdit(false);
    emulator.actAs(OUTSIDER);
    expect(protection.canEdit()).toBe(true);
    sheet.getRange('C2').setValue('computed');
    sheet.appendRow(['a', 'b', 'c']);
    expect(sheet.getRange('C2:C3').getValues()).toEqual([['computed'], ['c']]);
  });

  test('a sheet protection covers all but its unprotected ranges', () => {
    const { emulator, sheet } = protectedSheet();
    const protection = sheet.protect().setDomainEdit(false);
    protection.setUnprotectedRanges([sheet.getRange('B2:C10')]);
    emulator.actAs(COLLEAGUE);
    sheet.getRange('B2:C3').setValues([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(() => sheet.getRange('A1').setValue('x')).toThrow(PROTECTED_CELL);
    expect(() => sheet.getRange('B10:B11').setValues([['x'], ['y']])).toThrow(PROTECTED_CELL);
    expect(() => sheet.appendRow(['z'])).toThrow(PROTECTED_CELL);
    emulator.actAs(OWNER);
    sheet.getRange('A1').setValue('the owner always may');
    protection.setWarningOnly(true);
    emulator.actAs(COLLEAGUE);
    sheet.getRange('A1').setValue('warning only now');
    expect(sheet.getRange('A1').getValue()).toBe('warning only now');
  });

  test('the owner and the user running the script stay editors', () => {
    const { emulator, sheet } = protectedSheet();
    emulator.actAs(COLLEAGUE);
    const protection = sheet.getRange('A1').protect();
    protection.removeEditors(protection.getEditors());
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual([OWNER, COLLEAGUE]);
    protection.removeEditor(COLLEAGUE);
    expect(protection.canEdit()).toBe(true);
  });
});
