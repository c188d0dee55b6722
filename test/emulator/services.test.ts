/** Ui and HtmlService, ScriptApp triggers, MailApp, PropertiesService, LockService, Session, logs. */
import { AppsScriptEmulator, LOCK_TIMEOUT, QUOTA_EXCEEDED } from '../../emulator';

describe('Ui', () => {
  test('menus are recorded with their items and separators', () => {
    const emulator = new AppsScriptEmulator();
    const { SpreadsheetApp } = emulator.globals;
    const ui = SpreadsheetApp.getUi();
    ui.createMenu('ILACS tracker')
      .addItem('Set up tracker', 'setUpTracker')
      .addSeparator()
      .addItem('Recalculate now', 'recalculate')
      .addSubMenu(ui.createMenu('Reminders').addItem('Turn on daily reminders', 'turnOn'))
      .addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        caption: 'ILACS tracker',
        items: [
          { caption: 'Set up tracker', functionName: 'setUpTracker' },
          { separator: true },
          { caption: 'Recalculate now', functionName: 'recalculate' },
          {
            subMenu: {
              caption: 'Reminders',
              items: [{ caption: 'Turn on daily reminders', functionName: 'turnOn' }],
            },
          },
        ],
      },
    ]);
  });

  test('adding a menu of the same caption again replaces it', () => {
    const emulator = new AppsScriptEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    ui.createMenu('ILACS tracker').addItem('Old', 'old').addToUi();
    ui.createMenu('ILACS tracker').addItem('New', 'new').addToUi();
    expect(emulator.ui.menus).toEqual([
      { caption: 'ILACS tracker', items: [{ caption: 'New', functionName: 'new' }] },
    ]);
  });

  test('alert(prompt) is answered OK and recorded', () => {
    const emulator = new AppsScriptEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    expect(ui.alert('Done: 153 rows')).toBe(ui.Button.OK);
    expect(emulator.ui.alerts).toEqual([
      { title: '', prompt: 'Done: 153 rows', buttons: 'OK', reply: 'OK' },
    ]);
  });

  test('alert(title, prompt, buttons) gives the reply the test set, then the first button of the set', () => {
    const emulator = new AppsScriptEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    emulator.ui.replyToAlerts('NO');
    expect(ui.alert('Send reminders?', '3 emails will go out.', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.NO,
    );
    expect(ui.alert('Send reminders?', '3 emails will go out.', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.YES,
    );
    expect(ui.alert('Sure?', ui.ButtonSet.OK_CANCEL)).toBe(ui.Button.OK);
    expect(emulator.ui.alerts.map((alert) => [alert.title, alert.buttons, alert.reply])).toEqual([
      ['Send reminders?', 'YES_NO', 'NO'],
      ['Send reminders?', 'YES_NO', 'YES'],
      ['', 'OK_CANCEL', 'OK'],
    ]);
  });

  test('a reply that is not a button of the set is a mistake in the test', () => {
    const emulator = new AppsScriptEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    emulator.ui.replyToAlerts('YES');
    expect(() => ui.alert('Hello')).toThrow('not a button of ButtonSet.OK');
  });

  test('prompt gives the text the test set', () => {
    const emulator = new AppsScriptEmulator();
    const ui = emulator.globals.SpreadsheetApp.getUi();
    emulator.ui.replyToPrompts({ text: 'dcs@kent.gov.uk', button: 'OK' });
    const response = ui.prompt('Test reminder', 'Send to:', ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe('dcs@kent.gov.uk');
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
    expect(emulator.ui.prompts[0]?.responseText).toBe('dcs@kent.gov.uk');
  });

  test('dialogs and sidebars record their HTML, title and size', () => {
    const emulator = new AppsScriptEmulator();
    const { SpreadsheetApp, HtmlService } = emulator.globals;
    const ui = SpreadsheetApp.getUi();
    const output = HtmlService.createHtmlOutput('<p>Today</p>')
      .append('<ul></ul>')
      .setWidth(800)
      .setHeight(500);
    ui.showModalDialog(output, "Today's reminders");
    ui.showSidebar(HtmlService.createHtmlOutput('<b>x</b>').setTitle('Problems'));
    expect(emulator.ui.dialogs).toEqual([
      {
        kind: 'modal',
        title: "Today's reminders",
        html: '<p>Today</p><ul></ul>',
        width: 800,
        height: 500,
      },
      { kind: 'sidebar', title: 'Problems', html: '<b>x</b>', width: 300, height: 400 },
    ]);
  });

  test('toasts are recorded with their title and timeout', () => {
    const emulator = new AppsScriptEmulator();
    const spreadsheet = emulator.globals.SpreadsheetApp.getActive();
    spreadsheet.toast('Recalculated 153 rows');
    spreadsheet.toast('Sent 3', 'Reminders', 10);
    expect(emulator.ui.toasts).toEqual([
      { message: 'Recalculated 153 rows', title: '', timeoutSeconds: 5 },
      { message: 'Sent 3', title: 'Reminders', timeoutSeconds: 10 },
    ]);
  });

  test('without a user interface (a trigger) getUi throws and toasts go nowhere', () => {
    const emulator = new AppsScriptEmulator();
    emulator.setUiAvailable(false);
    const { SpreadsheetApp } = emulator.globals;
    expect(() => SpreadsheetApp.getUi()).toThrow(
      'Cannot call SpreadsheetApp.getUi() from this context.',
    );
    SpreadsheetApp.getActive().toast('hello');
    expect(emulator.ui.toasts).toEqual([]);
  });
});

describe('Utilities.newBlob and attachments', () => {
  test('a text blob goes out as an attachment with its name, type and content', () => {
    const emulator = new AppsScriptEmulator();
    const { MailApp, Utilities } = emulator.globals;
    const blob = Utilities.newBlob('BEGIN:VCALENDAR', 'text/calendar', 'meeting.ics');
    expect([blob.getName(), blob.getContentType(), blob.getDataAsString()]).toEqual([
      'meeting.ics',
      'text/calendar',
      'BEGIN:VCALENDAR',
    ]);
    MailApp.sendEmail({ to: 'a@example.org', subject: 'S', body: 'B', attachments: [blob] });
    expect(emulator.mail[0]?.attachments).toEqual([
      { name: 'meeting.ics', contentType: 'text/calendar', content: 'BEGIN:VCALENDAR' },
    ]);
    expect(() =>
      MailApp.sendEmail({
        to: 'a@example.org',
        subject: 'S',
        body: 'B',
        attachments: ['not a blob' as unknown as GoogleAppsScript.Base.BlobSource],
      }),
    ).toThrow('each attachment must be a Blob');
  });
});

describe('HtmlService', () => {
  test('an HtmlOutput holds its content, title and size', () => {
    const { HtmlService } = new AppsScriptEmulator().globals;
    const output = HtmlService.createHtmlOutput();
    expect([output.getContent(), output.getTitle()]).toEqual(['', '']);
    output.setContent('<h1>A</h1>').append('<p>B</p>').appendUntrusted('<script>&"\'');
    expect(output.getContent()).toBe('<h1>A</h1><p>B</p>&lt;script&gt;&amp;&quot;&#39;');
    expect(output.setTitle('T').setWidth(320).setHeight(240).getTitle()).toBe('T');
    expect([output.getWidth(), output.getHeight()]).toEqual([320, 240]);
    expect(output.clear().getContent()).toBe('');
  });

  test('only strings of HTML are accepted', () => {
    const { HtmlService } = new AppsScriptEmulator().globals;
    expect(() => HtmlService.createHtmlOutput({} as GoogleAppsScript.Base.BlobSource)).toThrow(
      'only a string',
    );
  });

  test("a project's HTML file is found by name, with or without .html; a missing one throws", () => {
    const emulator = new AppsScriptEmulator({ htmlFiles: { 'national-data': '[["la_name"]]' } });
    const { HtmlService } = emulator.globals;
    expect(HtmlService.createHtmlOutputFromFile('national-data').getContent()).toBe(
      '[["la_name"]]',
    );
    expect(HtmlService.createHtmlOutputFromFile('national-data.html').getContent()).toBe(
      '[["la_name"]]',
    );
    expect(() => HtmlService.createHtmlOutputFromFile('other')).toThrow(
      'No HTML file named other was found.',
    );
    expect(emulator.calls.count('HtmlService.createHtmlOutputFromFile')).toBe(3);
  });
});

describe('ScriptApp triggers', () => {
  test('a daily trigger is recorded with its hour, interval and zone', () => {
    const emulator = new AppsScriptEmulator();
    const { ScriptApp } = emulator.globals;
    const trigger = ScriptApp.newTrigger('dailyRun')
      .timeBased()
      .atHour(7)
      .everyDays(1)
      .inTimezone('Europe/London')
      .create();
    expect(trigger.getHandlerFunction()).toBe('dailyRun');
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.CLOCK);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.CLOCK);
    expect(trigger.getUniqueId()).toMatch(/^\d+$/);
    expect(emulator.triggers).toEqual([
      {
        id: trigger.getUniqueId(),
        functionName: 'dailyRun',
        eventType: 'CLOCK',
        source: 'CLOCK',
        owner: 'user@example.com',
        hour: 7,
        everyDays: 1,
        timeZone: 'Europe/London',
      },
    ]);
  });

  test("without inTimezone a trigger runs in the script's zone", () => {
    const emulator = new AppsScriptEmulator({ scriptTimeZone: 'America/New_York' });
    emulator.globals.ScriptApp.newTrigger('f').timeBased().everyHours(6).create();
    expect(emulator.triggers[0]).toMatchObject({ everyHours: 6, timeZone: 'America/New_York' });
  });

  test('getProjectTriggers lists them and deleteTrigger removes one', () => {
    const emulator = new AppsScriptEmulator();
    const { ScriptApp } = emulator.globals;
    ScriptApp.newTrigger('a').timeBased().everyDays(1).atHour(6).create();
    ScriptApp.newTrigger('b').timeBased().everyWeeks(1).create();
    const [first, second] = ScriptApp.getProjectTriggers();
    expect([first?.getHandlerFunction(), second?.getHandlerFunction()]).toEqual(['a', 'b']);
    ScriptApp.deleteTrigger(first!);
    expect(ScriptApp.getProjectTriggers().map((trigger) => trigger.getHandlerFunction())).toEqual([
      'b',
    ]);
    expect(emulator.triggers.map((trigger) => trigger.functionName)).toEqual(['b']);
    ScriptApp.deleteTrigger(first!);
    expect(emulator.triggers).toHaveLength(1);
  });

  test('a spreadsheet trigger', () => {
    const emulator = new AppsScriptEmulator();
    const { ScriptApp, SpreadsheetApp } = emulator.globals;
    const trigger = ScriptApp.newTrigger('onEditHandler')
      .forSpreadsheet(SpreadsheetApp.getActive())
      .onEdit()
      .create();
    expect(trigger.getEventType()).toBe(ScriptApp.EventType.ON_EDIT);
    expect(trigger.getTriggerSource()).toBe(ScriptApp.TriggerSource.SPREADSHEETS);
  });

  test('bad schedules are refused', () => {
    const { ScriptApp } = new AppsScriptEmulator().globals;
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(24)).toThrow('hour');
    expect(() => ScriptApp.newTrigger('f').timeBased().everyDays(0)).toThrow('days');
    expect(() => ScriptApp.newTrigger('f').timeBased().everyHours(3)).toThrow(
      '1, 2, 4, 6, 8 or 12',
    );
    expect(() => ScriptApp.newTrigger('f').timeBased().atHour(7).create()).toThrow('recurrence');
    expect(() => ScriptApp.newTrigger('f').timeBased().inTimezone('Nowhere/Land')).toThrow(
      'Invalid argument',
    );
  });

  test('a script may have 20 triggers', () => {
    const emulator = new AppsScriptEmulator();
    const { ScriptApp } = emulator.globals;
    for (let index = 0; index < 20; index++)
      ScriptApp.newTrigger(`f${index}`).timeBased().everyDays(1).create();
    expect(() => ScriptApp.newTrigger('one more').timeBased().everyDays(1).create()).toThrow(
      'too many triggers',
    );
    expect(emulator.triggers).toHaveLength(20);
  });
});

describe('MailApp', () => {
  test('a message object is recorded in full, at the emulated time', () => {
    const emulator = new AppsScriptEmulator({ now: new Date('2024-05-01T06:00:00Z') });
    emulator.globals.MailApp.sendEmail({
      to: 'dcs@kent.gov.uk',
      cc: 'pa@kent.gov.uk, team@kent.gov.uk',
      bcc: 'log@example.org',
      subject: 'Engagement meeting in 30 days',
      body: 'Plain',
      htmlBody: '<p>HTML</p>',
      name: 'ILACS tracker',
      replyTo: 'coordinator@example.org',
      noReply: false,
    });
    expect(emulator.mail).toEqual([
      {
        to: ['dcs@kent.gov.uk'],
        cc: ['pa@kent.gov.uk', 'team@kent.gov.uk'],
        bcc: ['log@example.org'],
        subject: 'Engagement meeting in 30 days',
        body: 'Plain',
        htmlBody: '<p>HTML</p>',
        name: 'ILACS tracker',
        replyTo: 'coordinator@example.org',
        noReply: false,
        attachments: [],
        sentAt: new Date('2024-05-01T06:00:00Z'),
      },
    ]);
  });

  test('the positional forms', () => {
    const emulator = new AppsScriptEmulator();
    const { MailApp } = emulator.globals;
    MailApp.sendEmail('a@x.org', 'Subject', 'Body');
    MailApp.sendEmail('b@x.org', 'Subject 2', 'Body 2', {
      cc: 'c@x.org',
      htmlBody: '<b>2</b>',
      name: 'Tracker',
    });
    MailApp.sendEmail('d@x.org', 'reply@x.org', 'Subject 3', 'Body 3');
    expect(
      emulator.mail.map((mail) => [
        mail.to,
        mail.cc,
        mail.subject,
        mail.body,
        mail.htmlBody,
        mail.replyTo,
      ]),
    ).toEqual([
      [['a@x.org'], [], 'Subject', 'Body', undefined, undefined],
      [['b@x.org'], ['c@x.org'], 'Subject 2', 'Body 2', '<b>2</b>', undefined],
      [['d@x.org'], [], 'Subject 3', 'Body 3', undefined, 'reply@x.org'],
    ]);
  });

  test('the quota counts every recipient in to, cc and bcc', () => {
    const emulator = new AppsScriptEmulator({ mailQuota: 5 });
    const { MailApp } = emulator.globals;
    MailApp.sendEmail({
      to: 'a@x.org, b@x.org',
      cc: 'c@x.org',
      bcc: 'd@x.org',
      subject: 's',
      body: 'b',
    });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(emulator.remainingMailQuota).toBe(1);
  });

  test('past the quota sendEmail throws and sends nothing', () => {
    const emulator = new AppsScriptEmulator({ mailQuota: 2 });
    const { MailApp } = emulator.globals;
    MailApp.sendEmail('a@x.org', 's', 'b');
    expect(() =>
      MailApp.sendEmail({ to: 'b@x.org', cc: 'c@x.org', subject: 's', body: 'b' }),
    ).toThrow(QUOTA_EXCEEDED);
    expect(QUOTA_EXCEEDED).toBe('Service invoked too many times for one day: email.');
    expect(emulator.mail).toHaveLength(1);
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    MailApp.sendEmail('b@x.org', 's', 'b');
    expect(() => MailApp.sendEmail('c@x.org', 's', 'b')).toThrow(QUOTA_EXCEEDED);
    emulator.setMailQuota(100);
    MailApp.sendEmail('c@x.org', 's', 'b');
    expect(emulator.mail).toHaveLength(3);
  });

  test('the default quota is 100', () => {
    expect(new AppsScriptEmulator().globals.MailApp.getRemainingDailyQuota()).toBe(100);
  });

  test('bad addresses and missing recipients are refused', () => {
    const emulator = new AppsScriptEmulator();
    const { MailApp } = emulator.globals;
    expect(() => MailApp.sendEmail('not an address', 's', 'b')).toThrow(
      'Invalid email: not an address',
    );
    expect(() => MailApp.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow('no recipient');
    MailApp.sendEmail('Jane Smith <jane@x.org>', 's', 'b');
    expect(emulator.mail.map((mail) => mail.to)).toEqual([['Jane Smith <jane@x.org>']]);
  });
});

describe('PropertiesService', () => {
  test('get, set, delete and list', () => {
    const emulator = new AppsScriptEmulator();
    const properties = emulator.globals.PropertiesService.getDocumentProperties();
    expect(properties.getProperty('lastRun')).toBeNull();
    properties.setProperty('lastRun', '2024-03-11').setProperty('count', 3 as unknown as string);
    expect(properties.getProperty('count')).toBe('3');
    expect(properties.getKeys().sort()).toEqual(['count', 'lastRun']);
    expect(properties.getProperties()).toEqual({ lastRun: '2024-03-11', count: '3' });
    properties.deleteProperty('count');
    expect(emulator.properties('document')).toEqual({ lastRun: '2024-03-11' });
  });

  test('setProperties adds, or replaces everything when told', () => {
    const emulator = new AppsScriptEmulator();
    const properties = emulator.globals.PropertiesService.getScriptProperties();
    properties.setProperties({ a: '1', b: '2' });
    properties.setProperties({ c: '3' });
    expect(properties.getProperties()).toEqual({ a: '1', b: '2', c: '3' });
    properties.setProperties({ d: '4' }, true);
    expect(properties.getProperties()).toEqual({ d: '4' });
    properties.deleteAllProperties();
    expect(properties.getKeys()).toEqual([]);
  });

  test('the three stores are separate, and getProperties gives a copy', () => {
    const emulator = new AppsScriptEmulator();
    const { PropertiesService } = emulator.globals;
    PropertiesService.getUserProperties().setProperty('k', 'user');
    emulator.setProperties('script', { k: 'script' });
    expect(PropertiesService.getDocumentProperties().getProperty('k')).toBeNull();
    expect(PropertiesService.getScriptProperties().getProperty('k')).toBe('script');
    const copy = PropertiesService.getUserProperties().getProperties();
    copy['k'] = 'changed';
    expect(emulator.properties('user')).toEqual({ k: 'user' });
  });

  test('values over 9 kB are refused', () => {
    const properties = new AppsScriptEmulator().globals.PropertiesService.getDocumentProperties();
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(
      'Argument too large',
    );
    expect(properties.getProperty('big')).toBeNull();
  });
});

describe('LockService', () => {
  test('a free lock is taken, held and released', () => {
    const emulator = new AppsScriptEmulator();
    const lock = emulator.globals.LockService.getDocumentLock();
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    expect(emulator.lockHolder('document')).toBe('script');
    lock.releaseLock();
    expect(emulator.lockHolder('document')).toBeNull();
  });

  test('while another execution holds it, tryLock waits out its timeout and fails, waitLock throws', () => {
    const emulator = new AppsScriptEmulator();
    const start = emulator.now.getTime();
    emulator.holdLock('document');
    const lock = emulator.globals.LockService.getDocumentLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(emulator.now.getTime() - start).toBe(5000);
    expect(() => lock.waitLock(1000)).toThrow(LOCK_TIMEOUT);
    expect(LOCK_TIMEOUT).toBe('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    expect(emulator.lockHolder('document')).toBe('other');
    expect(emulator.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    emulator.releaseLock('document');
    expect(lock.tryLock(0)).toBe(true);
  });

  test('a lock taken by the script is released when its run ends', () => {
    const emulator = new AppsScriptEmulator();
    const context = emulator.load(
      'function go() { return LockService.getScriptLock().tryLock(1000); }',
    );
    expect(emulator.run(context, 'go')).toBe(true);
    expect(emulator.lockHolder('script')).toBeNull();
  });
});

describe('Session', () => {
  test('users and the script zone', () => {
    const emulator = new AppsScriptEmulator({ userEmail: 'coordinator@example.org' });
    const { Session } = emulator.globals;
    expect(Session.getActiveUser().getEmail()).toBe('coordinator@example.org');
    expect(Session.getEffectiveUser().getEmail()).toBe('coordinator@example.org');
    expect(Session.getScriptTimeZone()).toBe('Europe/London');
    emulator.setActiveUserEmail('');
    emulator.setEffectiveUserEmail('owner@example.org');
    expect(Session.getActiveUser().getEmail()).toBe('');
    expect(Session.getEffectiveUser().getEmail()).toBe('owner@example.org');
  });

  test('the script zone may differ from the spreadsheet zone', () => {
    const { Session, SpreadsheetApp } = new AppsScriptEmulator({
      timeZone: 'Australia/Sydney',
      scriptTimeZone: 'Europe/London',
    }).globals;
    expect(Session.getScriptTimeZone()).toBe('Europe/London');
    expect(SpreadsheetApp.getActive().getSpreadsheetTimeZone()).toBe('Australia/Sydney');
  });
});

describe('Logger, console and Utilities', () => {
  test('every line is recorded in order, formatted', () => {
    const lines: string[] = [];
    const emulator = new AppsScriptEmulator({ onLog: (line) => lines.push(line.message) });
    const { Logger, console } = emulator.globals;
    Logger.log('Recalculated %s rows', 153);
    console.info('info');
    console.warn('warn %d', 2);
    console.error('error', { a: 1 });
    console.log('log');
    expect(emulator.logs.map((line) => [line.source, line.level, line.message])).toEqual([
      ['Logger', 'info', 'Recalculated 153 rows'],
      ['console', 'info', 'info'],
      ['console', 'warn', 'warn 2'],
      ['console', 'error', 'error { a: 1 }'],
      ['console', 'log', 'log'],
    ]);
    expect(lines).toHaveLength(5);
    expect(Logger.getLog()).toBe('Recalculated 153 rows\n');
    Logger.clear();
    expect(Logger.getLog()).toBe('');
  });

  test('Utilities: dates, uuids, and sleep on the emulated clock', () => {
    const emulator = new AppsScriptEmulator();
    const { Utilities } = emulator.globals;
    const date = Utilities.parseDate('2024-03-11', 'Australia/Sydney', 'yyyy-MM-dd');
    expect(date.toISOString()).toBe('2024-03-10T13:00:00.000Z');
    expect(Utilities.formatDate(date, 'Europe/London', 'yyyy-MM-dd HH:mm')).toBe(
      '2024-03-10 13:00',
    );
    expect(Utilities.getUuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(Utilities.getUuid()).not.toBe(Utilities.getUuid());
    const before = emulator.now.getTime();
    Utilities.sleep(1500);
    expect(emulator.now.getTime() - before).toBe(1500);
    expect(() => Utilities.sleep(300_001)).toThrow('Sleep time');
  });
});
