// Writing a doelenboom file: only the known fields, in the order of docs/file-format.md,
// without the optional fields a plan leaves out.
import type { Edge, Forum, Input, Plan, PlanNode, Policy, Strength } from '../plan/types';
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

function node(n: PlanNode): PlanNode {
  const { id, title, description } = n;
  const position = { x: n.position.x, y: n.position.y };
  switch (n.kind) {
    case 'goal':
      return defined({
        id, kind: n.kind, title, description,
        inputIds: [...n.inputIds], policyIds: [...n.policyIds], indicator: n.indicator,
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
      inputs: plan.inputs.map(input),
      policies: plan.policies.map(policy),
      strengths: plan.strengths.map(strength),
      forums: plan.forums.map(forum),
      nodes: plan.nodes.map(node),
      edges: plan.edges.map(edge),
    }),
  };
}

/** The text of a doelenboom file for `plan`: JSON indented with two spaces, ending in a newline. */
export function serialize(plan: Plan, exportedAt: string = new Date().toISOString()): string {
  return `${JSON.stringify(toFileObject(plan, exportedAt), null, 2)}\n`;
}
