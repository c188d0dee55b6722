import { readFileSync } from 'node:fs';
import path from 'node:path';
import { benchTables, withBenchTables } from '../bench/readme';

const root = path.join(__dirname, '..');

test("the README's performance section holds the tables of bench/results.md", () => {
  const results = readFileSync(path.join(root, 'bench', 'results.md'), 'utf8');
  const tables = results.slice(results.indexOf('## '));
  expect(benchTables(readFileSync(path.join(root, 'README.md'), 'utf8'))).toBe(
    tables.replace(/^## /gm, '### ').trim(),
  );
});

test('withBenchTables replaces only the marked section', () => {
  const readme = 'before\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n';
  expect(withBenchTables(readme, '## New\n\n| a |')).toBe(
    'before\n<!-- bench:start -->\n### New\n\n| a |\n<!-- bench:end -->\nafter\n',
  );
  expect(() => withBenchTables('no markers', 'x')).toThrow('no <!-- bench:start -->');
});
