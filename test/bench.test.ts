import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readmeSection, withReadmeSection } from '../scripts/readme-section';

const root = path.join(__dirname, '..');

test("the README's performance section holds the tables of bench/results.md", () => {
  const results = readFileSync(path.join(root, 'bench', 'results.md'), 'utf8');
  const tables = results.slice(results.indexOf('## '));
  expect(readmeSection(readFileSync(path.join(root, 'README.md'), 'utf8'), 'bench')).toBe(
    tables.replace(/^## /gm, '### ').trim(),
  );
});

test('withReadmeSection replaces only the marked section', () => {
  const readme = 'before\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n';
  expect(withReadmeSection(readme, 'bench', '## New\n\n| a |')).toBe(
    'before\n<!-- bench:start -->\n### New\n\n| a |\n<!-- bench:end -->\nafter\n',
  );
  expect(() => withReadmeSection('no markers', 'bench', 'x')).toThrow('no <!-- bench:start -->');
  expect(() => withReadmeSection(readme, 'backtest', 'x')).toThrow('no <!-- backtest:start -->');
});
