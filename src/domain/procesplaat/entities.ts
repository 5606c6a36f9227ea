// Pure operations on the lists of a plan that the first steps of the procesplaat fill:
// inputs (wijkinformatie), policies (beleid), strengths (wijkkrachten) and forums (overleg).
// Like plan/operations.ts: nothing is mutated; a change returns a new Plan with `updatedAt`
// set to `now`; no change returns the very same plan object. Text is trimmed and cut to the
// lengths the doelenboom file allows, so whatever these operations make can be exported.
import { nlSteps } from '../../i18n/steps';
import { isDate } from '../file/formats';
import {
  INPUT_SOURCES,
  STRENGTH_KINDS,
  type Forum,
  type Input,
  type InputSource,
  type Plan,
  type PlanNode,
  type Policy,
  type Result,
  type Strength,
} from '../plan/types';

const e = nlSteps.errors;
const nowIso = (): string => new Date().toISOString();

/** Maximum lengths (in characters, as the JSON Schema counts them) of the doelenboom file. */
export const MAX_LENGTH = {
  id: 200,
  inputText: 5000,
  theme: 200,
  programme: 500,
  policyGoal: 500,
  name: 500,
  offers: 5000,
  forumKind: 200,
  frequency: 200,
  title: 500,
} as const;

/** Trims `text` and cuts it to at most `max` code points (an emoji counts as one, never split). */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const points = Array.from(t);
  return points.length <= max ? t : points.slice(0, max).join('').trimEnd();
}

const refuse = (reason: string): { ok: false; reason: string } => ({ ok: false, reason });

/** Optional text: trimmed and cut; empty means absent. */
function optional<K extends string>(key: K, value: string | undefined, max: number): Partial<Record<K, string>> {
  const v = value === undefined ? '' : clip(value, max);
  return v ? ({ [key]: v } as Record<K, string>) : {};
}

function sameFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** `old` with the keys of `patch`; `undefined` removes an optional key and is ignored for a required one. */
function merge<T extends { id: string }>(old: T, patch: object, required: readonly string[]): T {
  const next: Record<string, unknown> = { ...old };
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id') continue;
    if (value === undefined) {
      if (!required.includes(key)) delete next[key];
    } else next[key] = value;
  }
  return next as T;
}

type Normalize<T> = (item: T) => Result<T>;

function addItem<T extends { id: string }>(list: readonly T[], item: T, normalize: Normalize<T>): Result<T[]> {
  const id = item.id.trim();
  if (id === '' || id.length > MAX_LENGTH.id) return refuse(e.idRequired);
  if (list.some((x) => x.id === id)) return refuse(e.duplicateId);
  const clean = normalize({ ...item, id });
  if (!clean.ok) return clean;
  return { ok: true, value: [...list, clean.value] };
}

/** The new list, or the same list when nothing changes. */
function updateItem<T extends { id: string }>(
  list: readonly T[],
  id: string,
  patch: object,
  required: readonly string[],
  normalize: Normalize<T>,
  unknown: string,
): Result<readonly T[]> {
  const at = list.findIndex((x) => x.id === id);
  const old = list[at];
  if (!old) return refuse(unknown);
  const clean = normalize(merge(old, patch, required));
  if (!clean.ok) return clean;
  if (sameFields(old, clean.value)) return { ok: true, value: list };
  const next = [...list];
  next[at] = clean.value;
  return { ok: true, value: next };
}

/** Nodes with `fix` applied where it returns a new node; the same array when none changes. */
function mapNodes(nodes: PlanNode[], fix: (n: PlanNode) => PlanNode): PlanNode[] {
  let out: PlanNode[] | undefined;
  nodes.forEach((n, i) => {
    const m = fix(n);
    if (m === n) return;
    out ??= [...nodes];
    out[i] = m;
  });
  return out ?? nodes;
}

// ---------------------------------------------------------------------------------------------
// Inputs (wijkinformatie, signalen, karakterkenmerken)

/** The fields of an input other than its id. */
export type InputFields = Omit<Input, 'id'>;

const normalizeInput: Normalize<Input> = (input) => {
  const text = clip(input.text ?? '', MAX_LENGTH.inputText);
  if (text === '') return refuse(e.inputTextRequired);
  if (!(INPUT_SOURCES as readonly string[]).includes(input.source)) return refuse(e.inputSourceInvalid);
  const date = input.date?.trim() ?? '';
  if (date !== '' && !isDate(date)) return refuse(e.dateInvalid);
  return {
    ok: true,
    value: { id: input.id, text, source: input.source, ...optional('theme', input.theme, MAX_LENGTH.theme), ...(date ? { date } : {}) },
  };
};

/** Adds an input at the end. Refuses an empty text, an unknown source, a date that does not exist, an id in use. */
export function addInput(plan: Plan, input: Input, now: string = nowIso()): Result<Plan> {
  const inputs = addItem(plan.inputs, input, normalizeInput);
  return inputs.ok ? { ok: true, value: { ...plan, inputs: inputs.value, updatedAt: now } } : inputs;
}

/**
 * Changes fields of an input; `undefined` or an empty string removes `theme` or `date`.
 * Refuses what addInput refuses and an unknown id; no actual change → ok with the same plan.
 */
export function updateInput(plan: Plan, id: string, patch: Partial<InputFields>, now: string = nowIso()): Result<Plan> {
  const inputs = updateItem(plan.inputs, id, patch, ['text', 'source'], normalizeInput, e.unknownInput);
  if (!inputs.ok) return inputs;
  return { ok: true, value: inputs.value === plan.inputs ? plan : { ...plan, inputs: [...inputs.value], updatedAt: now } };
}

/** Removes an input and every goal's reference to it. Unknown id → the same plan. */
export function removeInput(plan: Plan, id: string, now: string = nowIso()): Plan {
  if (!plan.inputs.some((i) => i.id === id)) return plan;
  const nodes = mapNodes(plan.nodes, (n) =>
    n.kind === 'goal' && n.inputIds.includes(id) ? { ...n, inputIds: n.inputIds.filter((x) => x !== id) } : n,
  );
  return { ...plan, inputs: plan.inputs.filter((i) => i.id !== id), nodes, updatedAt: now };
}

// Bullets and numbering people paste from notes: "- ", "• ", "* ", "1. ", "2) ", "(3) ", "[ ] ".
const BULLET = /^(?:[•·▪◦‣●○■□►▶➢➤✓✔]\s*|[-–—*+>](?:\s+|$)|\(?\d{1,3}[.)]\s+|\[[ xX]?\]\s+)/u;

/** One entry per non-empty line of pasted text: trimmed, without leading bullets or numbering. */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    let line = raw.trim();
    // "- [ ] tekst": strip a bullet and a checkbox, not more.
    for (let i = 0; i < 3; i++) {
      const next = line.replace(BULLET, '').trim();
      if (next === line) break;
      line = next;
    }
    if (line !== '') out.push(line);
  }
  return out;
}

/**
 * Adds one input per non-empty line of `text` (see splitLines), all with the same source,
 * theme and date; `idFor(i)` gives the id of the i-th new input. Refuses text without any line,
 * an unknown source or a date that does not exist, and ids in use; then nothing is added.
 */
export function addInputsFromLines(
  plan: Plan,
  text: string,
  fields: Omit<InputFields, 'text'>,
  idFor: (index: number) => string,
  now: string = nowIso(),
): Result<Plan> {
  const lines = splitLines(text);
  if (lines.length === 0) return refuse(e.inputTextRequired);
  let inputs: Input[] = plan.inputs;
  for (let i = 0; i < lines.length; i++) {
    const added = addItem(inputs, { ...fields, id: idFor(i), text: lines[i] as string }, normalizeInput);
    if (!added.ok) return added;
    inputs = added.value;
  }
  return { ok: true, value: { ...plan, inputs, updatedAt: now } };
}

// ---------------------------------------------------------------------------------------------
// Policies (beleid)

export type PolicyFields = Omit<Policy, 'id'>;

const normalizePolicy: Normalize<Policy> = (policy) => {
  const programme = clip(policy.programme ?? '', MAX_LENGTH.programme);
  const goal = clip(policy.goal ?? '', MAX_LENGTH.policyGoal);
  if (programme === '') return refuse(e.programmeRequired);
  if (goal === '') return refuse(e.policyGoalRequired);
  return { ok: true, value: { id: policy.id, programme, goal } };
};

/** Adds a policy at the end. Refuses an empty programme or goal, and an id in use. */
export function addPolicy(plan: Plan, policy: Policy, now: string = nowIso()): Result<Plan> {
  const policies = addItem(plan.policies, policy, normalizePolicy);
  return policies.ok ? { ok: true, value: { ...plan, policies: policies.value, updatedAt: now } } : policies;
}

/** Changes programme and/or goal. Refuses what addPolicy refuses and an unknown id. */
export function updatePolicy(plan: Plan, id: string, patch: Partial<PolicyFields>, now: string = nowIso()): Result<Plan> {
  const policies = updateItem(plan.policies, id, patch, ['programme', 'goal'], normalizePolicy, e.unknownPolicy);
  if (!policies.ok) return policies;
  return { ok: true, value: policies.value === plan.policies ? plan : { ...plan, policies: [...policies.value], updatedAt: now } };
}

/** Removes a policy and every goal's reference to it. Unknown id → the same plan. */
export function removePolicy(plan: Plan, id: string, now: string = nowIso()): Plan {
  if (!plan.policies.some((p) => p.id === id)) return plan;
  const nodes = mapNodes(plan.nodes, (n) =>
    n.kind === 'goal' && n.policyIds.includes(id) ? { ...n, policyIds: n.policyIds.filter((x) => x !== id) } : n,
  );
  return { ...plan, policies: plan.policies.filter((p) => p.id !== id), nodes, updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Strengths (wijkkrachten)

export type StrengthFields = Omit<Strength, 'id'>;

const normalizeStrength: Normalize<Strength> = (strength) => {
  const name = clip(strength.name ?? '', MAX_LENGTH.name);
  if (name === '') return refuse(e.strengthNameRequired);
  if (!(STRENGTH_KINDS as readonly string[]).includes(strength.kind)) return refuse(e.strengthKindInvalid);
  return { ok: true, value: { id: strength.id, name, kind: strength.kind, ...optional('offers', strength.offers, MAX_LENGTH.offers) } };
};

/** Adds a strength at the end. Refuses an empty name, an unknown kind and an id in use. */
export function addStrength(plan: Plan, strength: Strength, now: string = nowIso()): Result<Plan> {
  const strengths = addItem(plan.strengths, strength, normalizeStrength);
  return strengths.ok ? { ok: true, value: { ...plan, strengths: strengths.value, updatedAt: now } } : strengths;
}

/** Changes name, kind and/or offers (`undefined` or empty removes offers). Refuses an unknown id. */
export function updateStrength(plan: Plan, id: string, patch: Partial<StrengthFields>, now: string = nowIso()): Result<Plan> {
  const strengths = updateItem(plan.strengths, id, patch, ['name', 'kind'], normalizeStrength, e.unknownStrength);
  if (!strengths.ok) return strengths;
  return { ok: true, value: strengths.value === plan.strengths ? plan : { ...plan, strengths: [...strengths.value], updatedAt: now } };
}

/** Removes a strength; owners made from it stay but lose their link. Unknown id → the same plan. */
export function removeStrength(plan: Plan, id: string, now: string = nowIso()): Plan {
  if (!plan.strengths.some((s) => s.id === id)) return plan;
  const nodes = mapNodes(plan.nodes, (n) => {
    if (n.kind !== 'owner' || n.strengthId !== id) return n;
    const { strengthId: _gone, ...rest } = n;
    return rest;
  });
  return { ...plan, strengths: plan.strengths.filter((s) => s.id !== id), nodes, updatedAt: now };
}

// ---------------------------------------------------------------------------------------------
// Forums (overleg)

export type ForumFields = Omit<Forum, 'id'>;

const normalizeForum: Normalize<Forum> = (forum) => {
  const name = clip(forum.name ?? '', MAX_LENGTH.name);
  if (name === '') return refuse(e.forumNameRequired);
  return {
    ok: true,
    value: {
      id: forum.id,
      name,
      ...optional('kind', forum.kind, MAX_LENGTH.forumKind),
      ...optional('frequency', forum.frequency, MAX_LENGTH.frequency),
    },
  };
};

/** Adds a forum at the end. Refuses an empty name and an id in use. */
export function addForum(plan: Plan, forum: Forum, now: string = nowIso()): Result<Plan> {
  const forums = addItem(plan.forums, forum, normalizeForum);
  return forums.ok ? { ok: true, value: { ...plan, forums: forums.value, updatedAt: now } } : forums;
}

/** Changes name, kind and/or frequency (`undefined` or empty removes the optional ones). */
export function updateForum(plan: Plan, id: string, patch: Partial<ForumFields>, now: string = nowIso()): Result<Plan> {
  const forums = updateItem(plan.forums, id, patch, ['name'], normalizeForum, e.unknownForum);
  if (!forums.ok) return forums;
  return { ok: true, value: forums.value === plan.forums ? plan : { ...plan, forums: [...forums.value], updatedAt: now } };
}

/** Removes a forum and every action's reference to it. Unknown id → the same plan. */
export function removeForum(plan: Plan, id: string, now: string = nowIso()): Plan {
  if (!plan.forums.some((f) => f.id === id)) return plan;
  const nodes = mapNodes(plan.nodes, (n) => {
    if (n.kind !== 'action' || n.forumId !== id) return n;
    const { forumId: _gone, ...rest } = n;
    return rest;
  });
  return { ...plan, forums: plan.forums.filter((f) => f.id !== id), nodes, updatedAt: now };
}

/** Whether a string (e.g. a select's value) is one of the input sources. */
export function isInputSource(value: string): value is InputSource {
  return (INPUT_SOURCES as readonly string[]).includes(value);
}
