/** Small helpers for the plain-words text a coordinator reads. */

/** "a", "a and b", "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "1 day", "2 days" */
export function countOf(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}
