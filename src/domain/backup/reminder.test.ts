import { describe, expect, it } from 'vitest';
import { backupReminderDue, daysSince, type BackupFacts } from './reminder';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const daysAgo = (days: number, hours = 0) => new Date(NOW.getTime() - (days * 24 + hours) * 3600_000).toISOString();
const plan = (updatedAt: string, changedSinceBackup = true) => ({ updatedAt, changedSinceBackup });
const due = (facts: Omit<BackupFacts, 'now'>) => backupReminderDue({ now: NOW, ...facts });

describe('backupReminderDue', () => {
  it('never reminds without plans', () => {
    expect(due({ lastBackupAt: null, plans: [] })).toBe(false);
    expect(due({ lastBackupAt: daysAgo(100), plans: [] })).toBe(false);
  });

  describe('no back-up was ever made', () => {
    it('reminds once the oldest plan change is more than 14 days ago', () => {
      expect(due({ lastBackupAt: null, plans: [plan(daysAgo(1)), plan(daysAgo(14, 1))] })).toBe(true);
      expect(due({ lastBackupAt: null, plans: [plan(daysAgo(30))] })).toBe(true);
    });

    it('does not remind while every plan changed within the last 14 days', () => {
      expect(due({ lastBackupAt: null, plans: [plan(daysAgo(0)), plan(daysAgo(13, 23))] })).toBe(false);
      expect(due({ lastBackupAt: null, plans: [plan(daysAgo(14))] })).toBe(false);
    });
  });

  describe('after a back-up', () => {
    it('reminds when the back-up is more than 14 days old and a plan changed since', () => {
      expect(due({ lastBackupAt: daysAgo(15), plans: [plan(daysAgo(2), false), plan(daysAgo(1), true)] })).toBe(true);
      expect(due({ lastBackupAt: daysAgo(14, 1), plans: [plan(daysAgo(1))] })).toBe(true);
    });

    it('does not remind when nothing changed since the back-up, however old it is', () => {
      expect(due({ lastBackupAt: daysAgo(200), plans: [plan(daysAgo(300), false), plan(daysAgo(250), false)] })).toBe(false);
    });

    it('does not remind within 14 days of the back-up, even after changes', () => {
      expect(due({ lastBackupAt: daysAgo(13), plans: [plan(daysAgo(0))] })).toBe(false);
      expect(due({ lastBackupAt: daysAgo(14), plans: [plan(daysAgo(0))] })).toBe(false);
    });

    it('does not remind for a back-up dated in the future (a clock set wrong)', () => {
      expect(due({ lastBackupAt: '2027-01-01T00:00:00.000Z', plans: [plan(daysAgo(1))] })).toBe(false);
    });
  });

  it('a date that cannot be read never triggers a reminder', () => {
    expect(due({ lastBackupAt: 'kapot', plans: [plan(daysAgo(1))] })).toBe(false);
    expect(due({ lastBackupAt: null, plans: [plan('kapot')] })).toBe(false);
  });

  it('takes another number of days', () => {
    expect(backupReminderDue({ now: NOW, lastBackupAt: daysAgo(8), plans: [plan(daysAgo(1))] }, 7)).toBe(true);
  });
});

describe('daysSince', () => {
  it('counts whole days, rounded down', () => {
    expect(daysSince(daysAgo(20, 5), NOW)).toBe(20);
    expect(daysSince(daysAgo(0, 23), NOW)).toBe(0);
    expect(daysSince('kapot', NOW)).toBeNaN();
  });
});
