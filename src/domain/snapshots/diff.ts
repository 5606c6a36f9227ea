// What changed between a momentopname and now (or between two momentopnames): goals and
// actions added, removed or renamed, action status changes, measures given new values. Pure;
// the UI words it (i18n/snapshots.ts) and highlights the nodes on the canvas by id.
import { graphIndex } from '../plan/rules';
import type { ActionStatus, Plan, PlanNode } from '../plan/types';

/** What a diff needs of a plan: its nodes and edges (a snapshot's content, or the plan itself). */
export type DiffSide = Pick<Plan, 'nodes' | 'edges'>;

/** The part of a measure a diff compares (structurally the Measure of file format 2). */
interface MeasureLike {
  id: string;
  name: string;
  unit?: string;
  values: ReadonlyArray<{ value: number; at: string }>;
}

/** goal / subgoal / action / owner: the word a change is reported with. */
export type ChangedKind = 'goal' | 'subgoal' | 'action' | 'owner';

export type Change =
  | { type: 'added'; id: string; kind: ChangedKind; title: string }
  | { type: 'removed'; id: string; kind: ChangedKind; title: string }
  | { type: 'renamed'; id: string; kind: ChangedKind; from: string; to: string }
  | { type: 'status'; id: string; title: string; from: ActionStatus; to: ActionStatus }
  | { type: 'measure'; id: string; goal: string; measure: string; unit?: string; from?: number; to: number; at: string };

export interface PlanDiff {
  changes: Change[];
  /** Node ids that are new or changed in `after`, to highlight on the canvas. */
  changedIds: Set<string>;
}

function kindOf(side: DiffSide, node: PlanNode): ChangedKind {
  if (node.kind !== 'goal') return node.kind;
  return graphIndex(side).parentGoal(node.id) !== undefined ? 'subgoal' : 'goal';
}

function measuresOf(node: PlanNode): readonly MeasureLike[] {
  const m = (node as { measures?: readonly MeasureLike[] }).measures;
  return Array.isArray(m) ? m : [];
}

/** The latest measured value: by `at` (YYYY or YYYY-MM-DD sort as text), the last given on a tie. */
export function latestValue(measure: MeasureLike): { value: number; at: string } | undefined {
  let latest: { value: number; at: string } | undefined;
  for (const v of measure.values) if (!latest || v.at >= latest.at) latest = v;
  return latest;
}

const ORDER: Record<Change['type'], number> = { added: 0, removed: 1, renamed: 2, status: 3, measure: 4 };

/** The changes from `before` to `after`, added first, then removed, renamed, status, measures. */
export function diffPlans(before: DiffSide, after: DiffSide): PlanDiff {
  const old = new Map(before.nodes.map((n) => [n.id, n]));
  const now = new Map(after.nodes.map((n) => [n.id, n]));
  const changes: Change[] = [];
  const changedIds = new Set<string>();

  for (const n of after.nodes) {
    const was = old.get(n.id);
    if (!was || was.kind !== n.kind) {
      changes.push({ type: 'added', id: n.id, kind: kindOf(after, n), title: n.title });
      changedIds.add(n.id);
      continue;
    }
    if (was.title !== n.title) {
      changes.push({ type: 'renamed', id: n.id, kind: kindOf(after, n), from: was.title, to: n.title });
      changedIds.add(n.id);
    }
    if (was.kind === 'action' && n.kind === 'action' && was.status !== n.status) {
      changes.push({ type: 'status', id: n.id, title: n.title, from: was.status, to: n.status });
      changedIds.add(n.id);
    }
    if (n.kind === 'goal') {
      const oldMeasures = new Map(measuresOf(was).map((m) => [m.id, m]));
      for (const m of measuresOf(n)) {
        const to = latestValue(m);
        if (!to) continue;
        const prev = oldMeasures.get(m.id);
        const from = prev ? latestValue(prev) : undefined;
        if (from && from.value === to.value && from.at === to.at) continue;
        changes.push({ type: 'measure', id: n.id, goal: n.title, measure: m.name, ...(m.unit ? { unit: m.unit } : {}), ...(from ? { from: from.value } : {}), to: to.value, at: to.at });
        changedIds.add(n.id);
      }
    }
  }
  for (const n of before.nodes) {
    const is = now.get(n.id);
    if (!is || is.kind !== n.kind) changes.push({ type: 'removed', id: n.id, kind: kindOf(before, n), title: n.title });
  }
  // Stable sort: within a type, the order of the plan's nodes.
  changes.sort((a, b) => ORDER[a.type] - ORDER[b.type]);
  return { changes, changedIds };
}
