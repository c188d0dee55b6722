import { AUTHORITY_TUPLES, type AuthorityTuple, FORMER_COUNCIL_TUPLES } from './authority-lookup';

/** An English local authority (or a former council) as Ofsted's lookup names it. */
export interface Authority {
  /** Ofsted's unique reference number: how the inspection history names it. */
  readonly urn: string;
  /** The DfE's 3-digit code: how the tool names it. */
  readonly laCode: string;
  readonly onsCode: string;
  readonly name: string;
  readonly region: string;
  /** False for a former council, replaced by today's authorities. */
  readonly current: boolean;
}

interface Lookup {
  readonly byUrn: ReadonlyMap<string, Authority>;
  readonly byCode: ReadonlyMap<string, Authority>;
  readonly current: readonly Authority[];
}

/** LA codes match as numbers where they are (`301` = `0301`), else as trimmed text. */
export function laCodeKey(code: string): string {
  const trimmed = code.trim();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed.toLowerCase();
}

/** URNs match as numbers (`080486` = `80486`). */
function urnKey(urn: string): string {
  const trimmed = urn.trim();
  return /^\d+$/.test(trimmed) ? String(Number(trimmed)) : trimmed;
}

function authority(tuple: AuthorityTuple, current: boolean): Authority {
  const [urn, laCode, onsCode, name, region] = tuple;
  return { urn, laCode, onsCode, name, region, current };
}

/** Built on first use, not when the bundle loads (Apps Script loads it for every call). */
let lookup: Lookup | undefined;

function theLookup(): Lookup {
  if (lookup) return lookup;
  const current = AUTHORITY_TUPLES.map((tuple) => authority(tuple, true));
  const all = [...current, ...FORMER_COUNCIL_TUPLES.map((tuple) => authority(tuple, false))];
  lookup = {
    byUrn: new Map(all.map((item) => [urnKey(item.urn), item])),
    byCode: new Map(all.map((item) => [laCodeKey(item.laCode), item])),
    current,
  };
  return lookup;
}

export function authorityOfUrn(urn: string): Authority | undefined {
  return theLookup().byUrn.get(urnKey(urn));
}

export function authorityOfCode(laCode: string): Authority | undefined {
  return theLookup().byCode.get(laCodeKey(laCode));
}

/** Today's authorities, the 153 a complete National data file lists. */
export function currentAuthorities(): readonly Authority[] {
  return theLookup().current;
}
