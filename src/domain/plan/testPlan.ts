// Small builders for unit tests of the domain (not used by the app).
import type { Action, Edge, Goal, Input, Owner, Plan, PlanNode } from './types';

export const T0 = '2025-01-01T00:00:00.000Z';
export const T1 = '2025-02-01T00:00:00.000Z';

export const goal = (id: string, extra: Partial<Goal> = {}): Goal => ({
  id, kind: 'goal', title: `Doel ${id}`, inputIds: [], policyIds: [], position: { x: 0, y: 0 }, ...extra,
});
export const action = (id: string, extra: Partial<Action> = {}): Action => ({
  id, kind: 'action', title: `Actie ${id}`, status: 'gepland', position: { x: 0, y: 0 }, ...extra,
});
export const owner = (id: string, extra: Partial<Owner> = {}): Owner => ({
  id, kind: 'owner', title: `Eigenaar ${id}`, position: { x: 0, y: 0 }, ...extra,
});
export const input = (id: string, extra: Partial<Input> = {}): Input => ({ id, text: `Signaal ${id}`, source: 'bewoners', ...extra });

/** Edges from "source>target" strings; ids e1, e2, … in order. */
export const edges = (...pairs: string[]): Edge[] =>
  pairs.map((p, i) => {
    const [source = '', target = ''] = p.split('>');
    return { id: `e${i + 1}`, source, target };
  });

export function makePlan(nodes: PlanNode[] = [], es: Edge[] = [], extra: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-1', title: 'Wijkdoelen Presikhaaf', wijk: 'Presikhaaf', period: '2025–2026',
    createdAt: T0, updatedAt: T0, inputs: [], policies: [], strengths: [], forums: [], nodes, edges: es, ...extra,
  };
}

/** Freezes a value and everything in it, so a test fails (TypeError) on any mutation. */
export function deepFreeze<V>(value: V): V {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * A plan with:  g1 ─┬─ g2 ── a2 ── o1
 *                   ├─ a1 ── o1
 *                   └─ g3
 *               g4 (top goal, no children)  a3 (no goal, no owner)  o2 (no actions)
 */
export function samplePlan(): Plan {
  return makePlan(
    [goal('g1'), goal('g2'), action('a1'), goal('g3'), action('a2'), owner('o1'), goal('g4'), action('a3'), owner('o2')],
    edges('g1>g2', 'g1>a1', 'g1>g3', 'g2>a2', 'a1>o1', 'a2>o1'),
  );
}
