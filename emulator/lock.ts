/** LockService. A test can hold a lock "in another execution" so that the script cannot get it. */
import type { Clock } from './clock';
import { GAS_CLASS, GasObject, asGas, gasError, requireInteger } from './gas';

type Lock = GoogleAppsScript.Lock.Lock;

export type LockKind = 'document' | 'script' | 'user';

/** Who holds each lock: this script run, another execution (the test), or nobody. */
export type LockHolder = 'script' | 'other' | null;

export const LOCK_TIMEOUT = 'Lock timeout: another process was holding the lock for too long.';

export class LockState {
  readonly holders: Record<LockKind, LockHolder> = { document: null, script: null, user: null };

  /** Another execution takes the lock: every attempt from the script now fails. */
  hold(kind: LockKind): void {
    this.holders[kind] = 'other';
  }

  /** Whoever holds the lock lets it go. */
  release(kind: LockKind): void {
    this.holders[kind] = null;
  }

  /** What Apps Script does when an execution ends: its locks are released. */
  releaseScriptLocks(): void {
    for (const kind of Object.keys(this.holders) as LockKind[])
      if (this.holders[kind] === 'script') this.holders[kind] = null;
  }
}

export class EmulatedLockService
  extends GasObject
  implements
    Pick<GoogleAppsScript.Lock.LockService, 'getDocumentLock' | 'getScriptLock' | 'getUserLock'>
{
  constructor(
    readonly state: LockState,
    private readonly clock: Clock,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'LockService';
  }

  getDocumentLock(): Lock {
    return asGas(new EmulatedLock('document', this.state, this.clock));
  }

  getScriptLock(): Lock {
    return asGas(new EmulatedLock('script', this.state, this.clock));
  }

  getUserLock(): Lock {
    return asGas(new EmulatedLock('user', this.state, this.clock));
  }
}

/**
 * A lock belongs to the script run, not to one Lock object: any Lock of the same kind in the run
 * sees it held. A failed attempt waits out its timeout on the emulator's clock.
 */
export class EmulatedLock
  extends GasObject
  implements Pick<Lock, 'hasLock' | 'releaseLock' | 'tryLock' | 'waitLock'>
{
  constructor(
    private readonly kind: LockKind,
    private readonly state: LockState,
    private readonly clock: Clock,
  ) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Lock';
  }

  hasLock(): boolean {
    return this.state.holders[this.kind] === 'script';
  }

  releaseLock(): void {
    if (this.state.holders[this.kind] === 'script') this.state.holders[this.kind] = null;
  }

  tryLock(timeoutInMillis: number): boolean {
    const timeout = requireInteger(timeoutInMillis, 'Lock.tryLock');
    if (this.state.holders[this.kind] === 'other') {
      this.clock.advance(Math.max(0, timeout));
      return false;
    }
    this.state.holders[this.kind] = 'script';
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    const timeout = requireInteger(timeoutInMillis, 'Lock.waitLock');
    if (!this.tryLock(timeout)) throw gasError(LOCK_TIMEOUT);
  }
}
