// Progress over time (step 6, "bewaken en bijsturen"): how far a goal is, counting the
// actions under its subgoals too, and which actions are behind schedule.
import { graphIndex } from '../plan/rules';
import type { Action, Plan } from '../plan/types';

export interface Rollup {
  /** Actions with status gereed. */
  done: number;
  /** Actions that count: all but those with status gestopt. */
  total: number;
  /** done / total as a whole percentage, 0 when there is nothing to count. */
  percent: number;
}

/**
 * Progress of a goal over all its actions: those directly under it and those under its
 * subgoals, at every level. An action counts once even if reached twice; a goal caught in a
 * cycle (which a valid plan never has) is walked once. Unknown id or not a goal → zeros.
 */
export function goalRollup(plan: Pick<Plan, 'nodes' | 'edges'>, goalId: string): Rollup {
  const index = graphIndex(plan);
  let done = 0;
  let total = 0;
  if (index.node(goalId)?.kind === 'goal') {
    const seen = new Set<string>();
    const stack = [goalId];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = index.node(id);
      if (node?.kind === 'goal') {
        for (const child of index.children(id)) stack.push(child);
      } else if (node?.kind === 'action') {
        if (node.status === 'gestopt') continue;
        total++;
        if (node.status === 'gereed') done++;
      }
    }
  }
  return { done, total, percent: total === 0 ? 0 : Math.round((done / total) * 100) };
}

const QUARTER = /^([0-9]{4})-Q([1-4])$/;

/** The quarter a date falls in (local time), as `YYYY-Qn`. */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}-Q${Math.floor(date.getMonth() / 3) + 1}`;
}

/** A quarter `YYYY-Qn` as one number that orders quarters (year × 4 + n − 1), or undefined. */
function quarterNumber(quarter: string | undefined): number | undefined {
  const m = quarter === undefined ? null : QUARTER.exec(quarter);
  if (!m) return undefined;
  return Number(m[1]) * 4 + Number(m[2]) - 1;
}

/**
 * Behind schedule: the action's planned quarter has fully passed (today lies in a later
 * quarter) and it is neither gereed nor gestopt. No or an unreadable quarter → false.
 */
export function isOverdue(action: Pick<Action, 'due' | 'status'>, today: Date): boolean {
  if (action.status === 'gereed' || action.status === 'gestopt') return false;
  const due = quarterNumber(action.due);
  if (due === undefined) return false;
  const now = quarterNumber(quarterOf(today)) as number;
  return due < now;
}

/** The actions behind schedule, in node order. */
export function overdueActions(plan: Pick<Plan, 'nodes'>, today: Date): Action[] {
  return plan.nodes.filter((n): n is Action => n.kind === 'action' && isOverdue(n, today));
}
