/**
 * Just enough XML for the SpreadsheetML parts the tool reads and patches, edited as text so that
 * every byte outside an edit stays. A part's root and its own children are found by a real parser
 * (saxes), by position: Excel 365 keeps elements of the same names inside <extLst>
 * (x14:dataValidations, x14:conditionalFormatting) and in mc:AlternateContent, so a name alone
 * does not say which element is the worksheet's. Inside a child the tool reads or rewrites (a row,
 * a list of styles), whose content is regular, elements are found by name, with any prefix.
 */
import { SaxesParser, type SaxesTagPlain } from 'saxes';

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

/** Whether the root element, named `root`, declares the namespace prefix (`r` for `r:id`). */
export function declaresPrefix(xml: string, root: string, prefix: string): boolean {
  const element = outline(xml).root;
  return element.name === root && element.attributes.has(`xmlns:${prefix}`);
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

// --- a part's root and its own children ---------------------------------------------------------

/** An element with its local name, `sheetData` for `<x:sheetData>`. */
export interface NamedElement extends Element {
  readonly name: string;
}

/** One of the root element's own children, where the parser found it. */
export interface Child extends NamedElement {
  /**
   * Whether it is in the root's namespace. mc:AlternateContent is not, nor an extension element
   * another namespace puts there.
   */
  readonly own: boolean;
  /**
   * For mc:AlternateContent, the local name of the first element it offers (`controls` for
   * Excel's form controls): it stands where that element would.
   */
  readonly wraps: string | undefined;
}

export interface Outline {
  readonly root: NamedElement;
  readonly children: readonly Child[];
}

const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

interface OpenTag {
  readonly tag: SaxesTagPlain;
  readonly start: number;
  /** Just after the start tag's `>`. */
  readonly tagEnd: number;
}

function splitName(qualified: string): { prefix: string; local: string } {
  const colon = qualified.indexOf(':');
  return colon < 0
    ? { prefix: '', local: qualified }
    : { prefix: qualified.slice(0, colon), local: qualified.slice(colon + 1) };
}

/** The namespace a prefix (`` for the default) is bound to, looked up in each scope in turn. */
function namespaceOf(prefix: string, ...scopes: Record<string, string>[]): string | undefined {
  const declaration = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  return scopes.find((scope) => declaration in scope)?.[declaration];
}

/** The element from its start tag to `end`, the offset just after its end tag (or its `/>`). */
function elementAt(xml: string, open: OpenTag, end: number): NamedElement {
  const { prefix, local } = splitName(open.tag.name);
  const selfClosing = end === open.tagEnd;
  const closeAt = selfClosing ? end : xml.lastIndexOf('</', end - 1);
  return {
    text: xml.slice(open.start, end),
    start: open.start,
    end,
    prefix: prefix === '' ? '' : `${prefix}:`,
    name: local,
    attributes: parseAttributes(xml.slice(open.start + 1 + open.tag.name.length, open.tagEnd)),
    inner: xml.slice(open.tagEnd, closeAt),
    innerStart: open.tagEnd,
  };
}

/** A child of `root` from its start tag to `end`, with what it is and where it stands. */
function childAt(
  xml: string,
  open: OpenTag,
  end: number,
  root: OpenTag,
  offered: string | undefined,
): Child {
  const element = elementAt(xml, open, end);
  const namespace = namespaceOf(
    splitName(open.tag.name).prefix,
    open.tag.attributes,
    root.tag.attributes,
  );
  const rootNamespace = namespaceOf(splitName(root.tag.name).prefix, root.tag.attributes);
  const alternate = element.name === 'AlternateContent' && namespace === MARKUP_COMPATIBILITY;
  return { ...element, own: namespace === rootNamespace, wraps: alternate ? offered : undefined };
}

function parseOutline(xml: string): Outline {
  // Without namespace processing, a third faster: only the top two levels need their namespaces.
  const parser = new SaxesParser();
  const stack: OpenTag[] = [];
  const children: Child[] = [];
  let root: NamedElement | undefined;
  /** The first element an mc:AlternateContent child offers: its choices' (or fallback's) child. */
  let offered: string | undefined;
  parser.on('opentag', (tag) => {
    // saxes's position is an index into the string (UTF-16 units, a BOM counted), here just after
    // the `>`; no `<` can stand inside a start tag, so the last one before it opens the tag.
    const tagEnd = parser.position;
    stack.push({ tag, start: xml.lastIndexOf('<', tagEnd - 1), tagEnd });
    if (stack.length === 4) offered ??= splitName(tag.name).local;
  });
  parser.on('closetag', () => {
    const open = stack.pop() as OpenTag;
    const end = parser.position;
    const [parent] = stack;
    if (parent === undefined) root = elementAt(xml, open, end);
    else if (stack.length === 1) {
      children.push(childAt(xml, open, end, parent, offered));
      offered = undefined;
    }
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    // With its cause, by hand: this TypeScript's lib (ES2020) has no ErrorOptions.
    throw Object.assign(new Error(`not well-formed XML (${(error as Error).message})`), {
      cause: error,
    });
  }
  if (!root) throw new Error('no root element');
  return { root, children };
}

let remembered: { readonly xml: string; readonly outline: Outline } | undefined;

/**
 * The root element of a part and its own children, in order. Remembered for the last text asked
 * about: a sheet is looked at several times between edits.
 */
export function outline(xml: string): Outline {
  if (remembered?.xml !== xml) remembered = { xml, outline: parseOutline(xml) };
  return remembered.outline;
}

/** The root's own children of that name, in order (never an element inside another child). */
export function childrenNamed(xml: string, name: string): Child[] {
  return outline(xml).children.filter((child) => child.own && child.name === name);
}

/** The root's own child of that name (the first, for one that may repeat). */
export function child(xml: string, name: string): Child | undefined {
  return childrenNamed(xml, name)[0];
}

/** Where a child stands in the schema's sequence: an mc:AlternateContent where what it offers does. */
function rankOf(element: Child, order: readonly string[]): number {
  const name = element.own ? element.name : element.wraps;
  return name === undefined ? -1 : order.indexOf(name);
}

/**
 * Inserts `element` among the root's children where `order` (the schema's sequence of them) puts
 * `name`: after those that come before it or are of its kind, before the first that comes after.
 * An element the sequence does not know (an extension's) stays where it is, before or after.
 */
export function insertInOrder(
  xml: string,
  order: readonly string[],
  name: string,
  element: string,
): string {
  const { root, children } = outline(xml);
  const rank = order.indexOf(name);
  const next = children.find((each) => rankOf(each, order) > rank);
  if (next) return splice(xml, [{ start: next.start, end: next.start, text: element }]);
  if (root.end === root.innerStart) {
    // A root written as <worksheet/>: opened up around the element.
    const open = root.text.replace(/\s*\/>$/, '>');
    const text = `${open}${element}</${root.prefix}${root.name}>`;
    return splice(xml, [{ start: root.start, end: root.end, text }]);
  }
  const at = root.innerStart + root.inner.length;
  return splice(xml, [{ start: at, end: at, text: element }]);
}
