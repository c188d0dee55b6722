import {
  COMPUTED_COLUMNS,
  type ComputedColumnKey,
  INPUT_COLUMNS,
  type InputColumnKey,
  locateColumns,
  normalizeHeader,
} from '../../../src/domain/tracker/columns';

const inputKeys = Object.keys(INPUT_COLUMNS) as InputColumnKey[];
const computedKeys = Object.keys(COMPUTED_COLUMNS) as ComputedColumnKey[];

describe('normalizeHeader', () => {
  test('ignores case, spaces and punctuation', () => {
    expect(normalizeHeader('Self-evaluation submitted')).toBe('selfevaluationsubmitted');
    expect(normalizeHeader('self evaluation SUBMITTED')).toBe('selfevaluationsubmitted');
    expect(normalizeHeader('  SELF_EVALUATION:  submitted. ')).toBe('selfevaluationsubmitted');
    expect(normalizeHeader('Next engagement meeting (planned)')).toBe(
      'nextengagementmeetingplanned',
    );
    expect(normalizeHeader('DCS e-mail')).toBe(normalizeHeader('dcs email'));
    expect(normalizeHeader('LA code')).toBe(normalizeHeader('la_code'));
  });

  test('keeps digits and letters, so different words stay different', () => {
    expect(normalizeHeader('Column 1')).toBe('column1');
    expect(normalizeHeader('Due')).not.toBe(normalizeHeader('Date'));
    expect(normalizeHeader('Focused visits')).not.toBe(normalizeHeader('Focused visits since'));
  });

  test('blank and punctuation-only headers normalize to nothing', () => {
    expect(normalizeHeader('')).toBe('');
    expect(normalizeHeader('   ')).toBe('');
    expect(normalizeHeader('--- (*) ---')).toBe('');
  });
});

describe('locateColumns', () => {
  test('every input and computed column is found from a row of all canonical headers', () => {
    // The headers of tracker.md, in its order, each with the key the tool uses for it.
    const inputs: ReadonlyArray<[string, InputColumnKey]> = [
      ['Authority', 'authority'],
      ['LA code', 'laCode'],
      ['Region', 'region'],
      ['Last inspection', 'lastInspection'],
      ['Last inspection end', 'lastInspectionEnd'],
      ['Inspection type', 'inspectionType'],
      ['Overall effectiveness', 'overall'],
      ['Impact of leaders', 'leaders'],
      ['Help and protection', 'helpAndProtection'],
      ['Children in care', 'childrenInCare'],
      ['Care leavers', 'careLeavers'],
      ['Focused visits since', 'focusedVisitsSince'],
      ['Last focused visit', 'lastFocusedVisit'],
      ['Priority action', 'priorityAction'],
      ['JTAI since', 'jtaiSince'],
      ['Last monitoring visit', 'lastMonitoringVisit'],
      ['Last engagement meeting', 'lastEngagementMeeting'],
      ['Planned engagement meeting', 'plannedEngagementMeeting'],
      ['Self-evaluation submitted', 'selfEvaluationSubmitted'],
      ['DCS name', 'dcsName'],
      ['DCS email', 'dcsEmail'],
      ['Other recipients', 'otherRecipients'],
      ['Reminders', 'reminders'],
      ['Notes', 'notes'],
    ];
    const computed: ReadonlyArray<[string, ComputedColumnKey]> = [
      ['Pathway', 'pathway'],
      ['Next inspection', 'nextInspection'],
      ['Due', 'due'],
      ['Window opens', 'windowOpens'],
      ['Window closes', 'windowCloses'],
      ['Expected from', 'expectedFrom'],
      ['Expected by', 'expectedBy'],
      ['Focused visits', 'focusedVisits'],
      ['Next monitoring visit', 'nextMonitoringVisit'],
      ['Next engagement meeting', 'nextEngagementMeeting'],
      ['Self-evaluation due', 'selfEvaluationDue'],
      ['Status', 'status'],
      ['Explanation', 'explanation'],
      ['Problems', 'problems'],
    ];
    const headers = [...inputs, ...computed].map(([header]) => header);
    const layout = locateColumns(headers);
    expect(layout.input).toEqual(Object.fromEntries(inputs.map(([, key], index) => [key, index])));
    expect(layout.computed).toEqual(
      Object.fromEntries(computed.map(([, key], index) => [key, inputs.length + index])),
    );
    // The source's own lists hold the same columns.
    expect(inputKeys.map((key) => INPUT_COLUMNS[key].header)).toEqual(
      inputs.map(([header]) => header),
    );
    expect(computedKeys.map((key) => COMPUTED_COLUMNS[key].header)).toEqual(
      computed.map(([header]) => header),
    );
  });

  test('canonical headers are found in any order', () => {
    const headers = [
      'Problems',
      'Reminders',
      'Due',
      'Authority',
      'Focused visits',
      'Last inspection',
      'Focused visits since',
      'Overall effectiveness',
      'Pathway',
    ];
    expect(locateColumns(headers)).toEqual({
      input: {
        reminders: 1,
        authority: 3,
        lastInspection: 5,
        focusedVisitsSince: 6,
        overall: 7,
      },
      computed: { problems: 0, due: 2, focusedVisits: 4, pathway: 8 },
    });
  });

  test('reversing the full header row reverses the positions', () => {
    const headers = [
      ...inputKeys.map((key) => INPUT_COLUMNS[key].header),
      ...computedKeys.map((key) => COMPUTED_COLUMNS[key].header),
    ].reverse();
    const layout = locateColumns(headers);
    expect(layout.input.authority).toBe(headers.length - 1);
    expect(layout.input.notes).toBe(14);
    expect(layout.computed.problems).toBe(0);
    expect(layout.computed.pathway).toBe(13);
  });

  test('headers differing in case, spaces and punctuation are found', () => {
    expect(
      locateColumns([
        'AUTHORITY',
        'self evaluation submitted',
        'dcs-e-mail',
        ' window  OPENS ',
        'jtai since?',
      ]),
    ).toEqual({
      input: { authority: 0, selfEvaluationSubmitted: 1, dcsEmail: 2, jtaiSince: 4 },
      computed: { windowOpens: 3 },
    });
  });

  test('aliases are accepted', () => {
    const headers = [
      'LA',
      'DfE code',
      'Inspection start',
      'Inspection end',
      'Framework',
      'Overall',
      'Leaders',
      'In care',
      'JTAI',
      'Last annual engagement meeting',
      'Next engagement meeting (planned)',
      'CC',
    ];
    expect(locateColumns(headers).input).toEqual({
      authority: 0,
      laCode: 1,
      lastInspection: 2,
      lastInspectionEnd: 3,
      inspectionType: 4,
      overall: 5,
      leaders: 6,
      childrenInCare: 7,
      jtaiSince: 8,
      lastEngagementMeeting: 9,
      plannedEngagementMeeting: 10,
      otherRecipients: 11,
    });
  });

  test('the other aliases are accepted, in any case and punctuation', () => {
    expect(locateColumns(['local-authority', 'LAST INSPECTION START']).input).toEqual({
      authority: 0,
      lastInspection: 1,
    });
  });

  test('unknown columns are ignored', () => {
    expect(locateColumns(['Comments', 'Authority', 'Ofsted link', 'Due', 'Inspector'])).toEqual({
      input: { authority: 1 },
      computed: { due: 3 },
    });
  });

  test('blank headers are ignored', () => {
    expect(locateColumns(['', 'Authority', '   ', '---', 'Status'])).toEqual({
      input: { authority: 1 },
      computed: { status: 4 },
    });
    expect(locateColumns(['', '  ', ''])).toEqual({ input: {}, computed: {} });
    expect(locateColumns([])).toEqual({ input: {}, computed: {} });
  });

  test('the first of two equal headers wins', () => {
    expect(locateColumns(['Region', 'Authority', 'REGION']).input).toEqual({
      region: 0,
      authority: 1,
    });
    expect(locateColumns(['Due', 'Pathway', 'due']).computed).toEqual({ due: 0, pathway: 1 });
  });

  test('the first of two aliases of one column wins', () => {
    expect(locateColumns(['Notes', 'Local authority', 'LA']).input).toEqual({
      notes: 0,
      authority: 1,
    });
    expect(locateColumns(['LA', 'Local authority']).input).toEqual({ authority: 0 });
  });

  test('an exact header wins over an alias, wherever it stands', () => {
    expect(locateColumns(['LA', 'Authority']).input).toEqual({ authority: 1 });
    expect(
      locateColumns(['Overall', 'Leaders', 'Overall effectiveness', 'Impact of leaders']).input,
    ).toEqual({
      overall: 2,
      leaders: 3,
    });
    expect(locateColumns(['CC', 'Other recipients']).input).toEqual({ otherRecipients: 1 });
  });

  test('a lone "Focused visits" is the coordinator\'s column (alias of Focused visits since), never taken for the computed one', () => {
    expect(locateColumns(['Focused visits'])).toEqual({
      input: { focusedVisitsSince: 0 },
      computed: {},
    });
    expect(locateColumns(['Authority', 'focused VISITS'])).toEqual({
      input: { authority: 0, focusedVisitsSince: 1 },
      computed: {},
    });
  });

  test('of two "Focused visits" headers without "Focused visits since", the first is the input and the second computed', () => {
    expect(locateColumns(['Focused visits', 'Focused visits'])).toEqual({
      input: { focusedVisitsSince: 0 },
      computed: { focusedVisits: 1 },
    });
    expect(locateColumns(['Focused visits', 'Authority', 'Focused visits'])).toEqual({
      input: { authority: 1, focusedVisitsSince: 0 },
      computed: { focusedVisits: 2 },
    });
  });

  test('with "Focused visits since" present, "Focused visits" stays computed', () => {
    expect(locateColumns(['Focused visits', 'Focused visits since'])).toEqual({
      input: { focusedVisitsSince: 1 },
      computed: { focusedVisits: 0 },
    });
    expect(locateColumns(['Focused visits since', 'Focused visits', 'Focused visits'])).toEqual({
      input: { focusedVisitsSince: 0 },
      computed: { focusedVisits: 1 },
    });
  });
});
