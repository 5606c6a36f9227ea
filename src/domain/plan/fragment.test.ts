import { describe, expect, it } from 'vitest';
import { extractBranch, pasteBranch } from './fragment';
import { checks } from './checks';
import type { Plan } from './types';

const plan: Plan = {
  id: 'p', title: 'Plan', wijk: 'Wijk', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z',
  inputs: [{ id: 'i1', text: 'Signaal', source: 'bewoners' }, { id: 'i2', text: 'Ander', source: 'team' }],
  policies: [{ id: 'p1', programme: 'Welzijn', goal: 'Doel' }],
  strengths: [{ id: 's1', name: 'Buurthuis', kind: 'voorziening' }],
  forums: [{ id: 'f1', name: 'Sociale tafel' }],
  nodes: [
    { id: 'g1', kind: 'goal', title: 'Hoofddoel', inputIds: [], policyIds: [], position: { x: 0, y: 0 } },
    { id: 'g2', kind: 'goal', title: 'Subdoel', inputIds: ['i1'], policyIds: ['p1'], position: { x: 0, y: 200 } },
    { id: 'a1', kind: 'action', title: 'Actie', status: 'lopend', forumId: 'f1', position: { x: 0, y: 400 } },
    { id: 'o1', kind: 'owner', title: 'Buurthuis', strengthId: 's1', position: { x: 0, y: 600 } },
    { id: 'g3', kind: 'goal', title: 'Ander doel', inputIds: ['i2'], policyIds: [], position: { x: 400, y: 0 } },
  ],
  edges: [
    { id: 'e1', source: 'g1', target: 'g2' },
    { id: 'e2', source: 'g2', target: 'a1' },
    { id: 'e3', source: 'a1', target: 'o1' },
  ],
};

describe('extractBranch', () => {
  it('takes the subtree and only what it cites', () => {
    const branch = extractBranch(plan, ['g2'], 'Knipsel');
    expect(branch.nodes.map((n) => n.id)).toEqual(['g2', 'a1', 'o1']);
    expect(branch.edges.map((e) => e.id)).toEqual(['e2', 'e3']);
    expect(branch.inputs.map((i) => i.id)).toEqual(['i1']);
    expect(branch.forums.map((f) => f.id)).toEqual(['f1']);
    expect(branch.strengths.map((s) => s.id)).toEqual(['s1']);
  });

  it('leaves the plan\'s momentopnamen out of the copy', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...content } = plan;
    const withSnapshot: Plan = { ...plan, snapshots: [{ id: 'sn1', label: 'Maart', createdAt: plan.createdAt, plan: content }] };
    expect('snapshots' in extractBranch(withSnapshot, ['g2'], 'Knipsel')).toBe(false);
  });
});

describe('pasteBranch', () => {
  it('adds a copy with new ids under the target goal, keeping the branch shape', () => {
    const branch = extractBranch(plan, ['g2'], 'Knipsel');
    const { plan: next, ids } = pasteBranch(plan, branch, 'g3');
    expect(next.nodes).toHaveLength(8);
    expect(ids).toHaveLength(3);
    for (const id of ids) expect(plan.nodes.some((n) => n.id === id)).toBe(false);
    const pastedGoal = next.nodes.find((n) => n.id === ids[0]);
    expect(pastedGoal?.title).toBe('Subdoel');
    expect(next.edges.some((e) => e.source === 'g3' && e.target === ids[0])).toBe(true);
    expect(next.edges.some((e) => e.source === ids[0] && e.target === ids[1])).toBe(true);
    // The original is untouched and the copy adds no new kwaliteitscheck items about structure.
    expect(plan.nodes).toHaveLength(5);
    expect(checks(next).filter((c) => c.code === 'action-without-goal' || c.code === 'action-without-owner')).toEqual([]);
  });

  it('drops references the target plan does not have', () => {
    const other: Plan = { ...plan, id: 'q', inputs: [], policies: [], strengths: [], forums: [], nodes: [], edges: [] };
    const { plan: next } = pasteBranch(other, extractBranch(plan, ['g2'], 'Knipsel'));
    const goal = next.nodes.find((n) => n.kind === 'goal');
    const action = next.nodes.find((n) => n.kind === 'action');
    const owner = next.nodes.find((n) => n.kind === 'owner');
    expect(goal?.kind === 'goal' && goal.inputIds).toEqual([]);
    expect(action && 'forumId' in action).toBe(false);
    expect(owner && 'strengthId' in owner).toBe(false);
  });

  it('places the copy where it overlaps nothing', () => {
    const { plan: next, ids } = pasteBranch(plan, extractBranch(plan, ['g1'], 'Knipsel'));
    const maxOld = Math.max(...plan.nodes.map((n) => n.position.x));
    for (const id of ids) expect(next.nodes.find((n) => n.id === id)!.position.x).toBeGreaterThan(maxOld);
  });
});

describe('pasteBranch with measures', () => {
  it('copies a goal\'s measures with new ids, so measure ids stay unique in the plan', () => {
    const measured: Plan = {
      ...plan,
      nodes: plan.nodes.map((n) => (n.id === 'g2' ? { ...n, kind: 'goal' as const, inputIds: ['i1'], policyIds: ['p1'], measures: [{ id: 'm1', name: 'Deelname', values: [{ value: 40, at: '2025' }] }] } : n)),
    };
    const { plan: next, ids } = pasteBranch(measured, extractBranch(measured, ['g2'], 'Knipsel'), 'g3');
    const pasted = next.nodes.find((n) => n.id === ids[0]);
    const measures = pasted?.kind === 'goal' ? pasted.measures : undefined;
    expect(measures?.map((m) => m.name)).toEqual(['Deelname']);
    expect(measures?.[0]?.id).not.toBe('m1');
    expect(measures?.[0]?.values).toEqual([{ value: 40, at: '2025' }]);
  });
});
