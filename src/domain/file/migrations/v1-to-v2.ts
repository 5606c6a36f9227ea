// Doelenboom file version 1 → 2 (docs/file-format-v2.md, "What changed since version 1").
// Version 2 only adds optional fields: `measures` on goals and `snapshots` on the plan. So
// the step is the version bump, plus one thing: in a version-1 file those two names were
// unknown fields, which version 1 promises to ignore. A file that carried, say, a stray
// `"measures": "zie monitor"` was valid then, and must not be refused now; so they are
// dropped here, as version 1 would have dropped them. Everything else is left as it is.
import type { Migration } from './index';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** `o` without `key`, or `o` itself when it has no such key. */
function without(o: Json, key: string): Json {
  if (!Object.hasOwn(o, key)) return o;
  const { [key]: _dropped, ...rest } = o;
  return rest;
}

/** Pure: never changes `doc`, shares with it what it does not change. Shapes it does not know go to the schema untouched. */
export const v1ToV2: Migration = (doc) => {
  if (!isObject(doc)) return doc;
  const { plan } = doc;
  if (!isObject(plan)) return { ...doc, version: 2 };
  const { nodes } = plan;
  const next = without(plan, 'snapshots');
  return {
    ...doc,
    version: 2,
    plan: Array.isArray(nodes) ? { ...next, nodes: nodes.map((n) => (isObject(n) ? without(n, 'measures') : n)) } : next,
  };
};
