/** The README's performance section holds the benchmark's tables, between these markers. */
export const START = '<!-- bench:start -->';
export const END = '<!-- bench:end -->';

export function benchTables(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} ... ${END} section`);
  return readme.slice(start + START.length, end).trim();
}

export function withBenchTables(readme: string, tables: string): string {
  benchTables(readme);
  const start = readme.indexOf(START) + START.length;
  return `${readme.slice(0, start)}\n${tables.replace(/^## /gm, '### ').trim()}\n${readme.slice(readme.indexOf(END))}`;
}
