import { describe, expect, it } from 'vitest';
import { action, deepFreeze, edges, goal, makePlan, owner } from '../plan/testPlan';
import { forumAgenda } from './agenda';

const plan = deepFreeze(
  makePlan(
    [
      goal('g1', { title: 'Schone straten' }),
      action('a1', { title: 'Prikacties', status: 'gereed', forumId: 'f1' }),
      action('a2', { title: 'Afvalbakken', status: 'gepland', due: '2025-Q1', forumId: 'f1' }),
      action('a3', { title: 'Buurtfeest', status: 'lopend', forumId: 'f1' }),
      action('a4', { title: 'Graffiti', status: 'gestopt', forumId: 'f1' }),
      action('a5', { title: 'Bankjes', status: 'lopend', forumId: 'f2' }),
      action('a6', { title: 'Zwerfvuil', status: 'gepland', due: '2026-Q1', forumId: 'f1' }),
      owner('o1', { title: 'Buurtteam' }),
    ],
    edges('g1>a1', 'g1>a2', 'g1>a3', 'g1>a4', 'g1>a5', 'g1>a6', 'a2>o1'),
    { forums: [{ id: 'f1', name: 'Sociale tafel' }, { id: 'f2', name: 'Wijkplatform' }, { id: 'f3', name: 'Leeg' }] },
  ),
);
const today = new Date(2025, 5, 1);

describe('forumAgenda', () => {
  it('groups the actions the forum follows by status: lopend, gepland, gereed, gestopt', () => {
    const agenda = forumAgenda(plan, 'f1', today);
    expect(agenda.forum?.name).toBe('Sociale tafel');
    expect(agenda.count).toBe(5);
    expect(agenda.groups.map((g) => [g.status, g.items.map((i) => i.id)])).toEqual([
      ['lopend', ['a3']],
      ['gepland', ['a2', 'a6']],
      ['gereed', ['a1']],
      ['gestopt', ['a4']],
    ]);
  });

  it('gives each item its goal, owner and whether it is behind schedule', () => {
    const gepland = forumAgenda(plan, 'f1', today).groups[1]?.items ?? [];
    expect(gepland[0]).toEqual({
      id: 'a2', title: 'Afvalbakken', goalId: 'g1', goalTitle: '1 Schone straten', ownerName: 'Buurtteam', due: '2025-Q1', status: 'gepland', overdue: true,
    });
    expect(gepland[1]).toMatchObject({ id: 'a6', ownerName: '', overdue: false });
  });

  it('leaves out empty groups; a forum without actions or an unknown forum has none', () => {
    expect(forumAgenda(plan, 'f2', today).groups.map((g) => g.status)).toEqual(['lopend']);
    expect(forumAgenda(plan, 'f3', today)).toMatchObject({ groups: [], count: 0 });
    expect(forumAgenda(plan, 'nope', today)).toEqual({ forum: undefined, groups: [], count: 0 });
  });
});
