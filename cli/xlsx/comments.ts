/**
 * Cell notes the tool writes, as Excel keeps them: a comments part for the text and a VML drawing
 * for the note's box (Excel shows no note without one). A sheet's existing notes stay; the tool's
 * are added beside them, or replace an earlier text of its own at the same cell.
 */
import { CONTENT_TYPES, RELATIONSHIP_TYPES, type XlsxPackage, isKind } from './package';
import { referenceOf } from './read';
import { declaresPrefix, elements, escapeXml, firstElement, outline, splice } from './xml';

export interface Note {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

const AUTHOR = 'ilacs-tracker';

const COMMENTS_PART =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

function vmlPart(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '</xml>'
  );
}

function shape(id: number, row: number, column: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:240pt;height:90pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${column + 1}, 15, ${row}, 2, ${column + 4}, 15, ${row + 5}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData>` +
    '</v:shape>'
  );
}

function commentXml(note: Note, authorId: number, prefix: string): string {
  const lines = note.text.length > 0 ? note.text : ' ';
  return `<${prefix}comment ref="${referenceOf(note.row, note.column)}" authorId="${authorId}"><${prefix}text><${prefix}r><${prefix}t xml:space="preserve">${escapeXml(lines)}</${prefix}t></${prefix}r></${prefix}text></${prefix}comment>`;
}

const VML_NAMESPACES: Readonly<Record<string, string>> = {
  v: 'urn:schemas-microsoft-com:vml',
  o: 'urn:schemas-microsoft-com:office:office',
  x: 'urn:schemas-microsoft-com:office:excel',
};

/**
 * The drawing with the v, o and x prefixes the tool's shapes use declared on its root: openpyxl
 * declares its own prefixes (ns0, ns2) on each element instead.
 */
function declareVmlPrefixes(drawing: string): string {
  return drawing.replace(/<xml\b[^>]*>/, (root) => {
    let declared = root;
    for (const [prefix, uri] of Object.entries(VML_NAMESPACES))
      if (!declared.includes(`xmlns:${prefix}=`))
        declared = declared.replace(/\s*>$/, ` xmlns:${prefix}="${uri}">`);
    return declared;
  });
}

/** The largest VML shape-id block any drawing of the package uses, so a new drawing takes the next. */
function nextIdmap(xlsx: XlsxPackage, vmlParts: readonly string[]): number {
  let highest = 0;
  for (const part of vmlParts)
    for (const match of (xlsx.text(part) ?? '').matchAll(/data="([\d,\s]+)"/g))
      for (const n of (match[1] as string).split(',')) highest = Math.max(highest, Number(n) || 0);
  return highest + 1;
}

/**
 * Writes `notes` for the sheet at `sheetPart`, returning the sheet's XML with a legacyDrawing when
 * it needs one (placed by `insertChild`, which knows the worksheet's element order).
 */
export function writeNotes(
  xlsx: XlsxPackage,
  sheetPart: string,
  sheetXml: string,
  notes: readonly Note[],
  allVmlParts: readonly string[],
  insertChild: (xml: string, name: string, element: string) => string,
): string {
  if (notes.length === 0) return sheetXml;
  const relationships = xlsx.relationships(sheetPart);
  let commentsPart = relationships.find((relationship) => isKind(relationship, 'comments'))?.part;
  let vml = relationships.find((relationship) => isKind(relationship, 'vmlDrawing'))?.part;
  let xml = sheetXml;
  if (commentsPart === undefined) {
    commentsPart = xlsx.freePart((n) => `xl/comments${n}.xml`);
    xlsx.setText(commentsPart, COMMENTS_PART);
    xlsx.declareContentType(commentsPart, CONTENT_TYPES.comments);
    xlsx.addRelationship(sheetPart, RELATIONSHIP_TYPES.comments, commentsPart);
  }
  if (vml === undefined) {
    vml = xlsx.freePart((n) => `xl/drawings/vmlDrawing${n}.vml`);
    xlsx.setText(vml, vmlPart(nextIdmap(xlsx, allVmlParts)));
    xlsx.declareContentType(vml, CONTENT_TYPES.vmlDrawing, true);
    const id = xlsx.addRelationship(sheetPart, RELATIONSHIP_TYPES.vmlDrawing, vml);
    const { prefix } = outline(xml).root;
    const declaration = declaresPrefix(xml, 'worksheet', 'r')
      ? ''
      : ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    xml = insertChild(xml, 'legacyDrawing', `<${prefix}legacyDrawing${declaration} r:id="${id}"/>`);
  }

  let comments = xlsx.text(commentsPart) ?? COMMENTS_PART;
  const root = firstElement(comments, 'comments');
  const prefix = root?.prefix ?? '';
  const authors = [...elements(comments, 'author')].map((author) => author.inner);
  let authorId = authors.indexOf(AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const list = firstElement(comments, 'authors');
    comments = list
      ? list.text.endsWith('/>')
        ? splice(comments, [
            {
              start: list.start,
              end: list.end,
              text: `<${prefix}authors><${prefix}author>${AUTHOR}</${prefix}author></${prefix}authors>`,
            },
          ])
        : splice(comments, [
            {
              start: list.end - `</${prefix}authors>`.length,
              end: list.end - `</${prefix}authors>`.length,
              text: `<${prefix}author>${AUTHOR}</${prefix}author>`,
            },
          ])
      : comments;
  }
  const byCell = new Map(notes.map((note) => [referenceOf(note.row, note.column), note]));
  const edits: { start: number; end: number; text: string }[] = [];
  for (const comment of elements(comments, 'comment')) {
    const ref = comment.attributes.get('ref') ?? '';
    const note = byCell.get(ref);
    if (!note) continue;
    edits.push({
      start: comment.start,
      end: comment.end,
      text: commentXml(note, authorId, prefix),
    });
    byCell.delete(ref);
  }
  comments = splice(comments, edits);
  const list = firstElement(comments, 'commentList');
  const added = [...byCell.values()].map((note) => commentXml(note, authorId, prefix)).join('');
  if (list && list.text.endsWith('/>')) {
    comments = splice(comments, [
      {
        start: list.start,
        end: list.end,
        text: `<${prefix}commentList>${added}</${prefix}commentList>`,
      },
    ]);
  } else if (list) {
    const at = list.end - `</${prefix}commentList>`.length;
    comments = splice(comments, [{ start: at, end: at, text: added }]);
  }
  xlsx.setText(commentsPart, comments);

  let drawing = declareVmlPrefixes(xlsx.text(vml) ?? vmlPart(1));
  const shown = new Set(
    [
      ...drawing.matchAll(
        /<(?:\w+:)?Row>(\d+)<\/(?:\w+:)?Row>\s*<(?:\w+:)?Column>(\d+)<\/(?:\w+:)?Column>/g,
      ),
    ].map((m) => `${m[1]},${m[2]}`),
  );
  const idmap = Number(/data="(\d+)/.exec(drawing)?.[1] ?? 1);
  let shapeId =
    Math.max(idmap * 1024, ...[...drawing.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const shapes = notes
    .filter((note) => !shown.has(`${note.row},${note.column}`))
    .map((note) => shape(shapeId++, note.row, note.column))
    .join('');
  drawing = drawing.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
  xlsx.setText(vml, drawing);
  return xml;
}
