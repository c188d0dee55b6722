/**
 * Just enough XML for the SpreadsheetML parts the tool reads and patches. The parts are written by
 * machines (Excel, LibreOffice, openpyxl, Google Sheets) in regular forms, so elements are found
 * by name (with any namespace prefix) and edited as text: every byte outside the edit stays.
 */

export interface Element {
  /** The whole element, from `<` to its end tag or `/>`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** The prefix the element was written with, `x:` or ``. */
  readonly prefix: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** What is between the start and end tags; empty for `<x/>`. */
  readonly inner: string;
  readonly innerStart: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return String.fromCodePoint(code);
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Text for element content or an attribute; control characters XML cannot hold become _xHHHH_. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (character) => `_x${character.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`,
    );
}

/** SpreadsheetML's own escape for characters XML cannot hold (ECMA-376 Part 1, 22.9.2.19). */
export function unescapeOoxmlText(text: string): string {
  return unescapeXml(text).replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export function parseAttributes(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attributes.set(match[1] as string, unescapeXml(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/**
 * Every `name` element in `xml` from `from` to `to`, in order. Elements of one name do not nest in
 * the parts read here (a row holds cells, a cell holds a value), so the first end tag closes it.
 */
export function* elements(
  xml: string,
  name: string,
  from = 0,
  to = xml.length,
): Generator<Element> {
  const open = new RegExp(`<((?:[\\w.-]+:)?)${name}(?=[\\s/>])`, 'g');
  open.lastIndex = from;
  for (;;) {
    const match = open.exec(xml);
    if (!match || match.index >= to) return;
    const start = match.index;
    const prefix = match[1] as string;
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return;
    const tag = xml.slice(start, tagEnd + 1);
    const attributes = parseAttributes(tag.slice(1 + prefix.length + name.length));
    if (tag.endsWith('/>')) {
      open.lastIndex = tagEnd + 1;
      yield {
        text: tag,
        start,
        end: tagEnd + 1,
        prefix,
        attributes,
        inner: '',
        innerStart: tagEnd + 1,
      };
      continue;
    }
    const close = `</${prefix}${name}>`;
    const closeAt = xml.indexOf(close, tagEnd + 1);
    if (closeAt < 0) return;
    const end = closeAt + close.length;
    open.lastIndex = end;
    yield {
      text: xml.slice(start, end),
      start,
      end,
      prefix,
      attributes,
      inner: xml.slice(tagEnd + 1, closeAt),
      innerStart: tagEnd + 1,
    };
  }
}

export function firstElement(
  xml: string,
  name: string,
  from = 0,
  to = xml.length,
): Element | undefined {
  for (const element of elements(xml, name, from, to)) return element;
  return undefined;
}

/** The text of every `<t>` in a string item or comment, rich-text runs joined, phonetic runs left out. */
export function textOf(inner: string): string {
  const withoutPhonetic = inner.replace(/<((?:[\w.-]+:)?)rPh\b[\s\S]*?<\/\1rPh>/g, '');
  let text = '';
  for (const t of elements(withoutPhonetic, 't')) text += unescapeOoxmlText(t.inner);
  return text;
}

/** The start tag of an element's text, and the rest after it. */
function startTag(element: string): [string, string] {
  const end = element.indexOf('>') + 1;
  return [element.slice(0, end), element.slice(end)];
}

/** An element's text with one attribute of its start tag set (added at the tag's end when new). */
export function withAttribute(element: string, name: string, value: string): string {
  const [tag, rest] = startTag(element);
  const pattern = new RegExp(`(\\s${name.replace('.', '\\.')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  const updated = pattern.test(tag)
    ? tag.replace(pattern, `$1"${escapeXml(value)}"`)
    : tag.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
  return updated + rest;
}

export function withoutAttribute(element: string, name: string): string {
  const [tag, rest] = startTag(element);
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`), '') + rest;
}

/** Whether the root element's start tag declares the namespace prefix (`r` for `r:id`). */
export function declaresPrefix(xml: string, root: string, prefix: string): boolean {
  const element = firstElement(xml, root);
  return element !== undefined && startTag(element.text)[0].includes(`xmlns:${prefix}=`);
}

/** Replaces spans of `text`, given in any order, that do not overlap. */
export function splice(
  text: string,
  edits: readonly { readonly start: number; readonly end: number; readonly text: string }[],
): string {
  const ordered = [...edits].sort((a, b) => a.start - b.start);
  let result = '';
  let at = 0;
  for (const edit of ordered) {
    result += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return result + text.slice(at);
}
