// Outline numbers ("1", "1.2", "1.2.3") and progress per goal.
import { graphIndex } from './rules';
import type { Plan } from './types';

/**
 * The outline number of every goal reachable from a top goal: top goals in node order, then
 * subgoals in edge order. Actions take no number. Goals caught in a cycle (which a valid plan
 * never has) get none.
 */
export function outlineNumbers(plan: Pick<Plan, 'nodes' | 'edges'>): Map<string, string> {
  const index = graphIndex(plan);
  const out = new Map<string, string>();
  const stack: Array<[string, string]> = [];
  const pushChildren = (ids: readonly string[], prefix: string) => {
    const goals = ids.filter((id) => index.node(id)?.kind === 'goal');
    for (let i = goals.length - 1; i >= 0; i--) stack.push([goals[i] as string, `${prefix}${i + 1}`]);
  };
  pushChildren(index.roots, '');
  while (stack.length > 0) {
    const [id, number] = stack.pop() as [string, string];
    if (out.has(id)) continue;
    out.set(id, number);
    pushChildren(index.children(id), `${number}.`);
  }
  return out;
}

export interface Progress {
  /** Actions with status gereed. */
  done: number;
  /** Actions that count: all but those with status gestopt. */
  total: number;
}

/** Progress of the actions directly under a goal (not those under its subgoals). */
export function goalProgress(plan: Pick<Plan, 'nodes' | 'edges'>, goalId: string): Progress {
  const index = graphIndex(plan);
  let done = 0;
  let total = 0;
  if (index.node(goalId)?.kind !== 'goal') return { done, total };
  for (const id of new Set(index.children(goalId))) {
    const node = index.node(id);
    if (node?.kind !== 'action' || node.status === 'gestopt') continue;
    total++;
    if (node.status === 'gereed') done++;
  }
  return { done, total };
}
