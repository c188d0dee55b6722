/**
 * ScriptApp's installable triggers: built, recorded with their schedule and the user who made
 * them, listed and deleted. As in Apps Script each user sees (getProjectTriggers) and deletes only
 * their own, and may have 20 on the script.
 */
import {
  GAS_CLASS,
  GasObject,
  asGas,
  enumName,
  gasEnum,
  gasError,
  isDate,
  ownObject,
  requireInteger,
} from './gas';
import { zoneRules } from './time-zone';

type Trigger = GoogleAppsScript.Script.Trigger;
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;
type SpreadsheetTriggerBuilder = GoogleAppsScript.Script.SpreadsheetTriggerBuilder;

export const EVENT_TYPE = gasEnum<typeof GoogleAppsScript.Script.EventType>({
  CLOCK: true,
  ON_OPEN: true,
  ON_EDIT: true,
  ON_FORM_SUBMIT: true,
  ON_CHANGE: true,
  ON_EVENT_UPDATED: true,
});
export const TRIGGER_SOURCE = gasEnum<typeof GoogleAppsScript.Script.TriggerSource>({
  SPREADSHEETS: true,
  CLOCK: true,
  FORMS: true,
  DOCUMENTS: true,
  CALENDAR: true,
});
/** ScriptApp.AuthMode: what a triggered function may do, given in its event as `authMode`. */
export const AUTH_MODE = gasEnum<typeof GoogleAppsScript.Script.AuthMode>({
  NONE: true,
  CUSTOM_FUNCTION: true,
  LIMITED: true,
  FULL: true,
});
export const WEEKDAY = gasEnum<typeof GoogleAppsScript.Base.Weekday>({
  SUNDAY: true,
  MONDAY: true,
  TUESDAY: true,
  WEDNESDAY: true,
  THURSDAY: true,
  FRIDAY: true,
  SATURDAY: true,
});

/** The most installable triggers one user may have on one script. */
export const TRIGGER_LIMIT = 20;
export const TOO_MANY_TRIGGERS =
  'This script has too many triggers. Triggers must be deleted from the script before more can be added.';

type EventName = keyof typeof GoogleAppsScript.Script.EventType & string;

/** An installed trigger as a test reads it. Only the fields its builder set are present. */
export interface TriggerRecord {
  readonly id: string;
  readonly functionName: string;
  readonly eventType: EventName;
  readonly source: 'CLOCK' | 'SPREADSHEETS';
  /** The user who made it (the effective user then): only they see it and can delete it. */
  readonly owner: string;
  readonly hour?: number;
  readonly nearMinute?: number;
  readonly everyMinutes?: number;
  readonly everyHours?: number;
  readonly everyDays?: number;
  readonly everyWeeks?: number;
  readonly onWeekDay?: string;
  readonly onMonthDay?: number;
  readonly timeZone?: string;
  readonly at?: Date;
  readonly after?: number;
  /** A one-off trigger's time (at, or after from when it was made). */
  readonly dueAt?: Date;
  /** A one-off trigger that has run: it stays, disabled, until deleted, as in Apps Script. */
  readonly fired?: true;
}

export class TriggerStore {
  /** Every user's triggers, in the order they were made. */
  readonly triggers: EmulatedTrigger[] = [];
  private lastId = 0;

  constructor(
    readonly scriptTimeZone: () => string,
    /** The user the script runs as (Session.getEffectiveUser). */
    readonly currentUser: () => string = () => '',
    readonly now: () => number = () => Date.now(),
  ) {}

  nextId(): string {
    this.lastId += 1;
    return String(6_500_000_000_000_000 + this.lastId * 7919);
  }

  /** A trigger of the current user (or of `owner`); 20 of theirs already and it is refused. */
  add(record: Omit<TriggerRecord, 'id' | 'owner'>, owner = this.currentUser()): EmulatedTrigger {
    if (this.triggers.filter((trigger) => trigger.record.owner === owner).length >= TRIGGER_LIMIT)
      throw gasError(TOO_MANY_TRIGGERS);
    const trigger = new EmulatedTrigger({ id: this.nextId(), ...record, owner });
    this.triggers.push(trigger);
    return trigger;
  }

  /** The current user's triggers: all that ScriptApp shows them. */
  own(): EmulatedTrigger[] {
    const owner = this.currentUser();
    return this.triggers.filter((trigger) => trigger.record.owner === owner);
  }

  records(): TriggerRecord[] {
    return this.triggers.map((trigger) => trigger._snapshot());
  }

  /** Triggers from an earlier execution's records, as Apps Script keeps them between runs. */
  restore(records: readonly TriggerRecord[]): void {
    this.triggers.length = 0;
    for (const { fired, ...record } of records) {
      const trigger = new EmulatedTrigger(record);
      trigger.fired = fired === true;
      this.triggers.push(trigger);
      this.lastId = Math.max(
        this.lastId,
        Math.round((Number(record.id) - 6_500_000_000_000_000) / 7919),
      );
    }
  }
}

export class EmulatedScriptApp
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Script.ScriptApp,
      | 'AuthMode'
      | 'EventType'
      | 'TriggerSource'
      | 'WeekDay'
      | 'deleteTrigger'
      | 'getProjectTriggers'
      | 'getScriptId'
      | 'newTrigger'
    >
{
  readonly AuthMode = AUTH_MODE;
  readonly EventType = EVENT_TYPE;
  readonly TriggerSource = TRIGGER_SOURCE;
  readonly WeekDay = WEEKDAY;

  constructor(
    readonly store: TriggerStore,
    private readonly scriptId: string,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'ScriptApp';
  }

  newTrigger(functionName: string): GoogleAppsScript.Script.TriggerBuilder {
    return asGas(new EmulatedTriggerBuilder(String(functionName), this.store));
  }

  /** The triggers of the user the script runs as, not anyone else's. */
  getProjectTriggers(): Trigger[] {
    return this.store.own().map((trigger) => asGas<Trigger>(trigger));
  }

  /**
   * Deletes the trigger with that trigger's id if it is the current user's; one already deleted,
   * or another user's (which Apps Script never shows them), is left as it is.
   */
  deleteTrigger(trigger: Trigger): void {
    const own = ownObject(trigger, EmulatedTrigger, 'ScriptApp.deleteTrigger');
    const owner = this.store.currentUser();
    const index = this.store.triggers.findIndex(
      (each) => each.record.id === own.record.id && each.record.owner === owner,
    );
    if (index >= 0) this.store.triggers.splice(index, 1);
  }

  getScriptId(): string {
    return this.scriptId;
  }
}

export class EmulatedTriggerBuilder
  extends GasObject
  implements Pick<GoogleAppsScript.Script.TriggerBuilder, 'timeBased' | 'forSpreadsheet'>
{
  constructor(
    private readonly functionName: string,
    private readonly store: TriggerStore,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'TriggerBuilder';
  }

  timeBased(): ClockTriggerBuilder {
    return asGas(new EmulatedClockTriggerBuilder(this.functionName, this.store));
  }

  forSpreadsheet(
    _spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet | string,
  ): SpreadsheetTriggerBuilder {
    return asGas(new EmulatedSpreadsheetTriggerBuilder(this.functionName, this.store));
  }
}

type Schedule = {
  -readonly [K in keyof TriggerRecord]?: TriggerRecord[K];
};

const HOURS = [1, 2, 4, 6, 8, 12];
const MINUTES = [1, 5, 10, 15, 30];

export class EmulatedClockTriggerBuilder
  extends GasObject
  implements
    Pick<
      ClockTriggerBuilder,
      | 'after'
      | 'at'
      | 'atHour'
      | 'create'
      | 'everyDays'
      | 'everyHours'
      | 'everyMinutes'
      | 'everyWeeks'
      | 'inTimezone'
      | 'nearMinute'
      | 'onMonthDay'
      | 'onWeekDay'
    >
{
  private readonly schedule: Schedule = {};

  constructor(
    private readonly functionName: string,
    private readonly store: TriggerStore,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'ClockTriggerBuilder';
  }

  private _set(values: Schedule): ClockTriggerBuilder {
    Object.assign(this.schedule, values);
    return asGas(this);
  }

  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this._set({ after: requireInteger(durationMilliseconds, 'ClockTriggerBuilder.after') });
  }

  at(date: GoogleAppsScript.Base.Date): ClockTriggerBuilder {
    if (!isDate(date))
      throw gasError("The parameters don't match the method signature for ClockTriggerBuilder.at.");
    return this._set({ at: new Date(date.getTime()) });
  }

  atHour(hour: number): ClockTriggerBuilder {
    const value = requireInteger(hour, 'ClockTriggerBuilder.atHour');
    if (value < 0 || value > 23) throw gasError('The hour must be between 0 and 23.');
    return this._set({ hour: value });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    const value = requireInteger(minute, 'ClockTriggerBuilder.nearMinute');
    if (value < 0 || value > 59) throw gasError('The minute must be between 0 and 59.');
    return this._set({ nearMinute: value });
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    const value = requireInteger(n, 'ClockTriggerBuilder.everyMinutes');
    if (!MINUTES.includes(value))
      throw gasError('The number of minutes must be 1, 5, 10, 15 or 30.');
    return this._set({ everyMinutes: value });
  }

  everyHours(n: number): ClockTriggerBuilder {
    const value = requireInteger(n, 'ClockTriggerBuilder.everyHours');
    if (!HOURS.includes(value)) throw gasError('The number of hours must be 1, 2, 4, 6, 8 or 12.');
    return this._set({ everyHours: value });
  }

  everyDays(n: number): ClockTriggerBuilder {
    const value = requireInteger(n, 'ClockTriggerBuilder.everyDays');
    if (value < 1) throw gasError('The number of days must be at least 1.');
    return this._set({ everyDays: value });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    const value = requireInteger(n, 'ClockTriggerBuilder.everyWeeks');
    if (value < 1) throw gasError('The number of weeks must be at least 1.');
    return this._set({ everyWeeks: value });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    const name = enumName(day);
    if (!(name in WEEKDAY))
      throw gasError(
        "The parameters don't match the method signature for ClockTriggerBuilder.onWeekDay.",
      );
    return this._set({ onWeekDay: name });
  }

  onMonthDay(day: number): ClockTriggerBuilder {
    const value = requireInteger(day, 'ClockTriggerBuilder.onMonthDay');
    if (value < 1 || value > 31) throw gasError('The day of the month must be between 1 and 31.');
    return this._set({ onMonthDay: value });
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    try {
      zoneRules(String(timezone));
    } catch {
      throw gasError(`Invalid argument: ${String(timezone)}`);
    }
    return this._set({ timeZone: String(timezone) });
  }

  /** A trigger needs a recurrence (everyMinutes... everyWeeks) or a time (at, after). */
  create(): Trigger {
    const { everyMinutes, everyHours, everyDays, everyWeeks, at, after } = this.schedule;
    if (
      [everyMinutes, everyHours, everyDays, everyWeeks, at, after].every(
        (value) => value === undefined,
      )
    )
      throw gasError(
        'The trigger needs a recurrence (everyMinutes, everyHours, everyDays or everyWeeks) or a time (at or after).',
      );
    const dueAt =
      at !== undefined
        ? new Date(at.getTime())
        : after !== undefined
          ? new Date(this.store.now() + after)
          : undefined;
    return asGas(
      this.store.add({
        functionName: this.functionName,
        eventType: 'CLOCK',
        source: 'CLOCK',
        timeZone: this.store.scriptTimeZone(),
        ...this.schedule,
        ...(dueAt ? { dueAt } : {}),
      }),
    );
  }
}

export class EmulatedSpreadsheetTriggerBuilder
  extends GasObject
  implements
    Pick<SpreadsheetTriggerBuilder, 'create' | 'onChange' | 'onEdit' | 'onFormSubmit' | 'onOpen'>
{
  private eventType: EventName | undefined;

  constructor(
    private readonly functionName: string,
    private readonly store: TriggerStore,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'SpreadsheetTriggerBuilder';
  }

  private _on(eventType: EventName): SpreadsheetTriggerBuilder {
    this.eventType = eventType;
    return asGas(this);
  }

  onChange(): SpreadsheetTriggerBuilder {
    return this._on('ON_CHANGE');
  }

  onEdit(): SpreadsheetTriggerBuilder {
    return this._on('ON_EDIT');
  }

  onFormSubmit(): SpreadsheetTriggerBuilder {
    return this._on('ON_FORM_SUBMIT');
  }

  onOpen(): SpreadsheetTriggerBuilder {
    return this._on('ON_OPEN');
  }

  create(): Trigger {
    if (!this.eventType)
      throw gasError('The trigger needs an event (onOpen, onEdit, onChange or onFormSubmit).');
    return asGas(
      this.store.add({
        functionName: this.functionName,
        eventType: this.eventType,
        source: 'SPREADSHEETS',
      }),
    );
  }
}

export class EmulatedTrigger
  extends GasObject
  implements
    Pick<Trigger, 'getEventType' | 'getHandlerFunction' | 'getTriggerSource' | 'getUniqueId'>
{
  /** A one-off trigger that has run. */
  fired = false;

  constructor(readonly record: TriggerRecord) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Trigger';
  }

  _snapshot(): TriggerRecord {
    return {
      ...this.record,
      ...(this.record.at ? { at: new Date(this.record.at.getTime()) } : {}),
      ...(this.record.dueAt ? { dueAt: new Date(this.record.dueAt.getTime()) } : {}),
      ...(this.fired ? { fired: true as const } : {}),
    };
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return EVENT_TYPE[this.record.eventType];
  }

  getHandlerFunction(): string {
    return this.record.functionName;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return TRIGGER_SOURCE[this.record.source];
  }

  getUniqueId(): string {
    return this.record.id;
  }
}
