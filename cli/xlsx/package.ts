/**
 * An .xlsx package (a zip of XML parts) held as its parts. Parts read are decoded once; only parts
 * set again are written anew, and every other part goes back exactly as it came.
 */
import JSZip from 'jszip';
import { elements, escapeXml, firstElement, splice } from './xml';

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to, as a path inside the package (`xl/worksheets/sheet1.xml`). */
  readonly part: string;
  readonly external: boolean;
}

export const RELATIONSHIP_TYPES = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  sharedStrings:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
  comments: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments',
  vmlDrawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing',
  officeDocument:
    'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
} as const;

type RelationshipKind = keyof typeof RELATIONSHIP_TYPES;

/**
 * Whether a relationship is of a kind, by the type's last segment: ISO 29500 Strict writes the
 * same kinds under other namespaces (http://purl.oclc.org/ooxml/...).
 */
export function isKind(relationship: Relationship, kind: RelationshipKind): boolean {
  const wanted = RELATIONSHIP_TYPES[kind];
  return (
    relationship.type.slice(relationship.type.lastIndexOf('/')) ===
    wanted.slice(wanted.lastIndexOf('/'))
  );
}

export const CONTENT_TYPES = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vmlDrawing: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
} as const;

const RELATIONSHIPS_HEADER =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** A relationship's target resolved against the folder of the part that holds it. */
export function resolvePart(fromPart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folderOf(fromPart).split('/').filter(Boolean);
  for (const segment of target.replace(/^\//, '').split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}

/** The target to write in `fromPart`'s relationships for `part`: relative, as Office writes it. */
function relativeTarget(fromPart: string, part: string): string {
  const from = folderOf(fromPart).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

export function relationshipsPartOf(part: string): string {
  const folder = folderOf(part);
  const name = part.slice(folder.length === 0 ? 0 : folder.length + 1);
  return `${folder === '' ? '' : `${folder}/`}_rels/${name}.rels`;
}

/**
 * What the tool inflates of a package, at most: a workbook's XML parts come to megabytes, and a
 * zip that inflates to gigabytes (a "zip bomb", or a corrupt size) must not be read whole.
 */
export const INFLATE_LIMITS = { partBytes: 200 * 1024 * 1024, totalBytes: 500 * 1024 * 1024 };

const MB = 1024 * 1024;

/** The size a zip entry declares for itself once inflated: JSZip keeps it, privately. */
function declaredSize(entry: JSZip.JSZipObject): number {
  const size = (entry as unknown as { _data?: { uncompressedSize?: unknown } })._data
    ?.uncompressedSize;
  // A JSZip that kept it elsewhere would fail every workbook here, at once, rather than unchecked.
  if (typeof size !== 'number') throw new Error(`JSZip gives no declared size for ${entry.name}`);
  return size;
}

/** An entry inflated as text, stopped as soon as it passes `limit` bytes (whatever it declares). */
function inflatedText(entry: JSZip.JSZipObject, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = entry.nodeStream('nodebuffer');
    stream.on('data', (chunk: Buffer) => {
      if (size > limit) return;
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else {
        stream.pause();
        reject(
          new Error(
            `${entry.name} inflates to more than the ${limit} bytes it declares; the file is corrupt, or made to fill memory`,
          ),
        );
      }
    });
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}

export class XlsxPackage {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Set<string>();

  private constructor(private readonly zip: JSZip) {}

  /**
   * Opens a package and inflates its XML parts, within INFLATE_LIMITS: each part's declared size is
   * checked before anything is inflated, and what is inflated is counted as it comes. Every other
   * part stays compressed, and is written back as it came.
   */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const limits = INFLATE_LIMITS;
    const zip = await JSZip.loadAsync(bytes);
    const xlsx = new XlsxPackage(zip);
    const parts = Object.values(zip.files).filter(
      (entry) => !entry.dir && /\.(xml|rels|vml)$/i.test(entry.name),
    );
    let total = 0;
    for (const entry of parts) {
      const declared = declaredSize(entry);
      if (declared > limits.partBytes) {
        throw new Error(
          `${entry.name} inflates to ${Math.ceil(declared / MB)} MB, more than the ${limits.partBytes / MB} MB a part may`,
        );
      }
      total += declared;
    }
    if (total > limits.totalBytes) {
      throw new Error(
        `its XML parts inflate to ${Math.ceil(total / MB)} MB, more than the ${limits.totalBytes / MB} MB a workbook may`,
      );
    }
    for (const entry of parts)
      xlsx.texts.set(entry.name, await inflatedText(entry, declaredSize(entry)));
    return xlsx;
  }

  has(part: string): boolean {
    return this.texts.has(part) || this.zip.file(part) !== null;
  }

  text(part: string): string | undefined {
    return this.texts.get(part);
  }

  setText(part: string, text: string): void {
    if (this.texts.get(part) === text) return;
    this.texts.set(part, text);
    this.changed.add(part);
  }

  /** A part name not yet taken: `xl/comments3.xml` for `xl/comments{n}.xml`. */
  freePart(pattern: (n: number) => string): string {
    for (let n = 1; ; n += 1) if (!this.has(pattern(n))) return pattern(n);
  }

  relationships(part: string): Relationship[] {
    const rels = this.texts.get(relationshipsPartOf(part));
    if (rels === undefined) return [];
    return [...elements(rels, 'Relationship')].map((element) => {
      const external = element.attributes.get('TargetMode') === 'External';
      const target = element.attributes.get('Target') ?? '';
      return {
        id: element.attributes.get('Id') ?? '',
        type: element.attributes.get('Type') ?? '',
        part: external ? target : resolvePart(part, target),
        external,
      };
    });
  }

  /** Adds a relationship from `part` to `target` and returns its id. */
  addRelationship(part: string, type: string, target: string): string {
    const relsPart = relationshipsPartOf(part);
    const rels = this.texts.get(relsPart) ?? RELATIONSHIPS_HEADER;
    const taken = new Set(this.relationships(part).map((relationship) => relationship.id));
    let n = taken.size + 1;
    while (taken.has(`rId${n}`)) n += 1;
    const id = `rId${n}`;
    const entry = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(part, target))}"/>`;
    this.setText(relsPart, rels.replace(/<\/Relationships>\s*$/, `${entry}</Relationships>`));
    return id;
  }

  /** Declares a new part's content type, by extension when `byExtension`. */
  declareContentType(part: string, contentType: string, byExtension = false): void {
    const types = this.texts.get('[Content_Types].xml') ?? '';
    const extension = part.slice(part.lastIndexOf('.') + 1);
    if (byExtension) {
      const declared = [...elements(types, 'Default')].some(
        (element) => element.attributes.get('Extension')?.toLowerCase() === extension.toLowerCase(),
      );
      if (declared) return;
    }
    const entry = byExtension
      ? `<Default Extension="${extension}" ContentType="${contentType}"/>`
      : `<Override PartName="/${escapeXml(part)}" ContentType="${contentType}"/>`;
    const root = firstElement(types, 'Types');
    if (!root) throw new Error('[Content_Types].xml has no Types element');
    // Defaults come before Overrides by convention; either order is valid.
    const at = byExtension ? root.innerStart : root.innerStart + root.inner.length;
    this.setText('[Content_Types].xml', splice(types, [{ start: at, end: at, text: entry }]));
  }

  async bytes(): Promise<Buffer> {
    for (const part of this.changed) this.zip.file(part, this.texts.get(part) ?? '');
    return this.zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
    });
  }
}
