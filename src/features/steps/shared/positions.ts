// Where nodes made from the lists of the first steps appear in the doelenboom: never on top
// of another node (nextFreePosition), near where a user would look for them.
import { NODE_HEIGHT, NODE_WIDTH, nextFreePosition } from '../../../domain/layout';
import { graphIndex } from '../../../domain/plan/rules';
import type { Plan, PlanNode, Position } from '../../../domain/plan/types';

const GAP_X = 80;
const GAP_Y = 80;

/** A new top goal: right of the rightmost top goal, on its row; at the origin in an empty plan. */
export function newTopGoalPosition(plan: Pick<Plan, 'nodes' | 'edges'>): Position {
  const index = graphIndex(plan);
  const roots = index.roots.map((id) => index.node(id)).filter((n): n is PlanNode => n !== undefined);
  if (roots.length === 0) return nextFreePosition(plan.nodes, { x: 0, y: 0 });
  const right = roots.reduce((a, b) => (b.position.x > a.position.x ? b : a));
  return nextFreePosition(plan.nodes, { x: right.position.x + NODE_WIDTH + GAP_X, y: right.position.y });
}

/** A new owner: right of the rightmost owner, on its row; otherwise below everything. */
export function newOwnerPosition(plan: Pick<Plan, 'nodes'>): Position {
  const owners = plan.nodes.filter((n) => n.kind === 'owner');
  if (owners.length > 0) {
    const right = owners.reduce((a, b) => (b.position.x > a.position.x ? b : a));
    return nextFreePosition(plan.nodes, { x: right.position.x + NODE_WIDTH + GAP_X / 2, y: right.position.y });
  }
  if (plan.nodes.length === 0) return { x: 0, y: 0 };
  const bottom = Math.max(...plan.nodes.map((n) => n.position.y));
  const left = Math.min(...plan.nodes.map((n) => n.position.x));
  return nextFreePosition(plan.nodes, { x: left, y: bottom + NODE_HEIGHT + GAP_Y });
}
