// The rules a file must keep beyond its shape (docs/domain.md, docs/file-format.md): unique
// ids, references that point somewhere, edges only between kinds that may be joined, one
// parent goal, one goal and one owner per action, no cycles.
import { nlFile } from '../../i18n/file';
import type { NodeKind } from '../plan/types';
import type { ParsedPlan, ParsedPlanContent } from './schema';

/** goal → goal (subgoal), goal → action, action → owner. */
const mayJoin = (source: NodeKind, target: NodeKind): boolean =>
  source === 'goal' ? target !== 'owner' : source === 'action' && target === 'owner';

/** Index of the first item with each id; a message for every later item with the same id. `list` is the items' path. */
function indexIds(list: string, items: readonly { id: string }[], errors: string[]): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else errors.push(nlFile.duplicateId(`${list}[${i}].id`, item.id, `${list}[${seen}]`));
  });
  return first;
}

/** Pushes `value` onto the list kept under `key`. */
function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every cycle found by a depth-first walk over the edges (each back edge closes one), as
 * the ids along it. Iterative, so a long chain of goals cannot overflow the call stack.
 */
function findCycles(nodeIds: Iterable<string>, next: ReadonlyMap<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  for (const start of nodeIds) {
    if (state.has(start)) continue;
    const path: string[] = [start];
    const cursor: number[] = [0];
    state.set(start, 'open');
    while (path.length > 0) {
      const at = path.length - 1;
      const id = path[at] as string;
      const targets = next.get(id) ?? [];
      const i = cursor[at] as number;
      if (i >= targets.length) {
        state.set(id, 'done');
        path.pop();
        cursor.pop();
        continue;
      }
      cursor[at] = i + 1;
      const target = targets[i] as string;
      const seen = state.get(target);
      if (seen === 'open') cycles.push(path.slice(path.lastIndexOf(target)));
      else if (seen === undefined) {
        state.set(target, 'open');
        path.push(target);
        cursor.push(0);
      }
    }
  }
  return cycles;
}

/** Dutch messages for every rule the plan breaks, its momentopnamen included; empty if it is a valid doelenboom. */
export function checkPlanRules(plan: ParsedPlan): string[] {
  const errors: string[] = [];
  checkContent(plan, 'plan', errors);
  if (plan.snapshots) {
    indexIds('plan.snapshots', plan.snapshots, errors);
    plan.snapshots.forEach((s, i) => checkContent(s.plan, `plan.snapshots[${i}].plan`, errors));
  }
  return errors;
}

/** Adds the rules one plan's content breaks to `errors`; `root` is its path (`plan`, or a momentopname's `plan`). */
function checkContent(plan: ParsedPlanContent, root: string, errors: string[]): void {
  const edgePath = (i: number) => `${root}.edges[${i}]`;
  const inputs = indexIds(`${root}.inputs`, plan.inputs, errors);
  const policies = indexIds(`${root}.policies`, plan.policies, errors);
  const strengths = indexIds(`${root}.strengths`, plan.strengths, errors);
  const forums = indexIds(`${root}.forums`, plan.forums, errors);
  const nodes = indexIds(`${root}.nodes`, plan.nodes, errors);
  indexIds(`${root}.edges`, plan.edges, errors);
  // Nodes and edges share one id space (file-format.md: "unique among themselves").
  plan.edges.forEach((e, i) => {
    const n = nodes.get(e.id);
    if (n !== undefined) errors.push(nlFile.duplicateId(`${edgePath(i)}.id`, e.id, `${root}.nodes[${n}]`));
  });
  // Measure ids are unique across all goals of the plan, so a measure can be followed from a
  // momentopname to now even when it moves to another goal.
  const measures = new Map<string, string>();

  plan.nodes.forEach((node, i) => {
    const at = `${root}.nodes[${i}]`;
    if (node.kind === 'goal') {
      node.measures?.forEach((m, j) => {
        const seen = measures.get(m.id);
        if (seen === undefined) measures.set(m.id, `${at}.measures[${j}]`);
        else errors.push(nlFile.duplicateId(`${at}.measures[${j}].id`, m.id, seen));
      });
      node.inputIds.forEach((ref, j) => {
        if (!inputs.has(ref)) errors.push(nlFile.unknownInput(`${at}.inputIds[${j}]`, ref));
      });
      node.policyIds.forEach((ref, j) => {
        if (!policies.has(ref)) errors.push(nlFile.unknownPolicy(`${at}.policyIds[${j}]`, ref));
      });
    } else if (node.kind === 'action') {
      if (node.forumId !== undefined && !forums.has(node.forumId)) {
        errors.push(nlFile.unknownForum(`${at}.forumId`, node.forumId));
      }
    } else if (node.strengthId !== undefined && !strengths.has(node.strengthId)) {
      errors.push(nlFile.unknownStrength(`${at}.strengthId`, node.strengthId));
    }
  });

  const kindOf = (id: string): NodeKind | undefined => {
    const i = nodes.get(id);
    return i === undefined ? undefined : plan.nodes[i]?.kind;
  };
  // Edge indexes: goal → edges from its parent goals, action → edges from its goals and to its owners.
  const parentEdges = new Map<string, number[]>();
  const goalEdges = new Map<string, number[]>();
  const ownerEdges = new Map<string, number[]>();
  const next = new Map<string, string[]>();
  plan.edges.forEach((e, i) => {
    const source = kindOf(e.source);
    const target = kindOf(e.target);
    if (source === undefined) errors.push(nlFile.unknownNode(`${edgePath(i)}.source`, e.source));
    if (target === undefined) errors.push(nlFile.unknownNode(`${edgePath(i)}.target`, e.target));
    if (source === undefined || target === undefined) return;
    add(next, e.source, e.target);
    if (!mayJoin(source, target)) errors.push(nlFile.forbiddenEdge(edgePath(i), source, e.source, target, e.target));
    else if (target === 'goal') add(parentEdges, e.target, i);
    else if (target === 'action') add(goalEdges, e.target, i);
    else add(ownerEdges, e.source, i);
  });

  const tooMany = (edges: Map<string, number[]>, say: typeof nlFile.twoGoals) => {
    for (const [id, list] of edges) {
      if (list.length > 1) errors.push(say(`${root}.nodes[${nodes.get(id)}]`, id, list.map(edgePath)));
    }
  };
  tooMany(parentEdges, nlFile.twoParentGoals);
  tooMany(goalEdges, nlFile.twoGoals);
  tooMany(ownerEdges, nlFile.twoOwners);

  for (const cycle of findCycles(nodes.keys(), next)) errors.push(nlFile.cycle(`${root}.edges`, cycle));
}
