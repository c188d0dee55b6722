/**
 * Session: who runs the script, and the script's time zone. Whom it names depends on the kind of
 * execution (see execution.ts): nobody in a custom function or a simple trigger, and only the
 * trigger's owner (as the effective user) in an installable trigger.
 */
import { GAS_CLASS, GasObject, asGas } from './gas';

type User = GoogleAppsScript.Base.User;

/** Whom Session may name in the running execution. */
export interface Identity {
  readonly showsActiveUser: boolean;
  readonly showsEffectiveUser: boolean;
}

export class SessionState {
  constructor(
    /** The user at the keyboard, or a trigger's owner, whether or not Session may name them. */
    public activeUserEmail: string,
    /** The user the script acts as: whose triggers, user properties and edit rights count. */
    public effectiveUserEmail: string,
    public scriptTimeZone: string,
    public userLocale: string,
    readonly identity: Identity = { showsActiveUser: true, showsEffectiveUser: true },
  ) {}
}

export class EmulatedSession
  extends GasObject
  implements
    Pick<
      GoogleAppsScript.Base.Session,
      | 'getActiveUser'
      | 'getActiveUserLocale'
      | 'getEffectiveUser'
      | 'getScriptTimeZone'
      | 'getTemporaryActiveUserKey'
    >
{
  constructor(readonly state: SessionState) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'Session';
  }

  /**
   * The user at the keyboard; '' where Apps Script will not say: a custom function, a simple or
   * an installable trigger, or a user the harness set to ''.
   */
  getActiveUser(): User {
    const { identity, activeUserEmail } = this.state;
    return asGas(new EmulatedUser(identity.showsActiveUser ? activeUserEmail : ''));
  }

  /** The user the script runs as: the one who installed the trigger, for a trigger. */
  getEffectiveUser(): User {
    const { identity, effectiveUserEmail } = this.state;
    return asGas(new EmulatedUser(identity.showsEffectiveUser ? effectiveUserEmail : ''));
  }

  getActiveUserLocale(): string {
    return this.state.userLocale;
  }

  getScriptTimeZone(): string {
    return this.state.scriptTimeZone;
  }

  getTemporaryActiveUserKey(): string {
    return `temporary-key-${Buffer.from(this.state.activeUserEmail).toString('hex')}`;
  }
}

export class EmulatedUser extends GasObject implements Pick<User, 'getEmail'> {
  constructor(private readonly email: string) {
    super();
  }

  get [GAS_CLASS](): string {
    return 'User';
  }

  getEmail(): string {
    return this.email;
  }
}
