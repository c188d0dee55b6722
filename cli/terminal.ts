/**
 * Text from a workbook made safe to print. A name holding a terminal escape (ESC[31m), a
 * right-to-left override (U+202E) or another control character would recolour, reorder or
 * rewrite what the terminal shows; each such character is printed as ⟨U+001B⟩ instead.
 */

/** C0 and C1 controls, DEL, the bidirectional controls, and the line and paragraph separators. */
function isControl(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code < 0xa0) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x2028 && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** `text` with every control character shown by its code point; newlines kept when asked. */
export function inert(text: string, { keepNewlines = false } = {}): string {
  return Array.from(text, (char) => {
    const code = char.codePointAt(0) ?? 0;
    if (!isControl(code) || (keepNewlines && char === '\n')) return char;
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  }).join('');
}
