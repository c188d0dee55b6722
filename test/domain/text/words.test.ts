import { countOf, listInWords } from '../../../src/domain/text/words';

test('listInWords', () => {
  expect(listInWords([])).toBe('');
  expect(listInWords(['a'])).toBe('a');
  expect(listInWords(['a', 'b'])).toBe('a and b');
  expect(listInWords(['a', 'b', 'c'])).toBe('a, b and c');
});

test('countOf', () => {
  expect(countOf(1, 'day')).toBe('1 day');
  expect(countOf(0, 'day')).toBe('0 days');
  expect(countOf(2, 'day')).toBe('2 days');
  expect(countOf(1, 'authority', 'authorities')).toBe('1 authority');
  expect(countOf(153, 'authority', 'authorities')).toBe('153 authorities');
});
