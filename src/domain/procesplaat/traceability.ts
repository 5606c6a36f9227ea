// Who cites what: the onderbouwing of goals (inputs and policies), and which wijkkrachten are
// owners in the doelenboom. Pure queries, plus the two operations that make a node from the
// lists of the first steps (a goal from inputs and policies, an owner from a strength).
import { nlSteps } from '../../i18n/steps';
import { addNode } from '../plan/operations';
import { graphIndex } from '../plan/rules';
import type { Goal, Input, Owner, Plan, Policy, Position, Result } from '../plan/types';
import { clip, MAX_LENGTH } from './entities';

const e = nlSteps.errors;
const nowIso = (): string => new Date().toISOString();

const goals = (plan: Pick<Plan, 'nodes'>): Goal[] => plan.nodes.filter((n): n is Goal => n.kind === 'goal');

/** The goals (subgoals too) whose onderbouwing cites this input, in node order. */
export function goalsCitingInput(plan: Pick<Plan, 'nodes'>, inputId: string): Goal[] {
  return goals(plan).filter((g) => g.inputIds.includes(inputId));
}

/** The goals (subgoals too) whose onderbouwing cites this policy, in node order. */
export function goalsCitingPolicy(plan: Pick<Plan, 'nodes'>, policyId: string): Goal[] {
  return goals(plan).filter((g) => g.policyIds.includes(policyId));
}

/**
 * How many goals cite each input and each policy (a goal citing an id twice counts once).
 * Ids no goal cites are absent; one pass over the goals, for lists that show every count.
 */
export function citationCounts(plan: Pick<Plan, 'nodes'>): { inputs: Map<string, number>; policies: Map<string, number> } {
  const inputs = new Map<string, number>();
  const policies = new Map<string, number>();
  const count = (m: Map<string, number>, ids: readonly string[]) => {
    for (const id of new Set(ids)) m.set(id, (m.get(id) ?? 0) + 1);
  };
  for (const g of goals(plan)) {
    count(inputs, g.inputIds);
    count(policies, g.policyIds);
  }
  return { inputs, policies };
}

/** Signals no goal cites, in input order. Karakterkenmerken are left out: every goal respects them. */
export function inputsWithoutGoal(plan: Pick<Plan, 'nodes' | 'inputs'>): Input[] {
  const { inputs: used } = citationCounts(plan);
  return plan.inputs.filter((i) => i.source !== 'karakter' && !used.has(i.id));
}

/**
 * The inputs and policies a goal rests on, in the order the goal cites them; references to
 * inputs or policies that no longer exist are skipped. Unknown id or not a goal → empty lists.
 */
export function onderbouwingOf(plan: Pick<Plan, 'nodes' | 'edges' | 'inputs' | 'policies'>, goalId: string): { inputs: Input[]; policies: Policy[] } {
  const goal = graphIndex(plan).node(goalId);
  if (!goal || goal.kind !== 'goal') return { inputs: [], policies: [] };
  const inputById = new Map(plan.inputs.map((i) => [i.id, i]));
  const policyById = new Map(plan.policies.map((p) => [p.id, p]));
  const pick = <T>(ids: readonly string[], byId: Map<string, T>): T[] =>
    [...new Set(ids)].map((id) => byId.get(id)).filter((x): x is T => x !== undefined);
  return { inputs: pick(goal.inputIds, inputById), policies: pick(goal.policyIds, policyById) };
}

/**
 * A title to start from when making a goal out of a selection: the goal of the (first) chosen
 * policy, otherwise the text of the first chosen input (its first sentence if that is long).
 * Empty when nothing that exists is chosen.
 */
export function suggestGoalTitle(plan: Pick<Plan, 'inputs' | 'policies'>, inputIds: readonly string[], policyIds: readonly string[]): string {
  const policy = policyIds.map((id) => plan.policies.find((p) => p.id === id)).find((p) => p !== undefined);
  if (policy) return clip(policy.goal, MAX_LENGTH.title);
  const input = inputIds.map((id) => plan.inputs.find((i) => i.id === id)).find((i) => i !== undefined);
  if (!input) return '';
  const text = input.text.replace(/\s+/g, ' ').trim();
  const sentence = /^(.{20,}?[.!?])\s/u.exec(text)?.[1];
  return clip(sentence && text.length > 120 ? sentence : text, MAX_LENGTH.title);
}

/**
 * Adds a top goal (no parent) titled `title`, citing `inputIds` and `policyIds` as its
 * onderbouwing (duplicates dropped, order kept). Refuses an empty title, no onderbouwing at
 * all, ids of inputs or policies that do not exist, and a node id in use. The title is trimmed
 * and cut to 500 characters.
 */
export function makeGoalFrom(
  plan: Plan,
  from: { inputIds: readonly string[]; policyIds: readonly string[]; title: string },
  node: { id: string; position: Position },
  now: string = nowIso(),
): Result<Plan> {
  const title = clip(from.title, MAX_LENGTH.title);
  if (title === '') return { ok: false, reason: e.goalTitleRequired };
  const inputIds = [...new Set(from.inputIds)];
  const policyIds = [...new Set(from.policyIds)];
  if (inputIds.length === 0 && policyIds.length === 0) return { ok: false, reason: e.needOnderbouwing };
  const inputs = new Set(plan.inputs.map((i) => i.id));
  const policies = new Set(plan.policies.map((p) => p.id));
  if (!inputIds.every((id) => inputs.has(id))) return { ok: false, reason: e.unknownInput };
  if (!policyIds.every((id) => policies.has(id))) return { ok: false, reason: e.unknownPolicy };
  const goal: Goal = { id: node.id, kind: 'goal', title, inputIds, policyIds, position: { x: node.position.x, y: node.position.y } };
  return addNode(plan, goal, { now });
}

/** The owner node made from this strength (the first, if several), if any. */
export function ownerOfStrength(plan: Pick<Plan, 'nodes'>, strengthId: string): Owner | undefined {
  return plan.nodes.find((n): n is Owner => n.kind === 'owner' && n.strengthId === strengthId);
}

/** For each strength that is an owner: that owner and how many actions it owns. */
export function strengthOwners(plan: Pick<Plan, 'nodes' | 'edges'>): Map<string, { owner: Owner; actions: number }> {
  const index = graphIndex(plan);
  const out = new Map<string, { owner: Owner; actions: number }>();
  for (const n of plan.nodes) {
    if (n.kind !== 'owner' || n.strengthId === undefined || out.has(n.strengthId)) continue;
    out.set(n.strengthId, { owner: n, actions: index.actionsOfOwner(n.id).length });
  }
  return out;
}

/**
 * Adds an owner node for a wijkkracht, titled with its name and linked by `strengthId`.
 * Refuses an unknown strength, a strength that is an owner already (saying of how many
 * actions), and a node id in use.
 */
export function makeOwnerFrom(plan: Plan, strengthId: string, node: { id: string; position: Position }, now: string = nowIso()): Result<Plan> {
  const strength = plan.strengths.find((s) => s.id === strengthId);
  if (!strength) return { ok: false, reason: e.unknownStrength };
  const existing = ownerOfStrength(plan, strengthId);
  if (existing) return { ok: false, reason: e.ownerExists(strength.name, graphIndex(plan).actionsOfOwner(existing.id).length) };
  const owner: Owner = { id: node.id, kind: 'owner', title: clip(strength.name, MAX_LENGTH.title), strengthId, position: { x: node.position.x, y: node.position.y } };
  return addNode(plan, owner, { now });
}
