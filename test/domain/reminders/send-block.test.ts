import { civil } from '../../../src/domain/rules/civil-date';
import type { PlannedReminder } from '../../../src/domain/reminders/plan';
import { blockedNote, blockedReason } from '../../../src/domain/reminders/send-block';

const reminder = (skip?: string): PlannedReminder => ({
  key: `Kent|${skip ?? 'due'}`,
  kind: 'Engagement meeting',
  authority: 'Kent',
  eventDate: civil('2026-12-16'),
  lead: '30',
  recipients: { to: ['dcs@kent.example.org'], cc: [] },
  skip,
  retry: false,
});

describe('blockedReason', () => {
  test('Live, and Test with someone to send to, may send', () => {
    expect(blockedReason({ sendMode: 'Live' }, undefined)).toBeUndefined();
    expect(blockedReason({ sendMode: 'Test' }, 'me@x.org')).toBeUndefined();
  });

  test('Paused, by choice or for a mode nobody chose, and Test with no one to send to, may not', () => {
    expect(blockedReason({ sendMode: 'Paused' }, undefined)).toBe('Send mode is Paused');
    const note = 'Send mode: expected Live, Test or Paused, found blank.';
    expect(blockedReason({ sendMode: 'Paused', sendModeNote: note }, undefined)).toBe(note);
    expect(blockedReason({ sendMode: 'Test' }, '')).toBe(
      'Send mode is Test, but the script cannot see who runs it, so there is nowhere safe to send.',
    );
  });
});

describe('blockedNote', () => {
  const plan = [reminder(), reminder('Paused'), reminder()];

  test('a pause chosen on purpose is quiet', () => {
    expect(blockedNote({ sendMode: 'Paused' }, 'Send mode is Paused', plan)).toBeUndefined();
  });

  test('a mode nobody chose, or Test with no one to send to, says how many were due (skips not counted)', () => {
    const settings = { sendMode: 'Paused' as const, sendModeNote: 'Send mode is blank.' };
    expect(blockedNote(settings, 'Send mode is blank.', plan)).toBe(
      '2 reminders due today not sent: Send mode is blank.',
    );
    expect(blockedNote({ sendMode: 'Test' }, 'no one', [reminder()])).toBe(
      '1 reminder due today not sent: no one',
    );
    expect(blockedNote({ sendMode: 'Test' }, 'no one', [reminder('Paused')])).toBeUndefined();
  });
});
