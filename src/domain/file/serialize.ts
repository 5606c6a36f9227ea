// Writing a doelenboom file: only the known fields, in the order of docs/file-format-v2.md,
// without the optional fields a plan leaves out. `measures` and `snapshots` are written
// whenever the plan has them, also when empty, and left out when absent: so parse → serialize
// → parse gives back exactly the plan it read, and a plan without them writes a file that
// differs from version 1 only in its `version`.
import type { Edge, Forum, Input, Measure, Plan, PlanContent, PlanNode, Policy, Snapshot, Strength, YearValue } from '../plan/types';
import { CURRENT_VERSION, FILE_FORMAT } from './constants';

/** The object a doelenboom file holds. */
export interface DoelenboomFile {
  format: typeof FILE_FORMAT;
  version: typeof CURRENT_VERSION;
  exportedAt: string;
  plan: Plan;
}

/** A copy of `o` without its undefined fields; keeps the key order. */
function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** An optional reference or formatted value: an empty string means "not set" (it would not validate). */
const optional = (s: string | undefined) => (s === '' ? undefined : s);

const input = (i: Input): Input =>
  defined({ id: i.id, text: i.text, source: i.source, theme: i.theme, date: optional(i.date) });

const policy = (p: Policy): Policy => ({ id: p.id, programme: p.programme, goal: p.goal });

const strength = (s: Strength): Strength => defined({ id: s.id, name: s.name, kind: s.kind, offers: s.offers });

const forum = (f: Forum): Forum => defined({ id: f.id, name: f.name, kind: f.kind, frequency: f.frequency });

const yearValue = (v: YearValue | undefined): YearValue | undefined => v && { value: v.value, year: v.year };

const measure = (m: Measure): Measure =>
  defined({
    id: m.id, name: m.name, source: m.source, unit: m.unit,
    baseline: yearValue(m.baseline), target: yearValue(m.target),
    values: m.values.map((v) => ({ value: v.value, at: v.at })),
  });

function node(n: PlanNode): PlanNode {
  const { id, title, description } = n;
  const position = { x: n.position.x, y: n.position.y };
  switch (n.kind) {
    case 'goal':
      return defined({
        id, kind: n.kind, title, description,
        inputIds: [...n.inputIds], policyIds: [...n.policyIds], indicator: n.indicator,
        measures: n.measures?.map(measure),
        position,
      });
    case 'action':
      return defined({
        id, kind: n.kind, title, description,
        status: n.status, due: optional(n.due), forumId: optional(n.forumId),
        position,
      });
    case 'owner':
      return defined({ id, kind: n.kind, title, description, strengthId: optional(n.strengthId), position });
  }
}

const edge = (e: Edge): Edge => ({ id: e.id, source: e.source, target: e.target });

/** The lists of a plan's content, shared by the plan and its momentopnamen. */
const lists = (p: PlanContent) => ({
  inputs: p.inputs.map(input),
  policies: p.policies.map(policy),
  strengths: p.strengths.map(strength),
  forums: p.forums.map(forum),
  nodes: p.nodes.map(node),
  edges: p.edges.map(edge),
});

const snapshot = (s: Snapshot): Snapshot => ({
  id: s.id,
  label: s.label,
  createdAt: s.createdAt,
  plan: defined({ title: s.plan.title, wijk: s.plan.wijk, period: s.plan.period, ...lists(s.plan) }),
});

/** The file object for `plan`: a fresh copy holding only the fields of the format. */
export function toFileObject(plan: Plan, exportedAt: string = new Date().toISOString()): DoelenboomFile {
  return {
    format: FILE_FORMAT,
    version: CURRENT_VERSION,
    exportedAt,
    plan: defined({
      id: plan.id,
      title: plan.title,
      wijk: plan.wijk,
      period: plan.period,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
      ...lists(plan),
      snapshots: plan.snapshots?.map(snapshot),
    }),
  };
}

/** The text of a doelenboom file for `plan`: JSON indented with two spaces, ending in a newline. */
export function serialize(plan: Plan, exportedAt: string = new Date().toISOString()): string {
  return `${JSON.stringify(toFileObject(plan, exportedAt), null, 2)}\n`;
}
