/** Session: who runs the script, and the script's time zone. */
import { GAS_CLASS, GasObject, asGas } from './gas';

type User = GoogleAppsScript.Base.User;

export class SessionState {
  constructor(
    public activeUserEmail: string,
    public effectiveUserEmail: string,
    public scriptTimeZone: string,
    public userLocale: string,
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

  /** The user at the keyboard; '' where Apps Script will not say (set it so in the harness). */
  getActiveUser(): User {
    return asGas(new EmulatedUser(this.state.activeUserEmail));
  }

  /** The user the script runs as: the one who installed the trigger, for a trigger. */
  getEffectiveUser(): User {
    return asGas(new EmulatedUser(this.state.effectiveUserEmail));
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
