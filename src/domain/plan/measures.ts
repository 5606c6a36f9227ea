// Meetpunten: measures on goals (file format 2). Pure operations that keep a measure's id
// unique in the whole plan (a momentopname is compared measure by measure), and the summary
// a goal card shows: "5,8 → 6,2 (2027)".
import { nlMeasures } from '../../i18n/measures';
import { graphIndex } from './rules';
import { newId } from './operations';
import type { Goal, Measure, MeasurePoint, Plan, Result, YearValue } from './types';

/** A measure as a form gives it: everything but the id and the measured values. */
export type MeasureFields = Pick<Measure, 'name'> & Partial<Pick<Measure, 'source' | 'unit' | 'baseline' | 'target'>>;

export type MeasureProblem = 'no-goal' | 'name-missing' | 'bad-number' | 'bad-year' | 'bad-date';

const nowIso = (): string => new Date().toISOString();
const YEAR = /^\d{4}$/;
const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const validYear = (y: number) => Number.isInteger(y) && y >= 1900 && y <= 2200;
const validYearValue = (v: YearValue | undefined) => v === undefined || (Number.isFinite(v.value) && validYear(v.year));

/** `YYYY` or a real `YYYY-MM-DD` day. */
export function validMeasureDate(at: string): boolean {
  if (YEAR.test(at)) return validYear(Number(at));
  if (!DAY.test(at)) return false;
  const d = new Date(`${at}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === at && validYear(d.getUTCFullYear());
}

function goalOf(plan: Plan, goalId: string): { goal: Goal; at: number } | undefined {
  const at = graphIndex(plan).nodeOrder(goalId);
  const node = plan.nodes[at];
  return node?.kind === 'goal' ? { goal: node, at } : undefined;
}

function withMeasures(plan: Plan, at: number, goal: Goal, measures: Measure[], now: string): Plan {
  const nodes = [...plan.nodes];
  const next: Goal = { ...goal, measures };
  if (measures.length === 0) delete next.measures;
  nodes[at] = next;
  return { ...plan, nodes, updatedAt: now };
}

function checkFields(fields: MeasureFields): MeasureProblem | null {
  if (!fields.name.trim()) return 'name-missing';
  if (!validYearValue(fields.baseline) || !validYearValue(fields.target)) {
    const bad = [fields.baseline, fields.target].find((v) => v && !Number.isFinite(v.value));
    return bad ? 'bad-number' : 'bad-year';
  }
  return null;
}

function clean(fields: MeasureFields): MeasureFields {
  const out: MeasureFields = { name: fields.name.trim() };
  if (fields.source?.trim()) out.source = fields.source.trim();
  if (fields.unit?.trim()) out.unit = fields.unit.trim();
  if (fields.baseline) out.baseline = { ...fields.baseline };
  if (fields.target) out.target = { ...fields.target };
  return out;
}

const refuse = (problem: MeasureProblem): Result<never> => ({ ok: false, reason: nlMeasures.problems[problem] });

/** Adds a measure to a goal; returns the plan and the new measure's id. */
export function addMeasure(plan: Plan, goalId: string, fields: MeasureFields, opts: { id?: string; now?: string } = {}): Result<Plan> {
  const found = goalOf(plan, goalId);
  if (!found) return refuse('no-goal');
  const problem = checkFields(fields);
  if (problem) return refuse(problem);
  const measure: Measure = { id: opts.id ?? newId('meting'), ...clean(fields), values: [] };
  return { ok: true, value: withMeasures(plan, found.at, found.goal, [...(found.goal.measures ?? []), measure], opts.now ?? nowIso()) };
}

/** Changes a measure's name, source, unit, baseline or target (its measured values stay). */
export function updateMeasure(plan: Plan, goalId: string, measureId: string, fields: MeasureFields, now: string = nowIso()): Result<Plan> {
  const found = goalOf(plan, goalId);
  if (!found) return refuse('no-goal');
  const problem = checkFields(fields);
  if (problem) return refuse(problem);
  const measures = (found.goal.measures ?? []).map((m) => (m.id === measureId ? { id: m.id, ...clean(fields), values: m.values } : m));
  return { ok: true, value: withMeasures(plan, found.at, found.goal, measures, now) };
}

export function removeMeasure(plan: Plan, goalId: string, measureId: string, now: string = nowIso()): Plan {
  const found = goalOf(plan, goalId);
  if (!found?.goal.measures?.some((m) => m.id === measureId)) return plan;
  return withMeasures(plan, found.at, found.goal, found.goal.measures.filter((m) => m.id !== measureId), now);
}

/** Records a measured value; a value for the same `at` replaces the earlier one. */
export function addMeasurePoint(plan: Plan, goalId: string, measureId: string, point: MeasurePoint, now: string = nowIso()): Result<Plan> {
  const found = goalOf(plan, goalId);
  if (!found) return refuse('no-goal');
  if (!Number.isFinite(point.value)) return refuse('bad-number');
  if (!validMeasureDate(point.at)) return refuse('bad-date');
  const measures = (found.goal.measures ?? []).map((m) =>
    m.id === measureId ? { ...m, values: [...m.values.filter((v) => v.at !== point.at), { value: point.value, at: point.at }] } : m,
  );
  return { ok: true, value: withMeasures(plan, found.at, found.goal, measures, now) };
}

export function removeMeasurePoint(plan: Plan, goalId: string, measureId: string, at: string, now: string = nowIso()): Plan {
  const found = goalOf(plan, goalId);
  const measure = found?.goal.measures?.find((m) => m.id === measureId);
  if (!found || !measure?.values.some((v) => v.at === at)) return plan;
  const measures = found.goal.measures!.map((m) => (m.id === measureId ? { ...m, values: m.values.filter((v) => v.at !== at) } : m));
  return withMeasures(plan, found.at, found.goal, measures, now);
}

/** Measured values oldest first (`YYYY` sorts before days of that year). */
export function sortedPoints(measure: Pick<Measure, 'values'>): MeasurePoint[] {
  return [...measure.values].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/**
 * What a goal card shows of a measure: the latest value (or the baseline when nothing was
 * measured yet) and the target with its year. `from`/`to` are absent when unknown.
 */
export function measureSummary(measure: Measure): { from?: number; fromAt?: string; to?: number; toYear?: number } {
  const points = sortedPoints(measure);
  const last = points[points.length - 1];
  const out: { from?: number; fromAt?: string; to?: number; toYear?: number } = {};
  if (last) {
    out.from = last.value;
    out.fromAt = last.at;
  } else if (measure.baseline) {
    out.from = measure.baseline.value;
    out.fromAt = String(measure.baseline.year);
  }
  if (measure.target) {
    out.to = measure.target.value;
    out.toYear = measure.target.year;
  }
  return out;
}

/** Copies of measures with fresh ids, for a pasted branch (ids are unique in the whole plan). */
export function freshMeasureIds(measures: readonly Measure[] | undefined): Measure[] | undefined {
  return measures?.map((m) => ({ ...m, id: newId('meting'), values: m.values.map((v) => ({ ...v })) }));
}

/** Where a measure stands against its target: reached, on course, behind, or unknown. */
export type MeasureTrack = 'bereikt' | 'op-koers' | 'achter' | 'onbekend';

/** A `YYYY` or `YYYY-MM-DD` as a fractional year (2026-07-01 → 2026.5). */
function yearOf(at: string): number {
  const [y, m = '1', d = '1'] = at.split('-');
  return Number(y) + (Number(m) - 1) / 12 + (Number(d) - 1) / 365;
}

/**
 * On course means the latest value is at least where a straight line from the start (baseline,
 * or else the first measurement) to the target would be at that moment; the target's direction
 * (up or down) says what "at least" is. Without a target or a start there is no course: unknown.
 */
export function measureTrack(measure: Measure): MeasureTrack {
  const points = sortedPoints(measure);
  const last = points[points.length - 1];
  const target = measure.target;
  if (!target || !last) return 'onbekend';
  const first = points[0]!;
  const start = measure.baseline ? { value: measure.baseline.value, year: measure.baseline.year } : points.length > 1 ? { value: first.value, year: yearOf(first.at) } : undefined;
  if (!start) return 'onbekend';
  const up = target.value >= start.value;
  const better = (a: number, b: number) => (up ? a >= b : a <= b);
  if (better(last.value, target.value)) return 'bereikt';
  const span = target.year - start.year;
  const part = span <= 0 ? 1 : Math.min(1, Math.max(0, (yearOf(last.at) - start.year) / span));
  const expected = start.value + part * (target.value - start.value);
  return better(last.value, expected) ? 'op-koers' : 'achter';
}
