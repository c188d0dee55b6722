import type { RuleSettings } from '../rules/rule-settings';
import { monthRange, pauses, twoMonthRanges, wholeNumber } from './setting-kinds';
import type { SettingRows } from './settings-sheet';

/** The rules' settings on the Settings sheet, in the order Set up writes them. */
export const RULE_SETTING_ROWS: SettingRows<RuleSettings> = {
  inspectionCycleMonths: {
    name: 'Inspection cycle (months)',
    about: 'R2c: the next full inspection is due this many months after the last one started.',
    kind: wholeNumber(1, 120),
  },
  windowBeforeMonths: {
    name: 'Window before due (months)',
    about: 'R2c: the window opens this many months before the due date.',
    kind: wholeNumber(0, 36),
  },
  windowAfterMonths: {
    name: 'Window after due (months)',
    about: 'R2c: the window closes this many months after the due date.',
    kind: wholeNumber(0, 36),
  },
  pauses: {
    name: 'Inspection pauses',
    about:
      'R2e: date ranges in which Ofsted suspended routine inspection; schedules move by their length.',
    kind: pauses,
  },
  shortFocusedVisitWindow: {
    name: 'Focused visit window, short pathway (months)',
    about: 'R3c: months after the last inspection started in which the focused visit is expected.',
    kind: monthRange,
  },
  standardFocusedVisitWindows: {
    name: 'Focused visit windows, standard pathway (months)',
    about:
      'R3c: months after the last inspection started for the first and the second focused visit.',
    kind: twoMonthRanges,
  },
  firstMonitoringVisitMonths: {
    name: 'First monitoring visit (months)',
    about: "R4a: months after the inspection's last on-site day.",
    kind: wholeNumber(1, 24),
  },
  firstMonitoringVisitWindow: {
    name: 'First monitoring visit window (months)',
    about: 'R4a: months after the last on-site day.',
    kind: monthRange,
  },
  monitoringIntervalMonths: {
    name: 'Monitoring interval (months)',
    about: 'R4b: months between monitoring visits.',
    kind: wholeNumber(1, 12),
  },
  monitoringWindowMonths: {
    name: 'Monitoring window (months either side)',
    about: 'R4b',
    kind: wholeNumber(0, 6),
  },
  engagementMeetingIntervalMonths: {
    name: 'Engagement meeting interval (months)',
    about: 'R5a',
    kind: wholeNumber(1, 36),
  },
  selfEvaluationLeadDays: {
    name: 'Self-evaluation due (days before the meeting)',
    about: 'R5c',
    kind: wholeNumber(0, 365),
  },
};
