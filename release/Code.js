// Built by `npm run build` from src/ (ilacs-tracker). Do not edit: edit src/ and build again.

/** Adds the ILACS tracker menu when the Sheet opens (a simple trigger). */
function onOpen() {
  return ilacs_().onOpen();
}

/** Menu: creates or repairs the Tracker, Settings and Reminder log without changing their data. */
function setUpTracker() {
  return ilacs_().setUpTracker();
}

/** Menu: computes every authority's row and writes the computed columns. */
function recalculateNow() {
  return ilacs_().recalculateNow();
}

/** Menu: lists the rows and settings with problems. */
function checkForProblems() {
  return ilacs_().checkForProblems();
}

/** Menu: every authority's next two years at a glance, from what Recalculate computed. */
function showTimeline() {
  return ilacs_().showTimeline();
}

/**
 * The timeline dialog's page calls this (google.script.run) when a name is clicked: selects that
 * authority's row of the Tracker.
 *
 * @param {number} row The row's number on the Tracker, 2 or more.
 */
function selectTrackerRow(row) {
  return ilacs_().selectTrackerRow(row);
}

/** Menu: a dialog to replace the National data with a downloaded file, showing what changes first. */
function updateNationalData() {
  return ilacs_().updateNationalData();
}

/**
 * The Update national data dialog's page calls this (google.script.run) with the chosen file's
 * text: what replacing the National data with it would change. Changes nothing.
 *
 * @param {string} text The file's text, as the browser read it.
 */
function previewNationalData(text) {
  return ilacs_().previewNationalData(text);
}

/**
 * The same page calls this when Replace is pressed: checks the text again and, only if the whole
 * file is read, replaces the National data and recalculates. A bad file changes nothing.
 *
 * @param {string} text The file's text, as the browser read it.
 */
function replaceNationalData(text) {
  return ilacs_().replaceNationalData(text);
}

/** Menu: what the daily run would send today, to whom and why, sending nothing. */
function previewTodaysReminders() {
  return ilacs_().previewTodaysReminders();
}

/** Menu: one sample reminder to the person running it. */
function sendTestReminderToMe() {
  return ilacs_().sendTestReminderToMe();
}

/** Menu: the daily run, now. */
function sendDueRemindersNow() {
  return ilacs_().sendDueRemindersNow();
}

/** Menu: one daily trigger at the hour in Settings (turning it on twice leaves one). */
function turnOnDailyReminders() {
  return ilacs_().turnOnDailyReminders();
}

/** Menu: removes the daily trigger. */
function turnOffDailyReminders() {
  return ilacs_().turnOffDailyReminders();
}

/** Menu: tries in this Sheet what the tool relies on, and shows what holds and what to fix. */
function checkInstallation() {
  return ilacs_().checkInstallation();
}

/** The daily time-driven trigger's handler. */
function runDailyRemindersFromTrigger() {
  return ilacs_().runDailyRemindersFromTrigger();
}

/** A one-off trigger's handler: finishes the sends a run left when it stopped at its time budget. */
function continueRemindersFromTrigger() {
  return ilacs_().continueRemindersFromTrigger();
}

/**
 * Due date of the next full ILACS inspection: 36 months after the last one started, moved for
 * inspection pauses (rules R1, R2c-R2e). Works on single cells or whole columns.
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {Date} The due date, one per row.
 * @customfunction
 */
function NEXT_INSPECTION(last_start, overall, leaders, help_protection, in_care, care_leavers) {
  return ilacs_().NEXT_INSPECTION(last_start, overall, leaders, help_protection, in_care, care_leavers);
}

/**
 * Type of the next full ILACS inspection, e.g. Short inspection, Standard inspection or SIF
 * re-inspection (rules R1, R2a, R2b).
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {string} The inspection type, one per row.
 * @customfunction
 */
function NEXT_INSPECTION_TYPE(last_start, overall, leaders, help_protection, in_care, care_leavers) {
  return ilacs_().NEXT_INSPECTION_TYPE(last_start, overall, leaders, help_protection, in_care, care_leavers);
}

/**
 * Window of the next full ILACS inspection: two cells per row, the day it opens and the day it
 * closes, 6 months either side of the due date (rules R1, R2c-R2e).
 *
 * @param {Date} last_start First on-site day of the last full inspection.
 * @param {string} overall Overall effectiveness grade; leave blank for inspections from 1 April 2026.
 * @param {string} leaders [optional] Impact of leaders grade.
 * @param {string} help_protection [optional] Help and protection grade.
 * @param {string} in_care [optional] Children in care grade.
 * @param {string} care_leavers [optional] Care leavers grade.
 * @return {Date[]} Window opens, window closes; one row per input row.
 * @customfunction
 */
function NEXT_INSPECTION_WINDOW(last_start, overall, leaders, help_protection, in_care, care_leavers) {
  return ilacs_().NEXT_INSPECTION_WINDOW(last_start, overall, leaders, help_protection, in_care, care_leavers);
}

/**
 * Next quarterly monitoring visit for an authority judged inadequate: 6 months after the last
 * on-site day, then 3 months after each visit (rules R4a, R4b).
 *
 * @param {Date} last_end Last on-site day of the inspection that judged the authority inadequate; may be blank when a monitoring visit is given.
 * @param {Date} last_monitoring_visit [optional] Date of the last monitoring visit since then.
 * @return {Date} The next monitoring visit, one per row.
 * @customfunction
 */
function NEXT_MONITORING_VISIT(last_end, last_monitoring_visit) {
  return ilacs_().NEXT_MONITORING_VISIT(last_end, last_monitoring_visit);
}

/**
 * Next annual engagement meeting: the planned date if given, else 12 months after the last
 * meeting, else 12 months after the last inspection's last on-site day (rule R5a).
 *
 * @param {Date} last_meeting Date of the last engagement meeting, or blank if none.
 * @param {Date} last_inspection_end [optional] Last on-site day of the last full inspection.
 * @param {Date} planned [optional] Planned date of the next meeting.
 * @return {Date} The next meeting, one per row.
 * @customfunction
 */
function NEXT_ENGAGEMENT_MEETING(last_meeting, last_inspection_end, planned) {
  return ilacs_().NEXT_ENGAGEMENT_MEETING(last_meeting, last_inspection_end, planned);
}

/**
 * Day the self-evaluation is due: 28 days before the engagement meeting (rule R5c).
 *
 * @param {Date} meeting_date Date of the engagement meeting.
 * @return {Date} The due date, one per row.
 * @customfunction
 */
function SELF_EVALUATION_DUE(meeting_date) {
  return ilacs_().SELF_EVALUATION_DUE(meeting_date);
}

var ilacsLoaded_;

function ilacs_() {
  return ilacsLoaded_ || (ilacsLoaded_ = ilacsBundle_());
}

function ilacsBundle_() {
"use strict";
var ilacsExports = (() => {
  var __defProp = Object.defineProperty;
  var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
  var __getOwnPropNames = Object.getOwnPropertyNames;
  var __hasOwnProp = Object.prototype.hasOwnProperty;
  var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
  var __export = (target, all) => {
    for (var name in all)
      __defProp(target, name, { get: all[name], enumerable: true });
  };
  var __copyProps = (to, from, except, desc) => {
    if (from && typeof from === "object" || typeof from === "function") {
      for (let key of __getOwnPropNames(from))
        if (!__hasOwnProp.call(to, key) && key !== except)
          __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
    }
    return to;
  };
  var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

  // src/main.ts
  var main_exports = {};
  __export(main_exports, {
    NEXT_ENGAGEMENT_MEETING: () => NEXT_ENGAGEMENT_MEETING,
    NEXT_INSPECTION: () => NEXT_INSPECTION,
    NEXT_INSPECTION_TYPE: () => NEXT_INSPECTION_TYPE,
    NEXT_INSPECTION_WINDOW: () => NEXT_INSPECTION_WINDOW,
    NEXT_MONITORING_VISIT: () => NEXT_MONITORING_VISIT,
    SELF_EVALUATION_DUE: () => SELF_EVALUATION_DUE,
    checkForProblems: () => checkForProblems,
    checkInstallation: () => checkInstallation,
    continueRemindersFromTrigger: () => continueRemindersFromTrigger,
    onOpen: () => onOpen,
    previewNationalData: () => previewNationalData,
    previewTodaysReminders: () => previewTodaysReminders,
    recalculateNow: () => recalculateNow,
    replaceNationalData: () => replaceNationalData,
    runDailyRemindersFromTrigger: () => runDailyRemindersFromTrigger,
    selectTrackerRow: () => selectTrackerRow,
    sendDueRemindersNow: () => sendDueRemindersNow,
    sendTestReminderToMe: () => sendTestReminderToMe,
    setUpTracker: () => setUpTracker2,
    showTimeline: () => showTimeline,
    turnOffDailyReminders: () => turnOffDailyReminders,
    turnOnDailyReminders: () => turnOnDailyReminders,
    updateNationalData: () => updateNationalData
  });

  // src/domain/rules/civil-date.ts
  function isLeapYear(year) {
    return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0;
  }
  __name(isLeapYear, "isLeapYear");
  var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  function daysInMonth(year, month) {
    return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1] ?? 0;
  }
  __name(daysInMonth, "daysInMonth");
  var MIN_YEAR = 1900;
  var MAX_YEAR = 2200;
  function civilDate(year, month, day) {
    if (![year, month, day].every(Number.isInteger)) return void 0;
    if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return void 0;
    if (day < 1 || day > daysInMonth(year, month)) return void 0;
    return { year, month, day };
  }
  __name(civilDate, "civilDate");
  function civil(iso2) {
    const date2 = parseIsoDate(iso2);
    if (!date2) throw new RangeError(`Not a date: ${iso2}`);
    return date2;
  }
  __name(civil, "civil");
  var ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
  var SLASH_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
  function isSlashDate(text3) {
    return SLASH_DATE.test(text3.trim());
  }
  __name(isSlashDate, "isSlashDate");
  function parseIsoDate(text3) {
    const match = ISO_DATE.exec(text3.trim());
    return match ? civilDate(Number(match[1]), Number(match[2]), Number(match[3])) : void 0;
  }
  __name(parseIsoDate, "parseIsoDate");
  function parseSlashDate(text3, order = "dayFirst") {
    const match = SLASH_DATE.exec(text3.trim());
    if (!match || order === "yearFirst") return void 0;
    const [first, second] = [Number(match[1]), Number(match[2])];
    const year = Number(match[3]);
    return order === "dayFirst" ? civilDate(year, second, first) : civilDate(year, first, second);
  }
  __name(parseSlashDate, "parseSlashDate");
  function parseDateText(text3, order = "dayFirst") {
    return parseIsoDate(text3) ?? parseSlashDate(text3, order);
  }
  __name(parseDateText, "parseDateText");
  function pad(value, width) {
    return String(value).padStart(width, "0");
  }
  __name(pad, "pad");
  function formatIso(date2) {
    return `${pad(date2.year, 4)}-${pad(date2.month, 2)}-${pad(date2.day, 2)}`;
  }
  __name(formatIso, "formatIso");
  function toDayNumber(date2) {
    const year = date2.month <= 2 ? date2.year - 1 : date2.year;
    const era = Math.floor(year / 400);
    const yearOfEra = year - era * 400;
    const monthFromMarch = (date2.month + 9) % 12;
    const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + date2.day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
  }
  __name(toDayNumber, "toDayNumber");
  function fromDayNumber(dayNumber) {
    const shifted = dayNumber + 719468;
    const era = Math.floor(shifted / 146097);
    const dayOfEra = shifted - era * 146097;
    const yearOfEra = Math.floor(
      (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365
    );
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
    const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
    const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return { year, month, day };
  }
  __name(fromDayNumber, "fromDayNumber");
  function dayOfWeek(date2) {
    return ((toDayNumber(date2) + 4) % 7 + 7) % 7;
  }
  __name(dayOfWeek, "dayOfWeek");
  function addDays(date2, days) {
    return fromDayNumber(toDayNumber(date2) + days);
  }
  __name(addDays, "addDays");
  function addMonths(date2, months2) {
    const monthIndex = date2.year * 12 + (date2.month - 1) + months2;
    const year = Math.floor(monthIndex / 12);
    const month = monthIndex - year * 12 + 1;
    return { year, month, day: Math.min(date2.day, daysInMonth(year, month)) };
  }
  __name(addMonths, "addMonths");
  function daysBetween(from, to) {
    return toDayNumber(to) - toDayNumber(from);
  }
  __name(daysBetween, "daysBetween");
  function compareDates(a, b) {
    return toDayNumber(a) - toDayNumber(b);
  }
  __name(compareDates, "compareDates");
  function isBefore(a, b) {
    return compareDates(a, b) < 0;
  }
  __name(isBefore, "isBefore");
  function isAfter(a, b) {
    return compareDates(a, b) > 0;
  }
  __name(isAfter, "isAfter");
  function monthWindow(anchor, fromMonths, toMonths) {
    return { opens: addMonths(anchor, fromMonths), closes: addMonths(anchor, toMonths) };
  }
  __name(monthWindow, "monthWindow");
  function shiftWindow(window, days) {
    return { opens: addDays(window.opens, days), closes: addDays(window.closes, days) };
  }
  __name(shiftWindow, "shiftWindow");

  // src/sheets/locale.ts
  var UK_LOCALE = "en_GB";
  function slashOrderOfLocale(locale) {
    const tag = locale.replace(/_/g, "-");
    let supported;
    try {
      supported = Intl.DateTimeFormat.supportedLocalesOf([tag]);
    } catch {
      return "yearFirst";
    }
    if (supported.length === 0) return "yearFirst";
    const first = new Intl.DateTimeFormat(tag, {
      timeZone: "UTC",
      year: "numeric",
      month: "2-digit",
      day: "2-digit"
    }).formatToParts(new Date(Date.UTC(2024, 2, 11))).find((part) => part.type === "day" || part.type === "month" || part.type === "year")?.type;
    return first === "day" ? "dayFirst" : first === "month" ? "monthFirst" : "yearFirst";
  }
  __name(slashOrderOfLocale, "slashOrderOfLocale");
  function spreadsheetLocale(spreadsheet) {
    const locale = spreadsheet.getSpreadsheetLocale();
    return { locale, slashOrder: slashOrderOfLocale(locale) };
  }
  __name(spreadsheetLocale, "spreadsheetLocale");

  // src/sheets/dates.ts
  var DATE_FORMAT = "d mmm yyyy";
  var DATE_TIME_FORMAT = "d mmm yyyy hh:mm";
  function remember(cache, key, make) {
    let value = cache.get(key);
    if (value === void 0) {
      value = make();
      cache.set(key, value);
    }
    return value;
  }
  __name(remember, "remember");
  function utilitiesDateCodec(timeZone) {
    const civilByTime = /* @__PURE__ */ new Map();
    const timeByIso = /* @__PURE__ */ new Map();
    return {
      dateOfCell: /* @__PURE__ */ __name((value) => remember(civilByTime, value.getTime(), () => {
        const iso2 = Utilities.formatDate(value, timeZone, "yyyy-MM-dd");
        const date2 = parseIsoDate(iso2);
        if (!date2) throw new Error(`Utilities.formatDate gave ${iso2}, not a date`);
        return date2;
      }), "dateOfCell"),
      toSheetDate: /* @__PURE__ */ __name((date2) => {
        const iso2 = formatIso(date2);
        return new Date(
          remember(timeByIso, iso2, () => Utilities.parseDate(iso2, timeZone, "yyyy-MM-dd").getTime())
        );
      }, "toSheetDate")
    };
  }
  __name(utilitiesDateCodec, "utilitiesDateCodec");
  var DAY_MS = 864e5;
  var wallClockFormats = /* @__PURE__ */ new Map();
  function wallClockFormat(timeZone) {
    let format = wallClockFormats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric"
      });
      wallClockFormats.set(timeZone, format);
    }
    return format;
  }
  __name(wallClockFormat, "wallClockFormat");
  function wallClock(time2, timeZone) {
    const parts = {};
    for (const part of wallClockFormat(timeZone).formatToParts(new Date(time2))) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    return {
      year: parts.year ?? NaN,
      month: parts.month ?? NaN,
      day: parts.day ?? NaN,
      hour: parts.hour ?? NaN,
      minute: parts.minute ?? NaN,
      second: parts.second ?? NaN,
      millisecond: (time2 % 1e3 + 1e3) % 1e3
    };
  }
  __name(wallClock, "wallClock");
  function wallTimeOf(clock) {
    return Date.UTC(
      clock.year,
      clock.month - 1,
      clock.day,
      clock.hour,
      clock.minute,
      clock.second,
      clock.millisecond
    );
  }
  __name(wallTimeOf, "wallTimeOf");
  function offsetAt(time2, timeZone) {
    return wallTimeOf(wallClock(time2, timeZone)) - time2;
  }
  __name(offsetAt, "offsetAt");
  function instantOfWallTime(wall, offsetOf) {
    const offsetBefore = offsetOf(wall - DAY_MS);
    const offsetAfter = offsetOf(wall + DAY_MS);
    const candidates = [wall - offsetBefore, wall - offsetAfter].sort((a, b) => a - b);
    const exact = candidates.find((time2) => time2 + offsetOf(time2) === wall);
    return exact ?? wall - offsetBefore;
  }
  __name(instantOfWallTime, "instantOfWallTime");
  function intlDateCodec(timeZone) {
    try {
      wallClockFormat(timeZone);
    } catch {
      return void 0;
    }
    const civilByTime = /* @__PURE__ */ new Map();
    const timeByIso = /* @__PURE__ */ new Map();
    return {
      dateOfCell: /* @__PURE__ */ __name((value) => remember(civilByTime, value.getTime(), () => {
        const { year, month, day } = wallClock(value.getTime(), timeZone);
        return { year, month, day };
      }), "dateOfCell"),
      toSheetDate: /* @__PURE__ */ __name((date2) => new Date(
        remember(
          timeByIso,
          formatIso(date2),
          () => instantOfWallTime(
            Date.UTC(date2.year, date2.month - 1, date2.day),
            (time2) => offsetAt(time2, timeZone)
          )
        )
      ), "toSheetDate")
    };
  }
  __name(intlDateCodec, "intlDateCodec");
  var PROBES = [Date.UTC(2024, 0, 15, 12), Date.UTC(2024, 6, 15, 12)];
  function spreadsheetDateCodec(timeZone) {
    const intl = intlDateCodec(timeZone);
    const agrees = intl !== void 0 && PROBES.every((time2) => {
      const date2 = new Date(time2);
      return Utilities.formatDate(date2, timeZone, "yyyy-MM-dd") === formatIso(intl.dateOfCell(date2));
    });
    return intl && agrees ? intl : utilitiesDateCodec(timeZone);
  }
  __name(spreadsheetDateCodec, "spreadsheetDateCodec");
  function activeSpreadsheetDateCodec() {
    const spreadsheet = SpreadsheetApp.getActive();
    const { slashOrder } = spreadsheetLocale(spreadsheet);
    return { ...spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()), slashOrder };
  }
  __name(activeSpreadsheetDateCodec, "activeSpreadsheetDateCodec");

  // src/sheets/menu.ts
  var MENU_TITLE = "ILACS tracker";
  var MENU_ITEMS = [
    { caption: "Set up tracker", handler: "setUpTracker" },
    { caption: "Recalculate now", handler: "recalculateNow" },
    { caption: "Check for problems", handler: "checkForProblems" },
    { caption: "Show timeline", handler: "showTimeline" },
    { caption: "Update national data...", handler: "updateNationalData" },
    null,
    { caption: "Preview today's reminders", handler: "previewTodaysReminders" },
    { caption: "Send a test reminder to me", handler: "sendTestReminderToMe" },
    { caption: "Send due reminders now", handler: "sendDueRemindersNow" },
    null,
    { caption: "Turn on daily reminders", handler: "turnOnDailyReminders" },
    { caption: "Turn off daily reminders", handler: "turnOffDailyReminders" },
    null,
    { caption: "Check installation", handler: "checkInstallation" }
  ];
  function addMenu(ui) {
    const menu = ui.createMenu(MENU_TITLE);
    for (const item of MENU_ITEMS) {
      if (item) menu.addItem(item.caption, item.handler);
      else menu.addSeparator();
    }
    menu.addToUi();
  }
  __name(addMenu, "addMenu");

  // src/domain/rules/date-words.ts
  var MONTHS = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec"
  ];
  function monthAndYear(date2) {
    return `${MONTHS[date2.month - 1] ?? ""} ${date2.year}`;
  }
  __name(monthAndYear, "monthAndYear");
  function monthSpan(from, to) {
    if (from.year !== to.year) return `${monthAndYear(from)}-${monthAndYear(to)}`;
    if (from.month === to.month) return monthAndYear(from);
    return `${MONTHS[from.month - 1] ?? ""}-${monthAndYear(to)}`;
  }
  __name(monthSpan, "monthSpan");
  var MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  ];
  var WEEKDAYS = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday"
  ];
  function weekdayName(date2) {
    return WEEKDAYS[dayOfWeek(date2)] ?? "";
  }
  __name(weekdayName, "weekdayName");
  function longDate(date2) {
    return `${weekdayName(date2)} ${date2.day} ${MONTH_NAMES[date2.month - 1] ?? ""} ${date2.year}`;
  }
  __name(longDate, "longDate");
  function shortDate(date2) {
    return `${date2.day} ${MONTHS[date2.month - 1] ?? ""} ${date2.year}`;
  }
  __name(shortDate, "shortDate");
  function relativeDays(today, date2) {
    const days = daysBetween(today, date2);
    if (days === 0) return "today";
    if (days === 1) return "tomorrow";
    if (days > 1) return `in ${days} days`;
    return days === -1 ? "1 day ago" : `${-days} days ago`;
  }
  __name(relativeDays, "relativeDays");

  // src/domain/text/html.ts
  var ESCAPES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;"
  };
  function escapeHtml(value) {
    return String(value ?? "").replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
  }
  __name(escapeHtml, "escapeHtml");

  // src/domain/timeline/shapes.ts
  var MARK_CLASS = {
    monitoring: "monitoring",
    meeting: "meeting",
    selfEvaluation: "self-evaluation",
    inspection: "inspection"
  };
  var MID = 11;
  var FRAMEWORK_Y = 'y="2" height="16"';
  var FORECAST_Y = 'y="6" height="10"';
  var FOCUSED_Y = 19;
  function shapePath(kind, x) {
    switch (kind) {
      case "monitoring":
        return `M${x} ${MID - 6}l6 11h-12z`;
      case "meeting":
        return `M${x} ${MID}m-5 0a5 5 0 1 0 10 0a5 5 0 1 0-10 0z`;
      case "selfEvaluation":
        return `M${x} ${MID - 6}l6 6l-6 6l-6-6z`;
      case "inspection":
        return `M${x - 4.5} ${MID - 4.5}h9v9h-9z`;
    }
  }
  __name(shapePath, "shapePath");
  var chevron = /* @__PURE__ */ __name((x, colour, tip = "") => `<path class="chevron" stroke="${colour}" d="M${x} ${MID - 6}l6 6l-6 6">${tip}</path>`, "chevron");
  var title = /* @__PURE__ */ __name((text3) => `<title>${escapeHtml(text3)}</title>`, "title");
  var span = /* @__PURE__ */ __name((window) => `${shortDate(window.opens)} to ${shortDate(window.closes)}`, "span");
  var round = /* @__PURE__ */ __name((value) => Math.round(value * 10) / 10, "round");

  // src/domain/timeline/facts.ts
  var FACT_HEADERS = [
    "Authority",
    "Region",
    "Pathway",
    "Next inspection",
    "Expected (forecast)",
    "Framework window",
    "Focused visits",
    "Next monitoring visit",
    "Next engagement meeting",
    "Self-evaluation due",
    "Status"
  ];
  function factsHtml(rows) {
    const date2 = /* @__PURE__ */ __name((value) => value ? shortDate(value) : "", "date");
    const body = rows.map((row2) => {
      const cells = [
        row2.authority,
        row2.region,
        row2.pathway,
        row2.nextInspection,
        row2.expected ? span(row2.expected) : "",
        row2.framework ? `${span(row2.framework)}${row2.due ? `, due ${shortDate(row2.due)}` : ""}` : "",
        row2.focusedVisits,
        date2(row2.monitoringVisit),
        date2(row2.meeting),
        date2(row2.selfEvaluationDue),
        row2.status
      ];
      return `<tr>${cells.map((cell, index) => index === 0 ? `<th scope="row">${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`).join("")}</tr>`;
    });
    return `<div class="sr-only"><table id="facts"><caption>The timeline's facts, one row per authority, in the same order</caption><thead><tr>${FACT_HEADERS.map((header) => `<th scope="col">${header}</th>`).join("")}</tr></thead><tbody>${body.join("")}</tbody></table></div>`;
  }
  __name(factsHtml, "factsHtml");

  // src/domain/timeline/page.ts
  var LABEL_WIDTH = 200;
  var ROW_HEIGHT = 24;
  var COLOURS = {
    blue: "#0072B2",
    orange: "#E69F00",
    vermilion: "#D55E00",
    green: "#009E73",
    purple: "#CC79A7"
  };
  var { blue, orange, vermilion, green, purple } = COLOURS;
  var STYLE = `body{font:12px Arial,Helvetica,sans-serif;color:#222;margin:0 8px 8px}
p{margin:6px 0}select{font:inherit}
.legend{display:flex;flex-wrap:wrap;gap:2px 14px;margin:6px 0;align-items:center}
.legend>span{display:inline-flex;align-items:center;gap:3px}
#axis{position:sticky;top:0;z-index:3;background:#fff;display:flex;border-bottom:1px solid #999}
#rows{position:relative;width:max-content}
.row{display:flex;height:${ROW_HEIGHT}px;border-bottom:1px solid #eee;position:relative;z-index:1;content-visibility:auto;contain-intrinsic-size:auto ${ROW_HEIGHT}px}
.row:nth-of-type(even){background:rgba(0,0,0,.025)}.row:hover{background:rgba(0,0,0,.07)}
.label{width:${LABEL_WIDTH}px;flex:none;display:flex;align-items:center;gap:3px;overflow:hidden}
.name{flex:1;min-width:0;text-align:left;background:none;border:0;padding:0 4px 0 0;font:inherit;color:#0b4f8a;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.name:hover,.name:focus{text-decoration:underline}
.badge{flex:none;width:13px;height:13px;border-radius:50%;background:#000;color:#fff;font-weight:bold;font-size:10px;line-height:13px;text-align:center}
.badge.blank{background:none}
svg{display:block;overflow:visible}
.grid,.today-line{position:absolute;top:0;left:${LABEL_WIDTH}px;height:100%;pointer-events:none}
.grid{z-index:0}.today-line{z-index:2}
.grid line{stroke:#e4e4e4}.grid .new-year{stroke:#9a9a9a}.grid rect{fill:#f3f3f3}.grid .earlier{fill:#e6e6e6}
.today-line line,.now{stroke:#000;stroke-width:2}
.month-label{font-size:10px;fill:#444}.year-label{font-size:11px;font-weight:bold;fill:#222}.today-label{font-size:11px;font-weight:bold;fill:#fff}#axis rect{fill:#000}
.framework{fill:url(#hatch);stroke:${blue};stroke-opacity:.45}
.forecast{fill:${blue}}
.focused{stroke:${orange};stroke-width:3;stroke-dasharray:5 2}
.passed{stroke:#000;stroke-width:6}
.due{fill:${blue};fill-opacity:.6}
.mark{stroke:#fff;stroke-width:1}
.monitoring{fill:${vermilion}}.meeting{fill:${green}}.self-evaluation{fill:${purple}}.inspection{fill:${blue}}
.done{fill:#fff;stroke-width:2}.done.monitoring{stroke:${vermilion}}.done.meeting{stroke:${green}}.done.self-evaluation{stroke:${purple}}.done.inspection{stroke:${blue}}
.overdue{stroke:#000;stroke-width:2.5}
.chevron{fill:none;stroke-width:2}
.no-dates{font-size:11px;fill:#666;font-style:italic}
#tip{position:fixed;display:none;z-index:4;max-width:380px;background:#fff;border:1px solid #333;border-radius:3px;padding:6px 8px;box-shadow:0 2px 6px rgba(0,0,0,.25);pointer-events:none;white-space:pre-line}
.sr-only{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden;white-space:nowrap;content-visibility:auto;contain-intrinsic-size:1px 1px}`;
  var DEFS = `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${blue}" fill-opacity=".08"/><line x1="0" y1="0" x2="0" y2="6" stroke="${blue}" stroke-opacity=".4" stroke-width="2"/></pattern></defs></svg>`;
  function pageScript(statusColumn) {
    return `(function(){
var rows=document.querySelectorAll('#rows .row'),facts=document.querySelectorAll('#facts tbody tr');
var fg=document.getElementById('fg'),fp=document.getElementById('fp'),shown=document.getElementById('shown');
var msg=document.getElementById('msg'),tip=document.getElementById('tip'),box=document.getElementById('rows');
function filter(){var n=0;for(var i=0;i<rows.length;i++){var r=rows[i];
var on=(fg.value===''||r.getAttribute('data-g')===fg.value)&&(fp.value===''||r.getAttribute('data-p')===fp.value);
r.style.display=on?'':'none';if(facts[i])facts[i].style.display=on?'':'none';if(on)n++;}
shown.textContent=n+' of '+rows.length+(rows.length===1?' authority':' authorities');}
fg.addEventListener('change',filter);fp.addEventListener('change',filter);
function move(e){if(tip.style.display!=='block')return;var x=e.clientX+14,y=e.clientY+14;
if(x+tip.offsetWidth>innerWidth-4)x=e.clientX-tip.offsetWidth-14;if(y+tip.offsetHeight>innerHeight-4)y=e.clientY-tip.offsetHeight-14;
tip.style.left=Math.max(4,x)+'px';tip.style.top=Math.max(4,y)+'px';}
box.addEventListener('mouseover',function(e){var el=e.target,t=el.querySelector&&el.querySelector(':scope>title');
if(t){el.setAttribute('data-t',t.textContent);el.removeChild(t);}
var text=el.getAttribute&&el.getAttribute('data-t'),r=el.closest&&el.closest('.row');
if(!text||!r){tip.style.display='none';return;}
var cells=(facts[+r.getAttribute('data-i')]||{}).cells||[],b=document.createElement('b');
b.textContent=cells[0]?cells[0].textContent:'';tip.textContent='';tip.appendChild(b);
tip.appendChild(document.createTextNode('\\n'+text+(cells[${statusColumn}]?'\\nStatus: '+cells[${statusColumn}].textContent:'')));
tip.style.display='block';move(e);});
box.addEventListener('mousemove',move);
box.addEventListener('mouseleave',function(){tip.style.display='none';});
box.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-row]');if(!b)return;
var row=+b.getAttribute('data-row'),name=b.textContent,g=window.google,run=g&&g.script&&g.script.run;
if(!run){msg.textContent=name+' is row '+row+' of the Tracker: in the Sheet, clicking it selects that row.';return;}
msg.textContent='Selecting '+name+', row '+row+'...';
run.withSuccessHandler(function(){g.script.host.close();}).withFailureHandler(function(error){msg.textContent=(error&&error.message)||String(error);}).selectTrackerRow(row);});
})();`;
  }
  __name(pageScript, "pageScript");

  // src/domain/timeline/scale.ts
  var MONTHS_BEFORE = 6;
  var MONTHS_AFTER = 24;
  var DAY_WIDTH = 1;
  var EARLIER_WIDTH = 54;
  function timeScale(today) {
    const start = addMonths({ ...today, day: 1 }, -MONTHS_BEFORE);
    const end = addMonths({ ...today, day: 1 }, MONTHS_AFTER + 1);
    return {
      start,
      end,
      left: EARLIER_WIDTH,
      width: EARLIER_WIDTH + daysBetween(start, end) * DAY_WIDTH
    };
  }
  __name(timeScale, "timeScale");
  function xOf(scale, date2) {
    return scale.left + daysBetween(scale.start, date2) * DAY_WIDTH;
  }
  __name(xOf, "xOf");
  function placeOf(scale, date2) {
    if (compareDates(date2, scale.start) < 0) return "before";
    return compareDates(date2, scale.end) < 0 ? "within" : "after";
  }
  __name(placeOf, "placeOf");
  function barOf(scale, window) {
    if (placeOf(scale, window.opens) === "after") return "after";
    const left = Math.max(scale.left, xOf(scale, window.opens));
    const right = Math.min(scale.width, xOf(scale, window.closes) + DAY_WIDTH);
    return right <= scale.left ? "before" : { x: left, width: right - left };
  }
  __name(barOf, "barOf");
  function monthTicks(scale) {
    const ticks = [];
    for (let month = scale.start; compareDates(month, scale.end) < 0; month = addMonths(month, 1)) {
      const x = xOf(scale, month);
      ticks.push({ x, month, middle: (x + xOf(scale, addMonths(month, 1))) / 2 });
    }
    return ticks;
  }
  __name(monthTicks, "monthTicks");

  // src/domain/timeline/frame.ts
  function axisHtml(scale, today) {
    const now = xOf(scale, today) + DAY_WIDTH / 2;
    const todayFrom = now - 20;
    const todayTo = now + 20;
    const labels = monthTicks(scale).flatMap(({ x, month, middle }, index) => {
      const name = monthAndYear(month).slice(0, 3);
      const yearX = x + 2 > todayFrom - 28 && x + 2 < todayTo ? todayTo + 3 : x + 2;
      const year = month.month === 1 || index === 0 && month.month <= 11 ? [`<text class="year-label" x="${round(yearX)}" y="12">${month.year}</text>`] : [];
      return [
        ...year,
        `<text class="month-label" x="${round(middle)}" y="27" text-anchor="middle">${name}</text>`
      ];
    });
    return `<div id="axis" aria-hidden="true"><div class="label"><b>Authority</b></div><svg width="${scale.width}" height="32"><text class="month-label" x="${scale.left / 2}" y="27" text-anchor="middle">Earlier</text>${labels.join("")}<line class="now" x1="${now}" x2="${now}" y1="16" y2="32"/><rect x="${todayFrom}" y="1" width="40" height="14" rx="2"/><text class="today-label" x="${now}" y="12" text-anchor="middle">Today</text></svg></div>`;
  }
  __name(axisHtml, "axisHtml");
  function gridHtml(scale, today) {
    const lines = monthTicks(scale).map(
      ({ x, month }) => `<line${month.month === 1 ? ' class="new-year"' : ""} x1="${x}" x2="${x}" y1="0" y2="100%"/>`
    ).join("");
    const now = xOf(scale, today) + DAY_WIDTH / 2;
    return {
      under: `<svg class="grid" width="${scale.width}" aria-hidden="true"><rect class="earlier" x="0" y="0" width="${scale.left}" height="100%"/><rect x="${scale.left}" y="0" width="${now - scale.left}" height="100%"/>${lines}</svg>`,
      over: `<svg class="today-line" width="${scale.width}" aria-hidden="true"><line x1="${now}" x2="${now}" y1="0" y2="100%"/></svg>`
    };
  }
  __name(gridHtml, "gridHtml");
  function legendItem(svg, text3, width = 26) {
    return `<span><svg width="${width}" height="22" aria-hidden="true">${svg}</svg>${text3}</span>`;
  }
  __name(legendItem, "legendItem");
  function legendHtml() {
    const mark = /* @__PURE__ */ __name((kind, x = 13, extra = "") => `<path class="mark ${MARK_CLASS[kind]}${extra}" d="${shapePath(kind, x)}"/>`, "mark");
    const done = ["monitoring", "meeting", "selfEvaluation", "inspection"].map((kind, index) => mark(kind, 7 + index * 14, " done")).join("");
    return `<div class="legend" aria-hidden="true">${[
      legendItem(
        `<rect class="forecast" x="1" ${FORECAST_Y} width="24" rx="2"/>`,
        "Next inspection expected (forecast)"
      ),
      legendItem(
        `<rect class="framework" x="1" ${FRAMEWORK_Y} width="24"/><rect class="due" x="12" ${FRAMEWORK_Y} width="2"/>`,
        "Framework window (the line: its due date)"
      ),
      legendItem(
        `<line class="focused" x1="1" x2="25" y1="${MID}" y2="${MID}"/>`,
        "Focused visit, indicative window"
      ),
      legendItem(mark("monitoring"), "Monitoring visit"),
      legendItem(mark("meeting"), "Engagement meeting"),
      legendItem(mark("selfEvaluation"), "Self-evaluation due"),
      legendItem(done, "Hollow: done (the square: last inspection)", 56),
      legendItem(
        mark("meeting", 13, " overdue"),
        'Black outline, and <span class="badge">!</span> by the name: overdue'
      ),
      legendItem(chevron(9, COLOURS.blue), "Later than the timeline")
    ].join("")}</div>`;
  }
  __name(legendHtml, "legendHtml");

  // src/domain/timeline/overdue.ts
  var NOTHING_OVERDUE = {
    inspection: false,
    meeting: false,
    selfEvaluation: false
  };
  function overdueOn(computedOn2, written, submitted) {
    if (!computedOn2) return NOTHING_OVERDUE;
    const passed = /* @__PURE__ */ __name((date2) => date2 !== void 0 && isBefore(date2, computedOn2), "passed");
    return {
      inspection: written.hasForecast === false && passed(written.windowCloses),
      meeting: passed(written.meeting),
      selfEvaluation: passed(written.selfEvaluationDue) && !submitted()
    };
  }
  __name(overdueOn, "overdueOn");
  function isAnythingOverdue(overdue2) {
    return overdue2.inspection || overdue2.meeting || overdue2.selfEvaluation;
  }
  __name(isAnythingOverdue, "isAnythingOverdue");

  // src/domain/timeline/row-chart.ts
  var EARLIER_X = {
    inspection: 7,
    monitoring: 20,
    selfEvaluation: 33,
    meeting: 46
  };
  function markSvg(scale, mark) {
    const x = placeOf(scale, mark.date) === "before" ? EARLIER_X[mark.kind] : Math.min(xOf(scale, mark.date) + DAY_WIDTH / 2, scale.width - 6);
    const classes = [
      "mark",
      MARK_CLASS[mark.kind],
      ...mark.done ? ["done"] : [],
      ...mark.overdue ? ["overdue"] : []
    ];
    return `<path class="${classes.join(" ")}" d="${shapePath(mark.kind, round(x))}">${title(mark.text)}</path>`;
  }
  __name(markSvg, "markSvg");
  function windowSvg(scale, window, colour, text3, draw, earlier = () => "") {
    const bar = barOf(scale, window);
    if (bar === "after") return chevron(scale.width - 8, colour, title(text3));
    if (bar === "before") return earlier(title(text3));
    const cut = placeOf(scale, window.closes) === "after";
    return draw(round(bar.x), round(bar.width), title(text3)) + (cut ? chevron(scale.width + 2, colour, title(text3)) : "");
  }
  __name(windowSvg, "windowSvg");
  function inspectionSvg(scale, row2) {
    const parts = [];
    const { framework, expected, due } = row2;
    const overdue2 = row2.overdue.inspection;
    if (framework) {
      const text3 = `Framework window ${span(framework)}${due ? `, due ${shortDate(due)}` : ""}` + (overdue2 ? ": closed, overdue" : "");
      parts.push(
        windowSvg(
          scale,
          framework,
          COLOURS.blue,
          text3,
          (x, width, tip) => `<rect class="framework${overdue2 ? " overdue" : ""}" x="${x}" ${FRAMEWORK_Y} width="${width}">${tip}</rect>`
        )
      );
      const dueX = due && xOf(scale, due);
      if (dueX !== void 0 && dueX >= scale.left && dueX < scale.width) {
        parts.push(`<rect class="due" x="${dueX}" ${FRAMEWORK_Y} width="2"/>`);
      }
    }
    if (expected) {
      const kind = row2.nextInspection ? ` (${row2.nextInspection})` : "";
      parts.push(
        windowSvg(
          scale,
          expected,
          COLOURS.blue,
          `Next inspection expected ${span(expected)}${kind}`,
          (x, width, tip) => `<rect class="forecast" x="${x}" ${FORECAST_Y} width="${width}" rx="2">${tip}</rect>`
        )
      );
    }
    return parts;
  }
  __name(inspectionSvg, "inspectionSvg");
  function focusedLine(from, to, passed, tip, y = FOCUSED_Y) {
    const line = `x1="${from}" x2="${round(to)}" y1="${y}" y2="${y}"`;
    return `${passed ? `<line class="passed" ${line}/>` : ""}<line class="focused" ${line}>${tip}</line>`;
  }
  __name(focusedLine, "focusedLine");
  function focusedVisitSvg(scale, row2, today) {
    const window = row2.focusedVisit;
    if (!window) return [];
    const passed = isBefore(window.closes, today);
    const text3 = `Next focused visit, indicative ${span(window)}` + (passed ? ": passed, record the visits in Focused visits since" : "");
    return [
      windowSvg(
        scale,
        window,
        COLOURS.orange,
        text3,
        (x, width, tip) => focusedLine(x, x + width, passed, tip),
        // Earlier than the first month: on the middle line, first in the column of what is earlier.
        (tip) => focusedLine(1, 13, true, tip, MID)
      )
    ];
  }
  __name(focusedVisitSvg, "focusedVisitSvg");
  function marksOf(scale, row2, today) {
    const marks = [];
    const add = /* @__PURE__ */ __name((kind, date2, text3, extra = {}) => {
      if (date2) marks.push({ kind, date: date2, text: text3, ...extra });
    }, "add");
    const { done } = row2;
    const recorded = /* @__PURE__ */ __name((kind, date2, text3) => {
      if (date2 && !isBefore(date2, scale.start) && !isBefore(today, date2))
        add(kind, date2, text3, { done: true });
    }, "recorded");
    recorded("inspection", done.lastInspection, "Last inspection started");
    recorded("monitoring", done.monitoringVisit, "Monitoring visit done");
    recorded("meeting", done.meeting, "Engagement meeting held");
    recorded("selfEvaluation", done.selfEvaluation, "Self-evaluation submitted");
    const passed = row2.monitoringVisit !== void 0 && isBefore(row2.monitoringVisit, today);
    add("monitoring", row2.monitoringVisit, "Next monitoring visit", {
      overdue: passed,
      note: passed ? "passed, record it in Last monitoring visit" : void 0
    });
    for (const [kind, date2, text3, overdue2] of [
      ["selfEvaluation", row2.selfEvaluationDue, "Self-evaluation due", row2.overdue.selfEvaluation],
      ["meeting", row2.meeting, "Next engagement meeting", row2.overdue.meeting]
    ]) {
      add(kind, date2, text3, { overdue: overdue2, note: overdue2 ? "overdue" : void 0 });
    }
    return marks.map(({ note, ...mark }) => ({
      ...mark,
      text: `${mark.text} ${shortDate(mark.date)}${note ? `: ${note}` : ""}`
    }));
  }
  __name(marksOf, "marksOf");
  function rowHtml(scale, row2, index, today, filters) {
    const shapes = [
      ...inspectionSvg(scale, row2),
      ...focusedVisitSvg(scale, row2, today),
      ...marksOf(scale, row2, today).map((mark) => markSvg(scale, mark))
    ];
    if (shapes.length === 0) {
      const why = row2.hasProblems ? "see its Problems cell" : "run Recalculate now";
      shapes.push(`<text class="no-dates" x="6" y="${MID + 4}">No dates to show: ${why}</text>`);
    }
    const badge = isAnythingOverdue(row2.overdue) ? '<span class="badge" title="Something is overdue">!<span class="sr-only"> (overdue)</span></span>' : '<span class="badge blank"></span>';
    return `<div class="row" data-i="${index}" data-g="${filters.region}" data-p="${filters.pathway}"><div class="label">${badge}<button type="button" class="name" data-row="${row2.rowNumber}" title="${escapeHtml(row2.authority)}: select row ${row2.rowNumber} of the Tracker">${escapeHtml(row2.authority)}</button></div><svg width="${scale.width}" height="${ROW_HEIGHT}" aria-hidden="true">${shapes.join("")}</svg></div>`;
  }
  __name(rowHtml, "rowHtml");

  // src/domain/rules/rule-settings.ts
  function pauseLengthDays(pause) {
    return daysBetween(pause.first, pause.last) + 1;
  }
  __name(pauseLengthDays, "pauseLengthDays");
  var COVID_PAUSE = { first: civil("2020-03-17"), last: civil("2021-06-27") };
  var DEFAULT_RULE_SETTINGS = {
    inspectionCycleMonths: 36,
    windowBeforeMonths: 6,
    windowAfterMonths: 6,
    pauses: [COVID_PAUSE],
    shortFocusedVisitWindow: { from: 6, to: 30 },
    standardFocusedVisitWindows: [
      { from: 6, to: 18 },
      { from: 18, to: 30 }
    ],
    firstMonitoringVisitMonths: 6,
    firstMonitoringVisitWindow: { from: 4, to: 7 },
    monitoringIntervalMonths: 3,
    monitoringWindowMonths: 1,
    engagementMeetingIntervalMonths: 12,
    selfEvaluationLeadDays: 28
  };

  // src/domain/text/words.ts
  function listInWords(items) {
    if (items.length <= 1) return items.join("");
    return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
  }
  __name(listInWords, "listInWords");
  function countOf(count, word, plural = `${word}s`) {
    return `${count} ${count === 1 ? word : plural}`;
  }
  __name(countOf, "countOf");

  // src/domain/rules/pauses.ts
  function pauseShift(lastStart, unshifted, pauses2) {
    const inDateOrder = [...pauses2].sort((a, b) => compareDates(a.first, b.first));
    let days = 0;
    const applied = [];
    for (const pause of inDateOrder) {
      const closes = addDays(unshifted.closes, days);
      if (!isAfter(lastStart, pause.last) && !isBefore(closes, pause.first)) {
        days += pauseLengthDays(pause);
        applied.push(pause);
      }
    }
    return { days, applied };
  }
  __name(pauseShift, "pauseShift");
  function describePauseShift(shift) {
    const span2 = /* @__PURE__ */ __name((pause) => `${formatIso(pause.first)} to ${formatIso(pause.last)}`, "span");
    const [only] = shift.applied;
    const pauses2 = shift.applied.length === 1 && only ? `the pause in routine inspections from ${span2(only)}` : `the pauses in routine inspections ${listInWords(shift.applied.map((pause) => `${span2(pause)} (${pauseLengthDays(pause)} days)`))}`;
    return `moved ${shift.days} days later for ${pauses2} (R2e)`;
  }
  __name(describePauseShift, "describePauseShift");

  // src/domain/rules/focused-visits.ts
  var EXPECTED_FOCUSED_VISITS = {
    short: 1,
    standard: 2,
    inadequate: 0
  };
  var PRIORITY_ACTION_FLAG = "priority action - the next inspection may be brought forward";
  var NEXT_INDICATIVE = "next indicative";
  function indicativeWindowOf(summary) {
    const match = new RegExp(`${NEXT_INDICATIVE} (\\S+) to (\\S+?)(;|$)`).exec(summary);
    const opens = parseIsoDate(match?.[1] ?? "");
    const closes = parseIsoDate(match?.[2] ?? "");
    return opens && closes && !isBefore(closes, opens) ? { opens, closes } : void 0;
  }
  __name(indicativeWindowOf, "indicativeWindowOf");
  var NOTICE = "Notice: about 5 working days for a focused visit, 10 for a JTAI (R3e).";
  function visitBeforeInspection(record) {
    return record.lastFocusedVisit !== void 0 && isBefore(record.lastFocusedVisit, record.lastStart);
  }
  __name(visitBeforeInspection, "visitBeforeInspection");
  function focusedVisitsDone(record, pathway) {
    const reasons = [];
    let visits = record.focusedVisitsSince;
    if (visits === void 0) {
      const visitSinceInspection = record.lastFocusedVisit !== void 0 && !visitBeforeInspection(record);
      visits = visitSinceInspection ? 1 : 0;
      if (visitSinceInspection)
        reasons.push("a focused visit is dated on or after the last inspection, so at least 1");
    }
    const countsJtai = pathway === "standard" && record.jtaiSince === true;
    if (countsJtai) reasons.push("a JTAI counts as one visit on the standard pathway");
    return { done: visits + (countsJtai ? 1 : 0), reason: reasons.join("; ") };
  }
  __name(focusedVisitsDone, "focusedVisitsDone");
  function indicativeWindow(lastStart, months2, settings) {
    const unshifted = monthWindow(lastStart, months2.from, months2.to);
    const shift = pauseShift(lastStart, unshifted, settings.pauses);
    return { window: shiftWindow(unshifted, shift.days), shift, months: months2 };
  }
  __name(indicativeWindow, "indicativeWindow");
  function priorityActionStands(record) {
    return record.priorityAction === true && !visitBeforeInspection(record);
  }
  __name(priorityActionStands, "priorityActionStands");
  function planFocusedVisits(record, pathway, settings) {
    const expected = EXPECTED_FOCUSED_VISITS[pathway];
    const priorityAction = priorityActionStands(record);
    const flag = priorityAction ? `; ${PRIORITY_ACTION_FLAG} (R3d)` : "";
    const sentences = [];
    if (record.priorityAction === true && !priorityAction) {
      sentences.push(
        "Priority action is recorded, but the last focused visit was before the last inspection, so it is not flagged (R3d)."
      );
    }
    const prioritySentence = priorityAction ? [
      `The last focused visit named areas for priority action: ${PRIORITY_ACTION_FLAG}; dates do not move (R3d).`
    ] : [];
    if (pathway === "inadequate") {
      return {
        expected,
        done: 0,
        priorityAction,
        summary: `None expected: monitoring visits instead${flag}`,
        explanation: [
          "No focused visits are expected on the inadequate pathway: monitoring visits instead (R3a).",
          ...sentences,
          ...prioritySentence
        ].join(" ")
      };
    }
    const { done, reason } = focusedVisitsDone(record, pathway);
    const ranges = pathway === "short" ? [settings.shortFocusedVisitWindow] : settings.standardFocusedVisitWindows;
    const nextRange = done < expected ? ranges[done] : void 0;
    const next = nextRange && indicativeWindow(record.lastStart, nextRange, settings);
    sentences.unshift(
      `Focused visits: ${expected === 1 ? "at least 1" : expected} expected on the ${pathway} pathway` + (pathway === "standard" ? ", one of which may be a JTAI" : "") + ` (R3a); ${done} done (R3b${reason ? `: ${reason}` : ""}).`
    );
    if (next) {
      sentences.push(
        `Next indicative window ${formatIso(next.window.opens)} to ${formatIso(next.window.closes)} (R3c: months ${next.months.from}-${next.months.to} after the last start; Ofsted publishes no timing)` + (next.shift.days > 0 ? `, ${describePauseShift(next.shift)}` : "") + ".",
        NOTICE
      );
    }
    sentences.push(...prioritySentence);
    const nextText = next ? `${NEXT_INDICATIVE} ${formatIso(next.window.opens)} to ${formatIso(next.window.closes)}` : "none more expected";
    return {
      expected,
      done,
      next: next?.window,
      priorityAction,
      summary: `${done} of ${expected} done; ${nextText}${flag}`,
      explanation: sentences.join(" ")
    };
  }
  __name(planFocusedVisits, "planFocusedVisits");

  // src/domain/rules/engagement.ts
  function nextEngagementMeeting(record, settings) {
    const { lastMeeting, plannedMeeting, lastOnSiteDay: lastOnSiteDay2 } = record;
    const interval = settings.engagementMeetingIntervalMonths;
    const plannedIsCurrent = plannedMeeting && (!lastMeeting || isAfter(plannedMeeting, lastMeeting));
    if (plannedMeeting && plannedIsCurrent) {
      return {
        date: plannedMeeting,
        basis: "planned",
        explanation: `Engagement meeting planned for ${formatIso(plannedMeeting)} (R5a).`
      };
    }
    const stalePlan = plannedMeeting ? ` The planned date ${formatIso(plannedMeeting)} is not after the last meeting, so it is not used.` : "";
    if (lastMeeting) {
      const date2 = addMonths(lastMeeting, interval);
      return {
        date: date2,
        basis: "last meeting",
        explanation: `Next engagement meeting ${formatIso(date2)}, ${interval} months after the last one on ${formatIso(lastMeeting)} (R5a).${stalePlan}`
      };
    }
    if (lastOnSiteDay2) {
      const date2 = addMonths(lastOnSiteDay2, interval);
      const none = record.lastMeetingUnreadable ? "The last engagement meeting could not be read (see Problems)" : "No engagement meeting recorded";
      return {
        date: date2,
        basis: "last inspection",
        explanation: `${none}: next one ${formatIso(date2)}, ${interval} months after the last inspection's last on-site day ${formatIso(lastOnSiteDay2)} (R5a).`
      };
    }
    return void 0;
  }
  __name(nextEngagementMeeting, "nextEngagementMeeting");
  function selfEvaluationDueDate(meeting, settings) {
    return addDays(meeting, -settings.selfEvaluationLeadDays);
  }
  __name(selfEvaluationDueDate, "selfEvaluationDueDate");
  function isSelfEvaluationDone(submitted, lastMeeting, lastOnSiteDay2) {
    if (!submitted) return false;
    if (lastMeeting) return !isBefore(submitted, lastMeeting);
    return lastOnSiteDay2 ? !isBefore(submitted, lastOnSiteDay2) : false;
  }
  __name(isSelfEvaluationDone, "isSelfEvaluationDone");
  function eventStatus(due, today, done) {
    if (done) return { state: "done", text: "Done" };
    const days = daysBetween(today, due);
    if (days < 0) return { state: "overdue", text: "Overdue" };
    if (days === 0) return { state: "today", text: "Due today" };
    return { state: "upcoming", text: `Due in ${countOf(days, "day")}` };
  }
  __name(eventStatus, "eventStatus");

  // src/domain/rules/inspection.ts
  var INSPECTION_TYPES = [
    "ILACS standard",
    "ILACS short",
    "SIF",
    "SIF re-inspection"
  ];
  function isUnreadable(inspection, field) {
    return inspection.unreadable?.includes(field) ?? false;
  }
  __name(isUnreadable, "isUnreadable");
  var NO_OVERALL_GRADE_FROM = civil("2026-04-01");
  var ILACS_REINSPECTION_FROM = civil("2018-09-01");
  var ILACS_FROM = civil("2018-01-01");
  function hasNoOverallGrade(start) {
    return !isBefore(start, NO_OVERALL_GRADE_FROM);
  }
  __name(hasNoOverallGrade, "hasNoOverallGrade");
  function wasSifInspection(inspection) {
    if (inspection.type) return inspection.type === "SIF" || inspection.type === "SIF re-inspection";
    return isBefore(inspection.start, ILACS_FROM);
  }
  __name(wasSifInspection, "wasSifInspection");
  var ON_SITE_EXTRA_DAYS = {
    "ILACS short": 4,
    "ILACS standard": 11
  };
  function lastOnSiteDay(inspection) {
    if (inspection.end) return { date: inspection.end, estimated: false };
    const extraDays = inspection.type && ON_SITE_EXTRA_DAYS[inspection.type];
    return extraDays === void 0 ? void 0 : { date: addDays(inspection.start, extraDays), estimated: true };
  }
  __name(lastOnSiteDay, "lastOnSiteDay");

  // src/domain/rules/schedule-facts.ts
  var SCHEDULE_FACT_NAMES = {
    lastInspection: "Last inspection",
    lastInspectionEnd: "Last inspection end",
    inspectionType: "Inspection type",
    overall: "Overall effectiveness",
    leaders: "Impact of leaders",
    helpAndProtection: "Help and protection",
    childrenInCare: "Children in care",
    careLeavers: "Care leavers",
    focusedVisitsSince: "Focused visits since",
    lastFocusedVisit: "Last focused visit",
    priorityAction: "Priority action",
    jtaiSince: "JTAI since",
    lastMonitoringVisit: "Last monitoring visit",
    lastEngagementMeeting: "Last engagement meeting",
    plannedEngagementMeeting: "Planned engagement meeting",
    selfEvaluationSubmitted: "Self-evaluation submitted"
  };
  function isScheduleFactKey(key) {
    return Object.prototype.hasOwnProperty.call(SCHEDULE_FACT_NAMES, key);
  }
  __name(isScheduleFactKey, "isScheduleFactKey");
  function isUnreadable2(input, key) {
    return input.unreadable?.includes(key) ?? false;
  }
  __name(isUnreadable2, "isUnreadable");
  var INSPECTION_FIELDS = [
    ["lastInspectionEnd", "end"],
    ["inspectionType", "type"],
    ["overall", "overall"],
    ["leaders", "leaders"],
    ["helpAndProtection", "helpAndProtection"],
    ["childrenInCare", "childrenInCare"],
    ["careLeavers", "careLeavers"]
  ];
  function lastInspectionOf(input, start) {
    return {
      start,
      end: input.lastInspectionEnd,
      type: input.inspectionType,
      overall: input.overall,
      leaders: input.leaders,
      helpAndProtection: input.helpAndProtection,
      childrenInCare: input.childrenInCare,
      careLeavers: input.careLeavers,
      unreadable: INSPECTION_FIELDS.filter(([key]) => isUnreadable2(input, key)).map(
        ([, field]) => field
      )
    };
  }
  __name(lastInspectionOf, "lastInspectionOf");
  function onSiteDayOf(input, inspection) {
    if (inspection) return lastOnSiteDay(inspection);
    return input.lastInspectionEnd && { date: input.lastInspectionEnd, estimated: false };
  }
  __name(onSiteDayOf, "onSiteDayOf");
  function isSelfEvaluationDoneFor(input) {
    const inspection = input.lastInspection && lastInspectionOf(input, input.lastInspection);
    return selfEvaluationDone(input, onSiteDayOf(input, inspection));
  }
  __name(isSelfEvaluationDoneFor, "isSelfEvaluationDoneFor");
  function selfEvaluationDone(input, onSite) {
    const { selfEvaluationSubmitted, lastEngagementMeeting } = input;
    return isSelfEvaluationDone(selfEvaluationSubmitted, lastEngagementMeeting, onSite?.date);
  }
  __name(selfEvaluationDone, "selfEvaluationDone");

  // node_modules/zod/v4/core/util.js
  function getEnumValues(entries) {
    const numericValues = Object.values(entries).filter((v) => typeof v === "number");
    const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
    return values;
  }
  __name(getEnumValues, "getEnumValues");
  function jsonStringifyReplacer(_, value) {
    if (typeof value === "bigint")
      return value.toString();
    return value;
  }
  __name(jsonStringifyReplacer, "jsonStringifyReplacer");
  function cleanRegex(source) {
    const start = source.startsWith("^") ? 1 : 0;
    const end = source.endsWith("$") ? source.length - 1 : source.length;
    return source.slice(start, end);
  }
  __name(cleanRegex, "cleanRegex");
  var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
  };
  var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
  function escapeRegex(str) {
    return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  __name(escapeRegex, "escapeRegex");
  function clone(inst, def, params) {
    const cl = new inst._zod.constr(def ?? inst._zod.def);
    if (!def || params?.parent)
      cl._zod.parent = inst;
    return cl;
  }
  __name(clone, "clone");
  function normalizeParams(_params) {
    const params = _params;
    if (!params)
      return {};
    if (typeof params === "string")
      return { error: /* @__PURE__ */ __name(() => params, "error") };
    if (params?.message !== void 0) {
      if (params?.error !== void 0)
        throw new Error("Cannot specify both `message` and `error` params");
      params.error = params.message;
    }
    delete params.message;
    if (typeof params.error === "string")
      return { ...params, error: /* @__PURE__ */ __name(() => params.error, "error") };
    return params;
  }
  __name(normalizeParams, "normalizeParams");
  var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
    safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    int32: [-2147483648, 2147483647],
    uint32: [0, 4294967295],
    float32: [-34028234663852886e22, 34028234663852886e22],
    float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
  }))();
  function aborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue !== true) {
        return true;
      }
    }
    return false;
  }
  __name(aborted, "aborted");
  function explicitlyAborted(x, startIndex = 0) {
    if (x.aborted === true)
      return true;
    for (let i = startIndex; i < x.issues.length; i++) {
      if (x.issues[i]?.continue === false) {
        return true;
      }
    }
    return false;
  }
  __name(explicitlyAborted, "explicitlyAborted");
  function unwrapMessage(message) {
    return typeof message === "string" ? message : message?.message;
  }
  __name(unwrapMessage, "unwrapMessage");
  function attachSchema(issues, start, inst) {
    var _a2;
    for (let i = start; i < issues.length; i++) {
      (_a2 = issues[i]).schema ?? (_a2.schema = inst);
    }
  }
  __name(attachSchema, "attachSchema");
  function finalizeIssue(iss, ctx, config2) {
    var _a2;
    const traits = iss.inst?._zod?.traits;
    if (traits?.has("$ZodType")) {
      if (traits.has("$ZodCheck"))
        (_a2 = iss).schema ?? (_a2.schema = iss.inst);
      else
        iss.schema = iss.inst;
    }
    const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
    const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
    const full = {};
    for (const k of Object.keys(iss)) {
      if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
        continue;
      full[k] = iss[k];
    }
    full.path ?? (full.path = []);
    full.message = message;
    if (ctx?.reportInput) {
      full.input = iss.input;
    }
    return full;
  }
  __name(finalizeIssue, "finalizeIssue");
  function members(proto, table) {
    for (const key in table) {
      const desc = Object.getOwnPropertyDescriptor(table, key);
      if (desc.get)
        Object.defineProperty(proto, key, { ...desc, enumerable: false });
      else
        defineBound(proto, key, desc.value);
    }
  }
  __name(members, "members");
  function own(inst, key, value, enumerable = true) {
    Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
    return value;
  }
  __name(own, "own");
  function hide(inst, key, value) {
    return own(inst, key, value, false);
  }
  __name(hide, "hide");
  function defineBound(proto, key, fn) {
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        return this == null ? fn : own(this, key, fn.bind(this));
      },
      set(value) {
        own(this, key, value);
      }
    });
  }
  __name(defineBound, "defineBound");
  var installing;
  var broke = false;
  var breaker = {
    configurable: true,
    get() {
      broke = true;
      return void 0;
    }
  };
  function defineLazyInternal(inst, key, compute) {
    const proto = Object.getPrototypeOf(inst._zod);
    if (key in proto && installing !== inst._zod) {
      installing = void 0;
      return;
    }
    installing = inst._zod;
    Object.defineProperty(proto, key, {
      configurable: true,
      get() {
        Object.defineProperty(this, key, breaker);
        const outer = broke;
        broke = false;
        try {
          const value = compute(this);
          if (broke)
            delete this[key];
          else
            Object.defineProperty(this, key, { configurable: true, writable: true, value });
          broke = broke || outer;
          return value;
        } catch (err) {
          delete this[key];
          broke = broke || outer;
          throw err;
        }
      },
      set(value) {
        Object.defineProperty(this, key, { configurable: true, writable: true, value });
      }
    });
  }
  __name(defineLazyInternal, "defineLazyInternal");

  // node_modules/zod/v4/core/core.js
  var _a;
  var _zodDesc = { value: void 0, enumerable: false };
  var _E = "captureStackTrace" in Error ? Error : null;
  function newError(Definition) {
    const E = _E;
    if (E) {
      const saved = E.stackTraceLimit;
      if (typeof saved === "number") {
        try {
          E.stackTraceLimit = 0;
        } catch {
          _E = null;
          return new Definition();
        }
        try {
          return new Definition();
        } finally {
          E.stackTraceLimit = saved;
        }
      }
    }
    return new Definition();
  }
  __name(newError, "newError");
  // @__NO_SIDE_EFFECTS__
  function $constructor(name, initializer2, proto, params) {
    const zodProto = {};
    function Internals(def) {
      this.def = def;
      this.constr = _;
      this.traits = /* @__PURE__ */ new Set();
    }
    __name(Internals, "Internals");
    Internals.prototype = zodProto;
    const protoMembers = proto;
    const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
    function init(inst, def) {
      if (!inst._zod) {
        _zodDesc.value = new Internals(def);
        try {
          Object.defineProperty(inst, "_zod", _zodDesc);
        } finally {
          _zodDesc.value = void 0;
        }
      } else if (inst._zod.traits.has(name)) {
        return;
      }
      inst._zod.traits.add(name);
      initializer2(inst, def);
      if (initialized) {
        const own2 = Object.getPrototypeOf(inst);
        const ctorProto = inst._zod.constr.prototype;
        let up = own2;
        while (up && up !== ctorProto)
          up = Object.getPrototypeOf(up);
        const target = up ?? own2;
        if (!initialized.has(target)) {
          initialized.add(target);
          members(target, protoMembers);
        }
      }
      const proto2 = _.prototype;
      for (const k in proto2) {
        if (!Object.prototype.hasOwnProperty.call(proto2, k))
          continue;
        if (!(k in inst)) {
          inst[k] = proto2[k].bind(inst);
        }
      }
    }
    __name(init, "init");
    const Parent = params?.Parent ?? Object;
    const _Definition = class _Definition extends Parent {
    };
    __name(_Definition, "Definition");
    let Definition = _Definition;
    Object.defineProperty(Definition, "name", { value: name });
    function _(def) {
      const inst = params?.Parent ? newError(Definition) : this;
      init(inst, def);
      const deferred = inst._zod.deferred;
      if (deferred) {
        for (const fn of deferred) {
          fn();
        }
        inst._zod.deferred = void 0;
      }
      const pp = globalThis.__zod_globalConfig?.postProcessor;
      if (pp)
        pp(inst);
      return inst;
    }
    __name(_, "_");
    Object.defineProperty(_, "init", { value: init });
    Object.defineProperty(_, Symbol.hasInstance, {
      value: /* @__PURE__ */ __name((inst) => {
        if (params?.Parent && inst instanceof params.Parent)
          return true;
        return inst?._zod?.traits?.has(name);
      }, "value")
    });
    Object.defineProperty(_, "name", { value: name });
    return _;
  }
  __name($constructor, "$constructor");
  var _$ZodAsyncError = class _$ZodAsyncError extends Error {
    constructor() {
      super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
    }
  };
  __name(_$ZodAsyncError, "$ZodAsyncError");
  var $ZodAsyncError = _$ZodAsyncError;
  var _$ZodEncodeError = class _$ZodEncodeError extends Error {
    constructor(name) {
      super(`Encountered unidirectional transform during encode: ${name}`);
      this.name = "ZodEncodeError";
    }
  };
  __name(_$ZodEncodeError, "$ZodEncodeError");
  var $ZodEncodeError = _$ZodEncodeError;
  (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
  var globalConfig = globalThis.__zod_globalConfig;
  function config(newConfig) {
    if (newConfig)
      Object.assign(globalConfig, newConfig);
    return globalConfig;
  }
  __name(config, "config");

  // node_modules/zod/v4/core/errors.js
  function _getMessage() {
    const internals = this._zod;
    internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
    return internals.message;
  }
  __name(_getMessage, "_getMessage");
  function _setMessage(value) {
    this._zod.message = value;
  }
  __name(_setMessage, "_setMessage");
  var _messageDesc = {
    get: _getMessage,
    set: _setMessage,
    enumerable: true,
    configurable: true
  };
  var _issuesDesc = { value: void 0, enumerable: false };
  var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
  var initializer = /* @__PURE__ */ __name((inst, def) => {
    inst.name = "$ZodError";
    _issuesDesc.value = def;
    Object.defineProperty(inst, "issues", _issuesDesc);
    _issuesDesc.value = void 0;
    Object.defineProperty(inst, "message", _messageDesc);
    const proto = Object.getPrototypeOf(inst);
    if (!_installedToString.has(proto)) {
      _installedToString.add(proto);
      Object.defineProperty(proto, "toString", {
        configurable: true,
        enumerable: false,
        get() {
          const value = /* @__PURE__ */ __name(() => this.message, "value");
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          return value;
        },
        set(value) {
          Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        }
      });
    }
  }, "initializer");
  var $ZodError = $constructor("$ZodError", initializer);
  var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
    Parent: Error
  });

  // node_modules/zod/v4/core/parse.js
  var _parse = /* @__PURE__ */ __name((_Err) => {
    const fn = /* @__PURE__ */ __name((schema, value, _ctx, _params) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise) {
        throw new $ZodAsyncError();
      }
      if (result.issues.length) {
        const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, _params?.callee ?? fn);
        throw e;
      }
      return result.value;
    }, "fn");
    return fn;
  }, "_parse");
  var parse = /* @__PURE__ */ _parse($ZodRealError);
  var _parseAsync = /* @__PURE__ */ __name((_Err) => {
    const fn = /* @__PURE__ */ __name(async (schema, value, _ctx, params) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result = schema._zod.run({ value, issues: [] }, ctx);
      if (result instanceof Promise)
        result = await result;
      if (result.issues.length) {
        const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
        captureStackTrace(e, params?.callee ?? fn);
        throw e;
      }
      return result.value;
    }, "fn");
    return fn;
  }, "_parseAsync");
  var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
  var _safeParse = /* @__PURE__ */ __name((_Err) => (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  }, "_safeParse");
  var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
  function failure(Err, issues, ctx) {
    let error;
    return {
      success: false,
      get error() {
        if (!error) {
          error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
          issues = void 0;
          ctx = void 0;
        }
        return error;
      },
      set error(e) {
        error = e;
        issues = void 0;
        ctx = void 0;
      }
    };
  }
  __name(failure, "failure");
  var _safeParseAsync = /* @__PURE__ */ __name((_Err) => async (schema, value, _ctx) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
  }, "_safeParseAsync");
  var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

  // node_modules/zod/v4/core/regexes.js
  var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
  var anyString = /^[\s\S]{0,}$/;
  var number = /^-?\d+(?:\.\d+)?$/;
  var boolean = /^(?:true|false)$/i;

  // node_modules/zod/v4/core/checks.js
  var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
    var _a2;
    inst._zod ?? (inst._zod = {});
    inst._zod.def = def;
    (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
  });
  var numericOriginMap = {
    number: "number",
    bigint: "bigint",
    object: "date"
  };
  var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
        return;
      }
      payload.issues.push({
        origin: numericOriginMap[typeof payload.value] ?? origin,
        code: "too_big",
        maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
    $ZodCheck.init(inst, def);
    const origin = numericOriginMap[typeof def.value];
    inst._zod.check = (payload) => {
      if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
        return;
      }
      payload.issues.push({
        origin: numericOriginMap[typeof payload.value] ?? origin,
        code: "too_small",
        minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
        input: payload.value,
        inclusive: def.inclusive,
        inst,
        continue: !def.abort
      });
    };
  });
  var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
    $ZodCheck.init(inst, def);
    def.format = def.format || "float64";
    const isInt = def.format?.includes("int");
    const origin = isInt ? "int" : "number";
    const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
    inst._zod.check = (payload) => {
      const input = payload.value;
      if (isInt) {
        if (!Number.isInteger(input)) {
          payload.issues.push({
            expected: origin,
            format: def.format,
            code: "invalid_type",
            continue: false,
            input,
            inst
          });
          return;
        }
        if (!Number.isSafeInteger(input)) {
          if (input > 0) {
            payload.issues.push({
              input,
              code: "too_big",
              maximum: Number.MAX_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          } else {
            payload.issues.push({
              input,
              code: "too_small",
              minimum: Number.MIN_SAFE_INTEGER,
              note: "Integers must be within the safe integer range.",
              inst,
              origin,
              inclusive: true,
              continue: !def.abort
            });
          }
          return;
        }
      }
      if (input < minimum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_small",
          minimum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
      if (input > maximum) {
        payload.issues.push({
          origin: "number",
          input,
          code: "too_big",
          maximum,
          inclusive: true,
          inst,
          continue: !def.abort
        });
      }
    };
  });
  var $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
    var _a2, _b;
    $ZodCheck.init(inst, def);
    if (def.pattern)
      (_a2 = inst._zod).check ?? (_a2.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: def.format,
          input: payload.value,
          ...def.pattern ? { pattern: def.pattern.toString() } : {},
          inst,
          continue: !def.abort
        });
      });
    else
      (_b = inst._zod).check ?? (_b.check = () => {
      });
  });
  var $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    inst._zod.check = (payload) => {
      def.pattern.lastIndex = 0;
      if (def.pattern.test(payload.value))
        return;
      payload.issues.push({
        origin: "string",
        code: "invalid_format",
        format: "regex",
        input: payload.value,
        pattern: def.pattern.toString(),
        inst,
        continue: !def.abort
      });
    };
  });

  // node_modules/zod/v4/core/versions.js
  var version = {
    major: 4,
    minor: 6,
    patch: 7
  };

  // node_modules/zod/v4/core/schemas.js
  var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
    var _a2;
    inst ?? (inst = {});
    inst._zod.def = def;
    inst._zod.bag = inst._zod.bag || {};
    inst._zod.version = version;
    const defChecks = inst._zod.def.checks;
    const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
    for (const ch of checks) {
      for (const fn of ch._zod.onattach) {
        fn(inst);
      }
    }
    if (checks.length === 0) {
      (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
      inst._zod.deferred?.push(() => {
        inst._zod.run = inst._zod.parse;
      });
    } else {
      const runChecks = /* @__PURE__ */ __name((payload, checks2, ctx) => {
        if (payload.memo)
          return payload;
        let isAborted = aborted(payload);
        let asyncResult;
        for (const ch of checks2) {
          if (ch._zod.def.when) {
            if (explicitlyAborted(payload))
              continue;
            const shouldRun = ch._zod.def.when(payload);
            if (!shouldRun)
              continue;
          } else if (isAborted) {
            continue;
          }
          const currLen = payload.issues.length;
          const _ = ch._zod.check(payload);
          if (_ instanceof Promise && ctx?.async === false) {
            throw new $ZodAsyncError();
          }
          if (asyncResult || _ instanceof Promise) {
            asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
              await _;
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                return;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            });
          } else {
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              continue;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          }
        }
        if (asyncResult) {
          return asyncResult.then(() => {
            return payload;
          });
        }
        return payload;
      }, "runChecks");
      const handleCanaryResult = /* @__PURE__ */ __name((canary, payload, ctx) => {
        if (aborted(canary)) {
          canary.aborted = true;
          return canary;
        }
        const checkResult = runChecks(payload, checks, ctx);
        if (checkResult instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
        }
        return inst._zod.parse(checkResult, ctx);
      }, "handleCanaryResult");
      inst._zod.run = (payload, ctx) => {
        if (ctx.skipChecks) {
          return inst._zod.parse(payload, ctx);
        }
        if (ctx.direction === "backward") {
          const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
          if (canary instanceof Promise) {
            return canary.then((canary2) => {
              return handleCanaryResult(canary2, payload, ctx);
            });
          }
          return handleCanaryResult(canary, payload, ctx);
        }
        const result = inst._zod.parse(payload, ctx);
        if (result instanceof Promise) {
          if (ctx.async === false)
            throw new $ZodAsyncError();
          return result.then((result2) => runChecks(result2, checks, ctx));
        }
        return runChecks(result, checks, ctx);
      };
    }
  }, {
    // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
    get "~standard"() {
      return hide(this, "~standard", standardProps(this));
    },
    set "~standard"(value) {
      own(this, "~standard", value);
    }
  });
  var toStandardResult = /* @__PURE__ */ __name((r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value }, "toStandardResult");
  async function validateAsync(inst, value) {
    const ctx = { async: true };
    return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
  }
  __name(validateAsync, "validateAsync");
  function standardProps(inst) {
    return {
      validate: /* @__PURE__ */ __name((value) => {
        const ctx = { async: false };
        try {
          const r = inst._zod.run({ value, issues: [] }, ctx);
          if (!(r instanceof Promise))
            return toStandardResult(r, ctx);
        } catch (_) {
        }
        return validateAsync(inst, value);
      }, "validate"),
      vendor: "zod",
      version: 1
    };
  }
  __name(standardProps, "standardProps");
  var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = def.pattern ?? anyString;
    inst._zod.parse = (payload, _) => {
      if (def.coerce)
        try {
          payload.value = String(payload.value);
        } catch (_2) {
        }
      if (typeof payload.value === "string")
        return payload;
      payload.issues.push({
        expected: "string",
        code: "invalid_type",
        input: payload.value,
        inst
      });
      return payload;
    };
  });
  var $ZodStringFormat = /* @__PURE__ */ $constructor("$ZodStringFormat", (inst, def) => {
    $ZodCheckStringFormat.init(inst, def);
    $ZodString.init(inst, def);
  });
  var $ZodEmail = /* @__PURE__ */ $constructor("$ZodEmail", (inst, def) => {
    def.pattern ?? (def.pattern = email);
    $ZodStringFormat.init(inst, def);
  });
  var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = number;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Number(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
        return payload;
      }
      const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
      payload.issues.push({
        expected: "number",
        code: "invalid_type",
        input,
        inst,
        ...received ? { received } : {}
      });
      return payload;
    };
  });
  var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
    $ZodCheckNumberFormat.init(inst, def);
    $ZodNumber.init(inst, def);
  });
  var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.pattern = boolean;
    inst._zod.parse = (payload, _ctx) => {
      if (def.coerce)
        try {
          payload.value = Boolean(payload.value);
        } catch (_) {
        }
      const input = payload.value;
      if (typeof input === "boolean")
        return payload;
      payload.issues.push({
        expected: "boolean",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    };
  });
  function handleUnionResults(results, final, inst, ctx) {
    for (const result of results) {
      if (result.issues.length === 0) {
        final.value = result.value;
        return final;
      }
    }
    const nonaborted = results.filter((r) => !aborted(r));
    if (nonaborted.length === 1) {
      final.value = nonaborted[0].value;
      return nonaborted[0];
    }
    final.issues.push({
      code: "invalid_union",
      input: final.value,
      inst,
      errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
    });
    return final;
  }
  __name(handleUnionResults, "handleUnionResults");
  var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
    defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
    defineLazyInternal(inst, "values", (zod) => {
      if (zod.def.options.every((o) => o._zod.values)) {
        return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
      }
      return void 0;
    });
    defineLazyInternal(inst, "pattern", (zod) => {
      if (zod.def.options.every((o) => o._zod.pattern)) {
        const patterns = zod.def.options.map((o) => o._zod.pattern);
        return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
      }
      return void 0;
    });
    const first = def.options.length === 1 ? def.options[0]._zod.run : null;
    inst._zod.parse = (payload, ctx) => {
      if (first) {
        return first(payload, ctx);
      }
      let async = false;
      const results = [];
      for (const option of def.options) {
        const result = option._zod.run({
          value: payload.value,
          issues: []
        }, ctx);
        if (result instanceof Promise) {
          results.push(result);
          async = true;
        } else {
          if (result.issues.length === 0)
            return result;
          results.push(result);
        }
      }
      if (!async)
        return handleUnionResults(results, payload, inst, ctx);
      return Promise.all(results).then((results2) => {
        return handleUnionResults(results2, payload, inst, ctx);
      });
    };
  });
  var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
    $ZodType.init(inst, def);
    const values = getEnumValues(def.entries);
    const valuesSet = new Set(values);
    inst._zod.values = valuesSet;
    defineLazyInternal(inst, "pattern", (zod) => {
      const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
      return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
    });
    inst._zod.parse = (payload, _ctx) => {
      const input = payload.value;
      if (valuesSet.has(input)) {
        return payload;
      }
      payload.issues.push({
        code: "invalid_value",
        values,
        input,
        inst
      });
      return payload;
    };
  });
  var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
    $ZodType.init(inst, def);
    inst._zod.optin = "optional";
    globalConfig.memoizer?.guard(inst);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        throw new $ZodEncodeError(inst.constructor.name);
      }
      const _out = def.transform(payload.value, payload);
      if (ctx.async) {
        const output = _out instanceof Promise ? _out : Promise.resolve(_out);
        return output.then((output2) => {
          payload.value = output2;
          return payload;
        });
      }
      if (_out instanceof Promise) {
        throw new $ZodAsyncError();
      }
      payload.value = _out;
      return payload;
    };
  });
  var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
    $ZodType.init(inst, def);
    defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
    defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
    defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
    defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
    inst._zod.parse = (payload, ctx) => {
      if (ctx.direction === "backward") {
        const right = def.out._zod.run(payload, ctx);
        if (right instanceof Promise) {
          return right.then((right2) => handlePipeResult(right2, def.in, ctx));
        }
        return handlePipeResult(right, def.in, ctx);
      }
      const left = def.in._zod.run(payload, ctx);
      if (left instanceof Promise) {
        return left.then((left2) => handlePipeResult(left2, def.out, ctx));
      }
      return handlePipeResult(left, def.out, ctx);
    };
  });
  function handlePipeResult(left, next, ctx) {
    if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
      left.aborted = true;
      return left;
    }
    return next._zod.run({ value: left.value, issues: left.issues }, ctx);
  }
  __name(handlePipeResult, "handlePipeResult");

  // node_modules/zod/v4/core/api.js
  function snapshotChecks(def) {
    if (def.checks)
      def.checks = [...def.checks];
    return def;
  }
  __name(snapshotChecks, "snapshotChecks");
  // @__NO_SIDE_EFFECTS__
  function _string(Class, params) {
    return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
  }
  __name(_string, "_string");
  // @__NO_SIDE_EFFECTS__
  function _email(Class, params) {
    return new Class({
      type: "string",
      format: "email",
      check: "string_format",
      abort: false,
      ...normalizeParams(params)
    });
  }
  __name(_email, "_email");
  // @__NO_SIDE_EFFECTS__
  function _number(Class, params) {
    return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
  }
  __name(_number, "_number");
  // @__NO_SIDE_EFFECTS__
  function _int(Class, params) {
    return new Class({
      type: "number",
      check: "number_format",
      abort: false,
      format: "safeint",
      ...normalizeParams(params)
    });
  }
  __name(_int, "_int");
  // @__NO_SIDE_EFFECTS__
  function _boolean(Class, params) {
    return new Class({
      type: "boolean",
      ...normalizeParams(params)
    });
  }
  __name(_boolean, "_boolean");
  // @__NO_SIDE_EFFECTS__
  function _lte(value, params) {
    return new $ZodCheckLessThan({
      check: "less_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  __name(_lte, "_lte");
  // @__NO_SIDE_EFFECTS__
  function _gte(value, params) {
    return new $ZodCheckGreaterThan({
      check: "greater_than",
      ...normalizeParams(params),
      value,
      inclusive: true
    });
  }
  __name(_gte, "_gte");
  // @__NO_SIDE_EFFECTS__
  function _nonnegative(params) {
    return /* @__PURE__ */ _gte(0, params);
  }
  __name(_nonnegative, "_nonnegative");
  // @__NO_SIDE_EFFECTS__
  function _regex(pattern, params) {
    return new $ZodCheckRegex({
      check: "string_format",
      format: "regex",
      ...normalizeParams(params),
      pattern
    });
  }
  __name(_regex, "_regex");

  // node_modules/zod/v4/mini/schemas.js
  var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
    if (!inst._zod)
      throw new Error("Uninitialized schema in ZodMiniType.");
    $ZodType.init(inst, def);
    inst.def = def;
    inst.type = def.type;
  }, {
    // `with` is an alias for `check`: the same function object, not a wrapper.
    get with() {
      return this.check;
    },
    set with(value) {
      own(this, "with", value);
    },
    parse(data, params) {
      return parse(this, data, params, { callee: this.parse });
    },
    parseAsync(data, params) {
      return parseAsync(this, data, params, { callee: this.parseAsync });
    },
    safeParse(data, params) {
      return safeParse(this, data, params);
    },
    safeParseAsync(data, params) {
      return safeParseAsync(this, data, params);
    },
    check(...checks) {
      const def = this.def;
      return this.clone({
        ...def,
        checks: [
          ...def.checks ?? [],
          ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
        ]
      }, { parent: true });
    },
    clone(_def, params) {
      return clone(this, _def, params);
    },
    brand() {
      return this;
    },
    register(reg, meta2) {
      reg.add(this, meta2);
      return this;
    },
    apply(fn, ...args) {
      return args.length === 0 ? fn(this) : fn(this, ...args);
    }
  });
  var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
    $ZodString.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function string2(params) {
    return _string(ZodMiniString, params);
  }
  __name(string2, "string");
  var ZodMiniStringFormat = /* @__PURE__ */ $constructor("ZodMiniStringFormat", (inst, def) => {
    $ZodStringFormat.init(inst, def);
    ZodMiniString.init(inst, def);
  });
  var ZodMiniEmail = /* @__PURE__ */ $constructor("ZodMiniEmail", (inst, def) => {
    $ZodEmail.init(inst, def);
    ZodMiniStringFormat.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function email2(params) {
    return _email(ZodMiniEmail, params);
  }
  __name(email2, "email");
  var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
    $ZodNumber.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function number2(params) {
    return _number(ZodMiniNumber, params);
  }
  __name(number2, "number");
  var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
    $ZodNumberFormat.init(inst, def);
    ZodMiniNumber.init(inst, def);
  });
  function int(params) {
    return _int(ZodMiniNumberFormat, params);
  }
  __name(int, "int");
  var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
    $ZodBoolean.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function boolean2(params) {
    return _boolean(ZodMiniBoolean, params);
  }
  __name(boolean2, "boolean");
  var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
    $ZodUnion.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function union(options2, params) {
    return new ZodMiniUnion({
      type: "union",
      options: options2,
      ...normalizeParams(params)
    });
  }
  __name(union, "union");
  var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
    $ZodEnum.init(inst, def);
    ZodMiniType.init(inst, def);
    inst.options = [...inst._zod.values];
  });
  // @__NO_SIDE_EFFECTS__
  function _enum(values, params) {
    const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
    return new ZodMiniEnum({
      type: "enum",
      entries,
      ...normalizeParams(params)
    });
  }
  __name(_enum, "_enum");
  var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
    $ZodTransform.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function transform(fn) {
    return new ZodMiniTransform({
      type: "transform",
      transform: fn
    });
  }
  __name(transform, "transform");
  var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
    $ZodPipe.init(inst, def);
    ZodMiniType.init(inst, def);
  });
  // @__NO_SIDE_EFFECTS__
  function pipe(in_, out) {
    return new ZodMiniPipe({
      type: "pipe",
      in: in_,
      out
    });
  }
  __name(pipe, "pipe");

  // src/domain/rules/grades.ts
  var GRADES = ["outstanding", "good", "requires improvement", "inadequate"];
  var GRADE_WORDS = /* @__PURE__ */ new Map([
    ["outstanding", "outstanding"],
    ["good", "good"],
    ["requires improvement", "requires improvement"],
    ["requires improvement to be good", "requires improvement"],
    ["ri", "requires improvement"],
    ["inadequate", "inadequate"]
  ]);
  function parseGrade(text3) {
    return GRADE_WORDS.get(text3.trim().toLowerCase().replace(/\s+/g, " "));
  }
  __name(parseGrade, "parseGrade");
  function isGoodOrBetter(grade) {
    return grade === "outstanding" || grade === "good";
  }
  __name(isGoodOrBetter, "isGoodOrBetter");

  // src/domain/tracker/list-text.ts
  function splitList(text3, separator = /[,;]/) {
    return text3.split(separator).map((part) => part.trim()).filter((part) => part !== "");
  }
  __name(splitList, "splitList");
  var emailSchema;
  function isEmailAddress(text3) {
    emailSchema ?? (emailSchema = email2());
    return emailSchema.safeParse(text3).success;
  }
  __name(isEmailAddress, "isEmailAddress");

  // src/domain/tracker/cells.ts
  var EXPECTED = {
    text: "text",
    date: "a date such as 2024-03-11 or 11/03/2024",
    grade: "a grade: outstanding, good, requires improvement (or RI) or inadequate",
    inspectionType: `one of ${INSPECTION_TYPES.join(", ")}`,
    count: "a whole number, 0 or more",
    yesNo: "yes or no",
    email: "an email address",
    emails: "email addresses separated by commas or semicolons",
    reminders: "On or Paused",
    notes: "anything"
  };
  function oneOf(choices2, text3) {
    const wanted = text3.trim().toLowerCase();
    return choices2.find((choice2) => choice2.toLowerCase() === wanted);
  }
  __name(oneOf, "oneOf");
  var YES = ["yes", "y", "true"];
  var NO = ["no", "n", "false"];
  function refineText(read2) {
    return pipe(
      string2(),
      transform((text3, context) => {
        const value = read2(text3);
        if (value === void 0)
          context.issues.push({ code: "custom", message: "not acceptable", input: text3 });
        return value;
      })
    );
  }
  __name(refineText, "refineText");
  var schemas;
  function cellSchemas() {
    if (schemas) return schemas;
    schemas = {
      text: pipe(
        union([string2(), number2()]),
        transform((value) => String(value).trim())
      ),
      grade: refineText(parseGrade),
      inspectionType: refineText((text3) => oneOf(INSPECTION_TYPES, text3)),
      count: pipe(
        union([
          number2(),
          refineText((text3) => /^\s*\d+\s*$/.test(text3) ? Number(text3) : void 0)
        ]),
        int().check(_nonnegative())
      ),
      yesNo: union([
        boolean2(),
        refineText((text3) => {
          const word = text3.trim().toLowerCase();
          return YES.includes(word) ? true : NO.includes(word) ? false : void 0;
        })
      ]),
      email: refineText((text3) => isEmailAddress(text3.trim()) ? text3.trim() : void 0),
      emails: refineText((text3) => {
        const emails2 = splitList(text3);
        return emails2.every(isEmailAddress) ? emails2 : void 0;
      }),
      reminders: refineText((text3) => oneOf(["On", "Paused"], text3))
    };
    return schemas;
  }
  __name(cellSchemas, "cellSchemas");
  function isBlank(cell) {
    return cell === null || cell === void 0 || typeof cell === "string" && cell.trim() === "";
  }
  __name(isBlank, "isBlank");
  var FORMULA_ERROR = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/;
  function isDateValue(value) {
    return Object.prototype.toString.call(value) === "[object Date]";
  }
  __name(isDateValue, "isDateValue");
  var EXCERPT_LENGTH = 40;
  var INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u2060-\u2064\uFEFF]/g;
  var CHARACTER_NAMES = {
    "\xA0": "non-breaking space",
    "\u202F": "narrow non-breaking space",
    "\u200B": "zero-width space",
    "\u200C": "zero-width non-joiner",
    "\u200D": "zero-width joiner",
    "\u2060": "word joiner",
    "\uFEFF": "zero-width no-break space"
  };
  function codePoint(character) {
    return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  }
  __name(codePoint, "codePoint");
  function charactersIn(text3, pattern) {
    return [...new Set(text3.match(pattern) ?? [])].map((character) => {
      const name = CHARACTER_NAMES[character];
      return name ? `${codePoint(character)} (${name})` : codePoint(character);
    });
  }
  __name(charactersIn, "charactersIn");
  function invisibleInWords(text3) {
    const found2 = charactersIn(text3, INVISIBLE);
    if (found2.length === 0) return void 0;
    const what = found2.length === 1 ? "an invisible character" : "invisible characters";
    return `${what}, ${listInWords(found2)}`;
  }
  __name(invisibleInWords, "invisibleInWords");
  function withoutInvisible(text3) {
    return text3.replace(INVISIBLE, "");
  }
  __name(withoutInvisible, "withoutInvisible");
  function thousands(count) {
    return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  }
  __name(thousands, "thousands");
  function shortened(text3) {
    const visible = text3.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(INVISIBLE, (character) => `[${codePoint(character)}]`);
    const characters = Array.from(visible);
    if (characters.length <= EXCERPT_LENGTH) return { shown: visible };
    return {
      shown: `${characters.slice(0, EXCERPT_LENGTH).join("")}\u2026`,
      length: `${thousands(Array.from(text3).length)} characters long`
    };
  }
  __name(shortened, "shortened");
  function excerpt(text3) {
    const { shown, length } = shortened(text3);
    return length ? `${shown} (${length})` : shown;
  }
  __name(excerpt, "excerpt");
  function quoteText(text3, sayInvisible = true) {
    const { shown, length } = shortened(text3);
    const invisible = sayInvisible ? invisibleInWords(text3) : void 0;
    return `'${shown}'${length ? ` (${length})` : ""}${invisible ? `, which contains ${invisible}` : ""}`;
  }
  __name(quoteText, "quoteText");
  function describeCell(cell, kind) {
    if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? "an invalid date" : "a date";
    if (kind === "date" && typeof cell === "number") return `the number ${String(cell)}`;
    return quoteText(String(cell));
  }
  __name(describeCell, "describeCell");
  var EARLIEST_DATE = { year: 2013, month: 1, day: 1 };
  var SERIAL_EPOCH = { year: 1899, month: 12, day: 30 };
  var TYPED_NUMBER_BELOW = 1e4;
  function tooEarly(cell, date2, column) {
    const expected = `${column}: expected a date on or after ${formatIso(EARLIEST_DATE)} (the first SIF inspections were in November 2013)`;
    if (!isDateValue(cell)) return `${expected}, found ${describeCell(cell)}.`;
    const serial = daysBetween(SERIAL_EPOCH, date2);
    const typed = serial >= 0 && serial < TYPED_NUMBER_BELOW ? `, which is how a spreadsheet shows the number ${serial} typed into a date cell (it counts days from 30 December 1899); type the whole date, such as 2024-03-11` : "";
    return `${expected}, found ${formatIso(date2)}${typed}.`;
  }
  __name(tooEarly, "tooEarly");
  function parseDateCell(cell, dateOfCell, slashOrder) {
    if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? void 0 : dateOfCell(cell);
    return typeof cell === "string" ? parseDateText(cell, slashOrder) : void 0;
  }
  __name(parseDateCell, "parseDateCell");
  var LOCALE_READS = {
    monthFirst: "reads dates month first, so 11/03/2024 is 3 November",
    yearFirst: "reads dates year first"
  };
  function slashDateMessage(column, text3, order) {
    return `${column}: expected a date, found ${quoteText(text3)}, which is not one (this Sheet's locale ${LOCALE_READS[order]}); type it as 2024-03-11, or set the Sheet's locale to United Kingdom (File > Settings).`;
  }
  __name(slashDateMessage, "slashDateMessage");
  function parseCell(kind, cell, column, dateOfCell, slashOrder = "dayFirst") {
    if (kind === "notes" || isBlank(cell)) return { ok: true, value: void 0 };
    if (typeof cell === "string" && FORMULA_ERROR.test(cell.trim())) {
      return {
        ok: false,
        message: `${column}: the cell shows the formula error ${cell.trim()}; expected ${EXPECTED[kind]}.`
      };
    }
    let value;
    if (kind === "date") {
      const date2 = parseDateCell(cell, dateOfCell, slashOrder);
      if (date2 && isBefore(date2, EARLIEST_DATE)) {
        return { ok: false, message: tooEarly(cell, date2, column) };
      }
      if (!date2 && slashOrder !== "dayFirst" && typeof cell === "string" && isSlashDate(cell)) {
        return { ok: false, message: slashDateMessage(column, cell.trim(), slashOrder) };
      }
      value = date2;
    } else {
      const parsed2 = cellSchemas()[kind].safeParse(cell);
      value = parsed2.success ? parsed2.data : void 0;
    }
    if (value === void 0) {
      return {
        ok: false,
        message: `${column}: expected ${EXPECTED[kind]}, found ${describeCell(cell, kind)}.`
      };
    }
    return { ok: true, value };
  }
  __name(parseCell, "parseCell");

  // src/domain/tracker/columns.ts
  var INPUT_COLUMNS = {
    authority: { header: "Authority", aliases: ["Local authority", "LA"], kind: "text" },
    laCode: { header: "LA code", aliases: ["DfE code"], kind: "text" },
    region: { header: "Region", aliases: [], kind: "text" },
    lastInspection: {
      header: "Last inspection",
      aliases: ["Last inspection start", "Inspection start"],
      kind: "date"
    },
    lastInspectionEnd: { header: "Last inspection end", aliases: ["Inspection end"], kind: "date" },
    inspectionType: { header: "Inspection type", aliases: ["Framework"], kind: "inspectionType" },
    overall: { header: "Overall effectiveness", aliases: ["Overall"], kind: "grade" },
    leaders: { header: "Impact of leaders", aliases: ["Leaders"], kind: "grade" },
    helpAndProtection: { header: "Help and protection", aliases: [], kind: "grade" },
    childrenInCare: { header: "Children in care", aliases: ["In care"], kind: "grade" },
    careLeavers: { header: "Care leavers", aliases: [], kind: "grade" },
    focusedVisitsSince: {
      header: "Focused visits since",
      aliases: ["Focused visits"],
      kind: "count"
    },
    lastFocusedVisit: { header: "Last focused visit", aliases: [], kind: "date" },
    priorityAction: { header: "Priority action", aliases: [], kind: "yesNo" },
    jtaiSince: { header: "JTAI since", aliases: ["JTAI"], kind: "yesNo" },
    lastMonitoringVisit: { header: "Last monitoring visit", aliases: [], kind: "date" },
    lastEngagementMeeting: {
      header: "Last engagement meeting",
      aliases: ["Last annual engagement meeting"],
      kind: "date"
    },
    plannedEngagementMeeting: {
      header: "Planned engagement meeting",
      aliases: ["Next engagement meeting (planned)"],
      kind: "date"
    },
    selfEvaluationSubmitted: { header: "Self-evaluation submitted", aliases: [], kind: "date" },
    dcsName: { header: "DCS name", aliases: [], kind: "text" },
    dcsEmail: { header: "DCS email", aliases: [], kind: "email" },
    otherRecipients: { header: "Other recipients", aliases: ["CC"], kind: "emails" },
    reminders: { header: "Reminders", aliases: [], kind: "reminders" },
    notes: { header: "Notes", aliases: [], kind: "notes" }
  };
  var COMPUTED_NOTE = "Computed by ilacs-tracker on Recalculate: edits here are overwritten.";
  function isToolNote(note) {
    return note.startsWith(COMPUTED_NOTE);
  }
  __name(isToolNote, "isToolNote");
  var COMPUTED_COLUMNS = {
    pathway: { header: "Pathway", note: `${COMPUTED_NOTE} Short, standard or inadequate (R1).` },
    nextInspection: {
      header: "Next inspection",
      note: `${COMPUTED_NOTE} Type of the next full inspection (R2a, R2b).`
    },
    due: {
      header: "Due",
      note: `${COMPUTED_NOTE} The framework's due date for the next full inspection (R2c-R2e).`
    },
    windowOpens: {
      header: "Window opens",
      note: `${COMPUTED_NOTE} The framework's window (R2c-R2e); Ofsted has run later since 2021: see Expected from.`
    },
    windowCloses: {
      header: "Window closes",
      note: `${COMPUTED_NOTE} The framework's window (R2c-R2e).`
    },
    expectedFrom: {
      header: "Expected from",
      note: `${COMPUTED_NOTE} Forecast, not a framework rule: when the next full inspection is really likely, from the national queue and rate (see Explanation).`
    },
    expectedBy: {
      header: "Expected by",
      note: `${COMPUTED_NOTE} Forecast, not a framework rule: the end of the likely window.`
    },
    focusedVisits: {
      header: "Focused visits",
      note: `${COMPUTED_NOTE} Done, expected and the next indicative window (R3).`
    },
    nextMonitoringVisit: {
      header: "Next monitoring visit",
      note: `${COMPUTED_NOTE} Inadequate pathway only (R4).`
    },
    nextEngagementMeeting: { header: "Next engagement meeting", note: `${COMPUTED_NOTE} (R5a)` },
    selfEvaluationDue: { header: "Self-evaluation due", note: `${COMPUTED_NOTE} (R5c)` },
    status: {
      header: "Status",
      note: `${COMPUTED_NOTE} As of the date shown: the next inspection from the forecast, meetings and self-evaluations (R5d).`
    },
    explanation: {
      header: "Explanation",
      note: `${COMPUTED_NOTE} How each date was worked out, citing the rules.`
    },
    problems: {
      header: "Problems",
      note: `${COMPUTED_NOTE} What is wrong with this row's cells, if anything.`
    }
  };
  function normalizeHeader(text3) {
    return text3.toLowerCase().replace(/[^a-z0-9]/g, "");
  }
  __name(normalizeHeader, "normalizeHeader");
  function rowCells(layout, cells) {
    const at = /* @__PURE__ */ __name((column) => column === void 0 ? void 0 : cells[column], "at");
    return {
      input: /* @__PURE__ */ __name((key) => at(layout.input[key]), "input"),
      computed: /* @__PURE__ */ __name((key) => at(layout.computed[key]), "computed")
    };
  }
  __name(rowCells, "rowCells");
  function locateColumns(headers, mayCompute = () => true) {
    const normalized = headers.map((header) => normalizeHeader(String(header)));
    const claimed = /* @__PURE__ */ new Set();
    const claim = /* @__PURE__ */ __name((names, allowed = () => true) => {
      const wanted = new Set(names.map(normalizeHeader));
      const index = normalized.findIndex(
        (header, position) => header !== "" && wanted.has(header) && !claimed.has(position) && allowed(position)
      );
      if (index < 0) return void 0;
      claimed.add(index);
      return index;
    }, "claim");
    const input = {};
    const computed = {};
    const inputKeys = Object.keys(INPUT_COLUMNS);
    for (const names of [
      (key) => [INPUT_COLUMNS[key].header],
      (key) => INPUT_COLUMNS[key].aliases
    ]) {
      for (const key of inputKeys) {
        const index = input[key] === void 0 ? claim(names(key)) : void 0;
        if (index !== void 0) input[key] = index;
      }
    }
    for (const key of Object.keys(COMPUTED_COLUMNS)) {
      const index = claim([COMPUTED_COLUMNS[key].header], mayCompute);
      if (index !== void 0) computed[key] = index;
    }
    return { input, computed };
  }
  __name(locateColumns, "locateColumns");

  // src/domain/forecast/national-rate.ts
  var RATE_DAYS = 365;
  var MIN_DRIFT = 0.1;
  var MAX_DRIFT = 0.3;
  function inPause(day, pauses2) {
    return pauses2.some((pause) => !isBefore(day, pause.first) && !isAfter(day, pause.last));
  }
  __name(inPause, "inPause");
  function routineDaysBefore(until, days, pauses2) {
    let day = until;
    for (let counted = 0; counted < days; ) {
      day = addDays(day, -1);
      if (!inPause(day, pauses2)) counted += 1;
    }
    return day;
  }
  __name(routineDaysBefore, "routineDaysBefore");
  function countStarted(starts, from, until) {
    const first = toDayNumber(from);
    const last = toDayNumber(until);
    return starts.filter((start) => toDayNumber(start) >= first && toDayNumber(start) < last).length;
  }
  __name(countStarted, "countStarted");
  function measureNationalRate(latestStarts, until, pauses2) {
    const since = routineDaysBefore(until, RATE_DAYS, pauses2);
    const count = countStarted(latestStarts, since, until);
    if (count === 0) return void 0;
    const yearBefore = countStarted(latestStarts, routineDaysBefore(since, RATE_DAYS, pauses2), since);
    const change2 = Math.abs(count - yearBefore) / count;
    const drift = Math.min(MAX_DRIFT, Math.max(MIN_DRIFT, change2));
    return { perYear: count * 365.25 / RATE_DAYS, since, until, drift };
  }
  __name(measureNationalRate, "measureNationalRate");

  // src/domain/forecast/queue.ts
  var BASE_HALF_WIDTH_DAYS = 91;
  function byStartThenName(a, b) {
    const byStart = compareDates(a.start, b.start);
    if (byStart !== 0) return byStart;
    return a.authority < b.authority ? -1 : a.authority > b.authority ? 1 : 0;
  }
  __name(byStartThenName, "byStartThenName");
  function inspectionsAssumedSince(picture, known, rate, today) {
    const asOf = picture.snapshotAsOf;
    if (!asOf || !isBefore(asOf, today)) return 0;
    const expected = Math.round(rate.perYear * daysBetween(asOf, today) / 365.25);
    const seen = known.filter((inspection) => isAfter(inspection.start, asOf)).length;
    return Math.max(0, expected - seen);
  }
  __name(inspectionsAssumedSince, "inspectionsAssumedSince");
  function windowAround(today, daysAhead, rate) {
    const halfWidth = Math.round(BASE_HALF_WIDTH_DAYS + rate.drift * daysAhead);
    const mostLikely = addDays(today, Math.round(daysAhead));
    const opens = addDays(mostLikely, -halfWidth);
    return {
      mostLikely,
      expectedFrom: isBefore(opens, today) ? today : opens,
      expectedBy: addDays(mostLikely, halfWidth)
    };
  }
  __name(windowAround, "windowAround");
  function forecastQueue(picture, today, pauses2) {
    const known = picture.inspections.filter((inspection) => !isAfter(inspection.start, today));
    const asOf = picture.snapshotAsOf && isBefore(picture.snapshotAsOf, today) ? picture.snapshotAsOf : today;
    const rate = measureNationalRate(
      known.filter((inspection) => !isAfter(inspection.start, asOf)).map(({ start }) => start),
      addDays(asOf, 1),
      pauses2
    );
    const byId = /* @__PURE__ */ new Map();
    if (!rate) return { byId, queueLength: known.length };
    const queue = [...known].sort(byStartThenName);
    const fromSnapshot = queue.filter((inspection) => inspection.fromSnapshot);
    const assumedSinceSnapshot = Math.min(
      inspectionsAssumedSince(picture, known, rate, today),
      fromSnapshot.length
    );
    const possiblyDone = new Set(fromSnapshot.slice(0, assumedSinceSnapshot));
    const queueLength = queue.length - assumedSinceSnapshot;
    let ahead = 0;
    for (const inspection of queue) {
      const mayHaveHappened = possiblyDone.has(inspection);
      const daysAhead = (ahead + 0.5) * 365.25 / rate.perYear;
      byId.set(inspection.id, {
        ...windowAround(today, daysAhead, rate),
        place: ahead + 1,
        queueLength,
        rate,
        assumedSinceSnapshot,
        mayHaveHappened
      });
      if (!mayHaveHappened) ahead += 1;
    }
    return { byId, rate, queueLength };
  }
  __name(forecastQueue, "forecastQueue");

  // src/domain/tracker/authority-lookup.ts
  var AUTHORITY_TUPLES = [
    ["80486", "301", "E09000002", "Barking and Dagenham", "London"],
    ["80487", "302", "E09000003", "Barnet", "London"],
    ["80426", "370", "E08000038", "Barnsley", "Yorkshire and the Humber"],
    ["80427", "800", "E06000022", "Bath and North East Somerset", "South West"],
    ["80428", "822", "E06000055", "Bedford Borough", "East of England"],
    ["80488", "303", "E09000004", "Bexley", "London"],
    ["80429", "330", "E08000025", "Birmingham", "West Midlands"],
    ["80430", "889", "E06000008", "Blackburn with Darwen", "North West"],
    ["80431", "890", "E06000009", "Blackpool", "North West"],
    ["80432", "350", "E08000001", "Bolton", "North West"],
    ["2532287", "839", "E06000058", "Bournemouth, Christchurch and Poole", "South West"],
    ["80436", "867", "E06000036", "Bracknell Forest", "South East"],
    ["80449", "380", "E08000032", "Bradford", "Yorkshire and the Humber"],
    ["80489", "304", "E09000005", "Brent", "London"],
    ["80438", "846", "E06000043", "Brighton and Hove", "South East"],
    ["80441", "801", "E06000023", "Bristol, City of", "South West"],
    ["80490", "305", "E09000006", "Bromley", "London"],
    ["80442", "825", "E06000060", "Buckinghamshire", "South East"],
    ["80443", "351", "E08000002", "Bury", "North West"],
    ["80444", "381", "E08000033", "Calderdale", "Yorkshire and the Humber"],
    ["80445", "873", "E10000003", "Cambridgeshire", "East of England"],
    ["80491", "202", "E09000007", "Camden", "London"],
    ["80446", "823", "E06000056", "Central Bedfordshire", "East of England"],
    ["80447", "895", "E06000049", "Cheshire East", "North West"],
    ["80448", "896", "E06000050", "Cheshire West and Chester", "North West"],
    ["80450", "201", "E09000001", "City of London", "London"],
    ["80454", "908", "E06000052", "Cornwall", "South West"],
    ["80456", "331", "E08000026", "Coventry", "West Midlands"],
    ["80492", "306", "E09000008", "Croydon", "London"],
    ["2733690", "942", "E06000063", "Cumberland", "North West"],
    ["80458", "841", "E06000005", "Darlington", "North East"],
    ["80459", "831", "E06000015", "Derby", "East Midlands"],
    ["80460", "830", "E10000007", "Derbyshire", "East Midlands"],
    ["80461", "878", "E10000008", "Devon", "South West"],
    ["80462", "371", "E08000017", "Doncaster", "Yorkshire and the Humber"],
    ["2532283", "838", "E06000059", "Dorset", "South West"],
    ["80464", "332", "E08000027", "Dudley", "West Midlands"],
    ["80465", "840", "E06000047", "Durham", "North East"],
    ["80493", "307", "E09000009", "Ealing", "London"],
    ["80466", "811", "E06000011", "East Riding of Yorkshire", "Yorkshire and the Humber"],
    ["80467", "845", "E10000011", "East Sussex", "South East"],
    ["80494", "308", "E09000010", "Enfield", "London"],
    ["80468", "881", "E10000012", "Essex", "East of England"],
    ["80469", "390", "E08000037", "Gateshead", "North East"],
    ["80470", "916", "E10000013", "Gloucestershire", "South West"],
    ["80495", "203", "E09000011", "Greenwich", "London"],
    ["80496", "204", "E09000012", "Hackney", "London"],
    ["80471", "876", "E06000006", "Halton", "North West"],
    ["80497", "205", "E09000013", "Hammersmith and Fulham", "London"],
    ["80472", "850", "E10000014", "Hampshire", "South East"],
    ["80498", "309", "E09000014", "Haringey", "London"],
    ["80499", "310", "E09000015", "Harrow", "London"],
    ["80473", "805", "E06000001", "Hartlepool", "North East"],
    ["80500", "311", "E09000016", "Havering", "London"],
    ["80474", "884", "E06000019", "Herefordshire", "West Midlands"],
    ["80475", "919", "E10000015", "Hertfordshire", "East of England"],
    ["80501", "312", "E09000017", "Hillingdon", "London"],
    ["80503", "313", "E09000018", "Hounslow", "London"],
    ["80419", "921", "E06000046", "Isle of Wight", "South East"],
    ["80455", "420", "E06000053", "Isles of Scilly", "South West"],
    ["80505", "206", "E09000019", "Islington", "London"],
    ["80544", "207", "E09000020", "Kensington and Chelsea", "London"],
    ["80476", "886", "E10000016", "Kent", "South East"],
    ["80477", "810", "E06000010", "Kingston Upon Hull, City of", "Yorkshire and the Humber"],
    ["80545", "314", "E09000021", "Kingston upon Thames", "London"],
    ["80478", "382", "E08000034", "Kirklees", "Yorkshire and the Humber"],
    ["80479", "340", "E08000011", "Knowsley", "North West"],
    ["80506", "208", "E09000022", "Lambeth", "London"],
    ["80480", "888", "E10000017", "Lancashire", "North West"],
    ["80481", "383", "E08000035", "Leeds", "Yorkshire and the Humber"],
    ["80482", "856", "E06000016", "Leicester", "East Midlands"],
    ["80483", "855", "E10000018", "Leicestershire", "East Midlands"],
    ["80508", "209", "E09000023", "Lewisham", "London"],
    ["80484", "925", "E10000019", "Lincolnshire", "East Midlands"],
    ["80485", "341", "E08000012", "Liverpool", "North West"],
    ["80520", "821", "E06000032", "Luton", "East of England"],
    ["80521", "352", "E08000003", "Manchester", "North West"],
    ["80522", "887", "E06000035", "Medway", "South East"],
    ["80510", "315", "E09000024", "Merton", "London"],
    ["80523", "806", "E06000002", "Middlesbrough", "North East"],
    ["80524", "826", "E06000042", "Milton Keynes", "South East"],
    ["80525", "391", "E08000021", "Newcastle upon Tyne", "North East"],
    ["80511", "316", "E09000025", "Newham", "London"],
    ["80418", "926", "E10000020", "Norfolk", "East of England"],
    ["80526", "812", "E06000012", "North East Lincolnshire", "Yorkshire and the Humber"],
    ["80527", "813", "E06000013", "North Lincolnshire", "Yorkshire and the Humber"],
    ["2637539", "940", "E06000061", "North Northamptonshire", "East Midlands"],
    ["80528", "802", "E06000024", "North Somerset", "South West"],
    ["80529", "392", "E08000022", "North Tyneside", "North East"],
    ["80530", "815", "E06000065", "North Yorkshire", "Yorkshire and the Humber"],
    ["80532", "929", "E06000057", "Northumberland", "North East"],
    ["80533", "892", "E06000018", "Nottingham", "East Midlands"],
    ["80534", "891", "E10000024", "Nottinghamshire", "East Midlands"],
    ["80535", "353", "E08000004", "Oldham", "North West"],
    ["80536", "931", "E10000025", "Oxfordshire", "South East"],
    ["80537", "874", "E06000031", "Peterborough", "East of England"],
    ["80538", "879", "E06000026", "Plymouth", "South West"],
    ["80539", "851", "E06000044", "Portsmouth", "South East"],
    ["80540", "870", "E06000038", "Reading", "South East"],
    ["80512", "317", "E09000026", "Redbridge", "London"],
    ["80541", "807", "E06000003", "Redcar and Cleveland", "North East"],
    ["80513", "318", "E09000027", "Richmond upon Thames", "London"],
    ["80542", "354", "E08000005", "Rochdale", "North West"],
    ["80543", "372", "E08000018", "Rotherham", "Yorkshire and the Humber"],
    ["80547", "857", "E06000017", "Rutland", "East Midlands"],
    ["80548", "355", "E08000006", "Salford", "North West"],
    ["80549", "333", "E08000028", "Sandwell", "West Midlands"],
    ["80550", "343", "E08000014", "Sefton", "North West"],
    ["80551", "373", "E08000039", "Sheffield", "Yorkshire and the Humber"],
    ["80552", "893", "E06000051", "Shropshire", "West Midlands"],
    ["80553", "871", "E06000039", "Slough", "South East"],
    ["80554", "334", "E08000029", "Solihull", "West Midlands"],
    ["80555", "933", "E06000066", "Somerset", "South West"],
    ["80556", "803", "E06000025", "South Gloucestershire", "South West"],
    ["80557", "393", "E08000023", "South Tyneside", "North East"],
    ["80558", "852", "E06000045", "Southampton", "South East"],
    ["80559", "882", "E06000033", "Southend-on-Sea", "East of England"],
    ["80514", "210", "E09000028", "Southwark", "London"],
    ["80560", "342", "E08000013", "St. Helens", "North West"],
    ["80561", "860", "E10000028", "Staffordshire", "West Midlands"],
    ["80562", "356", "E08000007", "Stockport", "North West"],
    ["80563", "808", "E06000004", "Stockton-on-Tees", "North East"],
    ["80564", "861", "E06000021", "Stoke-on-Trent", "West Midlands"],
    ["80565", "935", "E10000029", "Suffolk", "East of England"],
    ["80566", "394", "E08000024", "Sunderland", "North East"],
    ["80567", "936", "E10000030", "Surrey", "South East"],
    ["80515", "319", "E09000029", "Sutton", "London"],
    ["80568", "866", "E06000030", "Swindon", "South West"],
    ["80569", "357", "E08000008", "Tameside", "North West"],
    ["80570", "894", "E06000020", "Telford and Wrekin", "West Midlands"],
    ["80571", "883", "E06000034", "Thurrock", "East of England"],
    ["80572", "880", "E06000027", "Torbay", "South West"],
    ["80516", "211", "E09000030", "Tower Hamlets", "London"],
    ["80573", "358", "E08000009", "Trafford", "North West"],
    ["80451", "384", "E08000036", "Wakefield", "Yorkshire and the Humber"],
    ["80574", "335", "E08000030", "Walsall", "West Midlands"],
    ["80517", "320", "E09000031", "Waltham Forest", "London"],
    ["80518", "212", "E09000032", "Wandsworth", "London"],
    ["80575", "877", "E06000007", "Warrington", "North West"],
    ["80576", "937", "E10000031", "Warwickshire", "West Midlands"],
    ["80577", "869", "E06000037", "West Berkshire", "South East"],
    ["2637548", "941", "E06000062", "West Northamptonshire", "East Midlands"],
    ["80578", "938", "E10000032", "West Sussex", "South East"],
    ["80519", "213", "E09000033", "Westminster", "London"],
    ["2733698", "943", "E06000064", "Westmorland and Furness", "North West"],
    ["80579", "359", "E08000010", "Wigan", "North West"],
    ["80580", "865", "E06000054", "Wiltshire", "South West"],
    ["80546", "868", "E06000040", "Windsor and Maidenhead", "South East"],
    ["80581", "344", "E08000015", "Wirral", "North West"],
    ["80582", "872", "E06000041", "Wokingham", "South East"],
    ["80583", "336", "E08000031", "Wolverhampton", "West Midlands"],
    ["80584", "885", "E10000034", "Worcestershire", "West Midlands"],
    ["80453", "816", "E06000014", "York", "Yorkshire and the Humber"]
  ];
  var FORMER_COUNCIL_TUPLES = [
    ["135513", "909", "E10000006", "Cumbria", "North West"],
    ["121939", "928", "E10000021", "Northamptonshire", "East Midlands"],
    ["137316", "836", "E06000029", "Poole", "South West"]
  ];

  // src/domain/tracker/authorities.ts
  function laCodeKey(code) {
    const trimmed = code.trim();
    return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.toLowerCase();
  }
  __name(laCodeKey, "laCodeKey");
  function urnKey(urn) {
    const trimmed = urn.trim();
    return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
  }
  __name(urnKey, "urnKey");
  function authority(tuple, current) {
    const [urn, laCode, onsCode, name, region] = tuple;
    return { urn, laCode, onsCode, name, region, current };
  }
  __name(authority, "authority");
  var lookup;
  function theLookup() {
    if (lookup) return lookup;
    const current = AUTHORITY_TUPLES.map((tuple) => authority(tuple, true));
    const all = [...current, ...FORMER_COUNCIL_TUPLES.map((tuple) => authority(tuple, false))];
    lookup = {
      byUrn: new Map(all.map((item) => [urnKey(item.urn), item])),
      byCode: new Map(all.map((item) => [laCodeKey(item.laCode), item])),
      current
    };
    return lookup;
  }
  __name(theLookup, "theLookup");
  function authorityOfUrn(urn) {
    return theLookup().byUrn.get(urnKey(urn));
  }
  __name(authorityOfUrn, "authorityOfUrn");
  function authorityOfCode(laCode) {
    return theLookup().byCode.get(laCodeKey(laCode));
  }
  __name(authorityOfCode, "authorityOfCode");
  function currentAuthorities() {
    return theLookup().current;
  }
  __name(currentAuthorities, "currentAuthorities");

  // src/domain/tracker/national-data.ts
  var NATIONAL_COLUMNS = [
    "la_name",
    "dfe_la_code",
    "ons_code",
    "region",
    "framework",
    "inspection_type",
    "start_date",
    "end_date",
    "publication_date",
    "overall_effectiveness",
    "impact_of_leaders",
    "help_and_protection",
    "children_in_care",
    "care_leavers",
    "report_link"
  ];
  var REQUIRED = ["la_name", "start_date"];
  var DATED = ["start_date", "end_date", "publication_date"];
  function findHeader(values) {
    return values.findIndex((row2) => {
      const names = new Set(row2.map((cell) => normalizeHeader(String(cell ?? ""))));
      return REQUIRED.every((column) => names.has(normalizeHeader(column)));
    });
  }
  __name(findHeader, "findHeader");
  function latest(dates) {
    return dates.reduce(
      (found2, date2) => date2 && (!found2 || isAfter(date2, found2)) ? date2 : found2,
      void 0
    );
  }
  __name(latest, "latest");
  function parseNationalData(values, dateOfCell) {
    const headerIndex = findHeader(values);
    if (headerIndex < 0) {
      return values.length === 0 ? { rows: [], problems: [] } : {
        rows: [],
        problems: [
          {
            row: 0,
            column: "",
            message: `No header row with ${REQUIRED.join(" and ")}; the forecast uses the Tracker's rows only.`
          }
        ]
      };
    }
    const header = (values[headerIndex] ?? []).map((cell) => normalizeHeader(String(cell ?? "")));
    const column = /* @__PURE__ */ __name((name) => header.indexOf(normalizeHeader(name)), "column");
    const rows = [];
    const problems = [];
    values.slice(headerIndex + 1).forEach((cells, index) => {
      const rowNumber = headerIndex + index + 2;
      const authority2 = String(cells[column("la_name")] ?? "").trim();
      if (authority2 === "") return;
      const dates = DATED.map((name) => {
        const result = parseCell("date", cells[column(name)], name, dateOfCell);
        if (!result.ok) problems.push({ row: rowNumber, column: name, message: result.message });
        return result.ok ? result.value : void 0;
      });
      const [start] = dates;
      if (!start) {
        if (isBlank(cells[column("start_date")])) {
          const message = "start_date is blank; the row is not used.";
          problems.push({ row: rowNumber, column: "start_date", message });
        }
        return;
      }
      const laCode = String(cells[column("dfe_la_code")] ?? "").trim();
      const previousAt = column("previous_start_date");
      const previous = previousAt < 0 ? void 0 : parseCell("date", cells[previousAt], "previous_start_date", dateOfCell);
      if (previous && !previous.ok)
        problems.push({ row: rowNumber, column: "previous_start_date", message: previous.message });
      const before = previous?.ok && previous.value && isBefore(previous.value, start) ? previous.value : void 0;
      rows.push({
        rowNumber,
        authority: authority2,
        laCode,
        start,
        previous: before,
        latestDate: latest(dates) ?? start
      });
    });
    problems.push(...duplicateProblems(rows));
    return { rows, asOf: latest(rows.map((row2) => row2.latestDate)), problems };
  }
  __name(parseNationalData, "parseNationalData");
  function duplicateProblems(rows) {
    const byAuthority = /* @__PURE__ */ new Map();
    for (const row2 of rows) {
      const identity2 = identityOf(row2);
      byAuthority.set(identity2, [...byAuthority.get(identity2) ?? [], row2]);
    }
    return [...byAuthority.values()].flatMap((listed) => {
      if (listed.length < 2) return [];
      const newest = listed.reduce((found2, row2) => isAfter(row2.start, found2.start) ? row2 : found2);
      return listed.filter((row2) => row2 !== newest).map((row2) => ({
        row: row2.rowNumber,
        column: "la_name",
        message: `${row2.authority} is listed again in row ${newest.rowNumber}, with a later inspection (${formatIso(newest.start)}): that row is used, this one is not.`
      }));
    });
  }
  __name(duplicateProblems, "duplicateProblems");
  function nameKey(name) {
    return normalizeHeader(name.replace(/&/g, " and "));
  }
  __name(nameKey, "nameKey");
  function identityOf(row2) {
    return row2.laCode ? `code:${laCodeKey(row2.laCode)}` : `name:${nameKey(row2.authority)}`;
  }
  __name(identityOf, "identityOf");
  function standingOn(row2, today) {
    if (!isAfter(row2.start, today)) return row2;
    return row2.previous && !isAfter(row2.previous, today) ? { ...row2, start: row2.previous, previous: void 0 } : void 0;
  }
  __name(standingOn, "standingOn");
  function unknownLaCodeCheck(national) {
    const known = new Set(national.rows.map((row2) => laCodeKey(row2.laCode)));
    return (laCode) => !laCode || known.size === 0 || known.has(laCodeKey(laCode)) ? void 0 : `LA code: expected the DfE code of an English local authority (as on the National data sheet), found ${laCode}.`;
  }
  __name(unknownLaCodeCheck, "unknownLaCodeCheck");
  function nationalHistories(national, today) {
    const byAuthority = /* @__PURE__ */ new Map();
    for (const listed of national.rows) {
      const row2 = standingOn(listed, today);
      if (!row2) continue;
      const identity2 = identityOf(row2);
      const known = byAuthority.get(identity2);
      if (!known || isAfter(row2.start, known.start)) byAuthority.set(identity2, row2);
    }
    return [...byAuthority].map(([id, row2]) => ({
      id,
      authority: row2.authority,
      latest: row2.start,
      previous: row2.previous
    }));
  }
  __name(nationalHistories, "nationalHistories");
  function nationalPicture(results, national, today) {
    const inspections = [];
    const idOfRow = /* @__PURE__ */ new Map();
    const byCode = /* @__PURE__ */ new Map();
    const byName = /* @__PURE__ */ new Map();
    const register = /* @__PURE__ */ __name((laCode, authority2, id) => {
      if (laCode) byCode.set(laCodeKey(laCode), id);
      byName.set(nameKey(authority2), id);
    }, "register");
    const find = /* @__PURE__ */ __name((laCode, authority2) => (laCode ? byCode.get(laCodeKey(laCode)) : void 0) ?? byName.get(nameKey(authority2)), "find");
    const undated = [];
    for (const entry of results) {
      const { row: row2, rowNumber } = entry;
      const start = row2.lastInspection;
      if (!start || isAfter(start, today)) {
        undated.push(entry);
        continue;
      }
      const id = `tracker:${rowNumber}`;
      register(row2.laCode, row2.authority, id);
      idOfRow.set(rowNumber, id);
      inspections.push({ id, authority: row2.authority, start, fromSnapshot: false });
    }
    const usable = national.rows.flatMap((row2) => standingOn(row2, today) ?? []).sort((a, b) => compareDates(b.start, a.start));
    for (const row2 of usable) {
      if (find(row2.laCode, row2.authority)) continue;
      const id = `national:${row2.rowNumber}`;
      register(row2.laCode, row2.authority, id);
      inspections.push({ id, authority: row2.authority, start: row2.start, fromSnapshot: true });
    }
    for (const { row: row2, rowNumber } of undated) {
      const id = find(row2.laCode, row2.authority);
      if (id?.startsWith("national:")) idOfRow.set(rowNumber, id);
    }
    const asOf = latest(usable.map((row2) => row2.start));
    return {
      picture: {
        inspections,
        snapshotAsOf: asOf && compareDates(asOf, today) < 0 ? asOf : void 0
      },
      idOfRow
    };
  }
  __name(nationalPicture, "nationalPicture");

  // src/domain/forecast/track-record.ts
  var TRACK_RECORD_HORIZON_DAYS = 182;
  var RECENT_PICKS_DAYS = 365;
  function standingOn2(histories, day) {
    return histories.flatMap(({ id, authority: authority2, latest: latest2, previous }) => {
      if (isBefore(latest2, day))
        return [{ inspection: { id, authority: authority2, start: latest2, fromSnapshot: false } }];
      if (!previous || !isBefore(previous, day)) return [];
      return [{ inspection: { id, authority: authority2, start: previous, fromSnapshot: false }, next: latest2 }];
    });
  }
  __name(standingOn2, "standingOn");
  function trackRecord(histories, dataEnd, pauses2, horizonDays = TRACK_RECORD_HORIZON_DAYS) {
    const givenOn = addDays(dataEnd, -horizonDays);
    const standing = standingOn2(histories, givenOn);
    const { byId } = forecastQueue(
      { inspections: standing.map(({ inspection }) => inspection) },
      givenOn,
      pauses2
    );
    let held = 0;
    let scored = 0;
    for (const { inspection, next } of standing) {
      const forecast = byId.get(inspection.id);
      if (!forecast) continue;
      const from = isBefore(forecast.expectedFrom, givenOn) ? givenOn : forecast.expectedFrom;
      const by = isBefore(forecast.expectedBy, from) ? from : forecast.expectedBy;
      if (!next && !isBefore(by, dataEnd)) continue;
      scored += 1;
      if (next && !isBefore(next, from) && !isAfter(next, by)) held += 1;
    }
    return scored === 0 ? void 0 : { givenOn, dataEnd, held, scored };
  }
  __name(trackRecord, "trackRecord");
  function recentPickDepth(histories, dataEnd, daysBack = RECENT_PICKS_DAYS, minimum = 10) {
    const since = addDays(dataEnd, -daysBack);
    const picks = histories.filter(
      (history) => history.previous !== void 0 && isAfter(history.latest, since) && !isAfter(history.latest, dataEnd)
    );
    if (picks.length < minimum) return void 0;
    const depths = picks.map((pick2) => {
      const waited = pick2.previous;
      const queue = standingOn2(histories, pick2.latest).map(({ inspection }) => inspection.start);
      const longer = queue.filter((start) => isBefore(start, waited)).length;
      return queue.length <= 1 ? 0 : longer / (queue.length - 1);
    });
    return depths.reduce((sum, depth) => sum + depth, 0) / depths.length;
  }
  __name(recentPickDepth, "recentPickDepth");
  var LESS_RELIABLE_DEPTH = 0.15;
  function forecastReliability(histories, dataEnd, pauses2) {
    if (!dataEnd) return { lessReliable: false };
    const depth = recentPickDepth(histories, dataEnd);
    return {
      record: trackRecord(histories, dataEnd, pauses2),
      depth,
      lessReliable: depth !== void 0 && depth > LESS_RELIABLE_DEPTH
    };
  }
  __name(forecastReliability, "forecastReliability");

  // src/domain/forecast/describe.ts
  function forecastStatus(forecast, frameworkWindow, today, lessReliable = false) {
    const expected = `Expected ${monthSpan(forecast.expectedFrom, forecast.expectedBy)}${lessReliable ? ", less reliable now" : ""}`;
    if (!frameworkWindow) return expected;
    const framework = isBefore(today, frameworkWindow.opens) ? `framework window opens ${monthAndYear(frameworkWindow.opens)}` : isAfter(today, frameworkWindow.closes) ? `framework window closed ${monthAndYear(frameworkWindow.closes)}` : `framework window open until ${monthAndYear(frameworkWindow.closes)}`;
    return `${expected} (${framework})`;
  }
  __name(forecastStatus, "forecastStatus");
  function ordinal(place) {
    const tens = place % 100;
    const suffix = tens >= 11 && tens <= 13 ? "th" : ["st", "nd", "rd"][place % 10 - 1] ?? "th";
    return `${place}${suffix}`;
  }
  __name(ordinal, "ordinal");
  function months(days) {
    return `${(days / 30.44).toFixed(1)} months`;
  }
  __name(months, "months");
  function forecastExplanation(forecast) {
    const { rate } = forecast;
    const perYear = Math.round(rate.perYear);
    const sentences = [
      forecast.mayHaveHappened ? `Forecast (not a framework rule): at the front of the national order, among the ${forecast.assumedSinceSnapshot} authorities that must have been inspected since the national data's date at the national rate; if it has not been inspected yet, it is next.` : `Forecast (not a framework rule): ${ordinal(forecast.place)} of ${forecast.queueLength} in the national order, which Ofsted works through roughly in turn, oldest last inspection first.`,
      `At the national rate of ${perYear} full inspections a year (those that started ${formatIso(rate.since)} to ${formatIso(addDays(rate.until, -1))}), its turn comes about ${formatIso(forecast.mostLikely)}.`,
      `The window, ${formatIso(forecast.expectedFrom)} to ${formatIso(forecast.expectedBy)}, reaches ${months(BASE_HALF_WIDTH_DAYS)} either side for Ofsted's local reordering plus ${Math.round(rate.drift * 100)}% of the time ahead, as far as the national rate moved from the year before.`
    ];
    if (forecast.assumedSinceSnapshot > 0 && !forecast.mayHaveHappened) {
      sentences.push(
        `The national data is older than today: ${forecast.assumedSinceSnapshot} inspections are assumed to have happened since, without knowing which, and taken off the front of the order.`
      );
    }
    return sentences.join(" ");
  }
  __name(forecastExplanation, "forecastExplanation");
  function trackRecordSentence(reliability) {
    const { record } = reliability;
    if (!record) return void 0;
    const months2 = Math.round(TRACK_RECORD_HORIZON_DAYS / 30.44);
    return `Forecast track record: ${record.held} of ${record.scored} windows it would have given ${months2} months earlier (on ${shortDate(record.givenOn)}) held the real start, judged on the national data to ${shortDate(record.dataEnd)}.`;
  }
  __name(trackRecordSentence, "trackRecordSentence");
  function lessReliableSentence(reliability) {
    if (!reliability.lessReliable || reliability.depth === void 0) return void 0;
    return `Ofsted's picks of the last year came on average from ${Math.round(reliability.depth * 100)}% of the way down the national queue rather than its front, so the forecast is less reliable now.`;
  }
  __name(lessReliableSentence, "lessReliableSentence");
  function reliabilityText(reliability) {
    const record = trackRecordSentence(reliability) ?? "Forecast track record: not measured: the National data gives no previous inspections (previous_start_date) to go back to.";
    return [record, lessReliableSentence(reliability)].filter(Boolean).join(" ");
  }
  __name(reliabilityText, "reliabilityText");

  // src/domain/forecast/type-history.ts
  var OBSERVED_SINCE = 2018;
  var OBSERVED_UNTIL = 2026;
  var STANDARD_AFTER = {
    /** Good overall, with at least one judgement below good. */
    goodWithWeakerJudgement: { standard: 7, of: 17 },
    /** Good overall, every judgement good or better (or not recorded). */
    goodThroughout: { standard: 12, of: 101 },
    outstanding: { standard: 1, of: 28 }
  };
  var SUB_JUDGEMENTS = ["leaders", "helpAndProtection", "childrenInCare", "careLeavers"];
  function observedCase(judgements) {
    if (judgements.overall === "outstanding") return "outstanding";
    if (judgements.overall !== "good") return void 0;
    const weaker = SUB_JUDGEMENTS.some((key) => {
      const grade = judgements[key];
      return grade !== void 0 && !isGoodOrBetter(grade);
    });
    return weaker ? "goodWithWeakerJudgement" : "goodThroughout";
  }
  __name(observedCase, "observedCase");
  var CASE_WORDS = {
    goodWithWeakerJudgement: "authorities judged good overall with a judgement below good",
    goodThroughout: "authorities judged good throughout",
    outstanding: "authorities judged outstanding"
  };
  function typeHistoryNote(judgements) {
    const found2 = observedCase(judgements);
    if (!found2) return void 0;
    const { standard, of } = STANDARD_AFTER[found2];
    const often = standard * 4 >= of;
    return `${often ? "Ofsted often chooses otherwise here" : "Ofsted sometimes chooses otherwise"}: ${CASE_WORDS[found2]} got a standard inspection next ${standard === 1 ? "once" : `${standard} times`} in ${of} (${OBSERVED_SINCE}-${OBSERVED_UNTIL}).`;
  }
  __name(typeHistoryNote, "typeHistoryNote");

  // src/domain/tracker/status-line.ts
  var NO_NEXT_INSPECTION = "No next inspection (see Problems)";
  function statusLine(inspection, engagement, today) {
    const parts = [inspection];
    if (engagement.meetingStatus?.state === "overdue") parts.push("engagement meeting overdue");
    if (engagement.selfEvaluationStatus?.state === "overdue") parts.push("self-evaluation overdue");
    return `${parts.join("; ")} (as of ${formatIso(today)})`;
  }
  __name(statusLine, "statusLine");
  function frameworkInspectionWords(schedule) {
    return schedule.inspectionStatus?.text ?? NO_NEXT_INSPECTION;
  }
  __name(frameworkInspectionWords, "frameworkInspectionWords");
  var STAMP = / \(as of (\d{4}-\d{2}-\d{2})\)$/;
  function statusComputedOn(status2) {
    const stamp = STAMP.exec(status2)?.[1];
    return stamp === void 0 ? void 0 : parseIsoDate(stamp);
  }
  __name(statusComputedOn, "statusComputedOn");
  function statusWords(status2) {
    return status2.replace(STAMP, "");
  }
  __name(statusWords, "statusWords");

  // src/domain/tracker/computed-columns.ts
  var PATHWAY_NAMES = {
    short: "Short",
    standard: "Standard",
    inadequate: "Inadequate"
  };
  function status({ schedule, forecast, reliability }, today) {
    const inspection = forecast ? forecastStatus(
      forecast,
      schedule.nextInspection?.window,
      today,
      reliability?.lessReliable ?? false
    ) : frameworkInspectionWords(schedule);
    return statusLine(inspection, schedule, today);
  }
  __name(status, "status");
  function explanation({ row: row2, schedule, forecast, noForecast, reliability }) {
    const typeNote = schedule.pathway === "short" ? typeHistoryNote(row2) : void 0;
    const forecastWords = forecast ? [
      forecastExplanation(forecast),
      reliability && trackRecordSentence(reliability),
      reliability && lessReliableSentence(reliability)
    ] : [schedule.nextInspection && noForecast];
    return [schedule.explanation, typeNote, ...forecastWords].filter(Boolean).join(" ");
  }
  __name(explanation, "explanation");
  function computedValues(outcome, cellProblems, today) {
    const { schedule, forecast } = outcome;
    return {
      pathway: schedule.pathway ? PATHWAY_NAMES[schedule.pathway] : "",
      nextInspection: schedule.nextInspection?.kind ?? "",
      due: schedule.nextInspection?.due ?? "",
      windowOpens: schedule.nextInspection?.window.opens ?? "",
      windowCloses: schedule.nextInspection?.window.closes ?? "",
      expectedFrom: forecast?.expectedFrom ?? "",
      expectedBy: forecast?.expectedBy ?? "",
      focusedVisits: schedule.focusedVisits?.summary ?? "",
      nextMonitoringVisit: schedule.monitoringVisit?.date ?? "",
      nextEngagementMeeting: schedule.meeting?.date ?? "",
      selfEvaluationDue: schedule.selfEvaluationDue ?? "",
      status: status(outcome, today),
      explanation: explanation(outcome),
      problems: [...cellProblems, ...schedule.problems].join("\n")
    };
  }
  __name(computedValues, "computedValues");

  // src/domain/rules/monitoring.ts
  function countsMonitoringVisit(record) {
    const { lastMonitoringVisit } = record;
    const cycleFrom = record.lastOnSiteDay ?? record.inspectionStart;
    return lastMonitoringVisit !== void 0 && (cycleFrom === void 0 || !isBefore(lastMonitoringVisit, cycleFrom));
  }
  __name(countsMonitoringVisit, "countsMonitoringVisit");
  function nextMonitoringVisit(record, settings) {
    const { lastOnSiteDay: lastOnSiteDay2, lastMonitoringVisit } = record;
    if (lastMonitoringVisit && countsMonitoringVisit(record)) {
      const date3 = addMonths(lastMonitoringVisit, settings.monitoringIntervalMonths);
      const window2 = monthWindow(
        date3,
        -settings.monitoringWindowMonths,
        settings.monitoringWindowMonths
      );
      return {
        date: date3,
        window: window2,
        rule: "R4b",
        explanation: `Next monitoring visit about ${formatIso(date3)}, ${settings.monitoringIntervalMonths} months after the last one on ${formatIso(lastMonitoringVisit)} (window ${formatIso(window2.opens)} to ${formatIso(window2.closes)}, R4b).`
      };
    }
    if (!lastOnSiteDay2) return void 0;
    const date2 = addMonths(lastOnSiteDay2, settings.firstMonitoringVisitMonths);
    const { from, to } = settings.firstMonitoringVisitWindow;
    const window = monthWindow(lastOnSiteDay2, from, to);
    const ignored = lastMonitoringVisit ? ` The monitoring visit recorded on ${formatIso(lastMonitoringVisit)} is before the inspection, so it is not counted.` : "";
    return {
      date: date2,
      window,
      rule: "R4a",
      explanation: `First monitoring visit about ${formatIso(date2)}, ${settings.firstMonitoringVisitMonths} months after the last on-site day ${formatIso(lastOnSiteDay2)} (window ${formatIso(window.opens)} to ${formatIso(window.closes)}, R4a).${ignored}`
    };
  }
  __name(nextMonitoringVisit, "nextMonitoringVisit");

  // src/domain/rules/next-inspection.ts
  var MAIN_AREAS = ["helpAndProtection", "childrenInCare", "leaders"];
  var MAIN_AREA_NAMES = "help and protection, children in care, leaders";
  function nextInspectionKind(inspection, pathway) {
    if (pathway === "short") {
      return {
        kind: "Short inspection",
        reason: "usually a short inspection (R2a; Ofsted may choose a standard one)"
      };
    }
    if (pathway === "standard")
      return { kind: "Standard inspection", reason: "usually a standard inspection (R2a)" };
    if (!isBefore(inspection.start, ILACS_REINSPECTION_FROM)) {
      return {
        kind: "Standard inspection",
        reason: "monitoring visits, then a standard inspection as re-inspection (R2b)"
      };
    }
    const mainAreas = MAIN_AREAS.map((key) => inspection[key]);
    const inadequate = mainAreas.filter((grade) => grade === "inadequate").length;
    const notRecorded = mainAreas.filter((grade) => grade === void 0).length;
    const sif = "monitoring visits, then an SIF re-inspection (R2b: started before 1 September 2018";
    if (inadequate >= 2) {
      return {
        kind: "SIF re-inspection",
        reason: `${sif}, inadequate across all or most areas: ${inadequate} of the 3 main judgement areas (${MAIN_AREA_NAMES}) inadequate)`
      };
    }
    if (notRecorded >= 2) {
      const unreadable = MAIN_AREAS.some(
        (key) => inspection[key] === void 0 && isUnreadable(inspection, key)
      );
      return {
        kind: "SIF re-inspection",
        reason: `${sif}, and ${notRecorded} of the 3 main judgement areas (${MAIN_AREA_NAMES}) ${unreadable ? "not recorded or unreadable" : "not recorded"}, read as inadequate across all or most areas)`
      };
    }
    return {
      kind: "Post-monitoring single inspection",
      reason: "monitoring visits, then a post-monitoring single inspection (R2b: started before 1 September 2018, only some areas inadequate)"
    };
  }
  __name(nextInspectionKind, "nextInspectionKind");
  function nextInspection(inspection, pathway, settings) {
    const { kind, reason } = nextInspectionKind(inspection, pathway);
    const unshiftedDue = addMonths(inspection.start, settings.inspectionCycleMonths);
    const unshiftedWindow = monthWindow(
      unshiftedDue,
      -settings.windowBeforeMonths,
      settings.windowAfterMonths
    );
    const shift = pauseShift(inspection.start, unshiftedWindow, settings.pauses);
    const due = addDays(unshiftedDue, shift.days);
    const window = shiftWindow(unshiftedWindow, shift.days);
    const sentences = [
      `Next: ${reason}.`,
      `Due ${formatIso(due)}: ${settings.inspectionCycleMonths} months after the last start` + (shift.days > 0 ? `, ${describePauseShift(shift)}` : "") + `; window ${formatIso(window.opens)} to ${formatIso(window.closes)}, ${settings.windowBeforeMonths} months before to ${settings.windowAfterMonths} months after the due date (R2c).`
    ];
    const nextIsIlacs = kind === "Short inspection" || kind === "Standard inspection";
    if (nextIsIlacs && wasSifInspection(inspection)) {
      sentences.push(
        "The first ILACS inspection after an SIF one keeps the same timing (R2d), though the transition stretched real gaps to a median of about 4 years."
      );
    }
    sentences.push(
      "Notice: Ofsted calls the DCS and inspectors arrive the following Monday, about 5 working days later (R3e)."
    );
    return { kind, due, window, pauseShift: shift, explanation: sentences.join(" ") };
  }
  __name(nextInspection, "nextInspection");
  function inspectionStatus(window, today) {
    if (isBefore(today, window.opens)) {
      const days = daysBetween(today, window.opens);
      return { state: "upcoming", days, text: `Window opens in ${countOf(days, "day")}` };
    }
    if (isAfter(today, window.closes)) {
      const days = daysBetween(window.closes, today);
      return {
        state: "overdue",
        days,
        text: `Overdue (window closed ${countOf(days, "day")} ago)`
      };
    }
    return { state: "open", text: "Inspection window open" };
  }
  __name(inspectionStatus, "inspectionStatus");

  // src/domain/rules/pathway.ts
  var FOUR_JUDGEMENTS = [
    ["leaders", "impact of leaders"],
    ["helpAndProtection", "help and protection"],
    ["childrenInCare", "children in care"],
    ["careLeavers", "care leavers"]
  ];
  var PATHWAY_BY_OVERALL = {
    outstanding: "short",
    good: "short",
    "requires improvement": "standard",
    inadequate: "inadequate"
  };
  var CANNOT_READ = "could not be read (see Problems)";
  function isOrAre(names) {
    return names.length === 1 ? "is" : "are";
  }
  __name(isOrAre, "isOrAre");
  function decidePathway(inspection) {
    const problems = [];
    const noOverallGrade = hasNoOverallGrade(inspection.start);
    let overall = inspection.overall;
    if (overall && noOverallGrade) {
      problems.push(
        `Overall effectiveness is ignored: inspections from 1 April 2026 give none (R1b), and this one started ${formatIso(inspection.start)}.`
      );
      overall = void 0;
    }
    if (overall) {
      const pathway = PATHWAY_BY_OVERALL[overall];
      return {
        pathway,
        rule: "R1a",
        reason: `overall effectiveness was ${overall}, so the ${pathway} pathway (R1a)`,
        problems
      };
    }
    const overallUnreadable = !noOverallGrade && isUnreadable(inspection, "overall");
    const absent = FOUR_JUDGEMENTS.filter(([key]) => !inspection[key]);
    const missing = absent.filter(([key]) => !isUnreadable(inspection, key)).map(([, name]) => name);
    const unreadable = absent.filter(([key]) => isUnreadable(inspection, key)).map(([, name]) => name);
    if (missing.length > 0 || unreadable.length > 0) {
      const { reason, problems: blank } = noPathway(
        noOverallGrade,
        overallUnreadable,
        missing,
        unreadable
      );
      return { pathway: void 0, rule: "R1c", reason, problems: [...problems, ...blank] };
    }
    if (noOverallGrade)
      return { ...decideWithoutOverall(inspection, "there is no overall grade; "), problems };
    const decision = decideWithoutOverall(inspection, "");
    const overallText = overallUnreadable ? `overall effectiveness ${CANNOT_READ}` : "overall effectiveness is missing (an inspection before 1 April 2026 gives one)";
    return {
      ...decision,
      reason: `${overallText}, so the four judgements decide as in R1b (R1c): ${decision.reason}`,
      problems
    };
  }
  __name(decidePathway, "decidePathway");
  function noPathway(noOverallGrade, overallUnreadable, missing, unreadable) {
    if (!noOverallGrade) {
      const reason2 = overallUnreadable ? `No pathway (R1c): overall effectiveness ${CANNOT_READ}; inspections before 1 April 2026 give one (R1a).` : "No pathway (R1c): overall effectiveness is blank; inspections before 1 April 2026 give one (R1a).";
      return { reason: reason2, problems: overallUnreadable ? [] : [reason2] };
    }
    const needs = "from 1 April 2026 the pathway needs all four judgements (R1b).";
    const missingText = missing.length > 0 ? `${listInWords(missing)} ${isOrAre(missing)} missing` : "";
    const unreadableText = unreadable.length > 0 ? `${listInWords(unreadable)} ${CANNOT_READ}` : "";
    const reason = `No pathway (R1c): ${[missingText, unreadableText].filter(Boolean).join(", and ")}; ${needs}`;
    return { reason, problems: missingText ? [`No pathway (R1c): ${missingText}; ${needs}`] : [] };
  }
  __name(noPathway, "noPathway");
  function decideWithoutOverall(judgements, noOverallText) {
    const inadequate = FOUR_JUDGEMENTS.filter(([key]) => judgements[key] === "inadequate").map(
      ([, name]) => name
    );
    if (inadequate.length > 0) {
      return {
        pathway: "inadequate",
        rule: "R1b",
        reason: `${listInWords(inadequate)} ${inadequate.length === 1 ? "was" : "were"} inadequate, so the inadequate pathway (R1b; treating any inadequate judgement as the inadequate pathway is this tool's reading of the April 2026 framework)`
      };
    }
    const practiceGoodOrBetter = [
      judgements.helpAndProtection,
      judgements.childrenInCare,
      judgements.careLeavers
    ].filter(isGoodOrBetter).length;
    const leadersGoodOrBetter = isGoodOrBetter(judgements.leaders);
    const pathway = leadersGoodOrBetter && practiceGoodOrBetter >= 2 ? "short" : "standard";
    return {
      pathway,
      rule: "R1b",
      reason: `${noOverallText}impact of leaders is ${judgements.leaders ?? "unknown"} and ${practiceGoodOrBetter} of the 3 practice judgements are good or better, so the ${pathway} pathway (R1b: short needs leaders good or better and at least 2 of 3)`
    };
  }
  __name(decideWithoutOverall, "decideWithoutOverall");

  // src/domain/rules/schedule.ts
  function estimatedNote(input, onSite) {
    if (!onSite.estimated) return "";
    const estimated = `The last on-site day ${formatIso(onSite.date)} is estimated from the inspection's length`;
    return isUnreadable2(input, "lastInspectionEnd") ? ` (${estimated}, as Last inspection end could not be read.)` : ` (${estimated}: record it in Last inspection end.)`;
  }
  __name(estimatedNote, "estimatedNote");
  function monitoringGap(input, start) {
    const end = isUnreadable2(input, "lastInspectionEnd") ? "Last inspection end could not be read" : "Last inspection end is blank";
    if (isUnreadable2(input, "lastMonitoringVisit")) {
      return {
        sentences: [
          `No monitoring visit date: a later visit counts from the last monitoring visit (R4b), which could not be read, and the first from the last on-site day (R4a): ${end}.`
        ],
        problems: []
      };
    }
    const visit = input.lastMonitoringVisit;
    const ignored = visit && isBefore(visit, start) ? [
      `The monitoring visit recorded on ${formatIso(visit)} is before the inspection, so it is not counted (R4a).`
    ] : [];
    if (isUnreadable2(input, "lastInspectionEnd")) {
      return {
        sentences: [
          "No monitoring visit date: the first monitoring visit counts from the last on-site day (R4a), and Last inspection end could not be read.",
          ...ignored
        ],
        problems: []
      };
    }
    return {
      sentences: ignored,
      problems: [
        "Last inspection end is blank: the first monitoring visit counts from the last on-site day (R4a)."
      ]
    };
  }
  __name(monitoringGap, "monitoringGap");
  function scheduleInspections(input, inspection, today, settings) {
    if (!inspection) {
      if (isUnreadable2(input, "lastInspection")) {
        const sentence = "No next inspection or visits: they count from the last inspection's start date (R2c).";
        return { sentences: [sentence], problems: [] };
      }
      const problem = "Last inspection is blank: the next inspection and visits count from its start date (R2c).";
      return { sentences: [], problems: [problem] };
    }
    const decision = decidePathway(inspection);
    const typeText = inspection.type ? ` (${inspection.type})` : "";
    const started = `The last full inspection${typeText} started ${formatIso(inspection.start)}`;
    const sentences = [
      decision.pathway ? `${started}; ${decision.reason}.` : `${started}. ${decision.reason}`
    ];
    const problems = [...decision.problems];
    if (!decision.pathway) return { sentences, problems };
    const pathway = decision.pathway;
    const next = nextInspection(inspection, pathway, settings);
    const status2 = inspectionStatus(next.window, today);
    sentences.push(
      next.explanation,
      `On ${formatIso(today)}, by the framework's dates: ${status2.text} (R2f).`
    );
    const focusedVisits = planFocusedVisits(
      {
        lastStart: inspection.start,
        focusedVisitsSince: input.focusedVisitsSince,
        lastFocusedVisit: input.lastFocusedVisit,
        jtaiSince: input.jtaiSince,
        priorityAction: input.priorityAction
      },
      pathway,
      settings
    );
    sentences.push(focusedVisits.explanation);
    if (focusedVisits.next && isBefore(focusedVisits.next.closes, today)) {
      sentences.push("That indicative window has passed: record the visits in Focused visits since.");
    }
    let monitoringVisit;
    if (pathway === "inadequate") {
      const onSite = lastOnSiteDay(inspection);
      if (status2.state === "overdue") {
        sentences.push("No monitoring visit is shown: the re-inspection window has closed (R4c).");
      } else {
        monitoringVisit = nextMonitoringVisit(
          {
            lastOnSiteDay: onSite?.date,
            inspectionStart: inspection.start,
            lastMonitoringVisit: input.lastMonitoringVisit
          },
          settings
        );
        if (!monitoringVisit) {
          const gap = monitoringGap(input, inspection.start);
          sentences.push(...gap.sentences);
          problems.push(...gap.problems);
        } else {
          sentences.push(
            monitoringVisit.explanation + (monitoringVisit.rule === "R4a" && onSite ? estimatedNote(input, onSite) : "")
          );
          if (isBefore(monitoringVisit.date, today)) {
            sentences.push("That date has passed: record the visit in Last monitoring visit.");
          }
        }
      }
    }
    return { pathway, next, status: status2, focusedVisits, monitoringVisit, sentences, problems };
  }
  __name(scheduleInspections, "scheduleInspections");
  function scheduleEngagement(input, onSite, today, settings) {
    const meeting = nextEngagementMeeting(
      {
        lastMeeting: input.lastEngagementMeeting,
        plannedMeeting: input.plannedEngagementMeeting,
        lastOnSiteDay: onSite?.date,
        lastMeetingUnreadable: isUnreadable2(input, "lastEngagementMeeting")
      },
      settings
    );
    if (!meeting) {
      const counts = "it counts from a planned meeting, the last meeting or the last inspection's last on-site day (R5a)";
      const unread = ["plannedEngagementMeeting", "lastEngagementMeeting", "lastInspectionEnd"].some((key) => isUnreadable2(input, key));
      if (unread) {
        return {
          sentences: [`No next engagement meeting: ${counts}, and those recorded could not be read.`],
          problems: []
        };
      }
      const problem = "No engagement meeting, planned meeting or last inspection end is recorded: the next engagement meeting counts from one of them (R5a).";
      return { sentences: [], problems: [problem] };
    }
    const sentences = [
      meeting.explanation + (meeting.basis === "last inspection" && onSite ? estimatedNote(input, onSite) : "")
    ];
    const selfEvaluationDue2 = selfEvaluationDueDate(meeting.date, settings);
    const submitted = input.selfEvaluationSubmitted;
    const done = selfEvaluationDone(input, onSite);
    const meetingStatus = eventStatus(meeting.date, today, false);
    const selfEvaluationStatus = eventStatus(selfEvaluationDue2, today, done);
    sentences.push(
      `Self-evaluation due ${formatIso(selfEvaluationDue2)}, ${settings.selfEvaluationLeadDays} days before the meeting (R5c): ` + (done && submitted ? `submitted ${formatIso(submitted)}.` : isUnreadable2(input, "selfEvaluationSubmitted") ? "not counted as submitted, as Self-evaluation submitted could not be read." : "not yet submitted for this meeting.")
    );
    const overdue2 = [meetingStatus, selfEvaluationStatus].some(
      (status2) => status2.state === "overdue"
    );
    if (overdue2)
      sentences.push(`Overdue means the due date has passed without a newer date recorded (R5d).`);
    return {
      meeting,
      meetingStatus,
      selfEvaluationDue: selfEvaluationDue2,
      selfEvaluationStatus,
      sentences,
      problems: []
    };
  }
  __name(scheduleEngagement, "scheduleEngagement");
  function unreadableSentence(input) {
    const names = Object.keys(SCHEDULE_FACT_NAMES).filter((key) => isUnreadable2(input, key)).map((key) => SCHEDULE_FACT_NAMES[key]);
    if (names.length === 0) return [];
    const one = names.length === 1;
    return [
      `${listInWords(names)} could not be read, or ${one ? "holds a value that" : "hold values that"} cannot be right, so ${one ? "it is" : "they are"} not used (see Problems).`
    ];
  }
  __name(unreadableSentence, "unreadableSentence");
  function computeSchedule(input, today, settings = DEFAULT_RULE_SETTINGS) {
    const inspection = input.lastInspection && lastInspectionOf(input, input.lastInspection);
    const inspections = scheduleInspections(input, inspection, today, settings);
    const engagement = scheduleEngagement(input, onSiteDayOf(input, inspection), today, settings);
    return {
      pathway: inspections.pathway,
      nextInspection: inspections.next,
      inspectionStatus: inspections.status,
      focusedVisits: inspections.focusedVisits,
      monitoringVisit: inspections.monitoringVisit,
      meeting: engagement.meeting,
      meetingStatus: engagement.meetingStatus,
      selfEvaluationDue: engagement.selfEvaluationDue,
      selfEvaluationStatus: engagement.selfEvaluationStatus,
      explanation: [
        ...unreadableSentence(input),
        ...inspections.sentences,
        ...engagement.sentences
      ].join(" "),
      problems: [...inspections.problems, ...engagement.problems]
    };
  }
  __name(computeSchedule, "computeSchedule");

  // src/domain/tracker/row.ts
  var PLANNED = "plannedEngagementMeeting";
  var PLANNED_MONTHS_AHEAD = 24;
  var LONGEST_SPAN_DAYS = 31;
  var LONGEST_ON_SITE_DAYS = 21;
  function inspectionInProgress(key, end, start, today) {
    return key === "lastInspectionEnd" && start !== void 0 && !isAfter(start, today) && !isAfter(end, addDays(start, LONGEST_ON_SITE_DAYS));
  }
  __name(inspectionInProgress, "inspectionInProgress");
  function implausibleAsOf(key, date2, row2, today) {
    const column = INPUT_COLUMNS[key].header;
    const found2 = formatIso(date2);
    const start = row2.lastInspection;
    if (key !== PLANNED && isAfter(date2, today) && !inspectionInProgress(key, date2, start, today)) {
      return `${column}: expected a date on or before today (${formatIso(today)}), as it records what has happened, found ${found2}.`;
    }
    const latest2 = addMonths(today, PLANNED_MONTHS_AHEAD);
    if (key === PLANNED && isAfter(date2, latest2)) {
      return `${column}: expected a date no more than ${PLANNED_MONTHS_AHEAD / 12} years after today (by ${formatIso(latest2)}), as the meeting is yearly, found ${found2}.`;
    }
    if (key === "lastInspectionEnd" && start && isAfter(date2, addDays(start, LONGEST_SPAN_DAYS))) {
      return `${column}: expected the last on-site day, within a month of ${INPUT_COLUMNS.lastInspection.header} (${formatIso(start)}), found ${found2}.`;
    }
    if (key === "lastInspectionEnd" && start && isBefore(date2, start)) {
      return `${column}: expected the last on-site day, on or after ${INPUT_COLUMNS.lastInspection.header} (${formatIso(start)}), found ${found2}.`;
    }
    return void 0;
  }
  __name(implausibleAsOf, "implausibleAsOf");
  function parseTrackerRow(cells, dateOfCell, today, slashOrder = "dayFirst") {
    if (isBlank(cells.authority)) return void 0;
    const row2 = {};
    const problems = [];
    const unreadable = [];
    for (const key of Object.keys(INPUT_COLUMNS)) {
      const column = INPUT_COLUMNS[key];
      const result = parseCell(column.kind, cells[key], column.header, dateOfCell, slashOrder);
      const implausible = result.ok && result.value !== void 0 && column.kind === "date" ? implausibleAsOf(key, result.value, row2, today) : void 0;
      if (!result.ok || implausible) {
        problems.push(result.ok ? implausible : result.message);
        unreadable.push(key);
      } else if (result.value !== void 0) row2[key] = result.value;
    }
    row2.authority ?? (row2.authority = String(cells.authority).trim());
    return { row: row2, problems, unreadable };
  }
  __name(parseTrackerRow, "parseTrackerRow");
  var END_PUNCTUATION = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;
  var SPACES = /\s+/g;
  var SPECIAL_SPACE = /[^\S \t\r\n\uFEFF]/g;
  function spaced(authority2) {
    return withoutInvisible(authority2).replace(SPACES, " ").trim();
  }
  __name(spaced, "spaced");
  function authorityKey(authority2) {
    const name = spaced(authority2);
    return (name.replace(END_PUNCTUATION, "") || name).toLowerCase();
  }
  __name(authorityKey, "authorityKey");
  function lookAlike(name, first) {
    const found2 = [];
    for (const [text3, whose] of [
      [name, "this cell"],
      [first.authority, `row ${first.rowNumber}'s cell`]
    ]) {
      const invisible = invisibleInWords(text3);
      if (invisible) found2.push(`${whose} contains ${invisible}`);
      const spaces = charactersIn(text3, SPECIAL_SPACE);
      if (spaces.length > 0) {
        found2.push(
          `${whose} has ${spaces.length === 1 ? "a special space" : "special spaces"}, ${listInWords(spaces)}`
        );
      }
    }
    if (spaced(name).toLowerCase() !== spaced(first.authority).toLowerCase()) {
      found2.push("punctuation at the start or end differs");
    }
    return found2;
  }
  __name(lookAlike, "lookAlike");
  function duplicateAuthorityProblems(rows) {
    const firstRow = /* @__PURE__ */ new Map();
    const problems = /* @__PURE__ */ new Map();
    const needs = "each authority needs exactly one row.";
    for (const entry of rows) {
      const { authority: authority2, rowNumber } = entry;
      const key = authorityKey(authority2);
      const first = firstRow.get(key);
      if (first === void 0) {
        firstRow.set(key, entry);
        continue;
      }
      const differs = lookAlike(authority2, first);
      problems.set(
        rowNumber,
        differs.length === 0 ? `Authority: ${excerpt(authority2.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ""))} is already in row ${first.rowNumber}; ${needs}` : `Authority: ${quoteText(authority2, false)} is already in row ${first.rowNumber} as ${quoteText(first.authority, false)}, which looks the same: ${differs.join(" and ")}; ${needs}`
      );
    }
    return problems;
  }
  __name(duplicateAuthorityProblems, "duplicateAuthorityProblems");

  // src/domain/tracker/compute-tracker.ts
  function computeTracker(values, today, settings, dateOfCell, headerNotes = [], national = { rows: [], problems: [] }, slashOrder = "dayFirst") {
    const [, ...body] = values;
    const layout = trackerLayout(values, headerNotes);
    const parsed2 = body.flatMap((cells, index) => {
      const rowCells2 = {};
      for (const [key, column] of Object.entries(layout.input)) {
        rowCells2[key] = cells[column];
      }
      const row2 = parseTrackerRow(rowCells2, dateOfCell, today, slashOrder);
      const authority2 = String(rowCells2.authority);
      return row2 ? [{ ...row2, rowNumber: index + 2, authority: authority2 }] : [];
    });
    const duplicates = duplicateAuthorityProblems(
      parsed2.map(({ authority: authority2, rowNumber }) => ({ authority: authority2, rowNumber }))
    );
    const unknownLaCode = unknownLaCodeCheck(national);
    const scheduled = parsed2.map(({ row: row2, problems, unreadable, rowNumber }) => ({
      row: row2,
      rowNumber,
      cellProblems: [
        ...problems,
        ...duplicates.has(rowNumber) ? [duplicates.get(rowNumber)] : [],
        ...[unknownLaCode(row2.laCode)].filter((problem) => problem !== void 0)
      ],
      // A bad cell's message is its one problem: the rules are told not to call it blank as well.
      schedule: computeSchedule(
        { ...row2, unreadable: unreadable.filter(isScheduleFactKey) },
        today,
        settings
      )
    }));
    const { picture, idOfRow } = nationalPicture(scheduled, national, today);
    const queue = forecastQueue(picture, today, settings.pauses);
    const reliability = nationalReliability(national, today, settings.pauses);
    const results = scheduled.map(({ row: row2, rowNumber, cellProblems, schedule }) => {
      const id = idOfRow.get(rowNumber);
      const forecast = id === void 0 ? void 0 : queue.byId.get(id);
      const outcome = { row: row2, schedule, forecast, noForecast: noForecastReason(queue), reliability };
      return {
        rowNumber,
        row: row2,
        schedule,
        forecast,
        problems: [...cellProblems, ...schedule.problems],
        computed: computedValues(outcome, cellProblems, today)
      };
    });
    const missingComputed = Object.keys(COMPUTED_COLUMNS).filter(
      (key) => layout.computed[key] === void 0
    );
    return {
      layout,
      results,
      missingComputed,
      national: { asOf: national.asOf, problems: national.problems },
      reliability
    };
  }
  __name(computeTracker, "computeTracker");
  function nationalReliability(national, today, pauses2) {
    const histories = nationalHistories(national, today);
    const dataEnd = histories.reduce(
      (latest2, { latest: start }) => !latest2 || isBefore(latest2, start) ? start : latest2,
      void 0
    );
    return forecastReliability(histories, dataEnd, pauses2);
  }
  __name(nationalReliability, "nationalReliability");
  function noForecastReason(queue) {
    if (!queue.rate) {
      return "No forecast: neither the Tracker nor the National data sheet has a full inspection that started in the last year of routine inspection, so there is no national rate to measure.";
    }
    return void 0;
  }
  __name(noForecastReason, "noForecastReason");
  function toolColumns(values, headerNotes) {
    return (index) => isToolNote(headerNotes[index] ?? "") || values.slice(1).every((row2) => isBlank(row2[index]));
  }
  __name(toolColumns, "toolColumns");
  function trackerLayout(values, headerNotes) {
    return locateColumns(
      (values[0] ?? []).map((cell) => String(cell ?? "")),
      toolColumns(values, headerNotes)
    );
  }
  __name(trackerLayout, "trackerLayout");
  var headersLongestFirst;
  function problemColumn(message) {
    headersLongestFirst ?? (headersLongestFirst = [
      ...Object.values(INPUT_COLUMNS).map((column) => column.header),
      ...Object.values(COMPUTED_COLUMNS).map((column) => column.header)
    ].sort((a, b) => b.length - a.length));
    return headersLongestFirst.find(
      (header) => message.startsWith(`${header}:`) || message.startsWith(`${header} `)
    ) ?? "";
  }
  __name(problemColumn, "problemColumn");

  // src/domain/timeline/rows.ts
  function dateIn(cell, dateOfCell) {
    if (isDateValue(cell)) return Number.isNaN(cell.getTime()) ? void 0 : dateOfCell(cell);
    return typeof cell === "string" ? parseDateText(cell) : void 0;
  }
  __name(dateIn, "dateIn");
  function windowOf(opens, closes) {
    return opens && closes && !isBefore(closes, opens) ? { opens, closes } : void 0;
  }
  __name(windowOf, "windowOf");
  var textOf = /* @__PURE__ */ __name((cell) => isBlank(cell) ? "" : String(cell).trim(), "textOf");
  var SELF_EVALUATION_FACTS = [
    "authority",
    "lastInspection",
    "lastInspectionEnd",
    "inspectionType",
    "lastEngagementMeeting",
    "selfEvaluationSubmitted"
  ];
  function timelineRows(values, dateOfCell, headerNotes = [], slashOrder = "dayFirst") {
    const [, ...body] = values;
    const layout = trackerLayout(values, headerNotes);
    const rows = body.flatMap((cells, index) => {
      const { input, computed } = rowCells(layout, cells);
      const inputDate = /* @__PURE__ */ __name((key) => dateIn(input(key), dateOfCell), "inputDate");
      const computedDate = /* @__PURE__ */ __name((key) => dateIn(computed(key), dateOfCell), "computedDate");
      const authority2 = textOf(input("authority"));
      if (authority2 === "") return [];
      const focusedVisits = textOf(computed("focusedVisits"));
      const status2 = textOf(computed("status"));
      const computedOn2 = statusComputedOn(status2);
      const submitted = /* @__PURE__ */ __name(() => {
        const facts = Object.fromEntries(
          SELF_EVALUATION_FACTS.map((key) => [key, input(key)])
        );
        const parsed2 = computedOn2 && parseTrackerRow(facts, dateOfCell, computedOn2, slashOrder);
        return parsed2 ? isSelfEvaluationDoneFor(parsed2.row) : false;
      }, "submitted");
      const overdue2 = overdueOn(
        computedOn2,
        {
          windowCloses: computedDate("windowCloses"),
          hasForecast: layout.computed.expectedFrom === void 0 ? void 0 : !isBlank(computed("expectedFrom")),
          meeting: computedDate("nextEngagementMeeting"),
          selfEvaluationDue: computedDate("selfEvaluationDue")
        },
        submitted
      );
      return [
        {
          rowNumber: index + 2,
          authority: authority2,
          region: textOf(input("region")),
          pathway: textOf(computed("pathway")),
          nextInspection: textOf(computed("nextInspection")),
          expected: windowOf(computedDate("expectedFrom"), computedDate("expectedBy")),
          framework: windowOf(computedDate("windowOpens"), computedDate("windowCloses")),
          due: computedDate("due"),
          focusedVisits,
          focusedVisit: indicativeWindowOf(focusedVisits),
          monitoringVisit: computedDate("nextMonitoringVisit"),
          meeting: computedDate("nextEngagementMeeting"),
          selfEvaluationDue: computedDate("selfEvaluationDue"),
          done: {
            lastInspection: inputDate("lastInspection"),
            monitoringVisit: inputDate("lastMonitoringVisit"),
            meeting: inputDate("lastEngagementMeeting"),
            selfEvaluation: inputDate("selfEvaluationSubmitted")
          },
          status: statusWords(status2),
          computedOn: computedOn2,
          overdue: overdue2,
          hasProblems: textOf(computed("problems")) !== ""
        }
      ];
    });
    const missingComputed = Object.keys(COMPUTED_COLUMNS).filter(
      (key) => layout.computed[key] === void 0
    );
    return { rows, missingComputed };
  }
  __name(timelineRows, "timelineRows");
  function expectedStart(row2) {
    return row2.expected?.opens ?? row2.framework?.opens ?? row2.due;
  }
  __name(expectedStart, "expectedStart");
  function byExpectedInspection(a, b) {
    const startA = expectedStart(a);
    const startB = expectedStart(b);
    if (startA && startB) {
      const byStart = compareDates(startA, startB);
      if (byStart !== 0) return byStart;
      const byEnd = compareDates(a.expected?.closes ?? startA, b.expected?.closes ?? startB);
      if (byEnd !== 0) return byEnd;
    } else if (startA || startB) {
      return startA ? -1 : 1;
    }
    const nameA = a.authority.toLowerCase();
    const nameB = b.authority.toLowerCase();
    return nameA < nameB ? -1 : nameA > nameB ? 1 : a.rowNumber - b.rowNumber;
  }
  __name(byExpectedInspection, "byExpectedInspection");

  // src/domain/timeline/render.ts
  function choices(values) {
    const list = [...new Set(values)].sort(
      (a, b) => a === "" ? 1 : b === "" ? -1 : a.toLowerCase() < b.toLowerCase() ? -1 : 1
    );
    return { list, index: new Map(list.map((value, position) => [value, position])) };
  }
  __name(choices, "choices");
  function options(all, list, none) {
    return [
      `<option value="">${all}</option>`,
      ...list.map(
        (value, index) => `<option value="${index}">${value === "" ? none : escapeHtml(value)}</option>`
      )
    ].join("");
  }
  __name(options, "options");
  function computedOn(rows) {
    let latest2;
    for (const { computedOn: day } of rows) {
      if (day && (!latest2 || isBefore(latest2, day))) latest2 = day;
    }
    return latest2;
  }
  __name(computedOn, "computedOn");
  function page(body, script = "") {
    return `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>ILACS tracker: timeline</title><style>${STYLE}</style></head><body>${body}${script ? `<script>${script}</script>` : ""}</body></html>`;
  }
  __name(page, "page");
  function renderTimeline({ rows, today, trackRecord: trackRecord2 }) {
    if (rows.length === 0) {
      return page(
        `<p>There are no authorities on the Tracker yet: fill in a row's Authority and Last inspection, then run <b>ILACS tracker &gt; Recalculate now</b>.</p>`
      );
    }
    const scale = timeScale(today);
    const sorted = [...rows].sort(byExpectedInspection);
    const regions = choices(sorted.map((row2) => row2.region));
    const pathways = choices(sorted.map((row2) => row2.pathway));
    const asOf = computedOn(sorted);
    const stale = asOf && isBefore(asOf, today) ? ` The dates were computed on ${longDate(asOf)}: run <b>Recalculate now</b> to bring them up to today.` : "";
    const last = addDays(scale.end, -1);
    const { under, over } = gridHtml(scale, today);
    const body = [
      `<p>Today is <b>${longDate(today)}</b>. ${monthAndYear(scale.start)} to ${monthAndYear(last)}, sorted by expected inspection; hover over a bar or a mark for its dates, click a name to select its row in the Tracker.${stale}</p>`,
      ...trackRecord2 ? [`<p id="track">${escapeHtml(trackRecord2)}</p>`] : [],
      `<p><label>Region <select id="fg">${options("All regions", regions.list, "(no region)")}</select></label> <label>Pathway <select id="fp">${options("All pathways", pathways.list, "(no pathway)")}</select></label> <span id="shown" aria-live="polite">${sorted.length} of ${sorted.length} ${sorted.length === 1 ? "authority" : "authorities"}</span> <span id="msg" role="status"></span></p>`,
      legendHtml(),
      DEFS,
      axisHtml(scale, today),
      `<div id="rows" style="min-width:${LABEL_WIDTH + scale.width}px">${under}`,
      ...sorted.map(
        (row2, index) => rowHtml(scale, row2, index, today, {
          region: regions.index.get(row2.region) ?? 0,
          pathway: pathways.index.get(row2.pathway) ?? 0
        })
      ),
      `${over}</div><div id="tip" role="tooltip"></div>`,
      factsHtml(sorted)
    ];
    return page(body.join(""), pageScript(FACT_HEADERS.indexOf("Status")));
  }
  __name(renderTimeline, "renderTimeline");

  // src/sheets/workbook.ts
  var SHEET_NAMES = {
    tracker: "Tracker",
    settings: "Settings",
    reminderLog: "Reminder log",
    nationalData: "National data"
  };
  var _UserError = class _UserError extends Error {
  };
  __name(_UserError, "UserError");
  var UserError = _UserError;
  function requireSheet(spreadsheet, name) {
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet)
      throw new UserError(`There is no ${name} sheet: run ILACS tracker > Set up tracker first.`);
    return sheet;
  }
  __name(requireSheet, "requireSheet");
  function readAll(sheet) {
    return sheet.getDataRange().getValues();
  }
  __name(readAll, "readAll");
  function contiguousRuns(columns) {
    const runs = [];
    for (const column of [...columns].sort((a, b) => a - b)) {
      const last = runs[runs.length - 1];
      if (last && last.first + last.count === column) last.count += 1;
      else runs.push({ first: column, count: 1 });
    }
    return runs;
  }
  __name(contiguousRuns, "contiguousRuns");
  function columnLetter(index) {
    let letters = "";
    for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
      letters = String.fromCharCode(65 + (rest - 1) % 26) + letters;
    }
    return letters;
  }
  __name(columnLetter, "columnLetter");

  // src/sheets/column-marks.ts
  var COLUMN_KEY = "ilacs-tracker.computed-column";
  function markedColumns(sheet) {
    const marks = /* @__PURE__ */ new Map();
    for (const metadata of sheet.createDeveloperMetadataFinder().withKey(COLUMN_KEY).find()) {
      const column = metadata.getLocation().getColumn();
      const key = metadata.getValue();
      if (column && key in COMPUTED_COLUMNS) marks.set(column.getColumn() - 1, key);
    }
    return marks;
  }
  __name(markedColumns, "markedColumns");
  function markComputedColumns(sheet, computed) {
    const marked = markedColumns(sheet);
    for (const [key, column] of Object.entries(computed)) {
      if (marked.get(column) === key) continue;
      const letter = columnLetter(column);
      sheet.getRange(`${letter}:${letter}`).addDeveloperMetadata(COLUMN_KEY, key);
    }
  }
  __name(markComputedColumns, "markComputedColumns");
  var computedHeaders;
  function headerNotesWithMarks(sheet, headers, notes) {
    computedHeaders ?? (computedHeaders = new Set(
      Object.values(COMPUTED_COLUMNS).map((column) => normalizeHeader(column.header))
    ));
    const doubtful = headers.some(
      (header, index) => computedHeaders?.has(normalizeHeader(header)) && !isToolNote(notes[index] ?? "")
    );
    if (!doubtful) return [...notes];
    const marks = markedColumns(sheet);
    return headers.map((_, index) => {
      const key = marks.get(index);
      return key ? COMPUTED_COLUMNS[key].note : notes[index] ?? "";
    });
  }
  __name(headerNotesWithMarks, "headerNotesWithMarks");

  // src/domain/tracker/settings-sheet.ts
  function scalarDefinition(key, setting, defaults) {
    const defaultText = setting.kind.write(defaults[key]);
    const blank = setting.kind.whenBlank;
    return {
      id: key,
      name: setting.name,
      about: setting.about,
      defaultValue: setting.kind.write(setting.initial ?? defaults[key]),
      ...blank && {
        applyBlank: /* @__PURE__ */ __name((settings) => {
          settings[key] = blank.value;
          return `${setting.name} is not set; ${blank.note}.`;
        }, "applyBlank")
      },
      apply: /* @__PURE__ */ __name((settings, text3) => {
        const value = setting.kind.read(text3);
        if (value !== void 0) {
          settings[key] = value;
          return void 0;
        }
        const bad = setting.kind.whenBad;
        if (bad) settings[key] = bad.value;
        const fallback = bad ? bad.note : `using the default, ${String(defaultText) || "blank"}`;
        return `expected ${setting.kind.expected}, found ${quoteText(text3)}; ${fallback}.`;
      }, "apply")
    };
  }
  __name(scalarDefinition, "scalarDefinition");
  function scalarDefinitions(rows, defaults) {
    return Object.keys(rows).map(
      (key) => scalarDefinition(key, rows[key], defaults)
    );
  }
  __name(scalarDefinitions, "scalarDefinitions");
  var STATUS_ROWS = {
    dailyReminders: "Daily reminders",
    lastRun: "Daily reminders last ran",
    framework: "Rules follow",
    firstSteps: "First steps",
    trackRecord: "Forecast track record"
  };
  var STATUS_ROW_NAMES = new Set(Object.values(STATUS_ROWS).map(normalizeHeader));
  function settingsRowIndex(rows, name) {
    const wanted = normalizeHeader(name);
    return rows.findIndex(
      ([cell], index) => index > 0 && normalizeHeader(String(cell ?? "")) === wanted
    );
  }
  __name(settingsRowIndex, "settingsRowIndex");
  function settingsRowValue(rows, name) {
    const text3 = String(rows[settingsRowIndex(rows, name)]?.[1] ?? "").trim();
    return text3 === "" ? void 0 : text3;
  }
  __name(settingsRowValue, "settingsRowValue");
  function cellText(cell, dateOfCell) {
    return isDateValue(cell) ? formatIso(dateOfCell(cell)) : String(cell ?? "");
  }
  __name(cellText, "cellText");
  function parseSettingsRows(definitions2, defaults, rows, dateOfCell) {
    const byName = new Map(
      definitions2.map((definition) => [normalizeHeader(definition.name), definition])
    );
    const settings = { ...defaults };
    const problems = [];
    const seen = /* @__PURE__ */ new Map();
    rows.forEach(([nameCell, valueCell], index) => {
      const row2 = index + 1;
      if (index === 0 || isBlank(nameCell)) return;
      const name = String(nameCell).trim();
      const definition = byName.get(normalizeHeader(name));
      if (!definition) {
        if (!STATUS_ROW_NAMES.has(normalizeHeader(name))) {
          problems.push({
            row: row2,
            message: `${quoteText(name)} is not a setting of this tool, so it is ignored.`
          });
        }
        return;
      }
      const earlier = seen.get(definition.id);
      if (earlier !== void 0) {
        problems.push({
          row: row2,
          message: `${excerpt(name)} is already set in row ${earlier}; this row is ignored.`
        });
        return;
      }
      seen.set(definition.id, row2);
      if (isBlank(valueCell)) {
        if (definition.applyBlank) problems.push({ row: row2, message: definition.applyBlank(settings) });
        return;
      }
      const why = definition.apply(settings, cellText(valueCell, dateOfCell));
      if (why !== void 0) problems.push({ row: row2, message: `${definition.name}: ${why}` });
    });
    for (const definition of definitions2) {
      if (definition.applyBlank && !seen.has(definition.id))
        problems.push({ row: 0, message: definition.applyBlank(settings) });
    }
    return { settings, problems };
  }
  __name(parseSettingsRows, "parseSettingsRows");
  function namedSettingIds(definitions2, rows) {
    const names = new Set(rows.slice(1).map(([name]) => normalizeHeader(String(name ?? ""))));
    return new Set(
      definitions2.filter((definition) => names.has(normalizeHeader(definition.name))).map((definition) => definition.id)
    );
  }
  __name(namedSettingIds, "namedSettingIds");

  // src/domain/text/cell-text.ts
  var MAX_CELL_CHARACTERS = 5e4;
  var CUT_NOTE = " [... cut to fit one cell]";
  function cellText2(text3) {
    const fitted = text3.length <= MAX_CELL_CHARACTERS - 1 ? text3 : `${text3.slice(0, MAX_CELL_CHARACTERS - 1 - CUT_NOTE.length)}${CUT_NOTE}`;
    return /^[=+\-@]/.test(fitted) ? `'${fitted}` : fitted;
  }
  __name(cellText2, "cellText");

  // src/sheets/settings-sheet.ts
  function readSettingsSheet(spreadsheet) {
    const sheet = spreadsheet.getSheetByName(SHEET_NAMES.settings);
    return { sheet, values: sheet ? readAll(sheet) : [] };
  }
  __name(readSettingsSheet, "readSettingsSheet");
  function writeStatus(settingsSheet, status2) {
    const { sheet, values } = settingsSheet;
    if (!sheet) return;
    const missing = [];
    for (const key of Object.keys(status2)) {
      const row2 = settingsRowIndex(values, STATUS_ROWS[key]);
      const value = status2[key] ?? "";
      const cell = typeof value === "string" ? cellText2(value) : value;
      if (row2 >= 0) sheet.getRange(row2 + 1, 2).setValue(cell);
      else missing.push([STATUS_ROWS[key], cell]);
    }
    if (missing.length > 0)
      sheet.getRange(Math.max(values.length, 1) + 1, 1, missing.length, 2).setValues(missing);
  }
  __name(writeStatus, "writeStatus");
  function statusValue(settingsSheet, key) {
    return settingsRowValue(settingsSheet.values, STATUS_ROWS[key]);
  }
  __name(statusValue, "statusValue");

  // src/sheets/timeline-dialog.ts
  function timelinePage(spreadsheet, now) {
    const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
    const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
    const values = readAll(sheet);
    const headers = (values[0] ?? []).map((cell) => String(cell ?? ""));
    const notes = headers.length > 0 ? sheet.getRange(1, 1, 1, headers.length).getNotes()[0] ?? [] : [];
    const { rows, missingComputed } = timelineRows(
      values,
      codec.dateOfCell,
      headerNotesWithMarks(sheet, headers, notes)
    );
    if (rows.length > 0 && missingComputed.length === Object.keys(COMPUTED_COLUMNS).length) {
      throw new UserError(
        "The Tracker has none of the computed columns, so there is nothing to draw: run ILACS tracker > Set up tracker, then Recalculate now."
      );
    }
    return {
      html: renderTimeline({
        rows,
        today: codec.dateOfCell(now),
        trackRecord: statusValue(readSettingsSheet(spreadsheet), "trackRecord")
      }),
      authorities: rows.length
    };
  }
  __name(timelinePage, "timelinePage");
  function selectRow(spreadsheet, row2) {
    const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
    const last = sheet.getLastRow();
    if (typeof row2 !== "number" || !Number.isInteger(row2) || row2 < 2 || row2 > last) {
      throw new UserError(
        `There is no row ${String(row2).slice(0, 40)} of authorities on the Tracker (rows 2 to ${last}): close the timeline and open it again.`
      );
    }
    sheet.getRange(`${row2}:${row2}`).activate();
  }
  __name(selectRow, "selectRow");

  // src/domain/tracker/csv.ts
  var QUOTE = 34;
  var COMMA = 44;
  var CR = 13;
  var LF = 10;
  var BOM = 65279;
  function endsField(code) {
    return code === COMMA || code === CR || code === LF;
  }
  __name(endsField, "endsField");
  function parseCsv(text3) {
    const source = text3.charCodeAt(0) === BOM ? text3.slice(1) : text3;
    const length = source.length;
    const records = [];
    if (length === 0) return { ok: true, records };
    let record = [];
    let index = 0;
    for (; ; ) {
      if (source.charCodeAt(index) === QUOTE) {
        let field = "";
        let from = index + 1;
        for (; ; ) {
          const close = source.indexOf('"', from);
          if (close < 0) {
            return {
              ok: false,
              problem: `Row ${records.length + 1}: a field opened with a double quote (column ${record.length + 1}) is never closed; expected a closing ".`
            };
          }
          field += source.slice(from, close);
          if (source.charCodeAt(close + 1) !== QUOTE) {
            index = close + 1;
            break;
          }
          field += '"';
          from = close + 2;
        }
        if (index < length && !endsField(source.charCodeAt(index))) {
          return {
            ok: false,
            problem: `Row ${records.length + 1}: column ${record.length + 1} has text after its closing double quote; expected a comma or the end of the line (a quote inside a quoted field is written "").`
          };
        }
        record.push(field);
      } else {
        let end = index;
        while (end < length && !endsField(source.charCodeAt(end))) end += 1;
        record.push(source.slice(index, end));
        index = end;
      }
      if (index >= length) break;
      const separator = source.charCodeAt(index);
      if (separator === COMMA) {
        index += 1;
        continue;
      }
      index += separator === CR && source.charCodeAt(index + 1) === LF ? 2 : 1;
      records.push(record);
      record = [];
      if (index >= length) return { ok: true, records };
    }
    records.push(record);
    return { ok: true, records };
  }
  __name(parseCsv, "parseCsv");

  // src/domain/tracker/national-record.ts
  var ILACS_TYPES = ["short", "standard", "longer than standard"];
  var PREVIOUS_START_COLUMN = "previous_start_date";
  var NATIONAL_FILE_COLUMNS = [...NATIONAL_COLUMNS, PREVIOUS_START_COLUMN];
  var JUDGEMENT_COLUMNS = {
    overall: "overall_effectiveness",
    leaders: "impact_of_leaders",
    helpAndProtection: "help_and_protection",
    childrenInCare: "children_in_care",
    careLeavers: "care_leavers"
  };
  var JUDGEMENT_KEYS = Object.keys(JUDGEMENT_COLUMNS);
  var NO_GRADE = /* @__PURE__ */ new Set([
    "data unreadable",
    "inspection pre dates judgement",
    "not reported post reform"
  ]);
  var CUT_GRADES = /* @__PURE__ */ new Map([
    ["to requires improvement", "requires improvement"]
  ]);
  function gradeOfText(text3) {
    const words = text3.trim().toLowerCase().replace(/[\s_]+/g, " ");
    if (words === "" || NO_GRADE.has(words)) return void 0;
    return parseGrade(words) ?? CUT_GRADES.get(words) ?? false;
  }
  __name(gradeOfText, "gradeOfText");
  var GRADE_EXPECTED = "a grade (outstanding, good, requires improvement or inadequate) or blank";
  var TYPE_WORDS = /* @__PURE__ */ new Map([
    ["short", "short"],
    ["ilacs short", "short"],
    ["standard", "standard"],
    ["ilacs standard", "standard"],
    ["longer than standard", "longer than standard"],
    ["inspection duration longer than standard framework", "longer than standard"]
  ]);
  function ilacsTypeOfText(text3) {
    const words = text3.trim().toLowerCase().replace(/\s+/g, " ");
    return words === "" ? void 0 : TYPE_WORDS.get(words) ?? false;
  }
  __name(ilacsTypeOfText, "ilacsTypeOfText");
  var iso = /* @__PURE__ */ __name((date2) => date2 ? formatIso(date2) : "", "iso");
  function nationalRecordCells(record) {
    const cells = {
      la_name: record.authority,
      dfe_la_code: record.laCode,
      ons_code: record.onsCode,
      region: record.region,
      framework: record.framework,
      inspection_type: record.ilacsType ?? "",
      start_date: iso(record.start),
      end_date: iso(record.end),
      publication_date: iso(record.published),
      overall_effectiveness: record.judgements.overall ?? "",
      impact_of_leaders: record.judgements.leaders ?? "",
      help_and_protection: record.judgements.helpAndProtection ?? "",
      children_in_care: record.judgements.childrenInCare ?? "",
      care_leavers: record.judgements.careLeavers ?? "",
      report_link: record.reportLink,
      previous_start_date: iso(record.previousStart)
    };
    return NATIONAL_FILE_COLUMNS.map((column) => cells[column]);
  }
  __name(nationalRecordCells, "nationalRecordCells");
  function nationalTable(records) {
    const ordered = [...records].sort((a, b) => a.authority.localeCompare(b.authority, "en"));
    return [[...NATIONAL_FILE_COLUMNS], ...ordered.map(nationalRecordCells)];
  }
  __name(nationalTable, "nationalTable");
  function dateOrderProblems(start, end, published, previousStart, columns = {
    start: "start_date",
    end: "end_date",
    published: "publication_date",
    previous: PREVIOUS_START_COLUMN
  }) {
    const problems = [];
    const on = `${columns.start} (${formatIso(start)})`;
    if (end && isBefore(end, start)) {
      problems.push(`${columns.end}: expected a date on or after ${on}, found ${formatIso(end)}.`);
    }
    const latest2 = end && !isBefore(end, start) ? end : start;
    if (published && isBefore(published, latest2)) {
      const after = latest2 === start ? on : `${columns.end} (${formatIso(latest2)})`;
      problems.push(
        `${columns.published}: expected a date on or after ${after}, found ${formatIso(published)}.`
      );
    }
    if (previousStart && !isBefore(previousStart, start)) {
      problems.push(
        `${columns.previous}: expected a date before ${on}, found ${formatIso(previousStart)}.`
      );
    }
    return problems;
  }
  __name(dateOrderProblems, "dateOrderProblems");

  // src/domain/tracker/national-history-format.ts
  var HISTORY_JUDGEMENTS = {
    overall: "overall_effectiveness_grade",
    leaders: "impact_of_leaders_grade",
    helpAndProtection: "help_and_protection_grade",
    childrenInCare: "in_care_grade",
    careLeavers: "care_leavers_grade"
  };
  var HISTORY_COLUMNS = [
    "urn",
    "local_authority",
    "inspection_link",
    "publication_date",
    "inspection_framework",
    "inspection_start_date",
    "inspection_end_date",
    ...Object.values(HISTORY_JUDGEMENTS)
  ];
  var SIF_FROM = civil("2013-11-01");
  var SIF_REPORTS_FROM = civil("2014-01-01");
  var UNTIMED_ILACS = /* @__PURE__ */ new Set(["invalid end or start date extracted", "invalid date format"]);
  function isHistoryHeader(header) {
    const names = new Set(header.map(normalizeHeader));
    return names.has("urn") && names.has(normalizeHeader("inspection_start_date"));
  }
  __name(isHistoryHeader, "isHistoryHeader");
  function missingHistoryColumns(header) {
    const names = new Set(header.map(normalizeHeader));
    return HISTORY_COLUMNS.filter((column) => !names.has(normalizeHeader(column)));
  }
  __name(missingHistoryColumns, "missingHistoryColumns");
  var DAY_MONTH_YEAR = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/;
  function historyDate(text3) {
    const trimmed = text3.trim();
    if (trimmed === "") return void 0;
    const match = DAY_MONTH_YEAR.exec(trimmed);
    if (!match) return parseIsoDate(trimmed) ?? false;
    const year = Number(match[3]);
    return civilDate(year < 100 ? 2e3 + year : year, Number(match[2]), Number(match[1])) ?? false;
  }
  __name(historyDate, "historyDate");
  function frameworkOfReport(start, published, typeText, leaders) {
    if (start) {
      if (isBefore(start, SIF_FROM)) return void 0;
      return isBefore(start, ILACS_FROM) ? "SIF" : "ILACS";
    }
    if (typeText !== "" || gradeOfText(leaders)) return "ILACS";
    return isBefore(published, SIF_REPORTS_FROM) ? void 0 : "SIF";
  }
  __name(frameworkOfReport, "frameworkOfReport");
  var orderDate = /* @__PURE__ */ __name((report) => report.start ?? report.published, "orderDate");
  var DATE_FORMS = {
    inspection_start_date: "DD/MM/YYYY (such as 11/03/2024)",
    inspection_end_date: "DD/MM/YYYY (such as 22/03/2024)",
    publication_date: "DD/MM/YY (such as 03/05/24)"
  };
  function reportOfRow(cell, row2, authority2, problem) {
    let fits = true;
    const date2 = /* @__PURE__ */ __name((column) => {
      const value = historyDate(cell(column));
      if (value !== false) return value;
      problem(
        `${column}: expected a date as ${DATE_FORMS[column]}, found ${quoteText(cell(column))}.`
      );
      fits = false;
      return void 0;
    }, "date");
    const start = date2("inspection_start_date");
    const end = date2("inspection_end_date");
    const published = date2("publication_date");
    if (cell("publication_date") === "") {
      problem("publication_date: expected the date the report was published, found nothing.");
    }
    const typeText = cell("inspection_framework");
    const ilacsType = UNTIMED_ILACS.has(typeText.toLowerCase()) ? void 0 : ilacsTypeOfText(typeText);
    if (ilacsType === false) {
      problem(
        `inspection_framework: expected short, standard, 'inspection duration longer than standard framework' or blank, found ${quoteText(typeText)}.`
      );
    }
    if (!fits || !published || ilacsType === false) return void 0;
    const framework = frameworkOfReport(start, published, typeText, cell("impact_of_leaders_grade"));
    if (!framework) return void 0;
    const grades = Object.fromEntries(
      JUDGEMENT_KEYS.map((key) => [key, cell(HISTORY_JUDGEMENTS[key])])
    );
    const link = cell("inspection_link");
    return {
      row: row2,
      authority: authority2,
      link,
      published,
      start,
      end,
      framework,
      ilacsType: framework === "ILACS" ? ilacsType : void 0,
      grades
    };
  }
  __name(reportOfRow, "reportOfRow");
  function repeatProblem(report, urn, seen) {
    const code = report.authority.laCode;
    const linkKey = report.link ? `${code}|link|${report.link}` : void 0;
    const startKey = report.start ? `${code}|start|${formatIso(report.start)}` : void 0;
    const byLink = linkKey === void 0 ? void 0 : seen.get(linkKey);
    const byStart = startKey === void 0 ? void 0 : seen.get(startKey);
    const first = byLink ?? byStart;
    if (first === void 0) {
      if (linkKey) seen.set(linkKey, report.row);
      if (startKey) seen.set(startKey, report.row);
      return void 0;
    }
    const same = byLink === void 0 ? "inspection_start_date" : "inspection_link";
    return `repeats row ${first}: the same urn (${urn}) and ${same}; expected each report once.`;
  }
  __name(repeatProblem, "repeatProblem");
  function unknownUrnProblems(unknown) {
    return [...unknown].map(([urn, { name, rows }]) => {
      const where = rows.length === 1 ? `row ${rows[0]}` : `rows ${listInWords(rows.map(String))}`;
      return `urn ${urn}${name ? ` (${quoteText(name)})` : ""}, ${where}: expected the Ofsted URN of an English local authority (data/jt39/Provider_data_lookup.csv), found one that is not in the lookup.`;
    });
  }
  __name(unknownUrnProblems, "unknownUrnProblems");
  function readReports(table, headerIndex, problems, named) {
    const header = (table[headerIndex] ?? []).map(normalizeHeader);
    const indexOf = new Map(header.map((name, index) => [name, index]).reverse());
    const reports = [];
    const unknown = /* @__PURE__ */ new Map();
    const seen = /* @__PURE__ */ new Map();
    for (let index = headerIndex + 1; index < table.length; index += 1) {
      const cells = table[index] ?? [];
      if (cells.every((cell2) => cell2.trim() === "")) continue;
      const row2 = index + 1;
      const cell = /* @__PURE__ */ __name((column) => (cells[indexOf.get(normalizeHeader(column)) ?? -1] ?? "").trim(), "cell");
      const problem = /* @__PURE__ */ __name((message) => problems.push(`Row ${row2}: ${message}`), "problem");
      const urn = cell("urn");
      const authority2 = urn === "" ? void 0 : authorityOfUrn(urn);
      if (urn === "") problem("urn: expected an Ofsted URN, found nothing.");
      else if (!authority2) {
        const entry = unknown.get(urn) ?? { name: cell("local_authority"), rows: [] };
        entry.rows.push(row2);
        unknown.set(urn, entry);
      }
      if (!authority2?.current) continue;
      named.add(laCodeKey(authority2.laCode));
      const report = reportOfRow(cell, row2, authority2, problem);
      if (!report) continue;
      const repeat = repeatProblem(report, urn, seen);
      if (repeat) problem(repeat);
      else reports.push(report);
    }
    problems.push(...unknownUrnProblems(unknown));
    return reports;
  }
  __name(readReports, "readReports");
  function datedFromHeld(report, heldByLink) {
    const held = report.start || !report.link ? void 0 : heldByLink.get(report.link);
    if (!held || laCodeKey(held.laCode) !== laCodeKey(report.authority.laCode)) return report;
    return {
      ...report,
      start: held.start,
      end: held.end,
      framework: held.framework,
      ilacsType: report.ilacsType ?? held.ilacsType
    };
  }
  __name(datedFromHeld, "datedFromHeld");
  function latestRecord(latest2, previous, held, problems) {
    const before = problems.length;
    const problem = /* @__PURE__ */ __name((message) => problems.push(`Row ${latest2.row}: ${message}`), "problem");
    const { authority: authority2, start } = latest2;
    if (!start) {
      problem(
        `inspection_start_date: expected the first day of ${authority2.name}'s latest full inspection (report published ${formatIso(latest2.published)}, ${latest2.link || "no link"}), found nothing; type it as DD/MM/YYYY, with inspection_end_date, from the report.`
      );
      return void 0;
    }
    const judgements = {};
    for (const key of JUDGEMENT_KEYS) {
      const grade = gradeOfText(latest2.grades[key]);
      if (grade === false) {
        problem(
          `${HISTORY_JUDGEMENTS[key]}: expected ${GRADE_EXPECTED}, found ${quoteText(latest2.grades[key])}.`
        );
      } else if (grade) judgements[key] = grade;
    }
    const order = dateOrderProblems(start, latest2.end, latest2.published, void 0, {
      start: "inspection_start_date",
      end: "inspection_end_date",
      published: "publication_date",
      previous: ""
    });
    for (const message of order) problem(message);
    if (problems.length > before) return void 0;
    const heldPrevious = held && compareDates(held.start, start) === 0 ? held.previousStart : void 0;
    return {
      laCode: authority2.laCode,
      authority: authority2.name,
      onsCode: authority2.onsCode,
      region: authority2.region,
      framework: latest2.framework,
      ilacsType: latest2.ilacsType,
      start,
      end: latest2.end,
      published: latest2.published,
      judgements,
      reportLink: latest2.link,
      previousStart: previous?.start ?? heldPrevious,
      row: latest2.row
    };
  }
  __name(latestRecord, "latestRecord");
  function readHistoryRows(table, headerIndex, held) {
    const problems = [];
    const heldByLink = new Map(held.filter((r) => r.reportLink).map((r) => [r.reportLink, r]));
    const heldByCode = new Map(held.map((record) => [laCodeKey(record.laCode), record]));
    const byAuthority = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Set();
    for (const report of readReports(table, headerIndex, problems, named)) {
      const dated = datedFromHeld(report, heldByLink);
      const list = byAuthority.get(dated.authority.laCode);
      if (list) list.push(dated);
      else byAuthority.set(dated.authority.laCode, [dated]);
    }
    const records = [];
    for (const [laCode, reports] of byAuthority) {
      reports.sort((a, b) => compareDates(orderDate(b), orderDate(a)));
      const [latest2, previous] = reports;
      if (!latest2) continue;
      const record = latestRecord(latest2, previous, heldByCode.get(laCodeKey(laCode)), problems);
      if (record) records.push(record);
    }
    return { records, problems, named };
  }
  __name(readHistoryRows, "readHistoryRows");

  // src/domain/tracker/national-tool-format.ts
  function isToolHeader(header) {
    const names = new Set(header.map((cell) => normalizeHeader(String(cell ?? ""))));
    const named = names.has(normalizeHeader("la_name")) || names.has(normalizeHeader("dfe_la_code"));
    return named && names.has(normalizeHeader("start_date"));
  }
  __name(isToolHeader, "isToolHeader");
  function missingToolColumns(header) {
    const names = new Set(header.map((cell) => normalizeHeader(String(cell ?? ""))));
    return NATIONAL_COLUMNS.filter((column) => !names.has(normalizeHeader(column)));
  }
  __name(missingToolColumns, "missingToolColumns");
  var text = /* @__PURE__ */ __name((cell) => isBlank(cell) ? "" : String(cell).trim(), "text");
  function readRow(cellOf, row2, dateOfCell, problems) {
    const before = problems.length;
    const problem = /* @__PURE__ */ __name((message) => problems.push(`Row ${row2}: ${message}`), "problem");
    const authority2 = authorityOfRow(text(cellOf("dfe_la_code")), problem);
    const framework = frameworkOf(text(cellOf("framework")), problem);
    const type = ilacsTypeOfText(text(cellOf("inspection_type")));
    if (type === false) {
      problem(
        `inspection_type: expected ${ILACS_TYPES.join(", ")} or blank, found ${quoteText(text(cellOf("inspection_type")))}.`
      );
    }
    const date2 = /* @__PURE__ */ __name((column) => {
      const result = parseCell("date", cellOf(column), column, dateOfCell);
      if (!result.ok) problem(result.message);
      return result.ok ? result.value : void 0;
    }, "date");
    const start = date2("start_date");
    if (!start && isBlank(cellOf("start_date"))) {
      problem("start_date: expected the first day of the inspection, found nothing.");
    }
    const end = date2("end_date");
    const published = date2("publication_date");
    const previousStart = date2(PREVIOUS_START_COLUMN);
    const judgements = {};
    for (const key of JUDGEMENT_KEYS) {
      const column = JUDGEMENT_COLUMNS[key];
      const grade = gradeOfText(text(cellOf(column)));
      if (grade === false) {
        problem(`${column}: expected ${GRADE_EXPECTED}, found ${quoteText(text(cellOf(column)))}.`);
      } else if (grade) judgements[key] = grade;
    }
    if (start) {
      for (const message of dateOrderProblems(start, end, published, previousStart)) problem(message);
    }
    if (problems.length > before || !authority2 || !framework || !start || type === false) return;
    return {
      laCode: authority2.laCode,
      authority: text(cellOf("la_name")) || authority2.name,
      onsCode: text(cellOf("ons_code")) || authority2.onsCode,
      region: text(cellOf("region")) || authority2.region,
      framework,
      ilacsType: framework === "ILACS" ? type : void 0,
      start,
      end,
      published,
      judgements,
      reportLink: text(cellOf("report_link")),
      previousStart,
      row: row2
    };
  }
  __name(readRow, "readRow");
  function authorityOfRow(code, problem) {
    const expected = "dfe_la_code: expected the DfE code of an English local authority";
    if (code === "") {
      problem(`${expected}, found nothing.`);
      return void 0;
    }
    const found2 = authorityOfCode(code);
    if (!found2) problem(`${expected}, found ${quoteText(code)}, which is no authority's.`);
    else if (!found2.current) {
      problem(`${expected}, found ${code}, the code of ${found2.name}, a former council.`);
    } else return found2;
    return void 0;
  }
  __name(authorityOfRow, "authorityOfRow");
  function frameworkOf(value, problem) {
    const word = value.toLowerCase();
    if (word === "ilacs") return "ILACS";
    if (word === "sif" || word === "sif re-inspection") return "SIF";
    problem(`framework: expected ILACS or SIF, found ${value ? quoteText(value) : "nothing"}.`);
    return void 0;
  }
  __name(frameworkOf, "frameworkOf");
  function readToolRows(table, headerIndex, dateOfCell) {
    const header = (table[headerIndex] ?? []).map((cell) => normalizeHeader(String(cell ?? "")));
    const indexOf = new Map(header.map((name, index) => [name, index]).reverse());
    const records = [];
    const problems = [];
    const rowOfCode = /* @__PURE__ */ new Map();
    const named = /* @__PURE__ */ new Set();
    for (let index = headerIndex + 1; index < table.length; index += 1) {
      const cells = table[index] ?? [];
      if (cells.every(isBlank)) continue;
      const row2 = index + 1;
      const cellOf = /* @__PURE__ */ __name((column) => {
        const at = indexOf.get(normalizeHeader(column));
        return at === void 0 ? "" : cells[at];
      }, "cellOf");
      named.add(laCodeKey(text(cellOf("dfe_la_code"))));
      const record = readRow(cellOf, row2, dateOfCell, problems);
      if (!record) continue;
      const key = laCodeKey(record.laCode);
      const first = rowOfCode.get(key);
      if (first !== void 0) {
        problems.push(
          `Row ${row2}: dfe_la_code: ${record.laCode} (${record.authority}) is in row ${first} too; expected each authority once.`
        );
        continue;
      }
      rowOfCode.set(key, row2);
      records.push(record);
    }
    return { records, problems, named };
  }
  __name(readToolRows, "readToolRows");
  function readToolFormat(table, dateOfCell) {
    const headerIndex = table.findIndex(isToolHeader);
    if (headerIndex < 0) {
      return {
        records: [],
        problems: ["No header row with la_name or dfe_la_code, and start_date."],
        named: /* @__PURE__ */ new Set()
      };
    }
    const missing = missingToolColumns(table[headerIndex] ?? []);
    if (missing.length > 0) {
      return {
        records: [],
        problems: [`Row ${headerIndex + 1}: the header lacks ${missing.join(", ")}.`],
        named: /* @__PURE__ */ new Set()
      };
    }
    return readToolRows(table, headerIndex, dateOfCell);
  }
  __name(readToolFormat, "readToolFormat");

  // src/domain/tracker/national-file.ts
  var MAX_PROBLEMS = 50;
  var HEADER_WITHIN = 5;
  var FORMAT_NAMES = {
    tool: "the tool's National data",
    history: "the inspection history"
  };
  function refused(problems, format) {
    const shown = problems.length > MAX_PROBLEMS ? [
      ...problems.slice(0, MAX_PROBLEMS),
      `\u2026 and ${countOf(problems.length - MAX_PROBLEMS, "more problem")}.`
    ] : problems;
    return format ? { ok: false, format, problems: shown } : { ok: false, problems: shown };
  }
  __name(refused, "refused");
  function noDateCells() {
    throw new Error("A CSV file has no date cells.");
  }
  __name(noDateCells, "noDateCells");
  function headerProblem(first) {
    const found2 = first.filter((cell) => cell.trim() !== "").slice(0, 6);
    return `Row 1: expected the header of ${FORMAT_NAMES.tool} (${NATIONAL_FILE_COLUMNS.join(", ")}) or of ${FORMAT_NAMES.history} (${HISTORY_COLUMNS.join(", ")}, ...), found ${found2.length > 0 ? found2.map((cell) => quoteText(cell)).join(", ") : "an empty row"}.`;
  }
  __name(headerProblem, "headerProblem");
  function missingProblem(named) {
    const all = currentAuthorities();
    const missing = all.filter((authority2) => !named.has(laCodeKey(authority2.laCode)));
    if (missing.length === 0) return void 0;
    return `The file lacks ${missing.length} of the ${all.length} English local authorities, so it would replace only part of the National data: ${listInWords(missing.map((item) => item.name))}.`;
  }
  __name(missingProblem, "missingProblem");
  function latestDate(rows) {
    let found2;
    for (const row2 of rows) {
      for (const date2 of [row2.start, row2.end, row2.published]) {
        if (date2 && (!found2 || isAfter(date2, found2))) found2 = date2;
      }
    }
    return found2;
  }
  __name(latestDate, "latestDate");
  function parseNationalFile(text3, held = []) {
    if (text3.replace(/^\uFEFF/, "").trim() === "") {
      return refused([
        `The file is empty: expected ${FORMAT_NAMES.tool} or ${FORMAT_NAMES.history} as CSV, a header row and then the rows.`
      ]);
    }
    const csv = parseCsv(text3);
    if (!csv.ok) return refused([csv.problem]);
    const table = csv.records;
    const headerIndex = table.slice(0, HEADER_WITHIN).findIndex((record) => isHistoryHeader(record) || isToolHeader(record));
    const header = table[headerIndex];
    if (!header) return refused([headerProblem(table[0] ?? [])]);
    const format = isHistoryHeader(header) ? "history" : "tool";
    const missing = format === "history" ? missingHistoryColumns(header) : missingToolColumns(header);
    if (missing.length > 0) {
      return refused(
        [
          `Row ${headerIndex + 1}: the header of ${FORMAT_NAMES[format]} lacks ${listInWords(missing)}.`
        ],
        format
      );
    }
    const read2 = format === "history" ? readHistoryRows(table, headerIndex, held) : readToolRows(table, headerIndex, noDateCells);
    if (read2.records.length === 0 && read2.problems.length === 0) {
      return refused(["The file has its header but no rows."], format);
    }
    const incomplete = missingProblem(read2.named);
    const problems = incomplete ? [...read2.problems, incomplete] : read2.problems;
    const asOf = latestDate(read2.records);
    if (problems.length > 0 || !asOf) return refused(problems, format);
    const rows = [...read2.records].sort((a, b) => a.authority.localeCompare(b.authority, "en"));
    return { ok: true, format, rows, asOf };
  }
  __name(parseNationalFile, "parseNationalFile");

  // src/domain/tracker/national-sheet.ts
  function nationalBanner(asOf) {
    const when2 = asOf ? `${shortDate(asOf)} (${formatIso(asOf)}, the latest date in it)` : "an unknown date";
    return `Every authority's latest full Ofsted inspection and the one before, as of ${when2}, for the forecast and its track record. The Tracker's own rows win for their authorities. To bring it up to date: ILACS tracker > Update national data..., or replace the rows below with a newer copy of the same columns.`;
  }
  __name(nationalBanner, "nationalBanner");
  function nationalSheetRows(table, asOf) {
    const width = Math.max(1, ...table.map((row2) => row2.length));
    const pad2 = /* @__PURE__ */ __name((row2) => [...row2, ...Array(width - row2.length).fill("")], "pad");
    return [pad2([nationalBanner(asOf)]), ...table.map(pad2)];
  }
  __name(nationalSheetRows, "nationalSheetRows");

  // src/domain/tracker/national-changes.ts
  function fieldChanges(current, incoming) {
    const before = nationalRecordCells(current);
    const after = nationalRecordCells(incoming);
    return NATIONAL_FILE_COLUMNS.flatMap(
      (column, index) => column !== "dfe_la_code" && before[index] !== after[index] ? [{ column, before: before[index] ?? "", after: after[index] ?? "" }] : []
    );
  }
  __name(fieldChanges, "fieldChanges");
  function change(current, incoming) {
    const fields = fieldChanges(current, incoming);
    if (fields.length === 0) return void 0;
    const order = compareDates(incoming.start, current.start);
    const kind = order > 0 ? "newInspection" : order < 0 ? "olderInspection" : "corrected";
    const { laCode, authority: authority2 } = incoming;
    return { kind, laCode, authority: authority2, current, incoming, fields };
  }
  __name(change, "change");
  function nationalChanges(current, incoming) {
    const currentByCode = new Map(current.map((record) => [laCodeKey(record.laCode), record]));
    const incomingCodes = new Set(incoming.map((record) => laCodeKey(record.laCode)));
    const changes = [];
    for (const record of incoming) {
      const held = currentByCode.get(laCodeKey(record.laCode));
      const found2 = held ? change(held, record) : {
        kind: "added",
        laCode: record.laCode,
        authority: record.authority,
        incoming: record
      };
      if (found2) changes.push(found2);
    }
    for (const record of current) {
      if (incomingCodes.has(laCodeKey(record.laCode))) continue;
      changes.push({
        kind: "removed",
        laCode: record.laCode,
        authority: record.authority,
        current: record
      });
    }
    return changes.sort((a, b) => a.authority.localeCompare(b.authority, "en"));
  }
  __name(nationalChanges, "nationalChanges");
  var COLUMN_WORDS = {
    la_name: "name",
    ons_code: "ONS code",
    inspection_type: "ILACS type",
    start_date: "start",
    end_date: "end",
    publication_date: "published",
    overall_effectiveness: "overall effectiveness",
    impact_of_leaders: "impact of leaders",
    help_and_protection: "help and protection",
    children_in_care: "children in care",
    care_leavers: "care leavers",
    report_link: "report",
    previous_start_date: "previous inspection"
  };
  function fieldWords({ column, before, after }) {
    return `${COLUMN_WORDS[column] ?? column} ${before || "blank"} \u2192 ${after || "blank"}`;
  }
  __name(fieldWords, "fieldWords");
  function nationalChangeWords(item) {
    switch (item.kind) {
      case "added":
        return `${item.authority}: newly listed, ${item.incoming.framework} from ${shortDate(item.incoming.start)}.`;
      case "removed":
        return `${item.authority}: not in the file; its row would go.`;
      case "newInspection":
        return `${item.authority}: a new inspection from ${shortDate(item.incoming.start)} (the current one is from ${shortDate(item.current.start)}).`;
      case "olderInspection":
        return `${item.authority}: the file's latest inspection is from ${shortDate(item.incoming.start)}, before the current one from ${shortDate(item.current.start)}; the file is behind for it.`;
      case "corrected":
        return `${item.authority}: ${item.fields.map(fieldWords).join("; ")}.`;
    }
  }
  __name(nationalChangeWords, "nationalChangeWords");

  // src/domain/tracker/national-update.ts
  var HISTORY_URL = "https://jt-39.github.io/ofsted-ilacs-scrape-tool/ofsted_csc_ilacs_history.csv";
  var MAX_FILE_CHARACTERS = 5e6;
  var CHANGES_SHOWN = 40;
  var STALE_AFTER_MONTHS = 3;
  var FORMAT_WORDS = {
    history: "the inspection history (ofsted-ilacs-scrape-tool)",
    tool: "the tool's own National data CSV"
  };
  function fileTextProblem(text3) {
    if (typeof text3 !== "string") return "The page sent no file's text: choose the file again.";
    if (text3.length > MAX_FILE_CHARACTERS) {
      return `The file has ${text3.length} characters, more than any National data file (the inspection history has about 500,000).`;
    }
    return void 0;
  }
  __name(fileTextProblem, "fileTextProblem");
  function recordsAsOf(records) {
    let found2;
    for (const record of records) {
      for (const date2 of [record.start, record.end, record.published]) {
        if (date2 && (!found2 || isAfter(date2, found2))) found2 = date2;
      }
    }
    return found2;
  }
  __name(recordsAsOf, "recordsAsOf");
  var KIND_ORDER = {
    newInspection: 0,
    added: 1,
    corrected: 2,
    olderInspection: 3,
    removed: 4
  };
  var KIND_WORDS = {
    newInspection: ["new inspection", "new inspections"],
    added: ["authority newly listed", "authorities newly listed"],
    corrected: ["inspection corrected", "inspections corrected"],
    olderInspection: ["authority where the file is behind", "authorities where the file is behind"],
    removed: ["row that would go", "rows that would go"]
  };
  function orderedChanges(changes) {
    return [...changes].sort(
      (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.authority.localeCompare(b.authority, "en")
    );
  }
  __name(orderedChanges, "orderedChanges");
  function changeCounts(changes) {
    const counts = /* @__PURE__ */ new Map();
    for (const change2 of changes) counts.set(change2.kind, (counts.get(change2.kind) ?? 0) + 1);
    return [...counts].sort(([a], [b]) => KIND_ORDER[a] - KIND_ORDER[b]).map(([kind, count]) => countOf(count, ...KIND_WORDS[kind])).join(", ");
  }
  __name(changeCounts, "changeCounts");
  function refusedPreview(problems, format = "") {
    return {
      ok: false,
      problems: [...problems],
      format,
      asOf: "",
      authorities: 0,
      summary: "",
      warnings: [],
      changesIntro: "",
      changes: [],
      moreChanges: 0,
      canReplace: false
    };
  }
  __name(refusedPreview, "refusedPreview");
  function nationalPreview(result, held) {
    if (!result.ok) return refusedPreview(result.problems, result.format);
    const { format, rows, asOf } = result;
    const heldAsOf = recordsAsOf(held);
    const changes = orderedChanges(nationalChanges(held, rows));
    const now = heldAsOf ? ` The National data now runs to ${shortDate(heldAsOf)} (${countOf(held.length, "authority", "authorities")}).` : " The National data sheet has no rows the tool can read now.";
    const warnings = [];
    if (heldAsOf && isBefore(asOf, heldAsOf)) {
      warnings.push(
        `The file runs to ${shortDate(asOf)}, before the National data now (${shortDate(heldAsOf)}): check it is the latest download.`
      );
    }
    const behind = changes.filter((change2) => change2.kind === "olderInspection").length;
    if (behind > 0) {
      warnings.push(
        `For ${countOf(behind, "authority", "authorities")} the file's latest inspection is older than the one held now: replacing would put the older one back.`
      );
    }
    return {
      ok: true,
      problems: [],
      format,
      asOf: formatIso(asOf),
      authorities: rows.length,
      summary: `This file is ${FORMAT_WORDS[format]}: ${countOf(rows.length, "authority", "authorities")}, each with its latest full inspection, as of ${shortDate(asOf)} (its latest date).${now}`,
      warnings,
      changesIntro: changes.length === 0 ? "Replacing the National data with it would change no row: it holds the same inspections." : `Replacing the National data with it would change ${countOf(changes.length, "row")}: ${changeCounts(changes)}.`,
      changes: changes.slice(0, CHANGES_SHOWN).map(nationalChangeWords),
      moreChanges: Math.max(0, changes.length - CHANGES_SHOWN),
      canReplace: changes.length > 0 || held.length === 0
    };
  }
  __name(nationalPreview, "nationalPreview");
  function staleNationalData(asOf, today) {
    if (!asOf || !isAfter(today, addMonths(asOf, STALE_AFTER_MONTHS))) return void 0;
    return `The National data runs to ${shortDate(asOf)}, more than ${STALE_AFTER_MONTHS} months before today (${shortDate(today)}), so the forecast guesses at the inspections since. Download the inspection history (${HISTORY_URL}), then ILACS tracker > Update national data... and choose it.`;
  }
  __name(staleNationalData, "staleNationalData");

  // src/sheets/lock.ts
  var LOCK_WAIT_MS = 10 * 1e3;
  function withDocumentLock(what, work) {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) {
      throw new UserError(
        `The tracker is busy with another run (the daily reminders, or someone else's ${what}); try again in a minute.`
      );
    }
    try {
      return work();
    } finally {
      lock.releaseLock();
    }
  }
  __name(withDocumentLock, "withDocumentLock");

  // src/sheets/national-data-sheet.ts
  var SNAPSHOT_FILE = "national-data";
  function shippedSnapshot() {
    let content;
    try {
      content = HtmlService.createHtmlOutputFromFile(SNAPSHOT_FILE).getContent();
    } catch {
      return void 0;
    }
    return JSON.parse(content);
  }
  __name(shippedSnapshot, "shippedSnapshot");
  var FROZEN_ROWS = 2;
  var PLAIN_TEXT = "@";
  function setUpNationalData(spreadsheet, dateOfCell) {
    const existing = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
    if (existing && existing.getLastRow() > 0) return "kept";
    const snapshot = shippedSnapshot();
    if (!snapshot) return "noSnapshotFile";
    const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.nationalData);
    const rows = nationalSheetRows(snapshot, parseNationalData(snapshot, dateOfCell).asOf);
    sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
    sheet.setFrozenRows(FROZEN_ROWS);
    return "filled";
  }
  __name(setUpNationalData, "setUpNationalData");
  function readNationalData(spreadsheet, dateOfCell) {
    const sheet = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
    return sheet ? parseNationalData(readAll(sheet), dateOfCell) : { rows: [], problems: [] };
  }
  __name(readNationalData, "readNationalData");
  function readHeldNationalData(spreadsheet, dateOfCell) {
    const sheet = spreadsheet.getSheetByName(SHEET_NAMES.nationalData);
    const values = sheet ? readAll(sheet) : [];
    return { sheet, values, records: readToolFormat(values, dateOfCell).records };
  }
  __name(readHeldNationalData, "readHeldNationalData");
  function writeNationalSheet(spreadsheet, existing, rows) {
    const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.nationalData);
    if (existing) sheet.clearContents();
    const width = rows[0]?.length ?? 1;
    sheet.getRange(1, 1, rows.length, width).setNumberFormat(PLAIN_TEXT).setValues(rows.map((row2) => [...row2]));
    sheet.setFrozenRows(FROZEN_ROWS);
  }
  __name(writeNationalSheet, "writeNationalSheet");

  // src/domain/tracker/setting-kinds.ts
  function withSchema(build) {
    let schema;
    return (text3) => {
      schema ?? (schema = build());
      const parsed2 = schema.safeParse(text3.trim());
      return parsed2.success ? parsed2.data : void 0;
    };
  }
  __name(withSchema, "withSchema");
  function wholeNumber(min, max) {
    return {
      expected: `a whole number from ${min} to ${max}`,
      read: withSchema(
        () => pipe(
          string2().check(_regex(/^\d+$/)),
          pipe(transform(Number), int().check(_gte(min), _lte(max)))
        )
      ),
      write: /* @__PURE__ */ __name((value) => value, "write")
    };
  }
  __name(wholeNumber, "wholeNumber");
  function numberList(min, max, most = 10) {
    const one = wholeNumber(min, max);
    return {
      expected: `at most ${most} whole numbers from ${min} to ${max} separated by commas, such as 60, 30, 7`,
      read: /* @__PURE__ */ __name((text3) => {
        const numbers = splitList(text3).map(one.read);
        if (numbers.length > most) return void 0;
        return numbers.every((value) => value !== void 0) ? numbers : void 0;
      }, "read"),
      write: /* @__PURE__ */ __name((value) => value.join(", "), "write")
    };
  }
  __name(numberList, "numberList");
  var MONTH_RANGE = /^(\d+)\s*-\s*(\d+)$/;
  function readMonthRange(text3) {
    const match = MONTH_RANGE.exec(text3.trim());
    if (!match) return void 0;
    const range = { from: Number(match[1]), to: Number(match[2]) };
    return range.from < range.to && range.to <= 120 ? range : void 0;
  }
  __name(readMonthRange, "readMonthRange");
  var monthRange = {
    expected: "two month counts such as 6-30, the first smaller",
    read: readMonthRange,
    write: /* @__PURE__ */ __name((range) => `${range.from}-${range.to}`, "write")
  };
  var twoMonthRanges = {
    expected: "two month ranges such as 6-18, 18-30",
    read: /* @__PURE__ */ __name((text3) => {
      const ranges = splitList(text3).map(readMonthRange);
      const [first, second] = ranges;
      return ranges.length === 2 && first && second ? [first, second] : void 0;
    }, "read"),
    write: /* @__PURE__ */ __name((ranges) => ranges.map(monthRange.write).join(", "), "write")
  };
  function readPause(text3) {
    const [first, last, ...rest] = text3.split(/\s+to\s+/i).map((part) => parseDateText(part));
    if (!first || !last || rest.length > 0 || isAfter(first, last)) return void 0;
    return { first, last };
  }
  __name(readPause, "readPause");
  var pauses = {
    expected: 'date ranges such as 2020-03-17 to 2021-06-27, separated by semicolons (or "none")',
    read: /* @__PURE__ */ __name((text3) => {
      if (text3.trim().toLowerCase() === "none") return [];
      const list = splitList(text3, /;/).map(readPause);
      return list.every((pause) => pause !== void 0) ? list : void 0;
    }, "read"),
    write: /* @__PURE__ */ __name((list) => list.length === 0 ? "none" : list.map((pause) => `${formatIso(pause.first)} to ${formatIso(pause.last)}`).join("; "), "write")
  };
  var emails = {
    expected: "email addresses separated by commas",
    read: /* @__PURE__ */ __name((text3) => {
      const list = splitList(text3);
      return list.every(isEmailAddress) ? list : void 0;
    }, "read"),
    write: /* @__PURE__ */ __name((list) => list.join(", "), "write")
  };
  var optionalEmail = {
    expected: "an email address",
    read: /* @__PURE__ */ __name((text3) => isEmailAddress(text3.trim()) ? text3.trim() : void 0, "read"),
    write: /* @__PURE__ */ __name((value) => value, "write")
  };
  var text2 = {
    expected: "text",
    read: /* @__PURE__ */ __name((value) => value.trim(), "read"),
    write: /* @__PURE__ */ __name((value) => value, "write")
  };
  function choice(choices2, whenBad, whenBlank) {
    return {
      expected: `${choices2.slice(0, -1).join(", ")} or ${choices2[choices2.length - 1]}`,
      ...whenBad && { whenBad },
      ...whenBlank && { whenBlank },
      read: withSchema(
        () => pipe(
          transform(
            (value) => value.charAt(0).toUpperCase() + value.slice(1).toLowerCase()
          ),
          _enum(choices2)
        )
      ),
      write: /* @__PURE__ */ __name((value) => value, "write")
    };
  }
  __name(choice, "choice");

  // src/domain/tracker/rule-setting-rows.ts
  var RULE_SETTING_ROWS = {
    inspectionCycleMonths: {
      name: "Inspection cycle (months)",
      about: "R2c: the next full inspection is due this many months after the last one started.",
      kind: wholeNumber(1, 120)
    },
    windowBeforeMonths: {
      name: "Window before due (months)",
      about: "R2c: the window opens this many months before the due date.",
      kind: wholeNumber(0, 36)
    },
    windowAfterMonths: {
      name: "Window after due (months)",
      about: "R2c: the window closes this many months after the due date.",
      kind: wholeNumber(0, 36)
    },
    pauses: {
      name: "Inspection pauses",
      about: "R2e: date ranges in which Ofsted suspended routine inspection; schedules move by their length.",
      kind: pauses
    },
    shortFocusedVisitWindow: {
      name: "Focused visit window, short pathway (months)",
      about: "R3c: months after the last inspection started in which the focused visit is expected.",
      kind: monthRange
    },
    standardFocusedVisitWindows: {
      name: "Focused visit windows, standard pathway (months)",
      about: "R3c: months after the last inspection started for the first and the second focused visit.",
      kind: twoMonthRanges
    },
    firstMonitoringVisitMonths: {
      name: "First monitoring visit (months)",
      about: "R4a: months after the inspection's last on-site day.",
      kind: wholeNumber(1, 24)
    },
    firstMonitoringVisitWindow: {
      name: "First monitoring visit window (months)",
      about: "R4a: months after the last on-site day.",
      kind: monthRange
    },
    monitoringIntervalMonths: {
      name: "Monitoring interval (months)",
      about: "R4b: months between monitoring visits.",
      kind: wholeNumber(1, 12)
    },
    monitoringWindowMonths: {
      name: "Monitoring window (months either side)",
      about: "R4b",
      kind: wholeNumber(0, 6)
    },
    engagementMeetingIntervalMonths: {
      name: "Engagement meeting interval (months)",
      about: "R5a",
      kind: wholeNumber(1, 36)
    },
    selfEvaluationLeadDays: {
      name: "Self-evaluation due (days before the meeting)",
      about: "R5c",
      kind: wholeNumber(0, 365)
    }
  };

  // src/domain/reminders/kinds.ts
  var REMINDER_KINDS = [
    "Engagement meeting",
    "Self-evaluation due",
    "Engagement meeting overdue",
    "Self-evaluation overdue",
    "Inspection window opening",
    "Weekly digest"
  ];

  // src/domain/reminders/templates.ts
  var DEFAULT_TEMPLATES = {
    "Engagement meeting": {
      subject: "{{Authority}}: annual engagement meeting with Ofsted on {{Event date}}",
      body: "Dear {{DCS name}},\n\nThe annual engagement meeting between Ofsted and {{Authority}} is on {{Event date}}, {{When}}. The self-evaluation {{Self-evaluation}}.\n\nWith best wishes,\n{{Sender name}}"
    },
    "Self-evaluation due": {
      subject: "{{Authority}}: self-evaluation due {{Event date}}",
      body: "Dear {{DCS name}},\n\nThe self-evaluation of social work practice for {{Authority}} is due {{Event date}}, {{When}}, ahead of the annual engagement meeting on {{Next engagement meeting}}.\n\nWith best wishes,\n{{Sender name}}"
    },
    "Engagement meeting overdue": {
      subject: "{{Authority}}: annual engagement meeting overdue since {{Event date}}",
      body: "Dear {{DCS name}},\n\nThe annual engagement meeting for {{Authority}} was due {{Event date}}, {{When}}, and no newer meeting is recorded. Please let us know when it took place or is planned.\n\nWith best wishes,\n{{Sender name}}"
    },
    "Self-evaluation overdue": {
      subject: "{{Authority}}: self-evaluation overdue since {{Event date}}",
      body: "Dear {{DCS name}},\n\nThe self-evaluation for {{Authority}} was due {{Event date}}, {{When}}, and no submission is recorded.\n\nWith best wishes,\n{{Sender name}}"
    },
    "Inspection window opening": {
      subject: "{{Authority}}: next full inspection expected from {{Event date}}",
      body: "Dear colleague,\n\nThe next full inspection of {{Authority}} ({{Next inspection}}) is expected between {{Expected from}} and {{Expected by}}, from its place in Ofsted's national order and the national rate of inspections. The framework's own window is {{Window opens}} to {{Window closes}}.\n\n{{Sheet link}}\n\nWith best wishes,\n{{Sender name}}"
    },
    "Weekly digest": {
      subject: "ILACS tracker: the next {{Days ahead}} days from {{Event date}}",
      body: "Dear colleague,\n\nHere is what is overdue, and everything due in the next {{Days ahead}} days, as of {{Event date}}.\n\n{{Sheet link}}\n\nWith best wishes,\n{{Sender name}}"
    }
  };
  var EXTRA_PLACEHOLDERS = [
    "Event date",
    "When",
    "Self-evaluation",
    "Sheet link",
    "Days to go",
    "Days late",
    "Lead days",
    "Sender name",
    "Days ahead"
  ];
  var knownPlaceholders;
  function isKnownPlaceholder(name) {
    knownPlaceholders ?? (knownPlaceholders = new Set(
      [
        ...Object.values(INPUT_COLUMNS).map((column) => column.header),
        ...Object.values(COMPUTED_COLUMNS).map((column) => column.header),
        ...EXTRA_PLACEHOLDERS
      ].map(normalizeHeader)
    ));
    return knownPlaceholders.has(normalizeHeader(name));
  }
  __name(isKnownPlaceholder, "isKnownPlaceholder");
  var PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
  function unknownPlaceholders(template) {
    return [...template.matchAll(PLACEHOLDER)].map((match) => match[1] ?? "").filter((name) => !isKnownPlaceholder(name));
  }
  __name(unknownPlaceholders, "unknownPlaceholders");
  function fill(template, values, escape) {
    return template.replace(
      PLACEHOLDER,
      (_, name) => escape(values.get(normalizeHeader(name)) ?? "")
    );
  }
  __name(fill, "fill");

  // src/domain/reminders/settings.ts
  var SEND_MODES = ["Live", "Test", "Paused"];
  var DEFAULT_TRACKER_SETTINGS = {
    ...DEFAULT_RULE_SETTINGS,
    coordinatorEmails: [],
    dailyRunHour: 7,
    meetingReminderDays: [60, 30, 7],
    selfEvaluationReminderDays: [28, 7],
    inspectionWindowReminderDays: [30],
    overdueRepeatDays: 14,
    overdueRepeatTimes: 3,
    overdueGraceDays: 7,
    senderName: "ILACS tracker",
    replyTo: "",
    // Nothing is sent until someone chooses; Set up writes Test for a new tracker.
    sendMode: "Paused",
    templates: DEFAULT_TEMPLATES
  };
  var REMINDER_SETTING_ROWS = {
    coordinatorEmails: {
      name: "Coordinator emails",
      about: "Who gets the weekly digest and inspection-window reminders.",
      kind: emails
    },
    dailyRunHour: {
      name: "Daily run hour",
      about: "Hour of the day (0-23, spreadsheet time zone) for the daily reminders.",
      kind: wholeNumber(0, 23)
    },
    meetingReminderDays: {
      name: "Engagement meeting reminders (days before)",
      about: "One reminder at each lead.",
      kind: numberList(0, 365)
    },
    selfEvaluationReminderDays: {
      name: "Self-evaluation reminders (days before)",
      about: "One reminder at each lead.",
      kind: numberList(0, 365)
    },
    inspectionWindowReminderDays: {
      name: "Inspection window reminders (days before)",
      about: "To coordinators, before an inspection window opens.",
      kind: numberList(0, 365)
    },
    overdueRepeatDays: {
      name: "Overdue reminder every (days)",
      about: "How often an overdue meeting or self-evaluation is repeated.",
      kind: wholeNumber(1, 90)
    },
    overdueRepeatTimes: {
      name: "Overdue reminders (at most)",
      about: "How many overdue reminders at most for one event.",
      kind: wholeNumber(0, 20)
    },
    overdueGraceDays: {
      name: "Overdue chase after (days)",
      about: "Days after a meeting or self-evaluation falls due before the first overdue chase, which copies the coordinators.",
      kind: wholeNumber(0, 60)
    },
    senderName: { name: "Sender name", about: "The name reminder emails come from.", kind: text2 },
    replyTo: {
      name: "Reply-to",
      about: "Where replies to reminders go (blank: the sender).",
      kind: optionalEmail
    },
    sendMode: {
      name: "Send mode",
      about: "Live sends to the recipients; Test sends everything to the person running it; Paused sends nothing.",
      kind: choice(
        SEND_MODES,
        { value: "Paused", note: "nothing is sent until it is fixed" },
        { value: "Paused", note: "nothing is sent until you choose Live or Test" }
      ),
      initial: "Test"
    }
  };
  function templateDefinition(kind, part) {
    return {
      id: `${part}:${kind}`,
      name: `Email ${part}: ${kind}`,
      about: `The ${part} of the "${kind}" email. Placeholders such as {{Authority}} or {{Event date}} take the row's values.`,
      defaultValue: DEFAULT_TEMPLATES[kind][part],
      apply: /* @__PURE__ */ __name((settings, text3) => {
        const unknown = unknownPlaceholders(text3);
        if (unknown.length > 0) {
          return `unknown placeholder${unknown.length > 1 ? "s" : ""} ${unknown.map((name) => `{{${name}}}`).join(", ")} (use the Tracker's column headers, or Event date, When, Days to go, Days late, Lead days, Sender name); using the default.`;
        }
        const templates = settings.templates;
        settings.templates = { ...templates, [kind]: { ...templates[kind], [part]: text3 } };
        return void 0;
      }, "apply")
    };
  }
  __name(templateDefinition, "templateDefinition");
  var definitions;
  function settingDefinitions() {
    definitions ?? (definitions = [
      ...scalarDefinitions(RULE_SETTING_ROWS, DEFAULT_RULE_SETTINGS),
      ...scalarDefinitions(REMINDER_SETTING_ROWS, DEFAULT_TRACKER_SETTINGS),
      ...REMINDER_KINDS.flatMap((kind) => [
        templateDefinition(kind, "subject"),
        templateDefinition(kind, "body")
      ])
    ]);
    return definitions;
  }
  __name(settingDefinitions, "settingDefinitions");
  function parseSettings(rows, dateOfCell) {
    const parsed2 = parseSettingsRows(
      settingDefinitions(),
      DEFAULT_TRACKER_SETTINGS,
      rows,
      dateOfCell
    );
    const modeName = REMINDER_SETTING_ROWS.sendMode.name;
    const modeProblem = parsed2.problems.find((problem) => problem.message.startsWith(modeName));
    return modeProblem ? { ...parsed2, settings: { ...parsed2.settings, sendModeNote: modeProblem.message } } : parsed2;
  }
  __name(parseSettings, "parseSettings");
  function namedSettings(rows) {
    return namedSettingIds(settingDefinitions(), rows);
  }
  __name(namedSettings, "namedSettings");

  // src/sheets/recalculate.ts
  function readTracker(spreadsheet, now) {
    const { locale, slashOrder } = spreadsheetLocale(spreadsheet);
    const codec = { ...spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()), slashOrder };
    const today = codec.dateOfCell(now);
    const settingsSheet = readSettingsSheet(spreadsheet);
    const { settings, problems } = parseSettings(settingsSheet.values, codec.dateOfCell);
    const sheet = requireSheet(spreadsheet, SHEET_NAMES.tracker);
    const values = readAll(sheet);
    const width = values[0]?.length ?? 0;
    const notes = width > 0 ? sheet.getRange(1, 1, 1, width).getNotes()[0] ?? [] : [];
    const headerNotes = headerNotesWithMarks(
      sheet,
      (values[0] ?? []).map((cell) => String(cell ?? "")),
      notes
    );
    const national = readNationalData(spreadsheet, codec.dateOfCell);
    const tracker = computeTracker(
      values,
      today,
      settings,
      codec.dateOfCell,
      headerNotes,
      national,
      codec.slashOrder
    );
    return {
      sheet,
      tracker,
      values,
      settings,
      settingsSheet,
      settingsProblems: problems,
      today,
      codec,
      locale
    };
  }
  __name(readTracker, "readTracker");
  function sheetValue(value, codec) {
    return typeof value === "string" ? cellText2(value) : codec.toSheetDate(value);
  }
  __name(sheetValue, "sheetValue");
  function headersUnchanged(sheet, headers) {
    const width = Math.max(sheet.getLastColumn(), headers.length, 1);
    const now = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
    return Array.from({ length: width }, (_, index) => index).every(
      (index) => String(now[index] ?? "") === String(headers[index] ?? "")
    );
  }
  __name(headersUnchanged, "headersUnchanged");
  function writableSpans(state, run) {
    const computedRows = new Set(state.tracker.results.map((result) => result.rowNumber));
    const bodyRows = state.values.length - 1;
    const formulas = computedRows.size < bodyRows ? state.sheet.getRange(2, run.first + 1, bodyRows, run.count).getFormulas() : [];
    const spans = [];
    state.values.slice(1).forEach((cells, index) => {
      const rowNumber = index + 2;
      const holdsNothing = cells.slice(run.first, run.first + run.count).every((cell) => isBlank(cell)) && (formulas[index] ?? []).every((formula) => formula === "");
      if (!computedRows.has(rowNumber) && !holdsNothing) return;
      const last = spans[spans.length - 1];
      if (last && last.first + last.rows === rowNumber) last.rows += 1;
      else spans.push({ first: rowNumber, rows: 1 });
    });
    return spans;
  }
  __name(writableSpans, "writableSpans");
  function writeComputed(state) {
    const { sheet, tracker, values, codec } = state;
    if (values.length < 2) return true;
    if (!headersUnchanged(sheet, values[0] ?? [])) return false;
    const keyAt = new Map(
      Object.entries(tracker.layout.computed).map(
        ([key, column]) => [column, key]
      )
    );
    const resultAt = new Map(tracker.results.map((result) => [result.rowNumber, result]));
    for (const run of contiguousRuns([...keyAt.keys()])) {
      for (const span2 of writableSpans(state, run)) {
        const grid = Array.from({ length: span2.rows }, (_, offset) => {
          const result = resultAt.get(span2.first + offset);
          return Array.from(
            { length: run.count },
            (_2, column) => result ? sheetValue(result.computed[keyAt.get(run.first + column)], codec) : ""
          );
        });
        sheet.getRange(span2.first, run.first + 1, span2.rows, run.count).setValues(grid);
      }
    }
    return true;
  }
  __name(writeComputed, "writeComputed");
  function summaryText(summary) {
    const settings = summary.settingsProblems > 0 ? ` Settings: ${summary.settingsProblems} with problems, defaults used.` : "";
    const missing = summary.missingColumns.length > 0 ? ` No ${summary.missingColumns.join(", ")} column: Set up tracker adds it.` : "";
    if (summary.columnsMoved) {
      return "The Tracker's columns changed while it was being recalculated, so nothing was written: run Recalculate now again.";
    }
    return `${countOf(summary.rows, "row")} computed, ${summary.rowsWithProblems} with problems.${settings}${missing}`;
  }
  __name(summaryText, "summaryText");
  function recalculate(spreadsheet, now) {
    const state = readTracker(spreadsheet, now);
    const { missingComputed, results } = state.tracker;
    if (state.tracker.layout.input.authority === void 0) {
      throw new UserError(
        "The Tracker has no Authority column (or LA, Local authority), so no row can be computed: add one, then run Recalculate now."
      );
    }
    if (missingComputed.length === Object.keys(COMPUTED_COLUMNS).length) {
      throw new UserError(
        "The Tracker has none of the computed columns: run ILACS tracker > Set up tracker."
      );
    }
    const written = writeComputed(state);
    const trackRecord2 = reliabilityText(state.tracker.reliability);
    if (statusValue(state.settingsSheet, "trackRecord") !== trackRecord2)
      writeStatus(state.settingsSheet, { trackRecord: trackRecord2 });
    return {
      missingColumns: missingComputed.map((key) => COMPUTED_COLUMNS[key].header),
      columnsMoved: !written,
      rows: results.length,
      rowsWithProblems: results.filter((result) => result.problems.length > 0).length,
      settingsProblems: state.settingsProblems.length,
      today: state.today,
      state
    };
  }
  __name(recalculate, "recalculate");

  // src/sheets/national-import.ts
  function heldNow(spreadsheet) {
    const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
    return readHeldNationalData(spreadsheet, codec.dateOfCell);
  }
  __name(heldNow, "heldNow");
  function currentNationalWords(spreadsheet) {
    const { sheet, records } = heldNow(spreadsheet);
    const asOf = recordsAsOf(records);
    if (!sheet || !asOf) {
      return "The National data sheet has no inspections the tool can read yet, so the forecast's national queue has only the Tracker's rows.";
    }
    return `The National data now holds ${countOf(records.length, "authority", "authorities")}, as of ${shortDate(asOf)} (its latest date).`;
  }
  __name(currentNationalWords, "currentNationalWords");
  function previewNationalFile(spreadsheet, text3) {
    const problem = fileTextProblem(text3);
    const held = heldNow(spreadsheet).records;
    if (problem !== void 0) return nationalPreview({ ok: false, problems: [problem] }, held);
    return nationalPreview(parseNationalFile(text3, held), held);
  }
  __name(previewNationalFile, "previewNationalFile");
  function replaceNationalFile(spreadsheet, text3, now) {
    return withDocumentLock("National data update", () => {
      const problem = fileTextProblem(text3);
      if (problem !== void 0) return { ok: false, problems: [problem], message: "" };
      const held = heldNow(spreadsheet);
      const result = parseNationalFile(text3, held.records);
      if (!result.ok) return { ok: false, problems: [...result.problems], message: "" };
      const changes = nationalChanges(held.records, result.rows);
      writeNationalSheet(
        spreadsheet,
        held.sheet,
        nationalSheetRows(nationalTable(result.rows), result.asOf)
      );
      let recalculated;
      try {
        recalculated = `Recalculated: ${summaryText(recalculate(spreadsheet, now))}`;
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        recalculated = `Not recalculated: ${error.message}`;
      }
      const changed = changes.length === 0 ? "no row changed" : `${countOf(changes.length, "row")} changed (${changeCounts(changes)})`;
      return {
        ok: true,
        problems: [],
        message: `The National data now holds ${countOf(result.rows.length, "authority", "authorities")} from ${FORMAT_WORDS[result.format]}, as of ${shortDate(result.asOf)}: ${changed}. ${recalculated}`
      };
    });
  }
  __name(replaceNationalFile, "replaceNationalFile");

  // src/domain/reminders/digest.ts
  var DIGEST_DAYS = 90;
  function digestLines(rows, today) {
    const until = addDays(today, DIGEST_DAYS);
    const lines = [];
    const add = /* @__PURE__ */ __name((authority2, date2, what) => {
      if (date2 && !isBefore(date2, today) && !isAfter(date2, until))
        lines.push({ date: date2, authority: authority2, what });
    }, "add");
    for (const { row: row2, schedule, forecast } of rows) {
      const inspection = schedule.nextInspection?.kind ?? "Full inspection";
      if (forecast) {
        add(row2.authority, forecast.expectedFrom, `${inspection} expected from (forecast)`);
        add(row2.authority, forecast.expectedBy, `${inspection} expected by (forecast)`);
      } else {
        add(row2.authority, schedule.nextInspection?.window.opens, `${inspection} window opens`);
        add(row2.authority, schedule.nextInspection?.window.closes, `${inspection} window closes`);
      }
      add(row2.authority, schedule.monitoringVisit?.date, "Monitoring visit (about)");
      add(row2.authority, schedule.meeting?.date, "Annual engagement meeting");
      if (schedule.selfEvaluationStatus?.state !== "done")
        add(row2.authority, schedule.selfEvaluationDue, "Self-evaluation due");
      const meeting = schedule.meeting?.date;
      if (meeting && schedule.meetingStatus?.state === "overdue")
        lines.push({
          date: meeting,
          authority: row2.authority,
          what: "Annual engagement meeting overdue",
          overdue: true
        });
      const due = schedule.selfEvaluationDue;
      if (due && schedule.selfEvaluationStatus?.state === "overdue")
        lines.push({
          date: due,
          authority: row2.authority,
          what: "Self-evaluation overdue",
          overdue: true
        });
    }
    return lines.sort(
      (a, b) => Number(Boolean(b.overdue)) - Number(Boolean(a.overdue)) || toDayNumber(a.date) - toDayNumber(b.date) || a.authority.localeCompare(b.authority)
    );
  }
  __name(digestLines, "digestLines");

  // src/domain/reminders/event-words.ts
  function selfEvaluationWords(row2, today) {
    const submitted = row2?.row.selfEvaluationSubmitted;
    if (submitted && row2.schedule.selfEvaluationStatus?.state === "done")
      return `was submitted on ${longDate(submitted)}`;
    const due = row2?.schedule.selfEvaluationDue;
    if (!due) return "is not yet recorded";
    return daysBetween(today, due) < 0 ? `was due ${longDate(due)} and is not recorded as submitted` : `is due ${longDate(due)}`;
  }
  __name(selfEvaluationWords, "selfEvaluationWords");

  // src/domain/reminders/email.ts
  var MEETING_COVERS = [
    "the self-evaluation of social work practice",
    "actions and responses from earlier inspections",
    "the authority's financial, political and practice context",
    "the possible scope of a focused visit",
    "the timing of the next self-evaluation and meeting",
    "it can be broader than children\u2019s social care, for example education and early years"
  ];
  var SELF_EVALUATION_QUESTIONS = [
    "What do you know about the quality and impact of social work practice in your local authority?",
    "How do you know it?",
    "What are your plans for the next 12 months to maintain or improve practice?"
  ];
  function cellText3(value) {
    if (value === void 0 || value === null) return "";
    if (Array.isArray(value)) return value.join(", ");
    if (typeof value === "boolean") return value ? "Yes" : "No";
    if (typeof value === "object" && "year" in value) return longDate(value);
    return String(value);
  }
  __name(cellText3, "cellText");
  function placeholderValues(reminder, today, senderName, sheetUrl, selfEvaluationBelow) {
    const values = /* @__PURE__ */ new Map();
    const set = /* @__PURE__ */ __name((name, value) => values.set(normalizeHeader(name), cellText3(value)), "set");
    const row2 = reminder.row;
    if (row2) {
      for (const key of Object.keys(INPUT_COLUMNS)) {
        set(
          INPUT_COLUMNS[key].header,
          row2.row[key]
        );
      }
      for (const [key, column] of Object.entries(COMPUTED_COLUMNS)) {
        set(column.header, row2.computed[key]);
      }
    }
    set("Event date", reminder.eventDate);
    set("When", relativeDays(today, reminder.eventDate));
    set(
      "Self-evaluation",
      selfEvaluationBelow ? "is covered below" : selfEvaluationWords(row2, today)
    );
    set("Sheet link", sheetUrl === "" ? "" : `The tracker: ${sheetUrl}`);
    set("Days to go", Math.max(daysBetween(today, reminder.eventDate), 0));
    set("Days late", Math.max(daysBetween(reminder.eventDate, today), 0));
    set("Lead days", reminder.lead);
    set("Sender name", senderName);
    set("Days ahead", DIGEST_DAYS);
    if (!values.get(normalizeHeader("DCS name"))) set("DCS name", "colleague");
    return values;
  }
  __name(placeholderValues, "placeholderValues");
  function paragraphsHtml(text3) {
    return text3.split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "").map((paragraph) => `<p>${paragraph.split("\n").join("<br>")}</p>`).join("\n");
  }
  __name(paragraphsHtml, "paragraphsHtml");
  var SIGN_OFF = /^(with best wishes|best wishes|kind regards|warm regards|regards|yours sincerely|yours faithfully|many thanks|thank you)\b/i;
  function beforeSignOff(body) {
    const paragraphs = body.split(/\n{2,}/);
    const last = paragraphs.length - 1;
    if (last < 1 || !SIGN_OFF.test((paragraphs[last] ?? "").trim())) return [body, ""];
    return [paragraphs.slice(0, last).join("\n\n"), paragraphs[last] ?? ""];
  }
  __name(beforeSignOff, "beforeSignOff");
  function extrasFor(kind) {
    const questions = {
      title: "The self-evaluation answers three questions:",
      items: SELF_EVALUATION_QUESTIONS
    };
    if (kind === "Engagement meeting") {
      return [{ title: "To prepare: the meeting usually covers", items: MEETING_COVERS }, questions];
    }
    return kind === "Self-evaluation due" || kind === "Self-evaluation overdue" ? [questions] : [];
  }
  __name(extrasFor, "extrasFor");
  var DIGEST_SECTIONS = [
    { title: "Overdue", overdue: true },
    { title: `In the next ${DIGEST_DAYS} days`, overdue: false }
  ];
  function sectionLines(digest, overdue2) {
    return digest.filter((line) => Boolean(line.overdue) === overdue2);
  }
  __name(sectionLines, "sectionLines");
  function digestAsText(digest) {
    return DIGEST_SECTIONS.map(({ title: title2, overdue: overdue2 }) => {
      const lines = sectionLines(digest, overdue2);
      const body = lines.map((line) => `${shortDate(line.date)}  ${line.authority}: ${line.what}`);
      return [title2, ...body.length > 0 ? body : ["Nothing."]].join("\n");
    }).join("\n\n");
  }
  __name(digestAsText, "digestAsText");
  var CELL = "padding:4px 8px;border-bottom:1px solid #dddddd;text-align:left;vertical-align:top";
  function digestAsHtml(digest) {
    return DIGEST_SECTIONS.map(({ title: title2, overdue: overdue2 }) => {
      const lines = sectionLines(digest, overdue2);
      const heading = `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(title2)}</h3>`;
      if (lines.length === 0) return `${heading}<p style="margin:0">Nothing.</p>`;
      const head = ["Date", "Authority", "What"].map((name) => `<th style="${CELL}">${name}</th>`).join("");
      const rows = lines.map(
        (line) => `<tr><td style="${CELL};white-space:nowrap">${shortDate(line.date)}</td><td style="${CELL}">${escapeHtml(line.authority)}</td><td style="${CELL}">${escapeHtml(line.what)}</td></tr>`
      ).join("");
      return `${heading}<table role="presentation" style="border-collapse:collapse;width:100%;max-width:640px;font-size:14px"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
    }).join("");
  }
  __name(digestAsHtml, "digestAsHtml");
  var LETTER_STYLE = "font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#202124;max-width:640px";
  var DATED_KINDS = [
    "Engagement meeting",
    "Self-evaluation due",
    "Engagement meeting overdue",
    "Self-evaluation overdue"
  ];
  function keyDates(reminder, today) {
    const row2 = reminder.row;
    if (!row2 || !DATED_KINDS.includes(reminder.kind)) return [];
    const dates = [];
    const passed = /* @__PURE__ */ __name((date2) => daysBetween(today, date2) < 0, "passed");
    const meeting = row2.schedule.meeting?.date;
    if (meeting)
      dates.push([
        "Annual engagement meeting",
        passed(meeting) ? `was due ${longDate(meeting)}` : longDate(meeting)
      ]);
    const submitted = row2.row.selfEvaluationSubmitted;
    const due = row2.schedule.selfEvaluationDue;
    if (submitted && row2.schedule.selfEvaluationStatus?.state === "done")
      dates.push(["Self-evaluation", `submitted ${longDate(submitted)}`]);
    else if (due)
      dates.push([
        "Self-evaluation",
        passed(due) ? `overdue since ${longDate(due)}` : `due ${longDate(due)}`
      ]);
    return dates;
  }
  __name(keyDates, "keyDates");
  function keyDatesHtml(dates) {
    if (dates.length === 0) return "";
    const cell = "padding:4px 12px 4px 0;border-bottom:1px solid #dddddd;text-align:left;vertical-align:top";
    const rows = dates.map(
      ([what, when2]) => `<tr><th style="${cell};font-weight:normal;color:#555555">${escapeHtml(what)}</th><td style="${cell};font-weight:bold">${escapeHtml(when2)}</td></tr>`
    ).join("");
    return `<table role="presentation" style="border-collapse:collapse;margin:8px 0 16px">${rows}</table>`;
  }
  __name(keyDatesHtml, "keyDatesHtml");
  function composeEmail(reminder, template, today, senderName, digest = [], sheetUrl = "", selfEvaluationBelow = false) {
    const values = placeholderValues(reminder, today, senderName, sheetUrl, selfEvaluationBelow);
    const subject = fill(template.subject, values, (text4) => text4).replace(/\s+/g, " ").trim();
    const extras = extrasFor(reminder.kind);
    const digestText = digestAsText(digest);
    const [letter, signOff] = beforeSignOff(
      fill(template.body, values, (value) => value).split(/\n{2,}/).filter((paragraph) => paragraph.trim() !== "").join("\n\n")
    );
    const dates = keyDates(reminder, today);
    const text3 = [
      letter,
      dates.length > 0 ? ["Key dates:", ...dates.map(([what, when2]) => `- ${what}: ${when2}`)].join("\n") : "",
      ...extras.map((extra) => [extra.title, ...extra.items.map((item) => `- ${item}`)].join("\n")),
      ...reminder.kind === "Weekly digest" ? [digestText] : [],
      signOff
    ].filter((part) => part !== "").join("\n\n");
    const digestHtml = reminder.kind === "Weekly digest" ? digestAsHtml(digest) : "";
    const [letterHtml, signOffHtml] = beforeSignOff(
      fill(escapeHtml(template.body), values, escapeHtml)
    );
    const html = [
      paragraphsHtml(letterHtml),
      keyDatesHtml(dates),
      ...extras.map(
        (extra) => `<p>${escapeHtml(extra.title)}</p><ul>${extra.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("")}</ul>`
      ),
      digestHtml,
      signOffHtml === "" ? "" : paragraphsHtml(signOffHtml)
    ].filter((part) => part !== "").join("\n");
    return { subject, text: text3, html: `<div style="${LETTER_STYLE}">
${html}
</div>` };
  }
  __name(composeEmail, "composeEmail");
  var SELF_EVALUATION_KINDS = /* @__PURE__ */ new Set([
    "Self-evaluation due",
    "Self-evaluation overdue"
  ]);
  function authorityLetter(reminders, templates, today, senderName, sheetUrl = "") {
    const selfEvaluationBelow = reminders.some((each) => SELF_EVALUATION_KINDS.has(each.kind));
    return combineEmails(
      reminders.map(
        (each) => composeEmail(
          each,
          templates[each.kind],
          today,
          senderName,
          [],
          sheetUrl,
          selfEvaluationBelow && each.kind === "Engagement meeting"
        )
      )
    );
  }
  __name(authorityLetter, "authorityLetter");
  function combineEmails(emails2) {
    const [first, ...rest] = emails2;
    if (!first) throw new RangeError("combineEmails needs at least one email");
    if (rest.length === 0) return first;
    return {
      subject: combinedSubject(emails2.map((email3) => email3.subject)),
      text: combinedBlocks(emails2.map((email3) => email3.text.split("\n\n"))).join("\n\n"),
      html: combinedBlocks(emails2.map((email3) => email3.html.split("\n"))).join("\n")
    };
  }
  __name(combineEmails, "combineEmails");
  function combinedSubject(subjects) {
    const prefix = /^[^:]*: /.exec(subjects[0] ?? "")?.[0];
    if (prefix && subjects.every((subject) => subject.startsWith(prefix)))
      return `${prefix}${subjects.map((subject) => subject.slice(prefix.length)).join("; ")}`;
    return subjects.length > 2 ? `${subjects[0] ?? ""}, and ${subjects.length - 1} more reminders` : subjects.join("; ");
  }
  __name(combinedSubject, "combinedSubject");
  function combinedBlocks(letters) {
    const first = letters[0] ?? [];
    const endsWith = /* @__PURE__ */ __name((letter, shared2) => letter.length > shared2 && letter[letter.length - 1 - shared2] === first[first.length - 1 - shared2], "endsWith");
    let shared = 0;
    while (shared < first.length && letters.every((letter) => endsWith(letter, shared))) shared += 1;
    const blocks = [];
    for (const letter of letters) {
      for (const block of letter.slice(0, letter.length - shared)) {
        if (!blocks.includes(block)) blocks.push(block);
      }
    }
    return [...blocks, ...first.slice(first.length - shared)];
  }
  __name(combinedBlocks, "combinedBlocks");

  // src/sheets/table-dialog.ts
  var STYLE2 = "<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}</style>";
  function tableHtml(intro, headers, rows) {
    const cells = /* @__PURE__ */ __name((row2, tag) => row2.map((cell) => `<${tag}>${escapeHtml(cell)}</${tag}>`).join(""), "cells");
    return `${STYLE2}<p>${escapeHtml(intro)}</p><table><thead><tr>${cells(headers, "th")}</tr></thead><tbody>${rows.map((row2) => `<tr>${cells(row2, "td")}</tr>`).join("")}</tbody></table>`;
  }
  __name(tableHtml, "tableHtml");

  // src/domain/reminders/run-words.ts
  function runText(summary) {
    const parts = ["Sent", "Test", "Deferred", "Failed", "Skipped", "Unknown"].map(
      (outcome) => `${summary.counts[outcome] ?? 0} ${outcome.toLowerCase()}`
    );
    const left = summary.leftForNextRun > 0 ? `, ${summary.leftForNextRun} left for the next run` : "";
    return `${parts.join(", ")}${left}`;
  }
  __name(runText, "runText");
  function lastRunText(run) {
    const note = run.blocked ? ` (nothing sent: ${run.blocked})` : "";
    const followUp = run.followUp === void 0 ? "" : `; ${run.followUp}`;
    const waits = run.noticeWaits ? ` ${run.noticeWaits}` : "";
    return `${formatIso(run.today)}: ${runText(run)}${note}${followUp}${waits}`;
  }
  __name(lastRunText, "lastRunText");
  function busyText(followUp) {
    return `The tracker was busy with another run, so nothing was sent yet; ${followUp}.`;
  }
  __name(busyText, "busyText");
  function busyRunText(today, busy) {
    return `${formatIso(today)}: ${busy}`;
  }
  __name(busyRunText, "busyRunText");
  function notSentTodayNote(due, blocked) {
    return `${due} reminder${due === 1 ? "" : "s"} due today not sent: ${blocked}`;
  }
  __name(notSentTodayNote, "notSentTodayNote");
  var STOPPED_WHILE_SENDING = "A run stopped while sending this: it may or may not have gone out, so it is not sent again. The coordinators were told; check with the recipients.";
  var SENT_BEFORE_STOP = "Sent by a run that stopped before logging it; logged now, and not sent again.";
  function quotaShortDetail(left, needed) {
    return `The daily mail quota has ${left} recipients left; this needs ${needed}. It goes first on the next run.`;
  }
  __name(quotaShortDetail, "quotaShortDetail");
  function sentDetail(others, notSent, testTo) {
    const together = others > 0 ? `In one email with ${others} other reminder${others > 1 ? "s" : ""}.` : "";
    const detail = notSent ?? (testTo ? `Test mode: sent to ${testTo} instead.` : "");
    return [together, detail].filter(Boolean).join(" ");
  }
  __name(sentDetail, "sentDetail");
  function messageNotSentNote(index, total, to, cc, why) {
    return `Message ${index + 1} of ${total} (${to}, ${cc}) was not sent: ${why}`;
  }
  __name(messageNotSentNote, "messageNotSentNote");
  function quotaGoneDetail(error) {
    return `${error} It goes first on the next run.`;
  }
  __name(quotaGoneDetail, "quotaGoneDetail");
  function refusedDetail(error) {
    return `${error} It is tried again on the next run.`;
  }
  __name(refusedDetail, "refusedDetail");
  function unconfirmedDetail(error) {
    return `MailApp said "${error}": it may have gone out all the same, so it is not sent again, to be sure no one gets it twice; the coordinators are told, to check with the recipients.`;
  }
  __name(unconfirmedDetail, "unconfirmedDetail");
  function notRecordedDetail(error) {
    return `It could not be recorded before sending (${error}), so it was not sent; it is tried again on the next run.`;
  }
  __name(notRecordedDetail, "notRecordedDetail");
  function tooLargeDetail(error) {
    return `${error} Gmail refused this email as too large, so it is not tried again: shorten the row's long cells, or send it by hand.`;
  }
  __name(tooLargeDetail, "tooLargeDetail");

  // src/domain/reminders/ledger.ts
  function cyrb53(text3, seed = 0) {
    let h1 = 3735928559 ^ seed;
    let h2 = 1103547991 ^ seed;
    for (let index = 0; index < text3.length; index += 1) {
      const code = text3.charCodeAt(index);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ h1 >>> 16, 2246822507) ^ Math.imul(h2 ^ h2 >>> 13, 3266489909);
    h2 = Math.imul(h2 ^ h2 >>> 16, 2246822507) ^ Math.imul(h1 ^ h1 >>> 13, 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
  __name(cyrb53, "cyrb53");
  function keyHash(key) {
    return cyrb53(key).toString(36);
  }
  __name(keyHash, "keyHash");
  var LONG_LIVED = ["Inspection window opening"];
  function isLongLived(kind) {
    return LONG_LIVED.includes(kind);
  }
  __name(isLongLived, "isLongLived");
  function compactDate(date2) {
    return formatIso(date2).replace(/-/g, "");
  }
  __name(compactDate, "compactDate");
  function encodeEntry(entry) {
    const letter = entry.test ? "t" : "l";
    return `${entry.longLived ? letter.toUpperCase() : letter}${compactDate(entry.sentOn)}:${entry.hash}`;
  }
  __name(encodeEntry, "encodeEntry");
  function decodeEntry(text3) {
    const match = /^([lLtT])(\d{4})(\d{2})(\d{2}):([0-9a-z]{1,11})$/.exec(text3);
    const sentOn = match && parseIsoDate(`${match[2]}-${match[3]}-${match[4]}`);
    if (!match || !sentOn) return void 0;
    const letter = match[1] ?? "l";
    return {
      hash: match[5] ?? "",
      sentOn,
      test: letter.toLowerCase() === "t",
      longLived: letter === letter.toUpperCase()
    };
  }
  __name(decodeEntry, "decodeEntry");
  var _Ledger = class _Ledger {
    constructor(entries = []) {
      this.entries = /* @__PURE__ */ new Map();
      for (const entry of entries) this.entries.set(this.slot(entry.hash, entry.test), entry);
    }
    slot(hash, test) {
      return `${test ? "t" : "l"}${hash}`;
    }
    /** Live reminders count in every mode; a test send counts only while testing. */
    has(key, kind) {
      const hash = keyHash(key);
      return this.entries.has(this.slot(hash, false)) || kind === "test" && this.entries.has(this.slot(hash, true));
    }
    /** The day the reminder of `key` went, counting a test send only while testing. */
    sentOn(key, kind) {
      const hash = keyHash(key);
      return this.entries.get(this.slot(hash, false))?.sentOn ?? (kind === "test" ? this.entries.get(this.slot(hash, true))?.sentOn : void 0);
    }
    add(key, reminderKind, kind, sentOn) {
      this.addHash(keyHash(key), reminderKind, kind, sentOn);
    }
    /** As `add`, for a key known only by its hash (a journal keeps no long key whole). */
    addHash(hash, reminderKind, kind, sentOn) {
      const entry = {
        hash,
        sentOn,
        test: kind === "test",
        longLived: isLongLived(reminderKind)
      };
      this.entries.set(this.slot(entry.hash, entry.test), entry);
    }
    get size() {
      return this.entries.size;
    }
    /**
     * The entries still worth keeping on `today`: a reminder can be planned again only while its
     * event is within its leads or overdue repeats, so an entry older than `keepDays` goes; an
     * inspection reminder's, keyed by the last inspection, is kept for `longLivedDays`.
     */
    pruned(today, keepDays2, longLivedDays) {
      return new _Ledger(
        [...this.entries.values()].filter(
          (entry) => daysBetween(entry.sentOn, today) <= (entry.longLived ? longLivedDays : keepDays2)
        )
      );
    }
    /**
     * At most `maxEntries`, the newest kept: so the ledger can never fill the store and stop the
     * journal (and with it every send). Only entries far older than any lead or repeat go first.
     */
    capped(maxEntries) {
      if (this.entries.size <= maxEntries) return this;
      const newestFirst = [...this.entries.values()].sort((a, b) => daysBetween(a.sentOn, b.sentOn));
      return new _Ledger(newestFirst.slice(0, maxEntries));
    }
    /** The entries as text, in the order they were added. */
    encoded() {
      return [...this.entries.values()].map(encodeEntry);
    }
  };
  __name(_Ledger, "Ledger");
  var Ledger = _Ledger;
  function keepDays(overdueRepeatDays, overdueRepeatTimes) {
    return Math.max(400, overdueRepeatDays * overdueRepeatTimes + 60);
  }
  __name(keepDays, "keepDays");
  var LONG_LIVED_DAYS = 6 * 366;
  function packEntries(encoded, maxBytes) {
    const chunks = [];
    let current = "";
    for (const entry of encoded) {
      const next = current === "" ? entry : `${current},${entry}`;
      if (next.length > maxBytes && current !== "") {
        chunks.push(current);
        current = entry;
      } else current = next;
    }
    if (current !== "") chunks.push(current);
    return chunks;
  }
  __name(packEntries, "packEntries");
  function unpackEntries(chunks) {
    return chunks.flatMap(
      (chunk) => chunk.split(",").map(decodeEntry).filter((entry) => entry !== void 0)
    );
  }
  __name(unpackEntries, "unpackEntries");

  // src/domain/text/utf8.ts
  function utf8Bytes(text3) {
    let bytes = 0;
    for (const character of text3) {
      const code = character.codePointAt(0) ?? 0;
      bytes += code < 128 ? 1 : code < 2048 ? 2 : code < 65536 ? 3 : 4;
    }
    return bytes;
  }
  __name(utf8Bytes, "utf8Bytes");

  // src/domain/reminders/email-size.ts
  var EMAIL_BYTE_LIMIT = 2e5;
  function emailBytes(email3) {
    return utf8Bytes(email3.subject) + utf8Bytes(email3.text) + utf8Bytes(email3.html);
  }
  __name(emailBytes, "emailBytes");
  function partsWithin(items, compose, limit = EMAIL_BYTE_LIMIT) {
    if (items.length === 0) return [];
    const whole = emailBytes(compose(items));
    if (whole <= limit) return [[...items]];
    const parts = [];
    let part = [];
    let size = 0;
    for (const item of items) {
      const itemSize = emailBytes(compose([item]));
      if (part.length > 0 && size + itemSize > limit) {
        parts.push(part);
        part = [];
        size = 0;
      }
      part.push(item);
      size += itemSize;
    }
    parts.push(part);
    return parts.flatMap((each) => checkedPart(each, compose, limit));
  }
  __name(partsWithin, "partsWithin");
  function checkedPart(part, compose, limit) {
    if (part.length === 1 || emailBytes(compose(part)) <= limit) return [[...part]];
    const half = Math.ceil(part.length / 2);
    return [
      ...checkedPart(part.slice(0, half), compose, limit),
      ...checkedPart(part.slice(half), compose, limit)
    ];
  }
  __name(checkedPart, "checkedPart");

  // src/domain/reminders/summary-letter.ts
  var SECTIONS = [
    { kind: "Engagement meeting overdue", title: "Engagement meetings overdue" },
    { kind: "Self-evaluation overdue", title: "Self-evaluations overdue" },
    { kind: "Engagement meeting", title: "Engagement meetings coming up" },
    { kind: "Self-evaluation due", title: "Self-evaluations coming due" },
    { kind: "Inspection window opening", title: "Full inspections expected soon" }
  ];
  function isOneAuthorityLetter(reminders) {
    const [first] = reminders;
    return first !== void 0 && first.authority !== "" && reminders.every(
      (reminder) => reminder.authority === first.authority && reminder.kind !== "Weekly digest" && reminder.kind !== "Inspection window opening"
    );
  }
  __name(isOneAuthorityLetter, "isOneAuthorityLetter");
  function when(reminder, today) {
    const date2 = longDate(reminder.eventDate);
    const ago = relativeDays(today, reminder.eventDate);
    if (reminder.kind === "Inspection window opening") {
      const by = reminder.row?.forecast?.expectedBy;
      const from = daysBetween(today, reminder.eventDate) <= 0 ? "from today" : `from ${date2}`;
      return `expected ${from}${by ? ` to ${longDate(by)}` : ""} (forecast)`;
    }
    if (daysBetween(today, reminder.eventDate) < 0) {
      const chase = /^overdue (\d+)$/.exec(reminder.lead)?.[1];
      return `overdue since ${date2} (${ago}${chase ? `; reminder ${chase}` : ""})`;
    }
    return `${date2} (${ago})`;
  }
  __name(when, "when");
  function section(kind, reminders) {
    return reminders.filter((reminder) => reminder.kind === kind);
  }
  __name(section, "section");
  function summaryLetter({
    reminders,
    today,
    senderName,
    sheetUrl,
    digest
  }) {
    const listed = reminders.filter((reminder) => reminder.kind !== "Weekly digest");
    const withDigest = listed.length < reminders.length;
    const authorities = new Set(listed.map((reminder) => reminder.authority)).size;
    const day = longDate(today);
    const counted = `${countOf(listed.length, "reminder")} for ${countOf(authorities, "authority", "authorities")}`;
    const digestWords = `the next ${DIGEST_DAYS} days, as of ${day}`;
    const subject = listed.length === 0 ? `ILACS tracker: ${digestWords}` : `ILACS tracker: ${counted}${withDigest ? " and the weekly digest" : ""}, ${day}`;
    const intro = listed.length === 0 ? `Here is what is overdue, and everything due in ${digestWords}.` : `Here is what is due today, ${day}: ${counted}${withDigest ? `, then the weekly digest of ${digestWords}` : ""}.`;
    const sections = SECTIONS.map(({ kind, title: title2 }) => ({
      title: title2,
      lines: section(kind, listed)
    })).filter(({ lines }) => lines.length > 0);
    const link = sheetUrl === "" ? "" : `The tracker: ${sheetUrl}`;
    const signOff = `With best wishes,
${senderName}`;
    const text3 = [
      "Dear colleagues,",
      intro,
      ...sections.map(
        ({ title: title2, lines }) => [
          `${title2} (${lines.length})`,
          ...lines.map((reminder) => `- ${reminder.authority}: ${when(reminder, today)}`)
        ].join("\n")
      ),
      ...withDigest ? [`The weekly digest: ${digestWords}`, digestAsText(digest)] : [],
      link,
      signOff
    ].filter((part) => part !== "").join("\n\n");
    const tableOf = /* @__PURE__ */ __name((lines) => `<table role="presentation" style="border-collapse:collapse;width:100%;max-width:640px;font-size:14px"><tbody>${lines.map(
      (reminder) => `<tr><td style="${CELL}">${escapeHtml(reminder.authority)}</td><td style="${CELL}">${escapeHtml(when(reminder, today))}</td></tr>`
    ).join("")}</tbody></table>`, "tableOf");
    const heading = /* @__PURE__ */ __name((title2) => `<h3 style="font-size:16px;margin:16px 0 4px">${escapeHtml(title2)}</h3>`, "heading");
    const html = [
      "<p>Dear colleagues,</p>",
      `<p>${escapeHtml(intro)}</p>`,
      ...sections.map(
        ({ title: title2, lines }) => `${heading(`${title2} (${lines.length})`)}${tableOf(lines)}`
      ),
      ...withDigest ? [
        `<h2 style="font-size:18px;margin:24px 0 4px">${escapeHtml(`The weekly digest: ${digestWords}`)}</h2>${digestAsHtml(digest)}`
      ] : [],
      link === "" ? "" : `<p>The tracker: <a href="${escapeHtml(sheetUrl)}">${escapeHtml(sheetUrl)}</a></p>`,
      `<p>With best wishes,<br>${escapeHtml(senderName)}</p>`
    ].filter((part) => part !== "").join("\n");
    return { subject, text: text3, html: `<div style="${LETTER_STYLE}">
${html}
</div>` };
  }
  __name(summaryLetter, "summaryLetter");

  // src/domain/reminders/letter-email.ts
  function letterEmail(context, letter, digest) {
    const { settings, today, rows, testTo, sheetUrl } = context;
    const { reminders } = letter;
    const digestOf = /* @__PURE__ */ __name(() => digest ?? digestLines(rows, today), "digestOf");
    const email3 = isOneAuthorityLetter(reminders) ? authorityLetter(reminders, settings.templates, today, settings.senderName, sheetUrl) : summaryLetter({
      reminders,
      today,
      senderName: settings.senderName,
      sheetUrl: sheetUrl ?? "",
      digest: reminders.some((each) => each.kind === "Weekly digest") ? digestOf() : []
    });
    if (!testTo) return email3;
    return {
      ...email3,
      subject: `[TEST] ${email3.subject}`,
      text: `(Test: this would go to ${[...letter.to, ...letter.cc].join(", ")})

${email3.text}`
    };
  }
  __name(letterEmail, "letterEmail");
  function letterEmails(context, letter) {
    const email3 = letterEmail(context, letter);
    const [only, ...others] = letter.reminders;
    if (emailBytes(email3) <= EMAIL_BYTE_LIMIT || !only || others.length > 0) return [email3];
    if (only.kind !== "Weekly digest") return [email3];
    const parts = partsWithin(
      digestLines(context.rows, context.today),
      (lines) => letterEmail(context, letter, lines)
    );
    return parts.map((lines, index) => {
      const part = letterEmail(context, letter, lines);
      return { ...part, subject: `${part.subject} (part ${index + 1} of ${parts.length})` };
    });
  }
  __name(letterEmails, "letterEmails");
  function lettersWithinSize(context, letter) {
    return partsWithin(
      letter.reminders,
      (reminders) => letterEmail(context, { ...letter, reminders })
    ).map((reminders) => ({ ...letter, reminders }));
  }
  __name(lettersWithinSize, "lettersWithinSize");

  // src/domain/reminders/letters.ts
  var fold = /* @__PURE__ */ __name((address) => address.trim().toLowerCase(), "fold");
  function lettersFor(plan) {
    const people = /* @__PURE__ */ new Map();
    for (const reminder of plan) {
      const roles = [
        ...reminder.recipients.to.map((address) => [address, true]),
        ...reminder.recipients.cc.map((address) => [address, false])
      ];
      for (const [address, isTo] of roles) {
        const person = people.get(fold(address)) ?? { address, to: false, reminders: [] };
        if (!person.reminders.includes(reminder)) person.reminders.push(reminder);
        person.to || (person.to = isTo);
        people.set(fold(address), person);
      }
    }
    const order = new Map(plan.map((reminder, index) => [reminder, index]));
    const letters = /* @__PURE__ */ new Map();
    for (const person of people.values()) {
      const reminders = [...person.reminders].sort(
        (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)
      );
      const same = reminders.map((reminder) => order.get(reminder)).join(",");
      const letter = letters.get(same) ?? { to: [], cc: [], reminders };
      (person.to ? letter.to : letter.cc).push(person.address);
      letters.set(same, letter);
    }
    const first = /* @__PURE__ */ __name((letter) => {
      const [reminder] = letter.reminders;
      return reminder ? order.get(reminder) ?? 0 : 0;
    }, "first");
    return [...letters.values()].map(
      (letter) => (
        // A letter of copies only (everyone Cc) still needs someone To: the first of them.
        letter.to.length > 0 ? letter : { ...letter, to: letter.cc.slice(0, 1), cc: letter.cc.slice(1) }
      )
    ).sort((a, b) => first(a) - first(b));
  }
  __name(lettersFor, "lettersFor");

  // src/domain/reminders/log.ts
  var REMINDER_LOG_HEADERS = [
    "Time",
    "Authority",
    "Kind",
    "Event date",
    "Lead days",
    "Recipients",
    "Outcome",
    "Detail",
    "Key"
  ];
  var OUTCOMES = ["Sent", "Test", "Skipped", "Deferred", "Failed", "Unknown"];
  function reminderKey(authority2, kind, eventDate, lead) {
    return [authority2.trim().toLowerCase(), kind, formatIso(eventDate), lead].join("|");
  }
  __name(reminderKey, "reminderKey");
  function reminderKindOfKey(key) {
    const kind = key.split("|").slice(-3)[0];
    return REMINDER_KINDS.find((known) => known === kind);
  }
  __name(reminderKindOfKey, "reminderKindOfKey");

  // src/domain/reminders/leads.ts
  var CATCH_UP_GAP_DAYS = 7;
  function leadReached(eventDate, today, leads) {
    const daysToGo = daysBetween(today, eventDate);
    if (daysToGo < 0) return void 0;
    const reached = leads.filter((lead2) => lead2 >= daysToGo);
    if (reached.length === 0) return void 0;
    const lead = Math.min(...reached);
    const coming = leads.filter((each) => each < daysToGo);
    const late = lead > daysToGo;
    if (late && coming.length > 0 && daysToGo - Math.max(...coming) <= CATCH_UP_GAP_DAYS)
      return void 0;
    return lead;
  }
  __name(leadReached, "leadReached");
  function overdueChaseDue(eventDate, today, everyDays, atMost, graceDays, last) {
    if (daysBetween(eventDate, today) < Math.max(graceDays, 1) || atMost < 1) return void 0;
    if (!last) return 1;
    if (last.chase >= atMost) return void 0;
    return daysBetween(last.sentOn, today) >= everyDays ? last.chase + 1 : void 0;
  }
  __name(overdueChaseDue, "overdueChaseDue");
  var MONDAY = 1;
  function weekStart(today) {
    return addDays(today, -((dayOfWeek(today) - MONDAY + 7) % 7));
  }
  __name(weekStart, "weekStart");

  // src/domain/reminders/plan.ts
  function sendKindOf(mode) {
    return mode === "Test" ? "test" : "live";
  }
  __name(sendKindOf, "sendKindOf");
  function distinctAddresses(addresses, taken = /* @__PURE__ */ new Set()) {
    return addresses.filter((address) => {
      const folded = address.trim().toLowerCase();
      if (taken.has(folded)) return false;
      taken.add(folded);
      return true;
    });
  }
  __name(distinctAddresses, "distinctAddresses");
  function authorityRecipients(row2) {
    const taken = /* @__PURE__ */ new Set();
    const dcs = distinctAddresses(row2.row.dcsEmail ? [row2.row.dcsEmail] : [], taken);
    const others = distinctAddresses(row2.row.otherRecipients ?? [], taken);
    return dcs.length > 0 ? { to: dcs, cc: others } : { to: others, cc: [] };
  }
  __name(authorityRecipients, "authorityRecipients");
  function upcoming({ row: row2, today, settings }, kind, eventDate, leads, forCoordinators = false, keyDate) {
    const lead = eventDate && leadReached(eventDate, today, leads);
    if (!eventDate || lead === void 0) return void 0;
    const recipients = forCoordinators ? { to: settings.coordinatorEmails, cc: [] } : authorityRecipients(row2);
    return { kind, row: row2, eventDate, keyDate, lead: String(lead), recipients, forCoordinators };
  }
  __name(upcoming, "upcoming");
  function inspectionComing(context) {
    const { row: row2, today, settings } = context;
    const leads = settings.inspectionWindowReminderDays;
    const { forecast } = row2;
    if (forecast) {
      return upcoming(
        context,
        "Inspection window opening",
        forecast.expectedFrom,
        leads,
        true,
        row2.row.lastInspection
      );
    }
    const window = row2.schedule.nextInspection?.window;
    return window && isAfter(window.opens, today) ? upcoming(context, "Inspection window opening", window.opens, leads, true) : void 0;
  }
  __name(inspectionComing, "inspectionComing");
  function overdue({ row: row2, today, settings, sent }, kind, eventDate, isOverdue) {
    if (!eventDate || !isOverdue) return void 0;
    const remembered = keepDays(settings.overdueRepeatDays, settings.overdueRepeatTimes);
    if (daysBetween(eventDate, today) > remembered) return void 0;
    const repeat = overdueChaseDue(
      eventDate,
      today,
      settings.overdueRepeatDays,
      settings.overdueRepeatTimes,
      settings.overdueGraceDays,
      lastChase(sent, settings, row2.row.authority, kind, eventDate)
    );
    if (!repeat) return void 0;
    const own2 = authorityRecipients(row2);
    const taken = new Set([...own2.to, ...own2.cc].map((address) => address.trim().toLowerCase()));
    const recipients = {
      to: own2.to,
      cc: [...own2.cc, ...distinctAddresses(settings.coordinatorEmails, taken)]
    };
    return { kind, row: row2, eventDate, lead: `overdue ${repeat}`, recipients, forCoordinators: false };
  }
  __name(overdue, "overdue");
  function lastChase(sent, settings, authority2, kind, eventDate) {
    let last;
    for (let chase = 1; chase <= settings.overdueRepeatTimes; chase += 1) {
      const key = reminderKey(authority2, kind, eventDate, `overdue ${chase}`);
      const sentOn = sent.sentOn(key, sendKindOf(settings.sendMode));
      if (sentOn) last = { chase, sentOn };
    }
    return last;
  }
  __name(lastChase, "lastChase");
  function candidatesFor(context) {
    const { schedule } = context.row;
    const { settings } = context;
    const selfEvaluationDone2 = schedule.selfEvaluationStatus?.state === "done";
    return [
      upcoming(context, "Engagement meeting", schedule.meeting?.date, settings.meetingReminderDays),
      selfEvaluationDone2 ? void 0 : upcoming(
        context,
        "Self-evaluation due",
        schedule.selfEvaluationDue,
        settings.selfEvaluationReminderDays
      ),
      overdue(
        context,
        "Engagement meeting overdue",
        schedule.meeting?.date,
        schedule.meetingStatus?.state === "overdue"
      ),
      overdue(
        context,
        "Self-evaluation overdue",
        schedule.selfEvaluationDue,
        schedule.selfEvaluationStatus?.state === "overdue"
      ),
      inspectionComing(context)
    ].filter((candidate) => candidate !== void 0);
  }
  __name(candidatesFor, "candidatesFor");
  function skipReason(candidate) {
    const row2 = candidate.row;
    if (row2?.row.reminders === "Paused") return "Reminders are Paused for this authority.";
    if (row2 && row2.problems.length > 0) {
      return "The row has problems: fix them (Check for problems), then it is sent.";
    }
    if (candidate.recipients.to.length > 0) return void 0;
    return candidate.forCoordinators ? "No coordinator emails in Settings." : "No valid recipient: fill in DCS email or Other recipients.";
  }
  __name(skipReason, "skipReason");
  function digestCandidate(today, settings) {
    return {
      kind: "Weekly digest",
      eventDate: weekStart(today),
      lead: "week",
      recipients: { to: settings.coordinatorEmails, cc: [] },
      forCoordinators: true
    };
  }
  __name(digestCandidate, "digestCandidate");
  function planReminders({ today, rows, settings, log, sent }) {
    const lastByKey = /* @__PURE__ */ new Map();
    for (const entry of log) lastByKey.set(entry.key, entry);
    const sendKind = sendKindOf(settings.sendMode);
    const candidates = [
      ...rows.flatMap((row2) => candidatesFor({ row: row2, today, settings, sent })),
      digestCandidate(today, settings)
    ];
    const plan = [];
    for (const candidate of candidates) {
      const authority2 = candidate.row?.row.authority ?? "";
      const keyDate = candidate.keyDate ?? candidate.eventDate;
      const key = reminderKey(authority2, candidate.kind, keyDate, candidate.lead);
      if (sent.has(key, sendKind)) continue;
      const skip = skipReason(candidate);
      const last = lastByKey.get(key);
      if (skip && last?.outcome === "Skipped" && last.detail === skip) continue;
      plan.push({
        key,
        kind: candidate.kind,
        authority: authority2,
        eventDate: candidate.eventDate,
        lead: candidate.lead,
        recipients: candidate.recipients,
        row: candidate.row,
        skip,
        retry: last?.outcome === "Deferred" || last?.outcome === "Failed"
      });
    }
    return [
      ...plan.filter((reminder) => reminder.retry),
      ...plan.filter((reminder) => !reminder.retry)
    ];
  }
  __name(planReminders, "planReminders");

  // src/domain/reminders/recipients.ts
  var MAX_RECIPIENTS = 50;
  function splitRecipients(to, cc) {
    const everyone = [
      ...to.map((address) => ({ address, cc: false })),
      ...cc.map((address) => ({ address, cc: true }))
    ];
    const messages = [];
    for (let first = 0; first < everyone.length; first += MAX_RECIPIENTS) {
      const part = everyone.slice(first, first + MAX_RECIPIENTS);
      const toPart = part.filter((recipient) => !recipient.cc).map((recipient) => recipient.address);
      const ccPart = part.filter((recipient) => recipient.cc).map((recipient) => recipient.address);
      messages.push(
        toPart.length > 0 ? { to: toPart, cc: ccPart } : { to: ccPart.slice(0, 1), cc: ccPart.slice(1) }
      );
    }
    return messages;
  }
  __name(splitRecipients, "splitRecipients");
  function letterAddressees(letter, testTo) {
    return testTo ? [{ to: [testTo], cc: [] }] : splitRecipients(letter.to, letter.cc);
  }
  __name(letterAddressees, "letterAddressees");
  function recipientsText(messages) {
    return messages.map((message) => [...message.to, ...message.cc].join(", ")).join("; ");
  }
  __name(recipientsText, "recipientsText");
  function quotaRecipients(messages) {
    return messages.reduce(
      (sum, message) => sum + [message.to, message.cc].join(",").split(",").filter((address) => address !== "").length,
      0
    );
  }
  __name(quotaRecipients, "quotaRecipients");

  // src/domain/reminders/send-block.ts
  function blockedReason(settings, testTo) {
    if (settings.sendMode === "Paused") return settings.sendModeNote ?? "Send mode is Paused";
    if (testTo === "")
      return "Send mode is Test, but the script cannot see who runs it, so there is nowhere safe to send.";
    return void 0;
  }
  __name(blockedReason, "blockedReason");
  function blockedNote(settings, blocked, plan) {
    const chosenPause = settings.sendMode === "Paused" && settings.sendModeNote === void 0;
    const due = plan.filter((reminder) => !reminder.skip).length;
    return !chosenPause && due > 0 ? notSentTodayNote(due, blocked) : void 0;
  }
  __name(blockedNote, "blockedNote");

  // src/domain/reminders/send-errors.ts
  function refusedBeforeSending(error) {
    return /invalid email|invalid argument|limit exceeded|too many times|no recipient|failed to send email|don't match the method signature/i.test(
      error
    );
  }
  __name(refusedBeforeSending, "refusedBeforeSending");
  var QUOTA_ERROR = /too many times|quota/i;
  var TOO_LARGE_ERROR = /body size|too large/i;
  function sendFailure(error) {
    if (!refusedBeforeSending(error)) return "unconfirmed";
    if (TOO_LARGE_ERROR.test(error)) return "tooLarge";
    return QUOTA_ERROR.test(error) ? "quota" : "refused";
  }
  __name(sendFailure, "sendFailure");
  var STORE_REFUSED_ERROR = /argument too large|property storage quota/i;
  function storeRefused(error) {
    return STORE_REFUSED_ERROR.test(error);
  }
  __name(storeRefused, "storeRefused");

  // src/sheets/journal.ts
  var LEDGER_PREFIX = "ilacs.ledger.";
  var LEDGER_COUNT = `${LEDGER_PREFIX}count`;
  var JOURNAL_PREFIX = "ilacs.run.";
  var CHUNK_BYTES = 8e3;
  var STORE_BUDGET_BYTES = 45e4;
  var LEDGER_MAX_ENTRIES = Math.floor(3e5 / 22);
  var LEDGER_ENTRY_BYTES = 22;
  var RECIPIENTS_KEPT = 1e3;
  var AUTHORITY_KEPT = 100;
  var KEY_KEPT = 300;
  function bounded(text3, length) {
    return text3.length <= length ? text3 : `${text3.slice(0, length)}... (${text3.length} characters)`;
  }
  __name(bounded, "bounded");
  function stored(entry) {
    return {
      ...entry.key.length <= KEY_KEPT ? { k: entry.key } : {},
      h: entry.hash,
      a: bounded(entry.authority, AUTHORITY_KEPT),
      i: entry.kind,
      e: formatIso(entry.eventDate),
      l: entry.lead,
      r: bounded(entry.recipients, RECIPIENTS_KEPT),
      o: entry.outcome,
      t: entry.time,
      ...entry.pending ? { p: 1 } : {}
    };
  }
  __name(stored, "stored");
  function fromStored(value) {
    const eventDate = parseIsoDate(value.e);
    if (!eventDate || !REMINDER_KINDS.includes(value.i) || typeof value.h !== "string")
      return void 0;
    return {
      key: value.k ?? `#${value.h}`,
      hash: value.h,
      authority: value.a,
      kind: value.i,
      eventDate,
      lead: value.l,
      recipients: value.r,
      outcome: value.o,
      time: value.t,
      pending: value.p === 1
    };
  }
  __name(fromStored, "fromStored");
  function reminderOfEntry(entry) {
    return {
      key: entry.key,
      kind: entry.kind,
      authority: entry.authority,
      eventDate: entry.eventDate,
      lead: entry.lead,
      recipients: { to: [], cc: [] },
      retry: false
    };
  }
  __name(reminderOfEntry, "reminderOfEntry");
  function numbered(stored3, prefix) {
    return Object.keys(stored3).filter((name) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length))).sort((a, b) => Number(a.slice(prefix.length)) - Number(b.slice(prefix.length)));
  }
  __name(numbered, "numbered");
  function parseJson(text3, fallback) {
    try {
      return text3 === void 0 ? fallback : JSON.parse(text3);
    } catch {
      return fallback;
    }
  }
  __name(parseJson, "parseJson");
  var _ReminderStore = class _ReminderStore {
    constructor(properties, stored3) {
      this.properties = properties;
      /** This run's sends, in chunks of at most CHUNK_BYTES each; the last takes new ones. */
      this.chunks = [];
      this.chunkBytes = /* @__PURE__ */ new Map();
      /** The entries of the email last recorded, which confirmPending confirms. */
      this.lastRecorded = [];
      this.ledgerNames = numbered(stored3, LEDGER_PREFIX);
      this.ledgerExisted = stored3[LEDGER_COUNT] !== void 0;
      this.ledger = new Ledger(unpackEntries(this.ledgerNames.map((name) => stored3[name] ?? "")));
      this.journalNames = numbered(stored3, JOURNAL_PREFIX);
      const last = this.journalNames[this.journalNames.length - 1];
      this.firstChunk = last === void 0 ? 0 : Number(last.slice(JOURNAL_PREFIX.length)) + 1;
      this.leftOver = this.journalNames.flatMap(
        (name) => parseJson(stored3[name], []).flatMap((value) => fromStored(value) ?? [])
      );
    }
    static open() {
      const properties = PropertiesService.getDocumentProperties();
      return new _ReminderStore(properties, properties.getProperties());
    }
    /** A new ledger starts from what the Reminder log says went out (a tracker from before it). */
    seedFromLog(log, kindOf, today) {
      if (this.ledgerExisted) return;
      for (const decision of log) {
        const kind = kindOf(decision.key);
        if (!kind || decision.outcome !== "Sent" && decision.outcome !== "Test") continue;
        this.ledger.add(decision.key, kind, decision.outcome === "Test" ? "test" : "live", today);
      }
    }
    /** Bytes the store may still give this run's journal. */
    roomLeft() {
      const ledgerBytes = Math.min(this.ledger.size, LEDGER_MAX_ENTRIES) * LEDGER_ENTRY_BYTES;
      const journalBytes = [...this.chunkBytes.values()].reduce((sum, bytes) => sum + bytes, 0);
      return STORE_BUDGET_BYTES - ledgerBytes - journalBytes;
    }
    chunkName(index) {
      return `${JOURNAL_PREFIX}${this.firstChunk + index}`;
    }
    chunkText(index) {
      return JSON.stringify((this.chunks[index] ?? []).map(stored));
    }
    /**
     * Records the reminders of one email about to be sent, with the run's earlier sends as they now
     * stand, in one property write; false, writing nothing, when the store has no room for them (the
     * rest waits for the follow-up run).
     */
    recordPending(entries) {
      var _a2;
      const touched = /* @__PURE__ */ new Set();
      const added = [];
      for (const entry of entries) {
        let index = Math.max(this.chunks.length - 1, 0);
        const current = (_a2 = this.chunks)[index] ?? (_a2[index] = []);
        current.push(entry);
        if (current.length > 1 && utf8Bytes(this.chunkText(index)) > CHUNK_BYTES) {
          current.pop();
          touched.add(index);
          index += 1;
          this.chunks[index] = [entry];
        }
        touched.add(index);
        added.push(index);
      }
      const values = {};
      let growth = 0;
      for (const index of touched) {
        const text3 = this.chunkText(index);
        values[this.chunkName(index)] = text3;
        growth += utf8Bytes(text3) - (this.chunkBytes.get(index) ?? 0);
      }
      if (growth > this.roomLeft()) {
        this.dropLast(added.length);
        return false;
      }
      this.properties.setProperties(values);
      this.lastRecorded = entries;
      for (const [name, text3] of Object.entries(values)) {
        this.chunkBytes.set(
          Number(name.slice(JOURNAL_PREFIX.length)) - this.firstChunk,
          utf8Bytes(text3)
        );
      }
      return true;
    }
    /** The last `count` recorded sends did not happen: left out from the next write on. */
    dropLast(count = 1) {
      for (let dropped = 0; dropped < count; dropped += 1) {
        const last = this.chunks[this.chunks.length - 1];
        last?.pop();
        if (last && last.length === 0 && !this.chunkBytes.has(this.chunks.length - 1))
          this.chunks.pop();
      }
    }
    /**
     * The email last recorded went: its entries are written as confirmed with the next send, or at
     * the commit. An earlier one left pending (its send unconfirmed) stays so.
     */
    confirmPending() {
      for (const entry of this.lastRecorded) entry.pending = false;
      this.lastRecorded = [];
    }
    /**
     * The run's sends are settled: the ledger (pruned) and the journal's last chunk, its last send
     * now confirmed, in one write. A run cut off after this and before its log is written leaves
     * every send known as sent, and the next run logs them.
     */
    commit(today, overdueRepeatDays, overdueRepeatTimes) {
      const kept = this.ledger.pruned(today, keepDays(overdueRepeatDays, overdueRepeatTimes), LONG_LIVED_DAYS).capped(LEDGER_MAX_ENTRIES);
      const chunks = packEntries(kept.encoded(), CHUNK_BYTES);
      const values = { [LEDGER_COUNT]: String(chunks.length) };
      chunks.forEach((chunk, index) => values[`${LEDGER_PREFIX}${index}`] = chunk);
      for (const index of this.chunkBytes.keys())
        values[this.chunkName(index)] = this.chunkText(index);
      this.properties.setProperties(values);
      for (const name of this.ledgerNames.slice(chunks.length)) this.properties.deleteProperty(name);
    }
    /** The run is logged: its journal, and any left over, are deleted by name. */
    clearJournals() {
      const written = [...this.chunkBytes.keys()].map((index) => this.chunkName(index));
      for (const name of [...this.journalNames, ...written]) this.properties.deleteProperty(name);
    }
  };
  __name(_ReminderStore, "ReminderStore");
  var ReminderStore = _ReminderStore;

  // src/domain/reminders/notices.ts
  function unknownDeliveryNotice(sends, senderName) {
    const count = sends.length;
    const subject = `ILACS tracker: ${count} reminder${count === 1 ? "" : "s"} may not have gone out`;
    const intro = `A daily run stopped while sending, so it cannot tell whether ${count === 1 ? "this reminder" : "these reminders"} went out. The tool does not send them again, to be sure no one gets one twice: please check with the recipients. Each is in the Reminder log as Unknown.`;
    const line = /* @__PURE__ */ __name((send) => `${send.authority}: ${send.kind} (${longDate(send.eventDate)}), to ${send.recipients}`, "line");
    const text3 = [
      "Dear colleagues,",
      intro,
      sends.map((send) => `- ${line(send)}`).join("\n"),
      `With best wishes,
${senderName}`
    ].join("\n\n");
    const html = [
      "<p>Dear colleagues,</p>",
      `<p>${escapeHtml(intro)}</p>`,
      `<ul>${sends.map((send) => `<li>${escapeHtml(line(send))}</li>`).join("")}</ul>`,
      `<p>With best wishes,<br>${escapeHtml(senderName)}</p>`
    ].join("\n");
    return { subject, text: text3, html };
  }
  __name(unknownDeliveryNotice, "unknownDeliveryNotice");

  // src/sheets/pending-notice.ts
  var NOTICE_PROPERTY = "ilacs.notice.unconfirmed";
  var MOST_LISTED = 40;
  function parsed(text3) {
    if (!text3) return [];
    try {
      return JSON.parse(text3).flatMap((send) => {
        const eventDate = parseIsoDate(send.e);
        const kind = REMINDER_KINDS.find((each) => each === send.i);
        return eventDate && kind ? [{ authority: send.a, kind, eventDate, recipients: send.r }] : [];
      });
    } catch {
      return [];
    }
  }
  __name(parsed, "parsed");
  function stored2(sends) {
    const properties = PropertiesService.getDocumentProperties();
    if (sends.length === 0) {
      properties.deleteProperty(NOTICE_PROPERTY);
      return;
    }
    const values = sends.map((send) => ({
      a: send.authority,
      i: send.kind,
      e: formatIso(send.eventDate),
      r: send.recipients
    }));
    properties.setProperty(NOTICE_PROPERTY, JSON.stringify(values));
  }
  __name(stored2, "stored");
  var identity = /* @__PURE__ */ __name((send) => `${send.authority}|${send.kind}|${formatIso(send.eventDate)}`, "identity");
  function recordUnconfirmed(more) {
    const earlier = parsed(PropertiesService.getDocumentProperties().getProperty(NOTICE_PROPERTY));
    if (more.length === 0) return earlier;
    const seen = new Set(earlier.map(identity));
    const all = [...earlier, ...more.filter((send) => !seen.has(identity(send)))].slice(-MOST_LISTED);
    stored2(all);
    return all;
  }
  __name(recordUnconfirmed, "recordUnconfirmed");
  function deliverPendingNotice(sends, to, mayNotSend, senderName) {
    if (sends.length === 0) return void 0;
    const waiting = /* @__PURE__ */ __name((why) => `The notice to the coordinators of ${sends.length} send${sends.length === 1 ? "" : "s"} that may not have gone out waits for the next run: ${why}.`, "waiting");
    if (mayNotSend) return waiting(mayNotSend);
    if (to.length === 0) return waiting("no Coordinator emails are set");
    const email3 = unknownDeliveryNotice(sends, senderName);
    try {
      MailApp.sendEmail({
        to: to.join(","),
        subject: email3.subject,
        body: email3.text,
        htmlBody: email3.html,
        name: senderName
      });
    } catch (error) {
      return waiting(`its send failed (${error instanceof Error ? error.message : String(error)})`);
    }
    stored2([]);
    return void 0;
  }
  __name(deliverPendingNotice, "deliverPendingNotice");

  // src/domain/reminders/calendar.ts
  function escapeText(text3) {
    return text3.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
  }
  __name(escapeText, "escapeText");
  function foldLine(line) {
    const parts = [];
    let current = "";
    let limit = 75;
    for (const character of line) {
      if (utf8Bytes(current + character) > limit) {
        parts.push(current);
        current = "";
        limit = 74;
      }
      current += character;
    }
    parts.push(current);
    return parts.join("\r\n ");
  }
  __name(foldLine, "foldLine");
  function dateValue(date2) {
    return formatIso(date2).replace(/-/g, "");
  }
  __name(dateValue, "dateValue");
  function eventUid(identity2) {
    return `${cyrb53(identity2).toString(36)}-${cyrb53(identity2, 1).toString(36)}@ilacs-tracker`;
  }
  __name(eventUid, "eventUid");
  function calendarFile(event) {
    const lines = [
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//ilacs-tracker//Reminders//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "BEGIN:VEVENT",
      `UID:${eventUid(event.identity)}`,
      `DTSTAMP:${event.stamp}`,
      `SEQUENCE:${event.sequence}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      "TRANSP:TRANSPARENT",
      "STATUS:CONFIRMED",
      "END:VEVENT",
      "END:VCALENDAR"
    ];
    return `${lines.map(foldLine).join("\r\n")}\r
`;
  }
  __name(calendarFile, "calendarFile");
  var CALENDAR_KINDS = ["Engagement meeting", "Self-evaluation due"];
  var SEQUENCE_FROM = civil("2020-01-01");
  function reminderCalendarEvent(reminder, today, stamp) {
    const result = reminder.row;
    if (!result || !CALENDAR_KINDS.includes(reminder.kind)) return void 0;
    const { row: row2, schedule } = result;
    const follows = row2.lastEngagementMeeting ?? row2.lastInspectionEnd ?? row2.lastInspection;
    const identity2 = [
      row2.authority.trim().toLowerCase(),
      reminder.kind,
      `after ${follows ? formatIso(follows) : "none"}`
    ].join("|");
    const meeting = schedule.meeting?.date;
    const due = schedule.selfEvaluationDue;
    const isMeeting = reminder.kind === "Engagement meeting";
    return {
      identity: identity2,
      date: reminder.eventDate,
      summary: isMeeting ? `${row2.authority}: annual engagement meeting with Ofsted` : `${row2.authority}: self-evaluation due`,
      description: isMeeting ? `The annual engagement meeting between Ofsted and ${row2.authority}.${due ? ` The self-evaluation ${selfEvaluationWords(result, today)}.` : ""}` : `The self-evaluation of social work practice for ${row2.authority} is due${meeting ? `, ahead of the annual engagement meeting on ${longDate(meeting)}` : ""}.`,
      stamp,
      sequence: daysBetween(SEQUENCE_FROM, today)
    };
  }
  __name(reminderCalendarEvent, "reminderCalendarEvent");
  function reminderCalendarAttachment(reminder, today, stamp) {
    const event = reminderCalendarEvent(reminder, today, stamp);
    if (!event) return void 0;
    const name = reminder.kind === "Engagement meeting" ? "engagement-meeting.ics" : "self-evaluation.ics";
    return { name, content: calendarFile(event) };
  }
  __name(reminderCalendarAttachment, "reminderCalendarAttachment");

  // src/sheets/reminder-mail.ts
  function letterContext({ state, testTo, sheetUrl }) {
    const { settings, today, tracker } = state;
    return { settings, today, rows: tracker.results, testTo, sheetUrl };
  }
  __name(letterContext, "letterContext");
  function utcStamp(now) {
    return now.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
  }
  __name(utcStamp, "utcStamp");
  function calendarAttachments(reminder, today) {
    const attachment = reminderCalendarAttachment(reminder, today, utcStamp(/* @__PURE__ */ new Date()));
    if (!attachment) return [];
    return [Utilities.newBlob(attachment.content, "text/calendar", attachment.name)];
  }
  __name(calendarAttachments, "calendarAttachments");
  function addressLetter(options2, letter) {
    const { state, testTo } = options2;
    const addressed = letterAddressees(letter, testTo);
    const attachments = letter.reminders.flatMap((each) => calendarAttachments(each, state.today));
    return {
      recipients: recipientsText(addressed),
      messages: letterEmails(letterContext(options2), letter).flatMap(
        (email3) => addressed.map((message) => ({
          to: message.to.join(","),
          cc: message.cc.join(","),
          subject: email3.subject,
          body: email3.text,
          htmlBody: email3.html,
          name: state.settings.senderName,
          ...state.settings.replyTo ? { replyTo: state.settings.replyTo } : {},
          ...attachments.length > 0 ? { attachments } : {}
        }))
      )
    };
  }
  __name(addressLetter, "addressLetter");
  function addressReminder(options2, reminder) {
    const { to, cc } = reminder.recipients;
    return addressLetter(options2, { to, cc, reminders: [reminder] });
  }
  __name(addressReminder, "addressReminder");
  function sendMessages(mail) {
    for (const [index, message] of mail.messages.entries()) {
      try {
        MailApp.sendEmail(message);
      } catch (error) {
        if (index === 0) throw error;
        const why = error instanceof Error ? error.message : String(error);
        const { length } = mail.messages;
        return {
          notSent: messageNotSentNote(index, length, String(message.to), String(message.cc), why)
        };
      }
    }
    return {};
  }
  __name(sendMessages, "sendMessages");

  // src/sheets/reminder-log-sheet.ts
  function findHeaderRow(values) {
    const wanted = ["Key", "Outcome"].map(normalizeHeader);
    return values.findIndex((row2) => {
      const names = row2.map((cell) => normalizeHeader(String(cell ?? "")));
      return wanted.every((name) => names.includes(name));
    });
  }
  __name(findHeaderRow, "findHeaderRow");
  var isBlankRow = /* @__PURE__ */ __name((row2) => (row2 ?? []).every((cell) => String(cell ?? "").trim() === ""), "isBlankRow");
  function repairedReminderLog(spreadsheet) {
    const existing = spreadsheet.getSheetByName(SHEET_NAMES.reminderLog);
    const sheet = existing ?? spreadsheet.insertSheet(SHEET_NAMES.reminderLog);
    let values = readAll(sheet);
    const headerRow = findHeaderRow(values);
    let repaired;
    if (headerRow < 0) {
      const blank = values.every((row2) => isBlankRow(row2));
      if (!blank) sheet.insertRowBefore(1);
      sheet.getRange(1, 1, 1, REMINDER_LOG_HEADERS.length).setValues([[...REMINDER_LOG_HEADERS]]);
      if (!existing) repaired = "The Reminder log was missing, so a new one was started.";
      else if (!blank)
        repaired = "The Reminder log had lost its header row, so it was put back at the top.";
      if (!existing) {
        values = readAll(sheet);
        formatLogDates(sheet, logLayout(values));
        return { sheet, values, ...repaired ? { repaired } : {}, created: true };
      }
    } else {
      const row2 = values[headerRow] ?? [];
      const present = new Set(row2.map((cell) => normalizeHeader(String(cell ?? ""))));
      const missing = REMINDER_LOG_HEADERS.filter((header) => !present.has(normalizeHeader(header)));
      if (missing.length === 0) return { sheet, values };
      const width = row2.length - [...row2].reverse().findIndex((cell) => String(cell ?? "") !== "");
      const room = width + missing.length - sheet.getMaxColumns();
      if (room > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), room);
      sheet.getRange(headerRow + 1, width + 1, 1, missing.length).setValues([missing]);
      repaired = `The Reminder log had no ${missing.join(", ")} column, so it was added.`;
    }
    values = readAll(sheet);
    return { sheet, values, ...repaired ? { repaired } : {} };
  }
  __name(repairedReminderLog, "repairedReminderLog");
  function logLayout(values) {
    const headerRow = Math.max(findHeaderRow(values), 0);
    const headers = (values[headerRow] ?? []).map((cell) => normalizeHeader(String(cell ?? "")));
    const column = {};
    const missing = [];
    for (const header of REMINDER_LOG_HEADERS) {
      column[header] = headers.indexOf(normalizeHeader(header));
      if (column[header] < 0) missing.push(header);
    }
    if (missing.length > 0) {
      throw new UserError(
        `The Reminder log has no ${missing.join(", ")} column: run ILACS tracker > Set up tracker.`
      );
    }
    return { column, width: headers.length, headerRow };
  }
  __name(logLayout, "logLayout");
  function formatLogDates(sheet, layout) {
    const rows = sheet.getMaxRows() - layout.headerRow - 1;
    if (rows < 1) return;
    const below = /* @__PURE__ */ __name((column) => sheet.getRange(layout.headerRow + 2, column + 1, rows, 1), "below");
    below(layout.column.Time).setNumberFormat(DATE_TIME_FORMAT);
    below(layout.column["Event date"]).setNumberFormat(DATE_FORMAT);
  }
  __name(formatLogDates, "formatLogDates");
  function loggedDecisions(values, layout = logLayout(values)) {
    const { Key: key, Outcome: outcome, Detail: detail } = layout.column;
    return values.flatMap((row2, index) => {
      if (index === layout.headerRow) return [];
      const logged = String(row2[outcome] ?? "");
      return OUTCOMES.includes(logged) && String(row2[key] ?? "") !== "" ? [{ key: String(row2[key]), outcome: logged, detail: String(row2[detail] ?? "") }] : [];
    });
  }
  __name(loggedDecisions, "loggedDecisions");
  function logRow(line, codec, layout) {
    const { reminder } = line;
    const { column } = layout;
    const row2 = new Array(layout.width).fill("");
    row2[column.Time] = line.time;
    row2[column.Authority] = cellText2(reminder.authority);
    row2[column.Kind] = reminder.kind;
    row2[column["Event date"]] = codec.toSheetDate(reminder.eventDate);
    row2[column["Lead days"]] = cellText2(reminder.lead);
    row2[column.Recipients] = cellText2(line.recipients);
    row2[column.Outcome] = line.outcome;
    row2[column.Detail] = cellText2(line.detail);
    row2[column.Key] = cellText2(reminder.key);
    return row2;
  }
  __name(logRow, "logRow");
  function runNoteRow(time2, detail, layout) {
    const row2 = new Array(layout.width).fill("");
    row2[layout.column.Time] = time2;
    row2[layout.column.Outcome] = "Skipped";
    row2[layout.column.Detail] = cellText2(detail);
    return row2;
  }
  __name(runNoteRow, "runNoteRow");
  function appendLog(sheet, valuesRead, rows) {
    const [first] = rows;
    if (!first) return;
    const start = Math.max(valuesRead.length, 1) + 1;
    const missing = start - 1 + rows.length - sheet.getMaxRows();
    if (missing > 0) sheet.insertRowsAfter(sheet.getMaxRows(), missing);
    sheet.getRange(start, 1, rows.length, first.length).setValues(rows);
  }
  __name(appendLog, "appendLog");

  // src/sheets/run-log.ts
  var _RunLog = class _RunLog {
    constructor(codec, layout) {
      this.codec = codec;
      this.layout = layout;
      this.rows = [];
      this.counts = {};
      /** The row of each reminder sent this run: one in two letters (a chase) is one row. */
      this.sentRows = /* @__PURE__ */ new Map();
    }
    record(reminder, outcome, detail, recipients = "", time2 = /* @__PURE__ */ new Date()) {
      const sent = outcome === "Sent" || outcome === "Test";
      const earlier = sent ? this.sentRows.get(reminder.key) : void 0;
      if (earlier) {
        earlier.recipients = `${earlier.recipients}, ${recipients}`;
        earlier.row[this.layout.column.Recipients] = cellText2(earlier.recipients);
        return;
      }
      this.counts[outcome] = (this.counts[outcome] ?? 0) + 1;
      const row2 = logRow({ time: time2, reminder, recipients, outcome, detail }, this.codec, this.layout);
      this.rows.push(row2);
      if (sent) this.sentRows.set(reminder.key, { row: row2, recipients });
    }
    /** A line about the run itself (nothing sent, and why): no key, so it never stands for a send. */
    note(detail) {
      this.rows.push(runNoteRow(/* @__PURE__ */ new Date(), detail, this.layout));
    }
  };
  __name(_RunLog, "RunLog");
  var RunLog = _RunLog;
  function reconcileStoppedRuns(store, logged, runLog, today) {
    const inLog = new Set(
      logged.filter((entry) => entry.outcome === "Sent" || entry.outcome === "Test").map((entry) => `${entry.outcome}|${keyHash(entry.key)}`)
    );
    const unknown = [];
    for (const entry of store.leftOver) {
      const sendKind = entry.outcome === "Test" ? "test" : "live";
      store.ledger.addHash(entry.hash, entry.kind, sendKind, today);
      const time2 = new Date(entry.time);
      if (entry.pending) {
        unknown.push(entry);
        runLog.record(
          reminderOfEntry(entry),
          "Unknown",
          STOPPED_WHILE_SENDING,
          entry.recipients,
          time2
        );
      } else if (!inLog.has(`${entry.outcome}|${entry.hash}`)) {
        runLog.record(
          reminderOfEntry(entry),
          entry.outcome,
          SENT_BEFORE_STOP,
          entry.recipients,
          time2
        );
      }
    }
    return unknown;
  }
  __name(reconcileStoppedRuns, "reconcileStoppedRuns");

  // src/sheets/triggers.ts
  var DAILY_HANDLER = "runDailyRemindersFromTrigger";
  var FOLLOW_UP_HANDLER = "continueRemindersFromTrigger";
  var FOLLOW_UP_AFTER_MS = 5 * 60 * 1e3;
  var SWITCH = "ilacs.dailyReminders";
  function readSwitch() {
    const stored3 = PropertiesService.getDocumentProperties().getProperty(SWITCH);
    return stored3 ? JSON.parse(stored3) : void 0;
  }
  __name(readSwitch, "readSwitch");
  function writeSwitch(value) {
    PropertiesService.getDocumentProperties().setProperty(SWITCH, JSON.stringify(value));
  }
  __name(writeSwitch, "writeSwitch");
  function ownTriggers(handler = DAILY_HANDLER) {
    return ScriptApp.getProjectTriggers().filter(
      (trigger) => trigger.getHandlerFunction() === handler
    );
  }
  __name(ownTriggers, "ownTriggers");
  function removeOwnDailyTriggers() {
    const triggers = ownTriggers();
    for (const trigger of triggers) ScriptApp.deleteTrigger(trigger);
    return triggers.length;
  }
  __name(removeOwnDailyTriggers, "removeOwnDailyTriggers");
  function scheduleFollowUp() {
    if (ownTriggers(FOLLOW_UP_HANDLER).length > 0) return { kind: "waiting" };
    try {
      ScriptApp.newTrigger(FOLLOW_UP_HANDLER).timeBased().after(FOLLOW_UP_AFTER_MS).create();
      return { kind: "set" };
    } catch (error) {
      return { kind: "failed", why: error instanceof Error ? error.message : String(error) };
    }
  }
  __name(scheduleFollowUp, "scheduleFollowUp");
  function followUpWords(followUp, what) {
    switch (followUp.kind) {
      case "set":
        return `${what} go in a follow-up run in ${FOLLOW_UP_AFTER_MS / 6e4} minutes`;
      case "waiting":
        return `${what} go in the follow-up run already waiting`;
      case "failed":
        return `${what} go on the next daily run (no follow-up run could be set: ${followUp.why})`;
    }
  }
  __name(followUpWords, "followUpWords");
  function removeOwnFollowUps() {
    for (const trigger of ownTriggers(FOLLOW_UP_HANDLER)) ScriptApp.deleteTrigger(trigger);
  }
  __name(removeOwnFollowUps, "removeOwnFollowUps");
  function turnOnDaily(hour, timeZone, me) {
    const current = readSwitch();
    if (current?.on && current.by && current.by !== me) return { runBy: current.by };
    removeOwnDailyTriggers();
    ScriptApp.newTrigger(DAILY_HANDLER).timeBased().atHour(hour).everyDays(1).inTimezone(timeZone).create();
    writeSwitch({ on: true, by: me });
    return { runBy: me };
  }
  __name(turnOnDaily, "turnOnDaily");
  function turnOffDaily(me) {
    const current = readSwitch();
    const removed = removeOwnDailyTriggers();
    writeSwitch({ on: false, by: me });
    return { wasOn: removed > 0 || current?.on === true, runBy: current?.by ?? "" };
  }
  __name(turnOffDaily, "turnOffDaily");
  function dailyIsOn() {
    return readSwitch()?.on ?? true;
  }
  __name(dailyIsOn, "dailyIsOn");

  // src/sheets/daily-reminders.ts
  var SENDING_TIME_BUDGET_MS = 4.5 * 60 * 1e3;
  function whoRuns() {
    return Session.getActiveUser().getEmail() || Session.getEffectiveUser().getEmail();
  }
  __name(whoRuns, "whoRuns");
  function runDailyReminders(spreadsheet, now) {
    const lock = LockService.getDocumentLock();
    if (!lock.tryLock(LOCK_WAIT_MS)) return leaveToFollowUp(spreadsheet, now);
    try {
      return sendDueReminders(spreadsheet, now);
    } finally {
      lock.releaseLock();
    }
  }
  __name(runDailyReminders, "runDailyReminders");
  function leaveToFollowUp(spreadsheet, now) {
    const followUp = followUpWords(scheduleFollowUp(), "the reminders");
    const today = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone()).dateOfCell(now);
    const gaveUp = busyText(followUp);
    console.warn(`ILACS tracker: ${gaveUp}`);
    writeStatus(readSettingsSheet(spreadsheet), { lastRun: busyRunText(today, gaveUp) });
    return { gaveUp, counts: {}, leftForNextRun: 0 };
  }
  __name(leaveToFollowUp, "leaveToFollowUp");
  var ledgerKind = /* @__PURE__ */ __name((run) => run.testTo ? "test" : "live", "ledgerKind");
  function sendLetter(run, letter) {
    const { state, store, runLog, testTo } = run;
    const group = letter.reminders;
    if (group.length === 0) return true;
    const mail = addressLetter(run, letter);
    const needed = quotaRecipients(mail.messages);
    if (needed > run.quota) {
      for (const reminder of group) {
        runLog.record(reminder, "Deferred", quotaShortDetail(run.quota, needed));
      }
      return true;
    }
    const outcome = testTo ? "Test" : "Sent";
    const time2 = (/* @__PURE__ */ new Date()).toISOString();
    const entries = group.map((reminder) => ({
      key: reminder.key,
      hash: keyHash(reminder.key),
      authority: reminder.authority,
      kind: reminder.kind,
      eventDate: reminder.eventDate,
      lead: reminder.lead,
      recipients: mail.recipients,
      outcome,
      time: time2,
      pending: true
    }));
    const recorded = recordOrSkip(run, group, () => store.recordPending(entries));
    if (recorded === "skipped") return true;
    if (!recorded) return false;
    try {
      const { notSent } = sendMessages(mail);
      store.confirmPending();
      run.quota -= needed;
      for (const reminder of group) {
        store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), state.today);
        const detail = sentDetail(group.length - 1, notSent, testTo);
        runLog.record(reminder, outcome, detail, mail.recipients);
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failure2 = sendFailure(message);
      if (failure2 === "unconfirmed") {
        sentUnconfirmed(run, group, entries, message);
        return true;
      }
      store.dropLast(group.length);
      if (failure2 === "tooLarge") return sendRefusedAsTooLarge(run, letter, message);
      if (failure2 === "quota") run.quota = 0;
      for (const reminder of group) {
        if (failure2 === "quota") runLog.record(reminder, "Deferred", quotaGoneDetail(message));
        else runLog.record(reminder, "Failed", refusedDetail(message));
      }
    }
    return true;
  }
  __name(sendLetter, "sendLetter");
  function sentUnconfirmed(run, group, entries, message) {
    for (const reminder of group) {
      run.store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), run.state.today);
      run.runLog.record(reminder, "Unknown", unconfirmedDetail(message));
    }
    run.unconfirmed.push(...entries);
  }
  __name(sentUnconfirmed, "sentUnconfirmed");
  function recordOrSkip(run, group, record) {
    try {
      return record();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!storeRefused(message)) throw error;
      run.store.dropLast(group.length);
      for (const reminder of group) {
        run.runLog.record(reminder, "Failed", notRecordedDetail(message));
      }
      return "skipped";
    }
  }
  __name(recordOrSkip, "recordOrSkip");
  function sendRefusedAsTooLarge(run, letter, message) {
    const group = letter.reminders;
    if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      return sendLetter(run, { ...letter, reminders: group.slice(0, half) }) && sendLetter(run, { ...letter, reminders: group.slice(half) });
    }
    for (const reminder of group) {
      run.store.ledger.add(reminder.key, reminder.kind, ledgerKind(run), run.state.today);
      run.runLog.record(reminder, "Failed", tooLargeDetail(message));
    }
    return true;
  }
  __name(sendRefusedAsTooLarge, "sendRefusedAsTooLarge");
  function sendPlan(run, plan) {
    const sendable = [];
    for (const reminder of plan) {
      if (reminder.skip) run.runLog.record(reminder, "Skipped", reminder.skip);
      else sendable.push(reminder);
    }
    const { settings, today, tracker } = run.state;
    const { testTo, sheetUrl } = run;
    const context = { settings, today, rows: tracker.results, testTo, sheetUrl };
    const queue = lettersFor(sendable).flatMap((letter) => lettersWithinSize(context, letter));
    for (const [index, letter] of queue.entries()) {
      const outOfTime = Date.now() - run.started > SENDING_TIME_BUDGET_MS;
      if (outOfTime || !sendLetter(run, letter))
        return new Set(queue.slice(index).flatMap((left) => left.reminders)).size;
    }
    return 0;
  }
  __name(sendPlan, "sendPlan");
  function sendDueReminders(spreadsheet, now) {
    const started = Date.now();
    const { state } = recalculate(spreadsheet, now);
    const { settings, today, codec } = state;
    const { sheet: logSheet, values: logValues, repaired } = repairedReminderLog(spreadsheet);
    const layout = logLayout(logValues);
    const store = ReminderStore.open();
    const logged = loggedDecisions(logValues, layout);
    store.seedFromLog(logged, reminderKindOfKey, today);
    const runLog = new RunLog(codec, layout);
    if (repaired) runLog.note(repaired);
    const unknown = reconcileStoppedRuns(store, logged, runLog, today);
    const unconfirmed = [];
    const testTo = settings.sendMode === "Test" ? whoRuns() : void 0;
    const plan = planReminders({
      today,
      rows: state.tracker.results,
      settings,
      log: logged,
      sent: store.ledger
    });
    const blocked = blockedReason(settings, testTo);
    let leftForNextRun = 0;
    if (blocked) {
      const note = blockedNote(settings, blocked, plan);
      if (note) runLog.note(note);
    } else {
      const quota = MailApp.getRemainingDailyQuota();
      const sheetUrl = spreadsheet.getUrl();
      leftForNextRun = sendPlan(
        { state, store, runLog, testTo, sheetUrl, started, quota, unconfirmed },
        plan
      );
    }
    const summary = { counts: runLog.counts, leftForNextRun };
    const notice = recordUnconfirmed([...unknown, ...unconfirmed].map(unconfirmedSend));
    store.commit(today, settings.overdueRepeatDays, settings.overdueRepeatTimes);
    appendLog(logSheet, logValues, runLog.rows);
    store.clearJournals();
    const noticeWaits = deliverPendingNotice(
      notice,
      testTo ? [testTo] : settings.coordinatorEmails,
      blocked,
      settings.senderName
    );
    const followUp = leftForNextRun > 0 ? followUpWords(scheduleFollowUp(), "the rest") : void 0;
    writeStatus(state.settingsSheet, {
      lastRun: lastRunText({ today, ...summary, blocked, followUp, noticeWaits })
    });
    return summary;
  }
  __name(sendDueReminders, "sendDueReminders");
  function unconfirmedSend(entry) {
    return {
      authority: entry.authority,
      kind: entry.kind,
      eventDate: entry.eventDate,
      recipients: entry.recipients
    };
  }
  __name(unconfirmedSend, "unconfirmedSend");
  function previewReminders(spreadsheet, now) {
    const state = readTracker(spreadsheet, now);
    const logSheet = spreadsheet.getSheetByName(SHEET_NAMES.reminderLog);
    const log = logSheet ? loggedDecisions(readAll(logSheet)) : [];
    const store = ReminderStore.open();
    store.seedFromLog(log, reminderKindOfKey, state.today);
    for (const entry of store.leftOver)
      store.ledger.addHash(
        entry.hash,
        entry.kind,
        entry.outcome === "Test" ? "test" : "live",
        state.today
      );
    const plan = planReminders({
      today: state.today,
      rows: state.tracker.results,
      settings: state.settings,
      log,
      sent: store.ledger
    });
    return { state, plan };
  }
  __name(previewReminders, "previewReminders");

  // src/domain/tracker/locale.ts
  function localeWarning(locale, order) {
    const reads = order === "monthFirst" ? "reads dates month first: a date typed as 11/03/2024 becomes 3 November 2024, not 11 March, and 13/03/2024 stays text" : "reads dates year first: a date typed as 11/03/2024 is not read as 11 March 2024";
    return `This Sheet's locale is ${locale}, which ${reads}. The tracker reads dates as the Sheet does, so UK dates typed here come out wrong. Dates typed as 2024-03-11 are safe in any locale.`;
  }
  __name(localeWarning, "localeWarning");

  // src/sheets/problems-dialog.ts
  function listProblems(state) {
    const order = state.codec.slashOrder ?? "dayFirst";
    const stale = staleNationalData(state.tracker.national.asOf, state.today);
    return [
      ...order === "dayFirst" ? [] : [
        {
          sheet: "File > Settings",
          row: "",
          authority: "",
          column: "Locale",
          message: `${localeWarning(state.locale, order)} Set the locale to United Kingdom.`
        }
      ],
      ...state.settingsProblems.map((problem) => ({
        sheet: SHEET_NAMES.settings,
        row: problem.row,
        authority: "",
        column: "Value",
        message: problem.message
      })),
      ...state.tracker.results.flatMap(
        (result) => result.problems.map((message) => ({
          sheet: SHEET_NAMES.tracker,
          row: result.rowNumber,
          authority: result.row.authority,
          column: problemColumn(message),
          message
        }))
      ),
      ...stale ? [{ sheet: SHEET_NAMES.nationalData, row: 1, authority: "", column: "", message: stale }] : [],
      ...state.tracker.national.problems.map((problem) => ({
        sheet: SHEET_NAMES.nationalData,
        row: problem.row,
        authority: "",
        column: problem.column,
        message: problem.message
      }))
    ];
  }
  __name(listProblems, "listProblems");
  function problemsHtml(problems) {
    return tableHtml(
      `${problems.length} problem${problems.length === 1 ? "" : "s"}. Fix the cells named, then run Recalculate now.`,
      ["Sheet", "Row", "Authority", "Column", "Problem"],
      problems.map((problem) => [
        problem.sheet,
        problem.row,
        problem.authority,
        problem.column,
        problem.message
      ])
    );
  }
  __name(problemsHtml, "problemsHtml");

  // src/domain/rules/framework.ts
  var FRAMEWORK_VERSION = "ILACS as changed from 1 April 2026 (no overall effectiveness grade; R1b).";
  var FRAMEWORK_UPDATE_NOTE = "Ofsted is consulting on a renewed framework for 2027: when it is published, check for an update of this tool.";

  // src/domain/reminders/first-steps.ts
  var FIRST_STEPS = [
    "ILACS tracker > Check installation: every check should hold; fix what it marks.",
    "Keep Send mode at Test until the Tracker is right: in Test every reminder goes to you alone, marked [TEST]. Then choose Live.",
    "Fill in Coordinator emails: they get the weekly digest, the inspection reminders, and a copy of each overdue chase.",
    "Give each authority a DCS email on the Tracker, then ILACS tracker > Recalculate now and Check for problems.",
    "ILACS tracker > Send a test reminder to me, and read it as a DCS would.",
    "ILACS tracker > Turn on daily reminders: they then go every morning at the Daily run hour."
  ];
  function firstStepsText() {
    return FIRST_STEPS.map((step, index) => `${index + 1}. ${step}`).join("\n");
  }
  __name(firstStepsText, "firstStepsText");

  // src/domain/tracker/tool-marks.ts
  var TOOL_MARK = "ilacs-tracker";
  var MARKED_FORMULA = `N("${TOOL_MARK}")=0`;

  // src/sheets/setup.ts
  var PROTECTION_DESCRIPTION = `${TOOL_MARK}: computed columns, overwritten by Recalculate`;
  var LOG_PROTECTION = `${TOOL_MARK}: the record of reminders sent; editing it does not change what is sent`;
  var RED = "#f4c7c3";
  var AMBER = "#fce8b2";
  var AMBER_DAYS = 30;
  var COMPUTED_DATE_COLUMNS = [
    "due",
    "windowOpens",
    "windowCloses",
    "expectedFrom",
    "expectedBy",
    "nextMonitoringVisit",
    "nextEngagementMeeting",
    "selfEvaluationDue"
  ];
  var SOON_DATE_COLUMNS = [
    "expectedFrom",
    "nextMonitoringVisit",
    "nextEngagementMeeting",
    "selfEvaluationDue"
  ];
  function getOrInsertSheet(spreadsheet, name) {
    const sheet = spreadsheet.getSheetByName(name);
    return sheet ? { sheet, created: false } : { sheet: spreadsheet.insertSheet(name), created: true };
  }
  __name(getOrInsertSheet, "getOrInsertSheet");
  function appendColumnsRange(sheet, first, count) {
    const missing = first + count - sheet.getMaxColumns();
    if (missing > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), missing);
    return sheet.getRange(1, first + 1, 1, count);
  }
  __name(appendColumnsRange, "appendColumnsRange");
  function validationFor(kind) {
    const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(true).setHelpText(`Expected ${EXPECTED[kind]}.`);
    switch (kind) {
      case "date":
        return builder.requireDate().build();
      case "grade":
        return builder.requireValueInList([...GRADES], true).build();
      case "inspectionType":
        return builder.requireValueInList([...INSPECTION_TYPES], true).build();
      case "count":
        return builder.requireNumberGreaterThanOrEqualTo(0).build();
      case "yesNo":
        return builder.requireValueInList(["Yes", "No"], true).build();
      case "email":
        return builder.requireTextIsEmail().build();
      case "reminders":
        return builder.requireValueInList(["On", "Paused"], true).build();
      default:
        return void 0;
    }
  }
  __name(validationFor, "validationFor");
  function ensureTrackerHeaders(sheet) {
    const values = readAll(sheet);
    const width = sheet.getLastColumn();
    const headers = (values[0] ?? []).slice(0, width).map((cell) => String(cell));
    const notes = width > 0 ? sheet.getRange(1, 1, 1, width).getNotes()[0] ?? [] : [];
    const mayCompute = toolColumns(values, headerNotesWithMarks(sheet, headers, notes));
    const layout = locateColumns(headers, mayCompute);
    const added = [
      ...Object.keys(INPUT_COLUMNS).filter((key) => layout.input[key] === void 0).map((key) => INPUT_COLUMNS[key].header),
      ...Object.keys(COMPUTED_COLUMNS).filter((key) => layout.computed[key] === void 0).map((key) => COMPUTED_COLUMNS[key].header)
    ];
    if (added.length === 0) return { layout, added };
    appendColumnsRange(sheet, width, added.length).setValues([added]);
    const all = [...headers, ...added];
    return { layout: locateColumns(all, (index) => index >= width || mayCompute(index)), added };
  }
  __name(ensureTrackerHeaders, "ensureTrackerHeaders");
  function formatTracker(sheet, layout) {
    const rows = sheet.getMaxRows() - 1;
    const columnRange = /* @__PURE__ */ __name((column) => sheet.getRange(2, column + 1, rows, 1), "columnRange");
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, sheet.getLastColumn()).setFontWeight("bold");
    for (const [key, column] of Object.entries(layout.input)) {
      const kind = INPUT_COLUMNS[key].kind;
      const validation = validationFor(kind);
      if (validation) columnRange(column).setDataValidation(validation);
      if (kind === "date") columnRange(column).setNumberFormat(DATE_FORMAT);
    }
    for (const key of COMPUTED_DATE_COLUMNS) {
      const column = layout.computed[key];
      if (column !== void 0) columnRange(column).setNumberFormat(DATE_FORMAT);
    }
    const computedAt = new Map(
      Object.entries(layout.computed).map(([key, column]) => [
        column,
        key
      ])
    );
    for (const protection of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (protection.getDescription() === PROTECTION_DESCRIPTION) protection.remove();
    }
    for (const run of contiguousRuns([...computedAt.keys()])) {
      const notes = Array.from(
        { length: run.count },
        (_, offset) => COMPUTED_COLUMNS[computedAt.get(run.first + offset)].note
      );
      sheet.getRange(1, run.first + 1, 1, run.count).setNotes([notes]);
      sheet.getRange(1, run.first + 1, rows + 1, run.count).protect().setDescription(PROTECTION_DESCRIPTION).setWarningOnly(true);
    }
    setConditionalFormats(sheet, layout, rows);
  }
  __name(formatTracker, "formatTracker");
  function setConditionalFormats(sheet, layout, rows) {
    const theirs = sheet.getConditionalFormatRules().filter(
      (rule2) => !String(rule2.getBooleanCondition()?.getCriteriaValues()[0] ?? "").includes(MARKED_FORMULA)
    );
    const ours = [];
    const rule = /* @__PURE__ */ __name((column, condition, colour) => {
      const cell = `$${columnLetter(column)}2`;
      ours.push(
        SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied(`=AND(${MARKED_FORMULA}, ${condition(cell)})`).setBackground(colour).setRanges([sheet.getRange(2, column + 1, rows, 1)]).build()
      );
    }, "rule");
    const { status: status2, expectedFrom, expectedBy } = layout.computed;
    if (status2 !== void 0) {
      rule(status2, (cell) => `ISNUMBER(SEARCH("overdue", ${cell}))`, RED);
      if (expectedFrom !== void 0 && expectedBy !== void 0) {
        const from = `$${columnLetter(expectedFrom)}2`;
        const by = `$${columnLetter(expectedBy)}2`;
        rule(status2, () => `ISNUMBER(${from}), ${from}<=TODAY(), TODAY()<=${by}`, AMBER);
      }
    }
    for (const key of SOON_DATE_COLUMNS) {
      const column = layout.computed[key];
      if (column === void 0) continue;
      rule(
        column,
        (cell) => `ISNUMBER(${cell}), ${cell}>=TODAY(), ${cell}<=TODAY()+${AMBER_DAYS}`,
        AMBER
      );
    }
    sheet.setConditionalFormatRules([...theirs, ...ours]);
  }
  __name(setConditionalFormats, "setConditionalFormats");
  var rowIsBlank = /* @__PURE__ */ __name((row2) => (row2 ?? []).every((cell) => String(cell ?? "").trim() === ""), "rowIsBlank");
  function setUpSettings(spreadsheet) {
    const { sheet } = getOrInsertSheet(spreadsheet, SHEET_NAMES.settings);
    sheet.getRange(2, 2, sheet.getMaxRows() - 1, 1).setNumberFormat("@");
    const rows = readAll(sheet);
    if (rowIsBlank(rows[0])) sheet.getRange(1, 1, 1, 2).setValues([["Setting", "Value"]]);
    const named = namedSettings(rows);
    const missing = settingDefinitions().filter((definition) => !named.has(definition.id));
    const firstEmpty = Math.max(rows.length, 1) + 1;
    if (missing.length > 0) {
      const needed = firstEmpty - 1 + missing.length - sheet.getMaxRows();
      if (needed > 0) sheet.insertRowsAfter(sheet.getMaxRows(), needed);
      sheet.getRange(firstEmpty, 1, missing.length, 2).setValues(missing.map((definition) => [definition.name, definition.defaultValue]));
      sheet.getRange(firstEmpty, 1, missing.length, 1).setNotes(missing.map((definition) => [definition.about]));
    }
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, 2).setFontWeight("bold");
    return missing.length;
  }
  __name(setUpSettings, "setUpSettings");
  function setUpReminderLog(spreadsheet) {
    const { sheet, values, created } = repairedReminderLog(spreadsheet);
    const protections = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    if (!protections.some((protection) => protection.getDescription() === LOG_PROTECTION)) {
      sheet.protect().setDescription(LOG_PROTECTION).setWarningOnly(true);
    }
    const layout = logLayout(values);
    const { headerRow, width } = layout;
    if (headerRow === 0) sheet.setFrozenRows(1);
    sheet.getRange(headerRow + 1, 1, 1, width).setFontWeight("bold");
    if (!created) formatLogDates(sheet, layout);
  }
  __name(setUpReminderLog, "setUpReminderLog");
  function setUpTracker(spreadsheet, now) {
    const { sheet } = getOrInsertSheet(spreadsheet, SHEET_NAMES.tracker);
    const { layout, added } = ensureTrackerHeaders(sheet);
    formatTracker(sheet, layout);
    markComputedColumns(sheet, layout.computed);
    const addedSettings = setUpSettings(spreadsheet);
    setUpReminderLog(spreadsheet);
    const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
    const nationalData = setUpNationalData(spreadsheet, codec.dateOfCell);
    const settingsSheet = readSettingsSheet(spreadsheet);
    const national = readNationalData(spreadsheet, codec.dateOfCell);
    const { pauses: pauses2 } = parseSettings(settingsSheet.values, codec.dateOfCell).settings;
    writeStatus(settingsSheet, {
      framework: `${FRAMEWORK_VERSION} ${FRAMEWORK_UPDATE_NOTE}`,
      firstSteps: firstStepsText(),
      // As Recalculate words it, so that its first run has nothing to change.
      trackRecord: reliabilityText(nationalReliability(national, codec.dateOfCell(now), pauses2))
    });
    return { addedColumns: added, addedSettings, nationalData };
  }
  __name(setUpTracker, "setUpTracker");
  function setUpSummaryText(summary) {
    const columns = summary.addedColumns.length > 0 ? `Added columns: ${summary.addedColumns.join(", ")}.` : "All columns present.";
    const settings = summary.addedSettings > 0 ? ` Added ${summary.addedSettings} settings with their defaults.` : "";
    return `Tracker set up. ${columns}${settings}${NATIONAL_DATA_WORDS[summary.nationalData]}`;
  }
  __name(setUpSummaryText, "setUpSummaryText");
  var NATIONAL_DATA_WORDS = {
    filled: " National data filled from the snapshot that ships with the tool.",
    kept: "",
    noSnapshotFile: ` National data not filled: the script has no HTML file named ${SNAPSHOT_FILE}, so the forecast uses the Tracker's rows alone. To add it, in Extensions > Apps Script add an HTML file named ${SNAPSHOT_FILE}, paste in release/${SNAPSHOT_FILE}.html, save, and run Set up again.`
  };

  // src/sheets/installation-check.ts
  var PROBE_SHEET = "ilacs-tracker check (deleted when done)";
  var PROBE_KEY = "ilacs.installationCheck";
  var PROBE_DATE = civil("2024-03-11");
  var TRIGGER_LIMIT = 20;
  function attempt(id, probe) {
    try {
      return { id, ...probe() };
    } catch (error) {
      return {
        id,
        holds: false,
        observed: { error: error instanceof Error ? error.message : String(error) }
      };
    }
  }
  __name(attempt, "attempt");
  function sheetProbes(spreadsheet) {
    const codec = spreadsheetDateCodec(spreadsheet.getSpreadsheetTimeZone());
    const activeBefore = spreadsheet.getActiveSheet();
    const sheet = spreadsheet.insertSheet(PROBE_SHEET);
    try {
      const dateCell = attempt("dateCell", () => {
        sheet.getRange(1, 1, 3, 1).setValues([[codec.toSheetDate(PROBE_DATE)], ["2024-03-11"], ["11/03/2024"]]);
        const [written, typedIso, typedSlash] = sheet.getRange(1, 1, 3, 1).getValues().map(([cell]) => isDateValue(cell) ? formatIso(codec.dateOfCell(cell)) : `text ${cell}`);
        const expected = formatIso(PROBE_DATE);
        return {
          holds: written === expected && typedIso === expected,
          observed: {
            written: written ?? "",
            typedIso: typedIso ?? "",
            typedSlash: typedSlash ?? ""
          }
        };
      });
      const columnMetadata = attempt("columnMetadata", () => {
        sheet.getRange("B:B").addDeveloperMetadata(PROBE_KEY, "column");
        const found2 = sheet.createDeveloperMetadataFinder().withKey(PROBE_KEY).find();
        const location = found2[0]?.getLocation();
        const locationType = location ? String(location.getLocationType()) : "";
        const column = location?.getColumn()?.getColumn() ?? 0;
        return {
          holds: found2.length === 1 && locationType === "COLUMN" && column === 2,
          observed: { found: found2.length, locationType, column }
        };
      });
      return [dateCell, columnMetadata];
    } finally {
      spreadsheet.deleteSheet(sheet);
      activeBefore.activate();
    }
  }
  __name(sheetProbes, "sheetProbes");
  function runInstallationCheck(spreadsheet) {
    const locale = spreadsheet.getSpreadsheetLocale();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const probes = [
      attempt("locale", () => {
        const slashOrder = slashOrderOfLocale(locale);
        return { holds: slashOrder === "dayFirst", observed: { locale, slashOrder } };
      }),
      attempt("timeZone", () => ({
        holds: timeZone !== "",
        observed: { spreadsheet: timeZone, script: Session.getScriptTimeZone() }
      })),
      ...sheetProbes(spreadsheet),
      attempt("documentProperties", () => {
        const properties = PropertiesService.getDocumentProperties();
        properties.setProperty(PROBE_KEY, "written");
        const readBack = properties.getProperty(PROBE_KEY);
        properties.deleteProperty(PROBE_KEY);
        const gone = properties.getProperty(PROBE_KEY) === null;
        return {
          holds: readBack === "written" && gone,
          observed: { readBack: readBack ?? "", gone }
        };
      }),
      attempt("documentLock", () => {
        const lock = LockService.getDocumentLock();
        const acquired = lock.tryLock(5e3);
        if (acquired) lock.releaseLock();
        return { holds: acquired, observed: { acquired } };
      }),
      attempt("mailQuota", () => {
        const remaining = MailApp.getRemainingDailyQuota();
        return { holds: remaining > 0, observed: { answered: true }, account: { remaining } };
      }),
      attempt("triggers", () => {
        const own2 = ScriptApp.getProjectTriggers().length;
        return { holds: own2 <= TRIGGER_LIMIT - 2, observed: { answered: true }, account: { own: own2 } };
      }),
      attempt("userEmail", () => {
        const known = Session.getActiveUser().getEmail() !== "";
        return { holds: known, observed: { known } };
      }),
      attempt("nationalData", () => {
        const snapshot = shippedSnapshot();
        if (!snapshot) return { holds: false, observed: { file: false } };
        const national = parseNationalData(snapshot, () => PROBE_DATE);
        return {
          holds: national.rows.length > 0,
          observed: {
            file: true,
            authorities: national.rows.length,
            asOf: national.asOf ? formatIso(national.asOf) : ""
          }
        };
      })
    ];
    return {
      record: "ilacs-tracker installation check",
      version: 1,
      environment: { locale, timeZone },
      probes
    };
  }
  __name(runInstallationCheck, "runInstallationCheck");
  var PROBE_WORDS = {
    locale: {
      what: "The Sheet's locale reads dates day first (11/03/2024 is 11 March)",
      fix: "File > Settings > Locale: United Kingdom. Then check the dates typed so far."
    },
    timeZone: {
      what: "The Sheet's time zone (dates and the daily run's hour follow it)",
      fix: "File > Settings > Time zone."
    },
    dateCell: {
      what: "A date written to a cell reads back as the same day",
      fix: "Set the Sheet's time zone and locale (File > Settings), then check again."
    },
    columnMetadata: {
      what: "A mark on a whole column (how the tool knows its own columns when they move)",
      fix: "Reinstall the script; if it persists, report it with the record below."
    },
    documentProperties: {
      what: "The script can keep what it has sent (document properties)",
      fix: "Reinstall the script, then run Set up again."
    },
    documentLock: {
      what: "The script can take the document lock (two runs never send twice)",
      fix: "Another run holds it: wait a minute and check again."
    },
    mailQuota: {
      what: "The script may send email, and has quota left today",
      fix: "Allow the script to send email as you (run Set up again), or wait until tomorrow for quota."
    },
    triggers: {
      what: "The script may set its daily trigger, with room for it",
      fix: "Allow the script to run when you are not present, or delete old triggers (Extensions > Apps Script > Triggers)."
    },
    userEmail: {
      what: "The script can see your email address (Test mode and the test reminder go to it)",
      fix: "Allow the script to see your email address (run Set up again and tick every permission)."
    },
    nationalData: {
      what: `The ${SNAPSHOT_FILE} file is in the script (for the forecast)`,
      fix: `Extensions > Apps Script: add an HTML file named ${SNAPSHOT_FILE} with the contents of release/${SNAPSHOT_FILE}.html.`
    }
  };

  // src/sheets/installation-dialog.ts
  var STYLE3 = "<style>body{font-family:Arial,sans-serif;font-size:13px;margin:8px}table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}th{background:#eee}.holds{color:#1e6b2e}.fix{color:#a50e0e;font-weight:bold}tr.tofix td{background:#fdecea}pre{font-size:11px;background:#f6f6f6;padding:6px;white-space:pre-wrap}</style>";
  function found(probe) {
    return Object.entries({ ...probe.observed, ...probe.account }).map(([name, value]) => `${name}: ${String(value)}`).join(", ");
  }
  __name(found, "found");
  function row(probe) {
    const words = PROBE_WORDS[probe.id];
    const result = probe.holds ? '<td class="holds">Holds</td>' : '<td class="fix">To fix</td>';
    return `<tr${probe.holds ? "" : ' class="tofix"'}><td>${escapeHtml(words.what)}</td>${result}<td>${escapeHtml(found(probe))}</td><td>${probe.holds ? "" : escapeHtml(words.fix)}</td></tr>`;
  }
  __name(row, "row");
  function installationHtml(record) {
    const holding = record.probes.filter((probe) => probe.holds).length;
    const intro = `${holding} of ${record.probes.length} checks hold in this Sheet (locale ${record.environment.locale}, time zone ${record.environment.timeZone}). ` + (holding === record.probes.length ? "The tool has everything it relies on here." : 'Fix what is marked "To fix", then check again. Nothing you typed was changed.');
    return `${STYLE3}<p>${escapeHtml(intro)}</p><table><thead><tr><th>Check</th><th>Result</th><th>What Apps Script answered</th><th>What to do</th></tr></thead><tbody>${record.probes.map(row).join("")}</tbody></table><details><summary>The record of this check (nothing personal: no addresses)</summary><pre id="installation-record">${escapeHtml(JSON.stringify(record, null, 2))}</pre></details>`;
  }
  __name(installationHtml, "installationHtml");

  // src/sheets/national-data-dialog.ts
  var STYLE4 = "<style>body{font:13px/1.4 Arial,sans-serif;margin:8px 12px;color:#222}p{margin:6px 0}ul{margin:4px 0;padding-left:22px}a{color:#0b4f8a}.pick{margin:12px 0;padding:10px;border:1px solid #ccc;background:#fafafa}label{font-weight:bold;margin-right:8px}.bad{color:#a50e0e;font-weight:bold}.good{color:#1e6b2e;font-weight:bold}.warn{background:#fff4e0;padding:4px 8px;border-left:3px solid #e69f00}#changes{max-height:300px;overflow:auto;border:1px solid #e4e4e4}button{font:inherit;padding:6px 14px}#replace{background:#0b57d0;color:#fff;border:0;border-radius:4px}</style>";
  var SCRIPT = `(function(){
var $=function(id){return document.getElementById(id)},input=$('file'),status=$('status'),out=$('out'),go=$('replace'),text=null;
function add(tag,words,cls,to){var e=document.createElement(tag);e.textContent=words;e.className=cls||'';(to||out).appendChild(e);return e}
function list(items,id){var ul=add('ul','','',out);ul.id=id;items.forEach(function(item){add('li',item,'',ul)})}
function end(){input.disabled=go.disabled=false;status.textContent=''}
function refused(problems){add('p','This file cannot replace the National data, so nothing was changed:','bad');list(problems,'problems')}
function failed(error){end();add('p','The script could not finish: '+(error&&error.message||error),'bad')}
function show(p){end();if(!p.ok)return refused(p.problems);add('p',p.summary);
p.warnings.forEach(function(w){add('p',w,'warn')});add('p',p.changesIntro);
if(p.changes.length)list(p.changes.concat(p.moreChanges?['... and '+p.moreChanges+' more.']:[]),'changes');
go.hidden=!p.canReplace}
function done(r){end();go.hidden=true;if(!r.ok)return refused(r.problems);add('p',r.message,'good')}
function run(then){input.disabled=go.disabled=true;return google.script.run.withSuccessHandler(then).withFailureHandler(failed)}
input.onchange=function(){var file=input.files[0];out.textContent='';go.hidden=true;text=null;if(!file)return;
if(file.size>${MAX_FILE_CHARACTERS})return refused([file.name+' is '+Math.round(file.size/1e3)+' KB, more than any National data file (the inspection history is about 500 KB).']);
status.textContent='Reading '+file.name+'...';var reader=new FileReader();
reader.onload=function(){text=String(reader.result);status.textContent='Checking '+file.name+'...';run(show).previewNationalData(text)};
reader.onerror=function(){end();refused(['The browser could not read '+file.name+'.'])};reader.readAsText(file)};
go.onclick=function(){status.textContent='Replacing the National data and recalculating...';run(done).replaceNationalData(text)};
})();`;
  function nationalDialogHtml(current) {
    const url = escapeHtml(HISTORY_URL);
    return `${STYLE4}<p>${escapeHtml(current)}</p><p>To bring it up to date, download the inspection history, updated daily by the ofsted-ilacs-scrape-tool: <a href="${url}" target="_blank" rel="noopener">${url}</a> (or use the tool's own National data CSV, in the columns of <code>english-la-latest-inspections.csv</code>). Then choose the file here: you see what would change before anything is replaced, and a file that cannot be read whole changes nothing.</p><div class="pick"><label for="file">The downloaded file (.csv)</label><input type="file" id="file" accept=".csv,text/csv"></div><p id="status" role="status"></p><div id="out" role="status"></div><p><button id="replace" type="button" hidden>Replace the National data</button></p><script>${SCRIPT}</script>`;
  }
  __name(nationalDialogHtml, "nationalDialogHtml");

  // src/sheets/menu-actions.ts
  function fromMenu(action) {
    const ui = SpreadsheetApp.getUi();
    try {
      action(SpreadsheetApp.getActive(), ui);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      ui.alert(MENU_TITLE, error.message, ui.ButtonSet.OK);
    }
  }
  __name(fromMenu, "fromMenu");
  function offerUkLocale(spreadsheet, ui) {
    const { locale, slashOrder } = spreadsheetLocale(spreadsheet);
    if (slashOrder === "dayFirst") return false;
    const answer = ui.alert(
      `${MENU_TITLE}: the Sheet's locale`,
      `${localeWarning(locale, slashOrder)}

Set the Sheet's locale to United Kingdom (${UK_LOCALE}) now? Dates typed before keep the day the Sheet gave them: check them afterwards.`,
      ui.ButtonSet.YES_NO
    );
    if (answer !== ui.Button.YES) return false;
    spreadsheet.setSpreadsheetLocale(UK_LOCALE);
    return true;
  }
  __name(offerUkLocale, "offerUkLocale");
  function setUpFromMenu() {
    fromMenu((spreadsheet, ui) => {
      const summary = withDocumentLock("Set up", () => setUpTracker(spreadsheet, /* @__PURE__ */ new Date()));
      if (summary.nationalData === "noSnapshotFile")
        ui.alert(MENU_TITLE, setUpSummaryText(summary), ui.ButtonSet.OK);
      else spreadsheet.toast(setUpSummaryText(summary), MENU_TITLE);
      offerUkLocale(spreadsheet, ui);
    });
  }
  __name(setUpFromMenu, "setUpFromMenu");
  function recalculateFromMenu() {
    fromMenu((spreadsheet) => {
      const summary = withDocumentLock("Recalculate", () => recalculate(spreadsheet, /* @__PURE__ */ new Date()));
      spreadsheet.toast(summaryText(summary), MENU_TITLE);
    });
  }
  __name(recalculateFromMenu, "recalculateFromMenu");
  function checkForProblemsFromMenu() {
    fromMenu((spreadsheet, ui) => {
      offerUkLocale(spreadsheet, ui);
      const state = readTracker(spreadsheet, /* @__PURE__ */ new Date());
      const problems = listProblems(state);
      if (problems.length === 0) {
        ui.alert(
          MENU_TITLE,
          `No problems found in ${state.tracker.results.length} rows or the Settings.`,
          ui.ButtonSet.OK
        );
        return;
      }
      const page2 = HtmlService.createHtmlOutput(problemsHtml(problems)).setWidth(960).setHeight(540);
      ui.showModalDialog(
        page2,
        `${MENU_TITLE}: ${problems.length} problem${problems.length === 1 ? "" : "s"}`
      );
    });
  }
  __name(checkForProblemsFromMenu, "checkForProblemsFromMenu");
  function checkInstallationFromMenu() {
    fromMenu((spreadsheet, ui) => {
      const record = runInstallationCheck(spreadsheet);
      const page2 = HtmlService.createHtmlOutput(installationHtml(record)).setWidth(960).setHeight(600);
      ui.showModalDialog(page2, `${MENU_TITLE}: installation check`);
    });
  }
  __name(checkInstallationFromMenu, "checkInstallationFromMenu");
  function showTimelineFromMenu() {
    fromMenu((spreadsheet, ui) => {
      const { html, authorities } = timelinePage(spreadsheet, /* @__PURE__ */ new Date());
      const page2 = HtmlService.createHtmlOutput(html).setWidth(1240).setHeight(720);
      ui.showModalDialog(
        page2,
        `${MENU_TITLE}: timeline of ${countOf(authorities, "authority", "authorities")}`
      );
    });
  }
  __name(showTimelineFromMenu, "showTimelineFromMenu");
  function updateNationalDataFromMenu() {
    fromMenu((spreadsheet, ui) => {
      const page2 = HtmlService.createHtmlOutput(nationalDialogHtml(currentNationalWords(spreadsheet))).setWidth(960).setHeight(600);
      ui.showModalDialog(page2, `${MENU_TITLE}: update national data`);
    });
  }
  __name(updateNationalDataFromMenu, "updateNationalDataFromMenu");
  function previewHtml(state, plan) {
    const table = tableHtml(
      `Send mode: ${state.settings.sendMode}. Nothing has been sent.`,
      ["Kind", "Authority", "Event date", "Lead", "To", "Cc", "Today"],
      plan.map((reminder) => [
        reminder.kind,
        reminder.authority || "All",
        shortDate(reminder.eventDate),
        reminder.lead,
        reminder.recipients.to.join(", "),
        reminder.recipients.cc.join(", "),
        reminder.skip ? `Skip: ${reminder.skip}` : reminder.retry ? "Send (retry)" : "Send"
      ])
    );
    const emails2 = plan.filter((reminder) => !reminder.skip).map((reminder) => {
      const email3 = composeEmail(
        reminder,
        state.settings.templates[reminder.kind],
        state.today,
        state.settings.senderName,
        reminder.kind === "Weekly digest" ? digestLines(state.tracker.results, state.today) : []
      );
      return `<div style="border:1px solid #ccc;margin:16px 0;padding:8px 12px"><p style="color:#555;margin:0 0 8px">To ${escapeHtml(reminder.recipients.to.join(", "))}${reminder.recipients.cc.length > 0 ? `, cc ${escapeHtml(reminder.recipients.cc.join(", "))}` : ""}</p><p style="font-weight:bold;margin:0 0 8px">${escapeHtml(email3.subject)}</p>${email3.html}</div>`;
    });
    return `${table}${emails2.join("")}`;
  }
  __name(previewHtml, "previewHtml");
  function previewFromMenu() {
    fromMenu((spreadsheet, ui) => {
      const { state, plan } = previewReminders(spreadsheet, /* @__PURE__ */ new Date());
      if (plan.length === 0) {
        ui.alert(MENU_TITLE, `No reminders are due on ${longDate(state.today)}.`, ui.ButtonSet.OK);
        return;
      }
      const page2 = HtmlService.createHtmlOutput(previewHtml(state, plan)).setWidth(1e3).setHeight(560);
      ui.showModalDialog(
        page2,
        `${MENU_TITLE}: ${plan.length} reminder${plan.length === 1 ? "" : "s"} on ${longDate(state.today)}`
      );
    });
  }
  __name(previewFromMenu, "previewFromMenu");
  function sendTestFromMenu() {
    fromMenu((spreadsheet) => {
      const state = readTracker(spreadsheet, /* @__PURE__ */ new Date());
      const row2 = state.tracker.results.find((result) => result.schedule.meeting);
      const meeting = row2?.schedule.meeting;
      if (!row2 || !meeting) {
        throw new UserError(
          "No authority on the Tracker has an engagement meeting to make a sample reminder from."
        );
      }
      const to = whoRuns();
      if (!to)
        throw new UserError(
          "The script cannot see your email address, so it has nowhere to send the test."
        );
      const reminder = {
        key: "test",
        kind: "Engagement meeting",
        authority: row2.row.authority,
        eventDate: meeting.date,
        lead: "test",
        recipients: {
          to: row2.row.dcsEmail ? [row2.row.dcsEmail] : [],
          cc: row2.row.otherRecipients ?? []
        },
        row: row2,
        retry: false
      };
      sendMessages(addressReminder({ state, testTo: to }, reminder));
      spreadsheet.toast(`A sample reminder for ${row2.row.authority} was sent to ${to}.`, MENU_TITLE);
    });
  }
  __name(sendTestFromMenu, "sendTestFromMenu");
  function sendDueFromMenu() {
    fromMenu((spreadsheet) => {
      const summary = runDailyReminders(spreadsheet, /* @__PURE__ */ new Date());
      spreadsheet.toast(summary.gaveUp ?? `Reminders: ${runText(summary)}.`, MENU_TITLE);
    });
  }
  __name(sendDueFromMenu, "sendDueFromMenu");
  function turnOnFromMenu() {
    fromMenu((spreadsheet) => {
      const timeZone = spreadsheet.getSpreadsheetTimeZone();
      const settingsSheet = readSettingsSheet(spreadsheet);
      const { settings } = parseSettings(
        settingsSheet.values,
        spreadsheetDateCodec(timeZone).dateOfCell
      );
      const me = whoRuns();
      const { runBy } = withDocumentLock(
        "turning reminders on",
        () => turnOnDaily(settings.dailyRunHour, timeZone, me)
      );
      if (runBy !== me) {
        spreadsheet.toast(
          `Daily reminders are already on: ${runBy} turned them on, and their trigger runs them.`,
          MENU_TITLE
        );
        return;
      }
      const text3 = `On, daily at ${String(settings.dailyRunHour).padStart(2, "0")}:00 (${timeZone})${me ? `, by ${me}` : ""}`;
      writeStatus(settingsSheet, { dailyReminders: text3 });
      spreadsheet.toast(`Daily reminders: ${text3}. Send mode: ${settings.sendMode}.`, MENU_TITLE);
    });
  }
  __name(turnOnFromMenu, "turnOnFromMenu");
  function turnOffFromMenu() {
    fromMenu((spreadsheet) => {
      const me = whoRuns();
      const { wasOn, runBy } = withDocumentLock("turning reminders off", () => turnOffDaily(me));
      writeStatus(readSettingsSheet(spreadsheet), { dailyReminders: "Off" });
      const theirs = runBy && runBy !== me ? ` The trigger ${runBy} made removes itself when it next fires.` : "";
      spreadsheet.toast(
        wasOn ? `Daily reminders are off.${theirs}` : "Daily reminders were already off.",
        MENU_TITLE
      );
    });
  }
  __name(turnOffFromMenu, "turnOffFromMenu");
  function runFromTrigger() {
    if (!dailyIsOn()) {
      removeOwnDailyTriggers();
      return;
    }
    runDailyReminders(SpreadsheetApp.getActive(), /* @__PURE__ */ new Date());
  }
  __name(runFromTrigger, "runFromTrigger");
  function continueFromTrigger() {
    removeOwnFollowUps();
    if (dailyIsOn()) runDailyReminders(SpreadsheetApp.getActive(), /* @__PURE__ */ new Date());
  }
  __name(continueFromTrigger, "continueFromTrigger");

  // src/sheets/custom-functions.ts
  function rangeHeight(name, range) {
    if (range.some((row2) => row2.length !== 1)) {
      throw new Error(`${name} must be a single cell or a single column.`);
    }
    return range.length;
  }
  __name(rangeHeight, "rangeHeight");
  function mapRows(names, args, width, compute) {
    const heights = args.flatMap(
      (arg, index) => Array.isArray(arg) ? [
        {
          name: names[index] ?? `argument ${index + 1}`,
          rows: rangeHeight(names[index] ?? "", arg)
        }
      ] : []
    );
    const first = heights[0];
    const mismatch = first && heights.find(({ rows }) => rows !== first.rows);
    if (first && mismatch) {
      throw new Error(
        `The ranges must have the same number of rows: ${first.name} has ${first.rows}, ${mismatch.name} has ${mismatch.rows}.`
      );
    }
    const blankRow = /* @__PURE__ */ __name(() => new Array(width).fill(""), "blankRow");
    const output = [];
    for (let rowIndex = 0; rowIndex < (first?.rows ?? 1); rowIndex += 1) {
      const cells = args.map((arg) => Array.isArray(arg) ? arg[rowIndex]?.[0] : arg);
      const rowCells2 = first ? args.flatMap((arg, index) => Array.isArray(arg) ? [cells[index]] : []) : cells;
      if (rowCells2.every(isBlank)) {
        output.push(blankRow());
        continue;
      }
      const result = compute(cells);
      output.push(typeof result === "string" ? [result, ...blankRow().slice(1)] : [...result]);
    }
    return first || width > 1 ? output : output[0]?.[0] ?? "";
  }
  __name(mapRows, "mapRows");
  var _ArgumentError = class _ArgumentError extends Error {
  };
  __name(_ArgumentError, "ArgumentError");
  var ArgumentError = _ArgumentError;
  function read(kind, cell, name, codec) {
    const result = parseCell(kind, cell, name, codec.dateOfCell, codec.slashOrder);
    if (!result.ok) throw new ArgumentError(result.message);
    return result.value;
  }
  __name(read, "read");
  function required2(kind, cell, name, codec) {
    const value = read(kind, cell, name, codec);
    if (value === void 0)
      throw new ArgumentError(`${name}: expected ${EXPECTED[kind]}, but it is blank.`);
    return value;
  }
  __name(required2, "required");
  function guarded(compute) {
    try {
      return compute();
    } catch (error) {
      if (error instanceof ArgumentError) return error.message;
      throw error;
    }
  }
  __name(guarded, "guarded");
  var INSPECTION_ARGUMENTS = [
    "last_start",
    "overall",
    "leaders",
    "help_protection",
    "in_care",
    "care_leavers"
  ];
  function nextInspectionOfRow(cells, codec) {
    const [start, overall, leaders, helpAndProtection, childrenInCare, careLeavers] = cells;
    const [startName, overallName, leadersName, helpName, careName, leaversName] = INSPECTION_ARGUMENTS;
    const inspection = {
      start: required2("date", start, startName, codec),
      overall: read("grade", overall, overallName, codec),
      leaders: read("grade", leaders, leadersName, codec),
      helpAndProtection: read("grade", helpAndProtection, helpName, codec),
      childrenInCare: read("grade", childrenInCare, careName, codec),
      careLeavers: read("grade", careLeavers, leaversName, codec)
    };
    const decision = decidePathway(inspection);
    if (!decision.pathway) throw new ArgumentError(decision.reason);
    return nextInspection(inspection, decision.pathway, DEFAULT_RULE_SETTINGS);
  }
  __name(nextInspectionOfRow, "nextInspectionOfRow");
  function inspectionFunction(args, codec, width, cellsOf) {
    return mapRows(
      INSPECTION_ARGUMENTS,
      args,
      width,
      (cells) => guarded(() => cellsOf(nextInspectionOfRow(cells, codec)))
    );
  }
  __name(inspectionFunction, "inspectionFunction");
  function nextInspectionDue(args, codec) {
    return inspectionFunction(args, codec, 1, (next) => [codec.toSheetDate(next.due)]);
  }
  __name(nextInspectionDue, "nextInspectionDue");
  function nextInspectionType(args, codec) {
    return inspectionFunction(args, codec, 1, (next) => [next.kind]);
  }
  __name(nextInspectionType, "nextInspectionType");
  function nextInspectionWindow(args, codec) {
    return inspectionFunction(args, codec, 2, (next) => [
      codec.toSheetDate(next.window.opens),
      codec.toSheetDate(next.window.closes)
    ]);
  }
  __name(nextInspectionWindow, "nextInspectionWindow");
  var MONITORING_ARGUMENTS = ["last_end", "last_monitoring_visit"];
  function nextMonitoringVisitDate(args, codec) {
    return mapRows(
      MONITORING_ARGUMENTS,
      args,
      1,
      ([lastEnd, lastVisit]) => guarded(() => {
        const visit = nextMonitoringVisit(
          {
            lastOnSiteDay: read("date", lastEnd, MONITORING_ARGUMENTS[0], codec),
            lastMonitoringVisit: read("date", lastVisit, MONITORING_ARGUMENTS[1], codec)
          },
          DEFAULT_RULE_SETTINGS
        );
        if (!visit) {
          throw new ArgumentError(
            `${MONITORING_ARGUMENTS[0]}: expected ${EXPECTED.date}, but it is blank (the first monitoring visit counts from it, R4a).`
          );
        }
        return [codec.toSheetDate(visit.date)];
      })
    );
  }
  __name(nextMonitoringVisitDate, "nextMonitoringVisitDate");
  var MEETING_ARGUMENTS = ["last_meeting", "last_inspection_end", "planned"];
  function nextEngagementMeetingDate(args, codec) {
    return mapRows(
      MEETING_ARGUMENTS,
      args,
      1,
      ([lastMeeting, lastInspectionEnd, planned]) => guarded(() => {
        const meeting = nextEngagementMeeting(
          {
            lastMeeting: read("date", lastMeeting, MEETING_ARGUMENTS[0], codec),
            lastOnSiteDay: read("date", lastInspectionEnd, MEETING_ARGUMENTS[1], codec),
            plannedMeeting: read("date", planned, MEETING_ARGUMENTS[2], codec)
          },
          DEFAULT_RULE_SETTINGS
        );
        return [meeting ? codec.toSheetDate(meeting.date) : ""];
      })
    );
  }
  __name(nextEngagementMeetingDate, "nextEngagementMeetingDate");
  var SELF_EVALUATION_ARGUMENTS = ["meeting_date"];
  function selfEvaluationDue(args, codec) {
    return mapRows(
      SELF_EVALUATION_ARGUMENTS,
      args,
      1,
      ([meeting]) => guarded(() => {
        const date2 = required2("date", meeting, SELF_EVALUATION_ARGUMENTS[0], codec);
        return [codec.toSheetDate(selfEvaluationDueDate(date2, DEFAULT_RULE_SETTINGS))];
      })
    );
  }
  __name(selfEvaluationDue, "selfEvaluationDue");

  // src/main.ts
  function onOpen() {
    addMenu(SpreadsheetApp.getUi());
  }
  __name(onOpen, "onOpen");
  function setUpTracker2() {
    setUpFromMenu();
  }
  __name(setUpTracker2, "setUpTracker");
  function recalculateNow() {
    recalculateFromMenu();
  }
  __name(recalculateNow, "recalculateNow");
  function checkForProblems() {
    checkForProblemsFromMenu();
  }
  __name(checkForProblems, "checkForProblems");
  function showTimeline() {
    showTimelineFromMenu();
  }
  __name(showTimeline, "showTimeline");
  function selectTrackerRow(row2) {
    selectRow(SpreadsheetApp.getActive(), row2);
  }
  __name(selectTrackerRow, "selectTrackerRow");
  function updateNationalData() {
    updateNationalDataFromMenu();
  }
  __name(updateNationalData, "updateNationalData");
  function previewNationalData(text3) {
    return previewNationalFile(SpreadsheetApp.getActive(), text3);
  }
  __name(previewNationalData, "previewNationalData");
  function replaceNationalData(text3) {
    return replaceNationalFile(SpreadsheetApp.getActive(), text3, /* @__PURE__ */ new Date());
  }
  __name(replaceNationalData, "replaceNationalData");
  function previewTodaysReminders() {
    previewFromMenu();
  }
  __name(previewTodaysReminders, "previewTodaysReminders");
  function sendTestReminderToMe() {
    sendTestFromMenu();
  }
  __name(sendTestReminderToMe, "sendTestReminderToMe");
  function sendDueRemindersNow() {
    sendDueFromMenu();
  }
  __name(sendDueRemindersNow, "sendDueRemindersNow");
  function turnOnDailyReminders() {
    turnOnFromMenu();
  }
  __name(turnOnDailyReminders, "turnOnDailyReminders");
  function turnOffDailyReminders() {
    turnOffFromMenu();
  }
  __name(turnOffDailyReminders, "turnOffDailyReminders");
  function checkInstallation() {
    checkInstallationFromMenu();
  }
  __name(checkInstallation, "checkInstallation");
  function runDailyRemindersFromTrigger() {
    runFromTrigger();
  }
  __name(runDailyRemindersFromTrigger, "runDailyRemindersFromTrigger");
  function continueRemindersFromTrigger() {
    continueFromTrigger();
  }
  __name(continueRemindersFromTrigger, "continueRemindersFromTrigger");
  function NEXT_INSPECTION(last_start, overall, leaders, help_protection, in_care, care_leavers) {
    return nextInspectionDue(
      [last_start, overall, leaders, help_protection, in_care, care_leavers],
      activeSpreadsheetDateCodec()
    );
  }
  __name(NEXT_INSPECTION, "NEXT_INSPECTION");
  function NEXT_INSPECTION_TYPE(last_start, overall, leaders, help_protection, in_care, care_leavers) {
    return nextInspectionType(
      [last_start, overall, leaders, help_protection, in_care, care_leavers],
      activeSpreadsheetDateCodec()
    );
  }
  __name(NEXT_INSPECTION_TYPE, "NEXT_INSPECTION_TYPE");
  function NEXT_INSPECTION_WINDOW(last_start, overall, leaders, help_protection, in_care, care_leavers) {
    return nextInspectionWindow(
      [last_start, overall, leaders, help_protection, in_care, care_leavers],
      activeSpreadsheetDateCodec()
    );
  }
  __name(NEXT_INSPECTION_WINDOW, "NEXT_INSPECTION_WINDOW");
  function NEXT_MONITORING_VISIT(last_end, last_monitoring_visit) {
    return nextMonitoringVisitDate([last_end, last_monitoring_visit], activeSpreadsheetDateCodec());
  }
  __name(NEXT_MONITORING_VISIT, "NEXT_MONITORING_VISIT");
  function NEXT_ENGAGEMENT_MEETING(last_meeting, last_inspection_end, planned) {
    return nextEngagementMeetingDate(
      [last_meeting, last_inspection_end, planned],
      activeSpreadsheetDateCodec()
    );
  }
  __name(NEXT_ENGAGEMENT_MEETING, "NEXT_ENGAGEMENT_MEETING");
  function SELF_EVALUATION_DUE(meeting_date) {
    return selfEvaluationDue([meeting_date], activeSpreadsheetDateCodec());
  }
  __name(SELF_EVALUATION_DUE, "SELF_EVALUATION_DUE");
  return __toCommonJS(main_exports);
})();
return ilacsExports;
}
