// Reading a doelenboom file: text → size check → JSON → forbidden keys → envelope →
// migrations → schema → rules → Plan. Never throws for bad input; refusals are Dutch.
import { nlFile } from '../../i18n/file';
import { layoutPositions } from '../layout';
import type { Plan, PlanContent, PlanNode } from '../plan/types';
import { CURRENT_VERSION, FILE_FORMAT } from './constants';
import { findForbiddenKeys, readJsonText } from './guards';
import { migrations, type Migrations } from './migrations';
import { checkPlanRules } from './semantics';
import { validateFile, type ParsedFile, type ParsedPlanContent } from './schema';

export type ParseResult = { ok: true; plan: Plan; migratedFrom?: number } | { ok: false; errors: string[] };

export interface ParseOptions {
  /** The newest version this reader knows; newer files are refused. */
  currentVersion: number;
  /** `migrations[n]` turns version n into version n+1. */
  migrations: Migrations;
}

const refuse = (errors: string[]): ParseResult => ({ ok: false, errors: [...new Set(errors)] });

/** Reads the text of a doelenboom file into a Plan, or says in Dutch why it cannot. */
export function parse(text: string): ParseResult {
  return parseWith(text, { currentVersion: CURRENT_VERSION, migrations });
}

/** `parse` with the version and migration chain given, so the chain can be tested. */
export function parseWith(text: string, options: ParseOptions): ParseResult {
  const read = readJsonText(text);
  if (!read.ok) return refuse([read.error]);
  let doc = read.doc;
  const keyErrors = findForbiddenKeys(doc);
  if (keyErrors.length > 0) return refuse(keyErrors);

  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return refuse([nlFile.notDoelenboom]);
  const envelope = doc as { format?: unknown; version?: unknown };
  if (envelope.format !== FILE_FORMAT) return refuse([nlFile.notDoelenboom]);
  const { version } = envelope;
  if (version === undefined) return refuse([nlFile.missing('version')]);
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse([nlFile.notInteger('version')]);
  if (version > options.currentVersion) return refuse([nlFile.newerVersion(version, options.currentVersion)]);

  for (let v = version; v < options.currentVersion; v++) {
    const step = Object.hasOwn(options.migrations, v) ? options.migrations[v] : undefined;
    if (!step) return refuse([nlFile.unknownVersion(version)]);
    try {
      doc = step(doc);
    } catch {
      return refuse([nlFile.migrationFailed(v, v + 1)]);
    }
  }

  const valid = validateFile(doc);
  if (!valid.ok) return refuse(valid.errors);
  const ruleErrors = checkPlanRules(valid.file.plan);
  if (ruleErrors.length > 0) return refuse(ruleErrors);

  const plan = toPlan(valid.file);
  return version < options.currentVersion ? { ok: true, plan, migratedFrom: version } : { ok: true, plan };
}

/** Every node with a position: the ones a file leaves without are laid out as a tree. */
function placed({ nodes, edges }: ParsedPlanContent): PlanNode[] {
  const laidOut = nodes.some((n) => n.position === undefined) ? layoutPositions(nodes, edges) : undefined;
  return nodes.map((n): PlanNode => ({ ...n, position: n.position ?? laidOut?.get(n.id) ?? { x: 0, y: 0 } }));
}

/** Fills in what a valid file may leave out: dates, and positions (also in momentopnamen). */
function toPlan({ exportedAt, plan }: ParsedFile): Plan {
  const fallbackTime = exportedAt ?? new Date().toISOString();
  const { snapshots, ...rest } = plan;
  const result: Plan = {
    ...rest,
    createdAt: plan.createdAt ?? fallbackTime,
    updatedAt: plan.updatedAt ?? fallbackTime,
    nodes: placed(plan),
  };
  if (snapshots) {
    result.snapshots = snapshots.map((s) => ({ ...s, plan: { ...s.plan, nodes: placed(s.plan) } satisfies PlanContent }));
  }
  return result;
}
