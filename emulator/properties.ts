/**
 * PropertiesService: document, script and user stores of string properties (the user store is the
 * effective user's own), within Apps Script's limits, which count UTF-8 bytes.
 */
import { GAS_CLASS, GasObject, asGas, gasError } from './gas';

type Properties = GoogleAppsScript.Properties.Properties;

export type PropertyScope = 'document' | 'script' | 'user';

/**
 * Apps Script's quotas page: "Properties value size 9 KB / val" and "Properties total storage
 * 500 KB / property store", read as 9 x 1024 bytes of UTF-8 for a value, and 500 x 1024 bytes of
 * UTF-8 for every key and value of a store together.
 */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;
export const PROPERTY_STORE_LIMIT = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_QUOTA_EXCEEDED =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

/** The size Apps Script counts: UTF-8 bytes (é is 2, € is 3, an emoji 4), not UTF-16 units. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

export interface StoredProperties {
  readonly document: Readonly<Record<string, string>>;
  readonly script: Readonly<Record<string, string>>;
  /** Each user's own store, by email. */
  readonly users: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export class PropertyStores {
  private readonly shared: Record<'document' | 'script', Map<string, string>> = {
    document: new Map(),
    script: new Map(),
  };
  private readonly users = new Map<string, Map<string, string>>();

  /** Every store's properties, to keep between runs as Apps Script does. */
  snapshot(): StoredProperties {
    return {
      document: Object.fromEntries(this.shared.document),
      script: Object.fromEntries(this.shared.script),
      users: Object.fromEntries(
        [...this.users].map(([user, store]) => [user, Object.fromEntries(store)]),
      ),
    };
  }

  restore(saved: StoredProperties): void {
    for (const scope of ['document', 'script'] as const) {
      this.shared[scope].clear();
      for (const [key, value] of Object.entries(saved[scope])) this.shared[scope].set(key, value);
    }
    this.users.clear();
    for (const [user, store] of Object.entries(saved.users))
      this.users.set(user, new Map(Object.entries(store)));
  }

  /** `user` is whose user store (the effective user's, in a script). */
  store(scope: PropertyScope, user: string): Map<string, string> {
    if (scope !== 'user') return this.shared[scope];
    let store = this.users.get(user);
    if (!store) {
      store = new Map();
      this.users.set(user, store);
    }
    return store;
  }
}

export class EmulatedPropertiesService
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  constructor(
    readonly stores: PropertyStores,
    private readonly currentUser: () => string = () => '',
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'PropertiesService';
  }

  getDocumentProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.store('document', '')));
  }

  getScriptProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.store('script', '')));
  }

  /** The store of the user the script runs as; each user has their own. */
  getUserProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.store('user', this.currentUser())));
  }
}

/** A store's size as Apps Script counts it: UTF-8 bytes of every key and value. */
function size(store: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += utf8Bytes(key) + utf8Bytes(value);
  return total;
}

export class EmulatedProperties
  extends GasObject
  implements
    Pick<
      Properties,
      | 'deleteAllProperties'
      | 'deleteProperty'
      | 'getKeys'
      | 'getProperties'
      | 'getProperty'
      | 'setProperties'
      | 'setProperty'
    >
{
  constructor(private readonly store: Map<string, string>) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Properties';
  }

  /** Applies all the changes, or none if a value or the store would be over Apps Script's limits. */
  private _commit(changes: Map<string, string>, clearFirst: boolean): Properties {
    const next = new Map(clearFirst ? [] : this.store);
    for (const [key, value] of changes) {
      if (utf8Bytes(value) > PROPERTY_VALUE_LIMIT) throw gasError(VALUE_TOO_LARGE);
      next.set(key, value);
    }
    if (size(next) > PROPERTY_STORE_LIMIT) throw gasError(STORE_QUOTA_EXCEEDED);
    this.store.clear();
    for (const [key, value] of next) this.store.set(key, value);
    return asGas(this);
  }

  deleteAllProperties(): Properties {
    this.store.clear();
    return asGas(this);
  }

  deleteProperty(key: string): Properties {
    this.store.delete(String(key));
    return asGas(this);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  getProperties(): Record<string, string> {
    return Object.fromEntries(this.store);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  /** Values are stored as strings, as Apps Script stores them. */
  setProperty(key: string, value: string): Properties {
    return this._commit(new Map([[String(key), String(value)]]), false);
  }

  setProperties(properties: Record<string, string>, deleteAllOthers?: boolean): Properties {
    const changes = new Map(Object.entries(properties).map(([key, value]) => [key, String(value)]));
    return this._commit(changes, deleteAllOthers === true);
  }
}
