/**
 * The README holds generated tables (the benchmark's, the backtest's) between markers such as
 * `<!-- bench:start -->` and `<!-- bench:end -->`; the generators rewrite only that section.
 */
function markers(name: string): [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

export function readmeSection(readme: string, name: string): string {
  const [start, end] = markers(name);
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md has no ${start} ... ${end} section`);
  return readme.slice(from + start.length, to).trim();
}

/** The README with the section replaced; `## ` headings become `### ` under the README's own. */
export function withReadmeSection(readme: string, name: string, tables: string): string {
  readmeSection(readme, name);
  const [start, end] = markers(name);
  const from = readme.indexOf(start) + start.length;
  return `${readme.slice(0, from)}\n${tables.replace(/^## /gm, '### ').trim()}\n${readme.slice(readme.indexOf(end))}`;
}
