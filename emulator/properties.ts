/** PropertiesService: document, script and user stores of string properties. */
import { GAS_CLASS, GasObject, asGas, gasError } from './gas';

type Properties = GoogleAppsScript.Properties.Properties;

export type PropertyScope = 'document' | 'script' | 'user';

/** Apps Script's limits: 9 kB a value, 500 kB a store. */
const VALUE_LIMIT = 9 * 1024;
const STORE_LIMIT = 500 * 1024;

export class PropertyStores {
  readonly stores: Record<PropertyScope, Map<string, string>> = {
    document: new Map(),
    script: new Map(),
    user: new Map(),
  };
}

export class EmulatedPropertiesService
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Properties.PropertiesService,
      'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
    >
{
  constructor(readonly stores: PropertyStores) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'PropertiesService';
  }

  getDocumentProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.stores.document));
  }

  getScriptProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.stores.script));
  }

  getUserProperties(): Properties {
    return asGas(new EmulatedProperties(this.stores.stores.user));
  }
}

function size(store: ReadonlyMap<string, string>): number {
  let total = 0;
  for (const [key, value] of store) total += key.length + value.length;
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

  /** Applies changes only if the store stays within Apps Script's quota. */
  private _commit(changes: Map<string, string>, clearFirst: boolean): Properties {
    const next = new Map(clearFirst ? [] : this.store);
    for (const [key, value] of changes) {
      if (value.length > VALUE_LIMIT) throw gasError('Argument too large: value');
      next.set(key, value);
    }
    if (size(next) > STORE_LIMIT)
      throw gasError(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
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
