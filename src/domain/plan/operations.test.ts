import { describe, expect, it, vi } from 'vitest';
import {
  addNode, checkPlanMeta, connect, createPlan, disconnect, moveNodes, newId, removeNodes, renamePlan, reparent,
  setOwner, subtreeIds, updateNode,
} from './operations';
import { graphIndex } from './rules';
import { T0, T1, action, deepFreeze, edges, goal, makePlan, owner, samplePlan } from './testPlan';
import type { Plan, Result } from './types';

const frozenSample = () => deepFreeze(samplePlan());
const snapshot = (p: Plan) => JSON.parse(JSON.stringify(p)) as Plan;
function value<V>(r: Result<V>): V {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value;
}
function reason<V>(r: Result<V>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}
const edgePairs = (p: Plan) => p.edges.map((e) => `${e.source}>${e.target}`);

describe('newId', () => {
  it('uses crypto.randomUUID with the prefix', () => {
    const id = newId('goal');
    expect(id).toMatch(/^goal-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId('goal')).not.toBe(id);
  });

  it('falls back when randomUUID is missing (not a secure context)', () => {
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array) => b.fill(7) });
    try {
      expect(newId('x')).toMatch(/^x-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      vi.unstubAllGlobals();
    }
    vi.stubGlobal('crypto', undefined);
    try {
      expect(newId('y')).toMatch(/^y-[0-9a-f-]{36}$/);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('createPlan, checkPlanMeta and renamePlan', () => {
  it('creates an empty plan with trimmed meta and the given id and time', () => {
    const plan = createPlan({ title: ' Wijkdoelen Presikhaaf ', wijk: 'Presikhaaf ', period: '2025–2026' }, { id: 'p1', now: T0 });
    expect(plan).toEqual({
      id: 'p1', title: 'Wijkdoelen Presikhaaf', wijk: 'Presikhaaf', period: '2025–2026', createdAt: T0, updatedAt: T0,
      inputs: [], policies: [], strengths: [], forums: [], nodes: [], edges: [],
    });
  });

  it('leaves out an empty period and makes an id and time when none are given', () => {
    const plan = createPlan({ title: 'T', wijk: 'W', period: '  ' });
    expect('period' in plan).toBe(false);
    expect(plan.id).toMatch(/^plan-/);
    expect(Date.parse(plan.createdAt)).not.toBeNaN();
    expect(plan.updatedAt).toBe(plan.createdAt);
  });

  it('checkPlanMeta refuses an empty title or wijk', () => {
    expect(reason(checkPlanMeta({ title: ' ', wijk: 'W' }))).toBe('Geef het plan een titel');
    expect(reason(checkPlanMeta({ title: 'T', wijk: '' }))).toBe('Vul de wijk in');
    expect(value(checkPlanMeta({ title: ' T ', wijk: ' W ', period: '' }))).toEqual({ title: 'T', wijk: 'W' });
  });

  it('renames only the given fields and sets updatedAt', () => {
    const plan = frozenSample();
    const next = value(renamePlan(plan, { title: 'Nieuw' }, T1));
    expect(next).toMatchObject({ title: 'Nieuw', wijk: 'Presikhaaf', period: '2025–2026', updatedAt: T1, createdAt: T0 });
    expect(next.nodes).toBe(plan.nodes);
    expect(plan.title).toBe('Wijkdoelen Presikhaaf');
  });

  it('removes the period when it is set to empty or undefined', () => {
    const plan = frozenSample();
    expect('period' in value(renamePlan(plan, { period: '' }, T1))).toBe(false);
    expect('period' in value(renamePlan(plan, { period: undefined }, T1))).toBe(false);
  });

  it('refuses an empty title or wijk and returns the same plan when nothing changes', () => {
    const plan = frozenSample();
    expect(reason(renamePlan(plan, { title: '  ' }))).toBe('Geef het plan een titel');
    expect(reason(renamePlan(plan, { wijk: '' }))).toBe('Vul de wijk in');
    expect(value(renamePlan(plan, { title: 'Wijkdoelen Presikhaaf', wijk: 'Presikhaaf' }, T1))).toBe(plan);
  });
});

describe('addNode', () => {
  it('adds a node at the end without an edge', () => {
    const plan = frozenSample();
    const next = value(addNode(plan, goal('g9'), { now: T1 }));
    expect(next.nodes.at(-1)?.id).toBe('g9');
    expect(next.nodes).toHaveLength(plan.nodes.length + 1);
    expect(next.edges).toBe(plan.edges);
    expect(next.updatedAt).toBe(T1);
    expect(plan.nodes).toHaveLength(9);
  });

  it('adds the edge from the parent when asked', () => {
    const plan = frozenSample();
    const next = value(addNode(plan, action('a9'), { parentId: 'g4', edgeId: 'e9', now: T1 }));
    expect(next.edges.at(-1)).toEqual({ id: 'e9', source: 'g4', target: 'a9' });
    expect(graphIndex(next).goalOfAction('a9')).toBe('g4');
    const generated = value(addNode(plan, owner('o9'), { parentId: 'a3' }));
    expect(generated.edges.at(-1)?.id).toMatch(/^edge-/);
  });

  it('refuses what canConnect refuses, a used node id or a used edge id', () => {
    const plan = frozenSample();
    expect(reason(addNode(plan, owner('o9'), { parentId: 'a1' }))).toBe('Een actie kan maar één eigenaar hebben');
    expect(reason(addNode(plan, goal('g9'), { parentId: 'a1' }))).toBe('Een actie kan niet boven een doel staan');
    expect(reason(addNode(plan, goal('g9'), { parentId: 'nope' }))).toBe('Dit onderdeel bestaat niet (meer) in het plan');
    expect(reason(addNode(plan, goal('g1')))).toBe('Er is al een onderdeel met deze id');
    expect(reason(addNode(plan, goal('g9'), { parentId: 'g1', edgeId: 'e1' }))).toBe('Er is al een verbinding met deze id');
  });
});

describe('updateNode', () => {
  it('patches fields of the node kind and sets updatedAt', () => {
    const plan = frozenSample();
    const before = snapshot(plan);
    const next = updateNode(plan, 'a1', { title: 'Pannakooi', status: 'lopend', due: '2025-Q3' }, T1);
    expect(next.nodes[2]).toMatchObject({ id: 'a1', kind: 'action', title: 'Pannakooi', status: 'lopend', due: '2025-Q3' });
    expect(next.updatedAt).toBe(T1);
    expect(next.nodes[0]).toBe(plan.nodes[0]);
    expect(snapshot(plan)).toEqual(before);
  });

  it('never changes id or kind and ignores fields of other kinds', () => {
    const plan = frozenSample();
    const patch = { kind: 'owner', id: 'x', status: 'gereed', strengthId: 's1', indicator: 'Meer' } as never;
    const next = updateNode(plan, 'g1', patch, T1);
    expect(next.nodes[0]).toEqual({ ...plan.nodes[0], indicator: 'Meer' });
  });

  it('removes optional fields patched to undefined but keeps required ones', () => {
    const plan = makePlan([action('a1', { due: '2025-Q1', forumId: 'f1' })]);
    const next = updateNode(plan, 'a1', { due: undefined, title: undefined, status: undefined }, T1);
    expect(next.nodes[0]).toEqual({ id: 'a1', kind: 'action', title: 'Actie a1', status: 'gepland', forumId: 'f1', position: { x: 0, y: 0 } });
  });

  it('copies arrays so the plan does not share them with the caller', () => {
    const plan = frozenSample();
    const ids = ['i1'];
    const next = updateNode(plan, 'g1', { inputIds: ids }, T1);
    ids.push('i2');
    expect(next.nodes[0]).toMatchObject({ inputIds: ['i1'] });
  });

  it('returns the same plan for an unknown id or a patch that changes nothing', () => {
    const plan = frozenSample();
    expect(updateNode(plan, 'nope', { title: 'X' })).toBe(plan);
    expect(updateNode(plan, 'g1', { title: 'Doel g1', inputIds: [], position: { x: 0, y: 0 } })).toBe(plan);
    expect(updateNode(plan, 'g1', { description: undefined })).toBe(plan);
  });
});

describe('moveNodes', () => {
  it('moves several nodes at once and ignores unknown ids', () => {
    const plan = frozenSample();
    const next = moveNodes(plan, { g1: { x: 10, y: 20 }, a3: { x: -5, y: 7 }, nope: { x: 1, y: 1 } }, T1);
    expect(next.nodes[0]?.position).toEqual({ x: 10, y: 20 });
    expect(next.nodes[7]?.position).toEqual({ x: -5, y: 7 });
    expect(next.nodes[1]).toBe(plan.nodes[1]);
    expect(next.updatedAt).toBe(T1);
    expect(plan.nodes[0]?.position).toEqual({ x: 0, y: 0 });
  });

  it('returns the same plan when no position changes', () => {
    const plan = frozenSample();
    expect(moveNodes(plan, { g1: { x: 0, y: 0 }, nope: { x: 3, y: 3 } })).toBe(plan);
  });
});

describe('removeNodes', () => {
  it('removes the nodes and every edge touching them', () => {
    const plan = frozenSample();
    const next = removeNodes(plan, ['a1', 'g2'], T1);
    expect(next.nodes.map((n) => n.id)).toEqual(['g1', 'g3', 'a2', 'o1', 'g4', 'a3', 'o2']);
    expect(edgePairs(next)).toEqual(['g1>g3', 'a2>o1']);
    expect(next.updatedAt).toBe(T1);
    expect(plan.nodes).toHaveLength(9);
  });

  it('accepts any iterable and returns the same plan when nothing is removed', () => {
    const plan = frozenSample();
    expect(removeNodes(plan, new Set(['o2']), T1).nodes).toHaveLength(8);
    expect(removeNodes(plan, ['nope'])).toBe(plan);
    expect(removeNodes(plan, [])).toBe(plan);
  });
});

describe('connect and disconnect', () => {
  it('connects when allowed, appending the edge', () => {
    const plan = frozenSample();
    const next = value(connect(plan, 'g4', 'a3', 'e9', T1));
    expect(next.edges.at(-1)).toEqual({ id: 'e9', source: 'g4', target: 'a3' });
    expect(next.updatedAt).toBe(T1);
    expect(plan.edges).toHaveLength(6);
    expect(value(connect(plan, 'a3', 'o2')).edges.at(-1)?.id).toMatch(/^edge-/);
  });

  it('refuses with canConnect reasons and refuses a used edge id', () => {
    const plan = frozenSample();
    expect(reason(connect(plan, 'g2', 'g1', 'e9'))).toBe('Dit zou een kringverwijzing maken');
    expect(reason(connect(plan, 'g4', 'a1', 'e9'))).toBe('Een actie kan maar bij één doel horen');
    expect(reason(connect(plan, 'g4', 'g2', 'e9'))).toBe('Een subdoel kan maar één bovenliggend doel hebben');
    expect(reason(connect(plan, 'o1', 'a3', 'e9'))).toBe('Een eigenaar kan niet boven een actie staan');
    expect(reason(connect(plan, 'g4', 'a3', 'e1'))).toBe('Er is al een verbinding met deze id');
  });

  it('disconnects by edge id, and an unknown id changes nothing', () => {
    const plan = frozenSample();
    const next = disconnect(plan, 'e2', T1);
    expect(edgePairs(next)).toEqual(['g1>g2', 'g1>g3', 'g2>a2', 'a1>o1', 'a2>o1']);
    expect(next.updatedAt).toBe(T1);
    expect(disconnect(plan, 'nope')).toBe(plan);
    expect(plan.edges).toHaveLength(6);
  });
});

describe('reparent', () => {
  it('moves a goal under another goal (as last child)', () => {
    const plan = frozenSample();
    const next = value(reparent(plan, 'g3', 'g4', 'e9', T1));
    expect(edgePairs(next)).toEqual(['g1>g2', 'g1>a1', 'g2>a2', 'a1>o1', 'a2>o1', 'g4>g3']);
    expect(graphIndex(next).parentGoal('g3')).toBe('g4');
    expect(next.updatedAt).toBe(T1);
    expect(plan.edges).toHaveLength(6);
  });

  it('makes a top goal of a goal moved to null, and gives a top goal a parent', () => {
    const plan = frozenSample();
    const top = value(reparent(plan, 'g2', null, 'e9', T1));
    expect(graphIndex(top).roots).toEqual(['g1', 'g2', 'g4']);
    const under = value(reparent(plan, 'g4', 'g3', 'e9', T1));
    expect(graphIndex(under).parentGoal('g4')).toBe('g3');
  });

  it('moves an action to another goal, or leaves it without goal', () => {
    const plan = frozenSample();
    const moved = value(reparent(plan, 'a1', 'g3', 'e9', T1));
    expect(graphIndex(moved).goalOfAction('a1')).toBe('g3');
    expect(graphIndex(moved).ownerOfAction('a1')).toBe('o1');
    const loose = value(reparent(plan, 'a1', null, 'e9', T1));
    expect(graphIndex(loose).goalOfAction('a1')).toBeUndefined();
    const placed = value(reparent(plan, 'a3', 'g4', 'e9', T1));
    expect(graphIndex(placed).goalOfAction('a3')).toBe('g4');
  });

  it('moving an owner under an action makes it that action’s owner; it keeps its other actions', () => {
    const plan = frozenSample();
    const next = value(reparent(plan, 'o2', 'a1', 'e9', T1));
    const ix = graphIndex(next);
    expect(ix.ownerOfAction('a1')).toBe('o2');
    expect(ix.actionsOfOwner('o1')).toEqual(['a2']);
    const shared = value(reparent(plan, 'o1', 'a3', 'e9', T1));
    expect(graphIndex(shared).actionsOfOwner('o1')).toEqual(['a1', 'a2', 'a3']);
  });

  it('refuses cycles, wrong parents and missing nodes', () => {
    const plan = frozenSample();
    expect(reason(reparent(plan, 'g1', 'g2', 'e9'))).toBe('Dit zou een kringverwijzing maken');
    expect(reason(reparent(plan, 'g1', 'g1', 'e9'))).toBe('Een onderdeel kan niet met zichzelf verbonden worden');
    expect(reason(reparent(plan, 'g2', 'a1', 'e9'))).toBe('Dit onderdeel kan alleen onder een doel komen');
    expect(reason(reparent(plan, 'a2', 'a1', 'e9'))).toBe('Dit onderdeel kan alleen onder een doel komen');
    expect(reason(reparent(plan, 'o1', 'g1', 'e9'))).toBe('Een eigenaar kan alleen onder een actie komen');
    expect(reason(reparent(plan, 'o1', null, 'e9'))).toBe('Kies de actie waar deze eigenaar bij hoort');
    expect(reason(reparent(plan, 'nope', 'g1', 'e9'))).toBe('Dit onderdeel bestaat niet (meer) in het plan');
    expect(reason(reparent(plan, 'g2', 'nope', 'e9'))).toBe('Dit onderdeel bestaat niet (meer) in het plan');
    expect(reason(reparent(plan, 'g3', 'g4', 'e1'))).toBe('Er is al een verbinding met deze id');
  });

  it('returns the same plan when the parent does not change', () => {
    const plan = frozenSample();
    expect(value(reparent(plan, 'g2', 'g1', 'e9'))).toBe(plan);
    expect(value(reparent(plan, 'a1', 'g1', 'e9'))).toBe(plan);
    expect(value(reparent(plan, 'g4', null, 'e9'))).toBe(plan);
    expect(value(reparent(plan, 'o1', 'a1', 'e9'))).toBe(plan);
  });
});

describe('setOwner', () => {
  it('sets, replaces and clears the owner of an action', () => {
    const plan = frozenSample();
    expect(graphIndex(value(setOwner(plan, 'a3', 'o2', 'e9', T1))).ownerOfAction('a3')).toBe('o2');
    const replaced = value(setOwner(plan, 'a1', 'o2', 'e9', T1));
    expect(edgePairs(replaced)).toEqual(['g1>g2', 'g1>a1', 'g1>g3', 'g2>a2', 'a2>o1', 'a1>o2']);
    const cleared = value(setOwner(plan, 'a1', null, 'e9', T1));
    expect(graphIndex(cleared).ownerOfAction('a1')).toBeUndefined();
    expect(cleared.updatedAt).toBe(T1);
    expect(value(setOwner(plan, 'a3', null))).toBe(plan);
  });

  it('refuses a non-owner or a missing node', () => {
    const plan = frozenSample();
    expect(reason(setOwner(plan, 'a1', 'g4', 'e9'))).toBe('Een actie kan niet boven een doel staan');
    expect(reason(setOwner(plan, 'a1', 'nope', 'e9'))).toBe('Dit onderdeel bestaat niet (meer) in het plan');
    expect(reason(setOwner(plan, 'nope', 'o1', 'e9'))).toBe('Dit onderdeel bestaat niet (meer) in het plan');
  });
});

describe('subtreeIds', () => {
  it('gives a goal with its subgoals, actions and the owners only reachable from within', () => {
    const plan = frozenSample();
    expect(subtreeIds(plan, 'g1')).toEqual(['g1', 'g2', 'a2', 'a1', 'g3', 'o1']);
    // o1 also owns a1, outside g2: it stays out.
    expect(subtreeIds(plan, 'g2')).toEqual(['g2', 'a2']);
    expect(subtreeIds(plan, 'g4')).toEqual(['g4']);
  });

  it('gives an action with its owner when the owner has no other action; an owner alone', () => {
    const plan = makePlan([goal('g1'), action('a1'), action('a2'), owner('o1'), owner('o2')], edges('g1>a1', 'a1>o1', 'a2>o2', 'g1>a2'));
    expect(subtreeIds(plan, 'a1')).toEqual(['a1', 'o1']);
    expect(subtreeIds(plan, 'g1')).toEqual(['g1', 'a1', 'a2', 'o1', 'o2']);
    expect(subtreeIds(plan, 'o1')).toEqual(['o1']);
    expect(subtreeIds(plan, 'nope')).toEqual([]);
  });

  it('removing a subtree leaves a consistent plan', () => {
    const plan = frozenSample();
    const next = removeNodes(plan, subtreeIds(plan, 'g2'));
    expect(next.nodes.map((n) => n.id)).toEqual(['g1', 'a1', 'g3', 'o1', 'g4', 'a3', 'o2']);
    expect(edgePairs(next)).toEqual(['g1>a1', 'g1>g3', 'a1>o1']);
  });
});
