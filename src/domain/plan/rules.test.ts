import { describe, expect, it } from 'vitest';
import { canConnect, graphIndex } from './rules';
import { action, edges, goal, makePlan, owner, samplePlan } from './testPlan';
import type { Plan } from './types';

const refused = (plan: Plan, s: string, t: string) => {
  const r = canConnect(plan, s, t);
  return r.ok ? undefined : r.reason;
};

describe('canConnect', () => {
  const plan = makePlan(
    [goal('g1'), goal('g2'), goal('g3'), action('a1'), action('a2'), owner('o1'), owner('o2')],
    edges('g1>g2', 'g2>g3', 'g1>a1', 'a1>o1'),
  );

  it('allows goal → goal, goal → action and action → owner', () => {
    const free = makePlan([goal('g1'), goal('g2'), action('a1'), owner('o1')]);
    expect(canConnect(free, 'g1', 'g2')).toEqual({ ok: true, value: true });
    expect(canConnect(free, 'g1', 'a1')).toEqual({ ok: true, value: true });
    expect(canConnect(free, 'a1', 'o1')).toEqual({ ok: true, value: true });
  });

  it('refuses every other kind pair, with a Dutch reason', () => {
    expect(refused(plan, 'o2', 'a2')).toBe('Een eigenaar kan niet boven een actie staan');
    expect(refused(plan, 'o2', 'g1')).toBe('Een eigenaar kan niet boven een doel staan');
    expect(refused(plan, 'o1', 'o2')).toBe('Een eigenaar kan niet boven een andere eigenaar staan');
    expect(refused(plan, 'a2', 'g1')).toBe('Een actie kan niet boven een doel staan');
    expect(refused(plan, 'a1', 'a2')).toBe('Een actie kan niet boven een andere actie staan');
    expect(refused(plan, 'g1', 'o2')).toBe('Een eigenaar hoort bij een actie, niet direct bij een doel');
  });

  it('refuses self-loops', () => {
    expect(refused(plan, 'g1', 'g1')).toBe('Een onderdeel kan niet met zichzelf verbonden worden');
    expect(refused(plan, 'a1', 'a1')).toBe('Een onderdeel kan niet met zichzelf verbonden worden');
  });

  it('refuses missing nodes', () => {
    expect(refused(plan, 'nope', 'g1')).toBe('Dit onderdeel bestaat niet (meer) in het plan');
    expect(refused(plan, 'g1', 'nope')).toBe('Dit onderdeel bestaat niet (meer) in het plan');
  });

  it('refuses duplicate edges', () => {
    expect(refused(plan, 'g1', 'a1')).toBe('Deze verbinding bestaat al');
    expect(refused(plan, 'a1', 'o1')).toBe('Deze verbinding bestaat al');
    expect(refused(plan, 'g1', 'g2')).toBe('Deze verbinding bestaat al');
  });

  it('refuses a second parent goal', () => {
    expect(refused(plan, 'g1', 'g3')).toBe('Een subdoel kan maar één bovenliggend doel hebben');
  });

  it('refuses a second goal for an action', () => {
    expect(refused(plan, 'g2', 'a1')).toBe('Een actie kan maar bij één doel horen');
  });

  it('refuses a second owner for an action but lets an owner own many actions', () => {
    expect(refused(plan, 'a1', 'o2')).toBe('Een actie kan maar één eigenaar hebben');
    expect(canConnect(plan, 'a2', 'o1').ok).toBe(true);
  });

  it('refuses cycles, direct and deep', () => {
    expect(refused(plan, 'g2', 'g1')).toBe('Dit zou een kringverwijzing maken');
    expect(refused(plan, 'g3', 'g1')).toBe('Dit zou een kringverwijzing maken');
    // A cycle is reported as such even where the target also has a parent.
    expect(refused(plan, 'g3', 'g2')).toBe('Dit zou een kringverwijzing maken');
  });

  it('allows joining two separate trees', () => {
    const two = makePlan([goal('g1'), goal('g2'), goal('h1'), goal('h2')], edges('g1>g2', 'h1>h2'));
    expect(canConnect(two, 'g2', 'h1').ok).toBe(true);
  });

  it('refuses a cycle through a deep chain (2,000 goals), asked many times', () => {
    const n = 2000;
    const nodes = Array.from({ length: n }, (_, i) => goal(`g${i}`));
    const es = Array.from({ length: n - 1 }, (_, i) => ({ id: `e${i}`, source: `g${i}`, target: `g${i + 1}` }));
    const chain = makePlan(nodes, es);
    for (let i = 0; i < 200; i++) expect(canConnect(chain, `g${n - 1}`, 'g0').ok).toBe(false);
  });
});

describe('graphIndex', () => {
  it('answers parent, goal, owner, children, actions of owner and roots', () => {
    const plan = samplePlan();
    const ix = graphIndex(plan);
    expect(ix.parentGoal('g2')).toBe('g1');
    expect(ix.parentGoal('g1')).toBeUndefined();
    expect(ix.goalOfAction('a1')).toBe('g1');
    expect(ix.goalOfAction('a3')).toBeUndefined();
    expect(ix.ownerOfAction('a2')).toBe('o1');
    expect(ix.ownerOfAction('a3')).toBeUndefined();
    expect(ix.children('g1')).toEqual(['g2', 'a1', 'g3']);
    expect(ix.children('g4')).toEqual([]);
    expect(ix.actionsOfOwner('o1')).toEqual(['a1', 'a2']);
    expect(ix.actionsOfOwner('o2')).toEqual([]);
    expect(ix.roots).toEqual(['g1', 'g4']);
    expect(ix.node('a1')?.kind).toBe('action');
    expect(ix.nodeOrder('a1')).toBe(2);
    expect(ix.hasEdge('g1', 'a1')).toBe(true);
    expect(ix.hasEdge('a1', 'g1')).toBe(false);
    expect(ix.edge('e2')).toEqual({ id: 'e2', source: 'g1', target: 'a1' });
    expect(ix.incoming('o1').map((e) => e.id)).toEqual(['e5', 'e6']);
    expect(ix.outgoing('g2').map((e) => e.id)).toEqual(['e4']);
  });

  it('keeps roots in node order and children in edge order', () => {
    const plan = makePlan([goal('b'), goal('a'), goal('c'), action('x'), action('y')], edges('c>y', 'c>a', 'c>x'));
    const ix = graphIndex(plan);
    expect(ix.roots).toEqual(['b', 'c']);
    expect(ix.children('c')).toEqual(['y', 'a', 'x']);
  });

  it('is cached per plan and reused when only the meta changes', () => {
    const plan = samplePlan();
    expect(graphIndex(plan)).toBe(graphIndex(plan));
    const renamed: Plan = { ...plan, title: 'Anders' };
    expect(graphIndex(renamed)).toBe(graphIndex(plan));
    expect(graphIndex({ ...plan, edges: [...plan.edges] })).not.toBe(graphIndex(plan));
    expect(graphIndex({ ...plan, nodes: [...plan.nodes] })).not.toBe(graphIndex(plan));
  });
});
