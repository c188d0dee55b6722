import { civil, formatIso } from '../domain/rules/civil-date';
import { isDateValue } from '../domain/tracker/cells';
import { parseNationalData } from '../domain/tracker/national-data';
import { spreadsheetDateCodec } from './dates';
import { slashOrderOfLocale } from './locale';
import { SNAPSHOT_FILE, shippedSnapshot } from './national-data-sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A value a probe saw, as JSON can hold it. */
type Observed = Readonly<Record<string, string | number | boolean>>;

/**
 * One thing the tool relies on, tried in this very Sheet. `observed` is what Apps Script answered
 * and must be the same wherever the Sheet's locale and time zone are the same, so the emulator is
 * tested against it; `account` is what depends on who runs it (their quota, their triggers).
 */
export interface ProbeResult {
  readonly id: ProbeId;
  readonly holds: boolean;
  readonly observed: Observed;
  readonly account?: Observed;
}

/** What Check installation records: the dialog shows it, and a real one can become a fixture. */
export interface InstallationRecord {
  readonly record: 'ilacs-tracker installation check';
  readonly version: 1;
  readonly environment: { readonly locale: string; readonly timeZone: string };
  readonly probes: readonly ProbeResult[];
}

export type ProbeId =
  | 'locale'
  | 'timeZone'
  | 'dateCell'
  | 'columnMetadata'
  | 'documentProperties'
  | 'documentLock'
  | 'mailQuota'
  | 'triggers'
  | 'userEmail'
  | 'nationalData';

const PROBE_SHEET = 'ilacs-tracker check (deleted when done)';
const PROBE_KEY = 'ilacs.installationCheck';
const PROBE_DATE = civil('2024-03-11');
/** A user may have 20 triggers for one script: the daily one and its follow-up need two. */
const TRIGGER_LIMIT = 20;

/** Runs `probe`; a service that throws is a result too: what it said is what to fix. */
function attempt(id: ProbeId, probe: () => Omit<ProbeResult, 'id'>): ProbeResult {
  try {
    return { id, ...probe() };
  } catch (error) {
    return {
      id,
      holds: false,
      observed: { error: error instanceof Error ? error.message : String(error) },
    };
  }
}

/** Dates and column metadata on a sheet of its own, deleted at the end, the active sheet restored. */
function sheetProbes(spreadsheet: Spreadsheet): ProbeResult[] {
  const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
  const activeBefore = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(PROBE_SHEET);
  try {
    const dateCell = attempt('dateCell', () => {
      sheet
        .getRange(1, 1, 3, 1)
        .setValues([[codec.toSheetDate(PROBE_DATE)], ['2024-03-11'], ['11/03/2024']]);
      const [written, typedIso, typedSlash] = sheet
        .getRange(1, 1, 3, 1)
        .getValues()
        .map(([cell]) => (isDateValue(cell) ? formatIso(codec.dateOfCell(cell)) : `text ${cell}`));
      const expected = formatIso(PROBE_DATE);
      return {
        holds: written === expected && typedIso === expected,
        observed: {
          written: written ?? '',
          typedIso: typedIso ?? '',
          typedSlash: typedSlash ?? '',
        },
      };
    });
    const columnMetadata = attempt('columnMetadata', () => {
      sheet.getRange('B:B').addDeveloperMetadata(PROBE_KEY, 'column');
      const found = sheet.createDeveloperMetadataFinder().withKey(PROBE_KEY).find();
      const location = found[0]?.getLocation();
      const locationType = location ? String(location.getLocationType()) : '';
      const column = location?.getColumn()?.getColumn() ?? 0;
      return {
        holds: found.length === 1 && locationType === 'COLUMN' && column === 2,
        observed: { found: found.length, locationType, column },
      };
    });
    return [dateCell, columnMetadata];
  } finally {
    spreadsheet.deleteSheet(sheet);
    activeBefore.activate();
  }
}

/**
 * Check installation: tries, in this Sheet, each thing the tool relies on, and says what holds.
 * It changes nothing a coordinator owns: its sheet, property and lock are its own, and go.
 */
export function runInstallationCheck(spreadsheet: Spreadsheet): InstallationRecord {
  const locale = spreadsheet.getSpreadsheetLocale();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const probes: ProbeResult[] = [
    attempt('locale', () => {
      const slashOrder = slashOrderOfLocale(locale);
      return { holds: slashOrder === 'dayFirst', observed: { locale, slashOrder } };
    }),
    attempt('timeZone', () => ({
      holds: timeZone !== '',
      observed: { spreadsheet: timeZone, script: Session.getScriptTimeZone() },
    })),
    ...sheetProbes(spreadsheet),
    attempt('documentProperties', () => {
      const properties = PropertiesService.getDocumentProperties();
      properties.setProperty(PROBE_KEY, 'written');
      const readBack = properties.getProperty(PROBE_KEY);
      properties.deleteProperty(PROBE_KEY);
      const gone = properties.getProperty(PROBE_KEY) === null;
      return {
        holds: readBack === 'written' && gone,
        observed: { readBack: readBack ?? '', gone },
      };
    }),
    attempt('documentLock', () => {
      const lock = LockService.getDocumentLock();
      const acquired = lock.tryLock(5000);
      if (acquired) lock.releaseLock();
      return { holds: acquired, observed: { acquired } };
    }),
    attempt('mailQuota', () => {
      const remaining = MailApp.getRemainingDailyQuota();
      return { holds: remaining > 0, observed: { answered: true }, account: { remaining } };
    }),
    attempt('triggers', () => {
      const own = ScriptApp.getProjectTriggers().length;
      return { holds: own <= TRIGGER_LIMIT - 2, observed: { answered: true }, account: { own } };
    }),
    attempt('userEmail', () => {
      const known = Session.getActiveUser().getEmail() !== '';
      return { holds: known, observed: { known } };
    }),
    attempt('nationalData', () => {
      const snapshot = shippedSnapshot();
      if (!snapshot) return { holds: false, observed: { file: false } };
      const national = parseNationalData(snapshot, () => PROBE_DATE);
      return {
        holds: national.rows.length > 0,
        observed: {
          file: true,
          authorities: national.rows.length,
          asOf: national.asOf ? formatIso(national.asOf) : '',
        },
      };
    }),
  ];
  return {
    record: 'ilacs-tracker installation check',
    version: 1,
    environment: { locale, timeZone },
    probes,
  };
}

/** Each probe in words: what was checked, and what to do when it does not hold. */
export const PROBE_WORDS: Record<ProbeId, { readonly what: string; readonly fix: string }> = {
  locale: {
    what: "The Sheet's locale reads dates day first (11/03/2024 is 11 March)",
    fix: 'File > Settings > Locale: United Kingdom. Then check the dates typed so far.',
  },
  timeZone: {
    what: "The Sheet's time zone (dates and the daily run's hour follow it)",
    fix: 'File > Settings > Time zone.',
  },
  dateCell: {
    what: 'A date written to a cell reads back as the same day',
    fix: "Set the Sheet's time zone and locale (File > Settings), then check again.",
  },
  columnMetadata: {
    what: 'A mark on a whole column (how the tool knows its own columns when they move)',
    fix: 'Reinstall the script; if it persists, report it with the record below.',
  },
  documentProperties: {
    what: 'The script can keep what it has sent (document properties)',
    fix: 'Reinstall the script, then run Set up again.',
  },
  documentLock: {
    what: 'The script can take the document lock (two runs never send twice)',
    fix: 'Another run holds it: wait a minute and check again.',
  },
  mailQuota: {
    what: 'The script may send email, and has quota left today',
    fix: 'Allow the script to send email as you (run Set up again), or wait until tomorrow for quota.',
  },
  triggers: {
    what: 'The script may set its daily trigger, with room for it',
    fix: 'Allow the script to run when you are not present, or delete old triggers (Extensions > Apps Script > Triggers).',
  },
  userEmail: {
    what: 'The script can see your email address (Test mode and the test reminder go to it)',
    fix: 'Allow the script to see your email address (run Set up again and tick every permission).',
  },
  nationalData: {
    what: `The ${SNAPSHOT_FILE} file is in the script (for the forecast)`,
    fix: `Extensions > Apps Script: add an HTML file named ${SNAPSHOT_FILE} with the contents of release/${SNAPSHOT_FILE}.html.`,
  },
};
