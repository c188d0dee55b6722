import { GRADES, type Grade, isGoodOrBetter, parseGrade } from '../../../src/domain/rules/grades';

describe('GRADES', () => {
  test("is Ofsted's 4-point scale, best first", () => {
    expect(GRADES).toEqual(['outstanding', 'good', 'requires improvement', 'inadequate']);
  });
});

describe('parseGrade', () => {
  test.each<[string, Grade]>([
    ['outstanding', 'outstanding'],
    ['Outstanding', 'outstanding'],
    ['OUTSTANDING', 'outstanding'],
    ['good', 'good'],
    ['Good', 'good'],
    ['gOOD', 'good'],
    ['requires improvement', 'requires improvement'],
    ['Requires Improvement', 'requires improvement'],
    ['REQUIRES IMPROVEMENT', 'requires improvement'],
    ['RI', 'requires improvement'],
    ['ri', 'requires improvement'],
    ['rI', 'requires improvement'],
    ['requires improvement to be good', 'requires improvement'],
    ['Requires improvement to be good', 'requires improvement'],
    ['REQUIRES IMPROVEMENT TO BE GOOD', 'requires improvement'],
    ['inadequate', 'inadequate'],
    ['Inadequate', 'inadequate'],
  ])('%j is %s', (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  test('surrounding and repeated spacing is ignored', () => {
    expect(parseGrade('  good  ')).toBe('good');
    expect(parseGrade('requires   improvement')).toBe('requires improvement');
    expect(parseGrade('\trequires\timprovement  to  be\ngood ')).toBe('requires improvement');
    expect(parseGrade(' RI ')).toBe('requires improvement');
  });

  test.each([
    '',
    '   ',
    'excellent',
    'satisfactory',
    'adequate',
    'R.I.',
    'R I',
    'requiresimprovement',
    'requires improvement to be outstanding',
    'good or better',
    '2',
    'goods',
  ])('%j is not a grade', (text) => {
    expect(parseGrade(text)).toBeUndefined();
  });

  test('every grade in GRADES reads as itself', () => {
    expect(GRADES.map((grade) => parseGrade(grade))).toEqual([...GRADES]);
  });
});

describe('isGoodOrBetter', () => {
  test('outstanding and good are good or better', () => {
    expect(isGoodOrBetter('outstanding')).toBe(true);
    expect(isGoodOrBetter('good')).toBe(true);
  });

  test('requires improvement, inadequate and an unknown grade are not', () => {
    expect(isGoodOrBetter('requires improvement')).toBe(false);
    expect(isGoodOrBetter('inadequate')).toBe(false);
    expect(isGoodOrBetter(undefined)).toBe(false);
  });

  test('agrees with parsed grades', () => {
    expect(
      ['Outstanding', 'GOOD', 'RI', 'requires improvement to be good', 'Inadequate'].map((text) =>
        isGoodOrBetter(parseGrade(text)),
      ),
    ).toEqual([true, true, false, false, false]);
  });
});
