import { UserError } from './workbook';

/** How long a run waits for another's document lock before giving up. */
export const LOCK_WAIT_MS = 10 * 1000;

/**
 * Runs `work` holding the document lock, so that Set up, Recalculate, turning reminders on or off
 * and the daily run never write over each other. Busy: the person is told to try again.
 */
export function withDocumentLock<T>(what: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) {
    throw new UserError(
      `The tracker is busy with another run (the daily reminders, or someone else's ${what}); try again in a minute.`,
    );
  }
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
