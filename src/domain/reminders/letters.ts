import type { PlannedReminder } from './plan';

/**
 * One email a person a day: the reminders due today grouped by who they are for, so that each
 * person gets everything that is theirs in one letter and is copied on nothing that is not.
 * People whose reminders are the same share the letter (a DCS and the PA copied on all of hers).
 */
export interface Letter {
  /** Addresses that are a recipient (To) of at least one of the letter's reminders. */
  readonly to: readonly string[];
  /** The others: copied (Cc) on every reminder of the letter they are on. */
  readonly cc: readonly string[];
  /** In the plan's order. */
  readonly reminders: readonly PlannedReminder[];
}

const fold = (address: string) => address.trim().toLowerCase();

/** The letters for today's sendable reminders, in the order of each letter's first reminder. */
export function lettersFor(plan: readonly PlannedReminder[]): Letter[] {
  // Each person's reminders, and whether they are To on any of them; spelt as first seen.
  const people = new Map<string, { address: string; to: boolean; reminders: PlannedReminder[] }>();
  for (const reminder of plan) {
    const roles: [string, boolean][] = [
      ...reminder.recipients.to.map((address): [string, boolean] => [address, true]),
      ...reminder.recipients.cc.map((address): [string, boolean] => [address, false]),
    ];
    for (const [address, isTo] of roles) {
      const person = people.get(fold(address)) ?? { address, to: false, reminders: [] };
      if (!person.reminders.includes(reminder)) person.reminders.push(reminder);
      person.to ||= isTo;
      people.set(fold(address), person);
    }
  }
  const order = new Map(plan.map((reminder, index) => [reminder, index]));
  const letters = new Map<string, { to: string[]; cc: string[]; reminders: PlannedReminder[] }>();
  for (const person of people.values()) {
    const reminders = [...person.reminders].sort(
      (a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0),
    );
    const same = reminders.map((reminder) => order.get(reminder)).join(',');
    const letter = letters.get(same) ?? { to: [], cc: [], reminders };
    (person.to ? letter.to : letter.cc).push(person.address);
    letters.set(same, letter);
  }
  const first = (letter: Letter) => {
    const [reminder] = letter.reminders;
    return reminder ? (order.get(reminder) ?? 0) : 0;
  };
  return [...letters.values()]
    .map((letter) =>
      // A letter of copies only (everyone Cc) still needs someone To: the first of them.
      letter.to.length > 0
        ? letter
        : { ...letter, to: letter.cc.slice(0, 1), cc: letter.cc.slice(1) },
    )
    .sort((a, b) => first(a) - first(b));
}
