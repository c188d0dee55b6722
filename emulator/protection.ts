/** Protections of a sheet or a range, and who may edit what they protect. */
import { type Block, overlap, rangeOf } from './blocks';
import {
  GAS_CLASS,
  GasObject,
  asGas,
  gasEnum,
  gasObjectOfClass,
  ownObject,
  signatureError,
} from './gas';
import { EmulatedRange, type RangeHost } from './range';
import { EmulatedUser } from './session';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Protection = GoogleAppsScript.Spreadsheet.Protection;
type ProtectionType = GoogleAppsScript.Spreadsheet.ProtectionType;

export const PROTECTION_TYPE = gasEnum<typeof GoogleAppsScript.Spreadsheet.ProtectionType>({
  RANGE: true,
  SHEET: true,
});

/** What Sheets says to a user who is not an editor of a protected range or sheet. */
export const PROTECTED_CELL =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** What a protection needs of its sheet (EmulatedSheet, which imports this file). */
export interface ProtectedSheet extends RangeHost {
  readonly spreadsheet: RangeHost['spreadsheet'] & {
    readonly owner: string;
    readonly user: string;
  };
  sheetProtection: EmulatedProtection | undefined;
  readonly rangeProtections: EmulatedProtection[];
}

function emailOf(user: unknown): string | undefined {
  if (typeof user === 'string') return user;
  const own = gasObjectOfClass(user, 'User') as EmulatedUser | undefined;
  return own?.getEmail();
}

/** A Google Workspace domain; consumer accounts (gmail.com) have none to share edits with. */
function domainOf(email: string): string | undefined {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domain === '' || domain === 'gmail.com' || domain === 'googlemail.com'
    ? undefined
    : domain;
}

/**
 * A protection. As in Sheets, until a script changes its editors (addEditor, removeEditor,
 * setDomainEdit) it mirrors the spreadsheet's own sharing, so it stops nobody; once changed, only
 * its editors, the owner, and (while canDomainEdit) users of the owner's domain may edit its
 * cells: anyone else's writes throw. A warning-only protection never stops a script.
 */
export class EmulatedProtection
  extends GasObject
  implements
    Pick<
      Protection,
      | 'addEditor'
      | 'addEditors'
      | 'canDomainEdit'
      | 'canEdit'
      | 'getDescription'
      | 'getEditors'
      | 'getProtectionType'
      | 'getRange'
      | 'getUnprotectedRanges'
      | 'isWarningOnly'
      | 'remove'
      | 'removeEditor'
      | 'removeEditors'
      | 'setDescription'
      | 'setDomainEdit'
      | 'setUnprotectedRanges'
      | 'setWarningOnly'
    >
{
  private description = '';
  private warningOnly = false;
  private domainEdit = true;
  /** Whether the editors were changed, so that the protection restricts anyone. */
  private restricted = false;
  private readonly editors: string[];
  private unprotected: EmulatedRange[] = [];

  /** A range protection has a block; the sheet's own protection has none (the whole sheet). */
  constructor(
    readonly sheet: ProtectedSheet,
    readonly block: Block | undefined,
  ) {
    super();
    const { owner, user } = sheet.spreadsheet;
    this.editors = [...new Set([owner, user].filter((email) => email !== ''))];
  }

  get [GAS_CLASS](): string {
    return 'Protection';
  }

  /** Whether this user may edit the protected cells. */
  _allows(user: string): boolean {
    const { owner } = this.sheet.spreadsheet;
    if (this.warningOnly || !this.restricted) return true;
    if (user !== '' && (user === owner || this.editors.includes(user))) return true;
    const domain = domainOf(owner);
    return this.domainEdit && domain !== undefined && domainOf(user) === domain;
  }

  /** Whether the cells (1-based) meet what this protects. */
  _covers(row: number, column: number, numRows: number, numColumns: number): boolean {
    const meets = (other: { row: number; column: number; numRows: number; numColumns: number }) =>
      overlap(other.row, other.numRows, row, numRows) > 0 &&
      overlap(other.column, other.numColumns, column, numColumns) > 0;
    if (this.block) return meets(this.block);
    return !this.unprotected.some(
      (range) =>
        range.sheet === this.sheet &&
        overlap(range.row, range.numRows, row, numRows) === numRows &&
        overlap(range.column, range.numColumns, column, numColumns) === numColumns,
    );
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  /** Whether the user the script runs as may edit the protected cells (the owner always may). */
  canEdit(): boolean {
    return this._allows(this.sheet.spreadsheet.user);
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    return this.editors.map((email) => asGas<GoogleAppsScript.Base.User>(new EmulatedUser(email)));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(emailAddress) ?? '']);
  }

  addEditors(emailAddresses: string[]): Protection {
    if (!Array.isArray(emailAddresses))
      throw signatureError('SpreadsheetApp.Protection.addEditors', emailAddresses);
    for (const address of emailAddresses) {
      const email = emailOf(address);
      if (!email) throw signatureError('SpreadsheetApp.Protection.addEditors', emailAddresses);
      if (!this.editors.includes(email)) this.editors.push(email);
    }
    this.restricted = true;
    return asGas(this);
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.removeEditors([emailOf(emailAddress) ?? '']);
  }

  /** The owner, and the user the script runs as, stay editors, as in Sheets. */
  removeEditors(emailAddresses: string[] | GoogleAppsScript.Base.User[]): Protection {
    if (!Array.isArray(emailAddresses))
      throw signatureError('SpreadsheetApp.Protection.removeEditors', emailAddresses);
    const { owner, user } = this.sheet.spreadsheet;
    const removed = new Set((emailAddresses as unknown[]).map(emailOf));
    for (let index = this.editors.length - 1; index >= 0; index--) {
      const email = this.editors[index] ?? '';
      if (removed.has(email) && email !== owner && email !== user) this.editors.splice(index, 1);
    }
    this.restricted = true;
    return asGas(this);
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): Protection {
    this.description = String(description);
    return asGas(this);
  }

  getProtectionType(): ProtectionType {
    return this.block ? PROTECTION_TYPE.RANGE : PROTECTION_TYPE.SHEET;
  }

  getRange(): Range {
    const { sheet } = this;
    return asGas(
      this.block ? rangeOf(this.block) : sheet._rangeAt(1, 1, sheet.maxRows, sheet.maxColumns),
    );
  }

  getUnprotectedRanges(): Range[] {
    return this.unprotected.map((range) => asGas<Range>(range));
  }

  setUnprotectedRanges(ranges: Range[]): Protection {
    if (!Array.isArray(ranges))
      throw signatureError('SpreadsheetApp.Protection.setUnprotectedRanges', ranges);
    this.unprotected = ranges.map((range) =>
      ownObject(range, EmulatedRange, 'SpreadsheetApp.Protection.setUnprotectedRanges'),
    );
    return asGas(this);
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  /** Warning-only: Sheets asks people to confirm an edit; a script's edits go through. */
  setWarningOnly(warningOnly: boolean): Protection {
    this.warningOnly = Boolean(warningOnly);
    return asGas(this);
  }

  setDomainEdit(editable: boolean): Protection {
    this.domainEdit = Boolean(editable);
    this.restricted = true;
    return asGas(this);
  }

  remove(): void {
    if (this.sheet.sheetProtection === this) this.sheet.sheetProtection = undefined;
    const index = this.sheet.rangeProtections.indexOf(this);
    if (index >= 0) this.sheet.rangeProtections.splice(index, 1);
  }
}
