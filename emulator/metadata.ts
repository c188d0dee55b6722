/**
 * Developer metadata: key-value pairs a script attaches to the spreadsheet, a sheet, or a whole row
 * or column, invisible to the people at the Sheet. Row and column metadata stays with its row or
 * column as others are inserted or deleted before it, and goes when its row or column is deleted.
 * Over 350 lines: the store and the three classes of Google's on it (DeveloperMetadata, its finder
 * and its location) share its entries, which nothing else sees.
 */
import {
  GAS_CLASS,
  GasObject,
  asGas,
  enumName,
  gasEnum,
  gasError,
  gasObjectOfClass,
  requireInteger,
  signatureError,
} from './gas';
import type { Dimension, RangeRef, SheetRef } from './types';

type DeveloperMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
type DeveloperMetadataFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
type DeveloperMetadataLocation = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocation;
type LocationType = GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType;
type Visibility = GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility;

export const DEVELOPER_METADATA_LOCATION_TYPE = gasEnum<
  typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType
>({ SPREADSHEET: true, SHEET: true, ROW: true, COLUMN: true });

export const DEVELOPER_METADATA_VISIBILITY = gasEnum<
  typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility
>({ DOCUMENT: true, PROJECT: true });

/** Sheets' words when metadata is put on anything but a whole row or column. */
export const ARBITRARY_RANGE =
  'Adding developer metadata to arbitrary ranges is not currently supported. Developer metadata may only be added to the top-level spreadsheet, an individual sheet, or an entire row or column.';

type LocationName = keyof typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataLocationType &
  string;
type VisibilityName = keyof typeof GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility &
  string;

/** Where metadata is: rows and columns by 1-based index, which moves as the sheet changes. */
export type MetadataLocation =
  | { readonly type: 'SPREADSHEET' }
  | { readonly type: 'SHEET'; readonly sheet: SheetRef }
  | { readonly type: Dimension; readonly sheet: SheetRef; index: number };

interface MetadataEntry {
  readonly id: number;
  key: string;
  value: string | null;
  visibility: VisibilityName;
  location: MetadataLocation;
}

function visibilityName(value: unknown, method: string): VisibilityName {
  const name = enumName(value);
  if (name === 'DOCUMENT' || name === 'PROJECT') return name;
  throw signatureError(method, value);
}

/** The location of a whole row or column range; anything else is refused, as Sheets refuses it. */
export function dimensionOf(range: RangeRef): MetadataLocation {
  const { sheet } = range;
  if (range.numColumns === 1 && range.row === 1 && range.numRows === sheet.maxRows)
    return { type: 'COLUMN', sheet, index: range.column };
  if (range.numRows === 1 && range.column === 1 && range.numColumns === sheet.maxColumns)
    return { type: 'ROW', sheet, index: range.row };
  throw gasError(ARBITRARY_RANGE);
}

function rangeArgument(value: unknown, method: string): RangeRef {
  const range = gasObjectOfClass(value, 'Range') as RangeRef | undefined;
  if (!range) throw signatureError(method, value);
  return range;
}

function sheetArgument(value: unknown, method: string): SheetRef {
  const sheet = gasObjectOfClass(value, 'Sheet') as SheetRef | undefined;
  if (!sheet) throw signatureError(method, value);
  return sheet;
}

/** Every piece of developer metadata in one spreadsheet. */
export class MetadataStore {
  private entries: MetadataEntry[] = [];
  private lastId = 0;

  constructor(readonly spreadsheet: GasObject) {}

  /** addDeveloperMetadata(key[, value][, visibility]), as Range, Sheet and Spreadsheet take it. */
  add(location: MetadataLocation, method: string, args: readonly unknown[]): void {
    const [key, second, third] = args;
    if (typeof key !== 'string' || key === '' || args.length > 3)
      throw signatureError(method, ...args);
    let value: string | null = null;
    let visibility: VisibilityName = 'DOCUMENT';
    if (typeof second === 'string') {
      value = second;
      if (third !== undefined) visibility = visibilityName(third, method);
    } else if (second !== undefined) {
      if (third !== undefined) throw signatureError(method, ...args);
      visibility = visibilityName(second, method);
    }
    this.lastId += 1;
    this.entries.push({ id: 1_000_000 + this.lastId * 37, key, value, visibility, location });
  }

  /** The metadata whose location is exactly this one (getDeveloperMetadata). */
  at(location: MetadataLocation): DeveloperMetadata[] {
    return this.entries
      .filter((entry) => sameLocation(entry.location, location))
      .map((entry) => this.wrap(entry));
  }

  finder(scope: Scope): DeveloperMetadataFinder {
    return asGas(new EmulatedDeveloperMetadataFinder(this, scope));
  }

  /** The metadata passing the test, in the order it was added. */
  search(test: (entry: MetadataEntry) => boolean): DeveloperMetadata[] {
    return this.entries.filter(test).map((entry) => this.wrap(entry));
  }

  private wrap(entry: MetadataEntry): DeveloperMetadata {
    return asGas(new EmulatedDeveloperMetadata(entry, this));
  }

  removeEntry(entry: MetadataEntry): void {
    this.entries = this.entries.filter((each) => each !== entry);
  }

  /** `count` rows or columns inserted after the first `after` of the sheet. */
  inserted(sheet: SheetRef, type: Dimension, after: number, count: number): void {
    for (const { location } of this.entries)
      if (location.type === type && location.sheet === sheet && location.index > after)
        location.index += count;
  }

  /** `count` rows or columns deleted from `start` (1-based): theirs goes, later ones move back. */
  deleted(sheet: SheetRef, type: Dimension, start: number, count: number): void {
    this.entries = this.entries.filter(({ location }) => {
      if (location.type !== type || location.sheet !== sheet) return true;
      if (location.index >= start + count) location.index -= count;
      else if (location.index >= start) return false;
      return true;
    });
  }

  /** A deleted sheet takes its metadata with it. */
  sheetDeleted(sheet: SheetRef): void {
    this.entries = this.entries.filter(
      ({ location }) => location.type === 'SPREADSHEET' || location.sheet !== sheet,
    );
  }
}

function sameLocation(a: MetadataLocation, b: MetadataLocation): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'SPREADSHEET' || b.type === 'SPREADSHEET') return true;
  if (a.sheet !== b.sheet) return false;
  return a.type === 'SHEET' || b.type === 'SHEET' || a.index === b.index;
}

/** What a finder searches: the whole spreadsheet, one sheet, or one range of a sheet. */
export type Scope =
  | { readonly kind: 'spreadsheet' }
  | { readonly kind: 'sheet'; readonly sheet: SheetRef }
  | { readonly kind: 'range'; readonly range: RangeRef };

/**
 * Whether metadata is in a finder's scope. In a range's scope only if wholly inside it (column C
 * is inside C:D, not inside C1:C10), or, onIntersectingLocations, if it meets it.
 */
function inScope(location: MetadataLocation, scope: Scope, intersecting: boolean): boolean {
  if (scope.kind === 'spreadsheet') return true;
  if (location.type === 'SPREADSHEET') return false;
  if (scope.kind === 'sheet') return location.sheet === scope.sheet;
  const { range } = scope;
  const { sheet } = range;
  if (location.sheet !== sheet) return false;
  const rows = range.row === 1 && range.numRows === sheet.maxRows;
  const columns = range.column === 1 && range.numColumns === sheet.maxColumns;
  if (location.type === 'SHEET') return intersecting || (rows && columns);
  const [first, size, whole] =
    location.type === 'COLUMN'
      ? [range.column, range.numColumns, rows]
      : [range.row, range.numRows, columns];
  const inside = location.index >= first && location.index < first + size;
  return inside && (intersecting || whole);
}

export class EmulatedDeveloperMetadataFinder
  extends GasObject
  implements
    Pick<
      DeveloperMetadataFinder,
      | 'find'
      | 'onIntersectingLocations'
      | 'withId'
      | 'withKey'
      | 'withLocationType'
      | 'withValue'
      | 'withVisibility'
    >
{
  private readonly tests: ((entry: MetadataEntry) => boolean)[] = [];
  private intersecting = false;

  constructor(
    private readonly store: MetadataStore,
    private readonly scope: Scope,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'DeveloperMetadataFinder';
  }

  private _and(test: (entry: MetadataEntry) => boolean): DeveloperMetadataFinder {
    this.tests.push(test);
    return asGas(this);
  }

  withId(id: number): DeveloperMetadataFinder {
    const wanted = requireInteger(id, 'SpreadsheetApp.DeveloperMetadataFinder.withId');
    return this._and((entry) => entry.id === wanted);
  }

  withKey(key: string): DeveloperMetadataFinder {
    const wanted = String(key);
    return this._and((entry) => entry.key === wanted);
  }

  withValue(value: string): DeveloperMetadataFinder {
    const wanted = String(value);
    return this._and((entry) => entry.value === wanted);
  }

  withLocationType(locationType: LocationType): DeveloperMetadataFinder {
    const wanted = enumName(locationType);
    if (!(wanted in DEVELOPER_METADATA_LOCATION_TYPE))
      throw signatureError('SpreadsheetApp.DeveloperMetadataFinder.withLocationType', locationType);
    return this._and((entry) => entry.location.type === wanted);
  }

  withVisibility(visibility: Visibility): DeveloperMetadataFinder {
    const wanted = visibilityName(
      visibility,
      'SpreadsheetApp.DeveloperMetadataFinder.withVisibility',
    );
    return this._and((entry) => entry.visibility === wanted);
  }

  onIntersectingLocations(): DeveloperMetadataFinder {
    this.intersecting = true;
    return asGas(this);
  }

  find(): DeveloperMetadata[] {
    return this.store.search(
      (entry) =>
        inScope(entry.location, this.scope, this.intersecting) &&
        this.tests.every((test) => test(entry)),
    );
  }
}

export class EmulatedDeveloperMetadata
  extends GasObject
  implements
    Pick<
      DeveloperMetadata,
      | 'getId'
      | 'getKey'
      | 'getLocation'
      | 'getValue'
      | 'getVisibility'
      | 'moveToColumn'
      | 'moveToRow'
      | 'moveToSheet'
      | 'moveToSpreadsheet'
      | 'remove'
      | 'setKey'
      | 'setValue'
      | 'setVisibility'
    >
{
  constructor(
    private readonly entry: MetadataEntry,
    private readonly store: MetadataStore,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'DeveloperMetadata';
  }

  getId(): number {
    return this.entry.id;
  }

  getKey(): string {
    return this.entry.key;
  }

  getValue(): string | null {
    return this.entry.value;
  }

  getVisibility(): Visibility {
    return DEVELOPER_METADATA_VISIBILITY[this.entry.visibility];
  }

  /** Where the metadata is now (a snapshot: ask again after rows or columns move). */
  getLocation(): DeveloperMetadataLocation {
    const location = this.entry.location;
    return asGas(
      new EmulatedDeveloperMetadataLocation(
        location.type === 'ROW' || location.type === 'COLUMN' ? { ...location } : location,
        this.store.spreadsheet,
      ),
    );
  }

  setKey(key: string): DeveloperMetadata {
    if (typeof key !== 'string' || key === '')
      throw signatureError('SpreadsheetApp.DeveloperMetadata.setKey', key);
    this.entry.key = key;
    return asGas(this);
  }

  setValue(value: string): DeveloperMetadata {
    this.entry.value = value === null ? null : String(value);
    return asGas(this);
  }

  setVisibility(visibility: Visibility): DeveloperMetadata {
    this.entry.visibility = visibilityName(
      visibility,
      'SpreadsheetApp.DeveloperMetadata.setVisibility',
    );
    return asGas(this);
  }

  moveToColumn(column: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const method = 'SpreadsheetApp.DeveloperMetadata.moveToColumn';
    const location = dimensionOf(rangeArgument(column, method));
    if (location.type !== 'COLUMN') throw gasError(ARBITRARY_RANGE);
    this.entry.location = location;
    return asGas(this);
  }

  moveToRow(row: GoogleAppsScript.Spreadsheet.Range): DeveloperMetadata {
    const method = 'SpreadsheetApp.DeveloperMetadata.moveToRow';
    const location = dimensionOf(rangeArgument(row, method));
    if (location.type !== 'ROW') throw gasError(ARBITRARY_RANGE);
    this.entry.location = location;
    return asGas(this);
  }

  moveToSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): DeveloperMetadata {
    const own = sheetArgument(sheet, 'SpreadsheetApp.DeveloperMetadata.moveToSheet');
    this.entry.location = { type: 'SHEET', sheet: own };
    return asGas(this);
  }

  moveToSpreadsheet(): DeveloperMetadata {
    this.entry.location = { type: 'SPREADSHEET' };
    return asGas(this);
  }

  remove(): void {
    this.store.removeEntry(this.entry);
  }
}

export class EmulatedDeveloperMetadataLocation
  extends GasObject
  implements
    Pick<
      DeveloperMetadataLocation,
      'getColumn' | 'getLocationType' | 'getRow' | 'getSheet' | 'getSpreadsheet'
    >
{
  constructor(
    private readonly location: MetadataLocation,
    private readonly spreadsheet: GasObject,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'DeveloperMetadataLocation';
  }

  getLocationType(): LocationType {
    const name: LocationName = this.location.type;
    return DEVELOPER_METADATA_LOCATION_TYPE[name];
  }

  /** The whole column (C:C), or null for metadata somewhere else. */
  getColumn(): GoogleAppsScript.Spreadsheet.Range | null {
    const location = this.location;
    if (location.type !== 'COLUMN') return null;
    return asGas(location.sheet._rangeAt(1, location.index, location.sheet.maxRows, 1, 'columns'));
  }

  getRow(): GoogleAppsScript.Spreadsheet.Range | null {
    const location = this.location;
    if (location.type !== 'ROW') return null;
    return asGas(location.sheet._rangeAt(location.index, 1, 1, location.sheet.maxColumns, 'rows'));
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet | null {
    const location = this.location;
    return location.type === 'SHEET' ? asGas(location.sheet) : null;
  }

  getSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
    const location = this.location;
    return location.type === 'SPREADSHEET' ? asGas(this.spreadsheet) : null;
  }
}
