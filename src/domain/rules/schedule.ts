import { type CivilDate, formatIso, isBefore } from './civil-date';
import {
  type EventStatus,
  type NextMeeting,
  eventStatus,
  nextEngagementMeeting,
  selfEvaluationDueDate,
} from './engagement';
import { type FocusedVisitPlan, planFocusedVisits } from './focused-visits';
import { type LastInspection, type OnSiteDay, lastOnSiteDay } from './inspection';
import { type MonitoringVisit, nextMonitoringVisit } from './monitoring';
import {
  type InspectionStatus,
  type NextInspection,
  inspectionStatus,
  nextInspection,
} from './next-inspection';
import { type Pathway, decidePathway } from './pathway';
import { DEFAULT_RULE_SETTINGS, type RuleSettings } from './rule-settings';
import {
  SCHEDULE_FACT_NAMES,
  type ScheduleFactKey,
  type ScheduleInput,
  isUnreadable,
  lastInspectionOf,
  onSiteDayOf,
  selfEvaluationDone,
} from './schedule-facts';
import { listInWords } from '../text/words';

export interface Schedule {
  readonly pathway?: Pathway | undefined;
  readonly nextInspection?: NextInspection | undefined;
  readonly inspectionStatus?: InspectionStatus | undefined;
  readonly focusedVisits?: FocusedVisitPlan | undefined;
  readonly monitoringVisit?: MonitoringVisit | undefined;
  readonly meeting?: NextMeeting | undefined;
  readonly meetingStatus?: EventStatus | undefined;
  readonly selfEvaluationDue?: CivilDate | undefined;
  readonly selfEvaluationStatus?: EventStatus | undefined;
  /** Plain words citing rule ids. (The Status cell is the tracker's: see tracker/status-line.ts.) */
  readonly explanation: string;
  /** What stopped a rule from applying, in words a coordinator can act on. */
  readonly problems: readonly string[];
}

interface InspectionPart {
  pathway?: Pathway | undefined;
  next?: NextInspection | undefined;
  status?: InspectionStatus | undefined;
  focusedVisits?: FocusedVisitPlan | undefined;
  monitoringVisit?: MonitoringVisit | undefined;
  sentences: string[];
  problems: string[];
}

function estimatedNote(input: ScheduleInput, onSite: OnSiteDay): string {
  if (!onSite.estimated) return '';
  const estimated = `The last on-site day ${formatIso(onSite.date)} is estimated from the inspection's length`;
  return isUnreadable(input, 'lastInspectionEnd')
    ? ` (${estimated}, as Last inspection end could not be read.)`
    : ` (${estimated}: record it in Last inspection end.)`;
}

/**
 * R4a, R4b: why there is no monitoring visit date (no last on-site day, and no visit of this cycle
 * to count from), as a problem only when it is a blank cell the coordinator can fill in.
 */
function monitoringGap(
  input: ScheduleInput,
  start: CivilDate,
): { sentences: string[]; problems: string[] } {
  const end = isUnreadable(input, 'lastInspectionEnd')
    ? 'Last inspection end could not be read'
    : 'Last inspection end is blank';
  if (isUnreadable(input, 'lastMonitoringVisit')) {
    return {
      sentences: [
        `No monitoring visit date: a later visit counts from the last monitoring visit (R4b), which could not be read, and the first from the last on-site day (R4a): ${end}.`,
      ],
      problems: [],
    };
  }
  const visit = input.lastMonitoringVisit;
  const ignored =
    visit && isBefore(visit, start)
      ? [
          `The monitoring visit recorded on ${formatIso(visit)} is before the inspection, so it is not counted (R4a).`,
        ]
      : [];
  if (isUnreadable(input, 'lastInspectionEnd')) {
    return {
      sentences: [
        'No monitoring visit date: the first monitoring visit counts from the last on-site day (R4a), and Last inspection end could not be read.',
        ...ignored,
      ],
      problems: [],
    };
  }
  return {
    sentences: ignored,
    problems: [
      'Last inspection end is blank: the first monitoring visit counts from the last on-site day (R4a).',
    ],
  };
}

/** R1-R4: everything that follows from the last full inspection. */
function scheduleInspections(
  input: ScheduleInput,
  inspection: LastInspection | undefined,
  today: CivilDate,
  settings: RuleSettings,
): InspectionPart {
  if (!inspection) {
    if (isUnreadable(input, 'lastInspection')) {
      const sentence =
        "No next inspection or visits: they count from the last inspection's start date (R2c).";
      return { sentences: [sentence], problems: [] };
    }
    const problem =
      'Last inspection is blank: the next inspection and visits count from its start date (R2c).';
    return { sentences: [], problems: [problem] };
  }
  const decision = decidePathway(inspection);
  const typeText = inspection.type ? ` (${inspection.type})` : '';
  const started = `The last full inspection${typeText} started ${formatIso(inspection.start)}`;
  const sentences = [
    decision.pathway ? `${started}; ${decision.reason}.` : `${started}. ${decision.reason}`,
  ];
  const problems = [...decision.problems];
  if (!decision.pathway) return { sentences, problems };

  const pathway = decision.pathway;
  const next = nextInspection(inspection, pathway, settings);
  const status = inspectionStatus(next.window, today);
  sentences.push(
    next.explanation,
    `On ${formatIso(today)}, by the framework's dates: ${status.text} (R2f).`,
  );
  const focusedVisits = planFocusedVisits(
    {
      lastStart: inspection.start,
      focusedVisitsSince: input.focusedVisitsSince,
      lastFocusedVisit: input.lastFocusedVisit,
      jtaiSince: input.jtaiSince,
      priorityAction: input.priorityAction,
    },
    pathway,
    settings,
  );
  sentences.push(focusedVisits.explanation);
  if (focusedVisits.next && isBefore(focusedVisits.next.closes, today)) {
    sentences.push('That indicative window has passed: record the visits in Focused visits since.');
  }

  let monitoringVisit: MonitoringVisit | undefined;
  if (pathway === 'inadequate') {
    const onSite = lastOnSiteDay(inspection);
    if (status.state === 'overdue') {
      sentences.push('No monitoring visit is shown: the re-inspection window has closed (R4c).');
    } else {
      // R4b needs only the previous visit; R4a, the first visit, needs the last on-site day.
      monitoringVisit = nextMonitoringVisit(
        {
          lastOnSiteDay: onSite?.date,
          inspectionStart: inspection.start,
          lastMonitoringVisit: input.lastMonitoringVisit,
        },
        settings,
      );
      if (!monitoringVisit) {
        const gap = monitoringGap(input, inspection.start);
        sentences.push(...gap.sentences);
        problems.push(...gap.problems);
      } else {
        sentences.push(
          monitoringVisit.explanation +
            (monitoringVisit.rule === 'R4a' && onSite ? estimatedNote(input, onSite) : ''),
        );
        if (isBefore(monitoringVisit.date, today)) {
          sentences.push('That date has passed: record the visit in Last monitoring visit.');
        }
      }
    }
  }
  return { pathway, next, status, focusedVisits, monitoringVisit, sentences, problems };
}

interface EngagementPart {
  meeting?: NextMeeting | undefined;
  meetingStatus?: EventStatus | undefined;
  selfEvaluationDue?: CivilDate | undefined;
  selfEvaluationStatus?: EventStatus | undefined;
  sentences: string[];
  problems: string[];
}

/** R5: the annual engagement meeting and the self-evaluation before it. */
function scheduleEngagement(
  input: ScheduleInput,
  onSite: OnSiteDay | undefined,
  today: CivilDate,
  settings: RuleSettings,
): EngagementPart {
  const meeting = nextEngagementMeeting(
    {
      lastMeeting: input.lastEngagementMeeting,
      plannedMeeting: input.plannedEngagementMeeting,
      lastOnSiteDay: onSite?.date,
      lastMeetingUnreadable: isUnreadable(input, 'lastEngagementMeeting'),
    },
    settings,
  );
  if (!meeting) {
    const counts =
      "it counts from a planned meeting, the last meeting or the last inspection's last on-site day (R5a)";
    const unread = (
      ['plannedEngagementMeeting', 'lastEngagementMeeting', 'lastInspectionEnd'] as const
    ).some((key) => isUnreadable(input, key));
    if (unread) {
      return {
        sentences: [`No next engagement meeting: ${counts}, and those recorded could not be read.`],
        problems: [],
      };
    }
    const problem =
      'No engagement meeting, planned meeting or last inspection end is recorded: the next engagement meeting counts from one of them (R5a).';
    return { sentences: [], problems: [problem] };
  }
  const sentences = [
    meeting.explanation +
      (meeting.basis === 'last inspection' && onSite ? estimatedNote(input, onSite) : ''),
  ];
  const selfEvaluationDue = selfEvaluationDueDate(meeting.date, settings);
  const submitted = input.selfEvaluationSubmitted;
  const done = selfEvaluationDone(input, onSite);
  const meetingStatus = eventStatus(meeting.date, today, false);
  const selfEvaluationStatus = eventStatus(selfEvaluationDue, today, done);
  sentences.push(
    `Self-evaluation due ${formatIso(selfEvaluationDue)}, ${settings.selfEvaluationLeadDays} days before the meeting (R5c): ` +
      (done && submitted
        ? `submitted ${formatIso(submitted)}.`
        : isUnreadable(input, 'selfEvaluationSubmitted')
          ? 'not counted as submitted, as Self-evaluation submitted could not be read.'
          : 'not yet submitted for this meeting.'),
  );
  const overdue = [meetingStatus, selfEvaluationStatus].some(
    (status) => status.state === 'overdue',
  );
  if (overdue)
    sentences.push(`Overdue means the due date has passed without a newer date recorded (R5d).`);
  return {
    meeting,
    meetingStatus,
    selfEvaluationDue,
    selfEvaluationStatus,
    sentences,
    problems: [],
  };
}

/**
 * Which cells could not be read (or hold a date that cannot be right, such as an inspection after
 * today) and so are not used: said once, before the rules' sentences.
 */
function unreadableSentence(input: ScheduleInput): string[] {
  const names = (Object.keys(SCHEDULE_FACT_NAMES) as ScheduleFactKey[])
    .filter((key) => isUnreadable(input, key))
    .map((key) => SCHEDULE_FACT_NAMES[key]);
  if (names.length === 0) return [];
  const one = names.length === 1;
  return [
    `${listInWords(names)} could not be read, or ${one ? 'holds a value that' : 'hold values that'} cannot be right, so ${one ? 'it is' : 'they are'} not used (see Problems).`,
  ];
}

/** R1-R5 for one authority, as of an explicit today. */
export function computeSchedule(
  input: ScheduleInput,
  today: CivilDate,
  settings: RuleSettings = DEFAULT_RULE_SETTINGS,
): Schedule {
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
      ...engagement.sentences,
    ].join(' '),
    problems: [...inspections.problems, ...engagement.problems],
  };
}
