import { describe, expect, it } from 'vitest';
import { formatNumber, nlSnapshots } from './snapshots';

describe('nlSnapshots.describe', () => {
  it('tells every kind of change in plain Dutch', () => {
    expect(nlSnapshots.describe({ type: 'added', id: 'a', kind: 'action', title: 'Buurtbarbecue' })).toBe('Actie toegevoegd: Buurtbarbecue');
    expect(nlSnapshots.describe({ type: 'removed', id: 'g', kind: 'subgoal', title: 'Jongeren' })).toBe('Subdoel verwijderd: Jongeren');
    expect(nlSnapshots.describe({ type: 'renamed', id: 'g', kind: 'goal', from: 'A', to: 'B' })).toBe('Doel hernoemd: "A" heet nu "B"');
    expect(nlSnapshots.describe({ type: 'status', id: 'a', title: 'Pannakooi', from: 'gepland', to: 'gereed' })).toBe('Status van "Pannakooi": Gepland → Gereed');
    expect(nlSnapshots.describe({ type: 'measure', id: 'g', goal: 'Iedereen doet mee', measure: 'Sociale samenhang', unit: 'cijfer', from: 5.8, to: 6.1, at: '2026' }))
      .toBe('Sociale samenhang bij "Iedereen doet mee": 5,8 → 6,1 cijfer (2026)');
    expect(nlSnapshots.describe({ type: 'measure', id: 'g', goal: 'G', measure: 'Deelname', to: 40, at: '2025-06-01' })).toBe('Deelname bij "G": 40 (2025-06-01)');
  });

  it('writes numbers with a decimal comma and a thousands dot', () => {
    expect(formatNumber(5.8)).toBe('5,8');
    expect(formatNumber(1250)).toBe('1.250');
  });
});
