// Moving a plan in time: a template written at one moment (the example plan) is opened at
// another. Without the move its planned quarters lie in the past and every open action is
// "behind schedule" on the day a new user first sees it.
import type { Action, Input, Measure, MeasurePoint, Plan, PlanContent } from './types';

const QUARTER = /^(\d{4})-Q([1-4])$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const YEAR_IN_TEXT = /\b(19\d{2}|2[01]\d{2}|2200)\b/g;

/** A quarter `YYYY-Qn` as one ordering number (year × 4 + n − 1), or undefined if unreadable. */
function quarterIndex(quarter: string): number | undefined {
  const m = QUARTER.exec(quarter);
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : undefined;
}

function quarterFromIndex(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/** The quarter `by` quarters after (or, negative, before) `quarter`; an unreadable one stays as it is. */
export function shiftQuarter(quarter: string, by: number): string {
  const at = quarterIndex(quarter);
  return at === undefined ? quarter : quarterFromIndex(at + by);
}

/** How many quarters `to` lies after `from`, or undefined if either is not `YYYY-Qn`. */
export function quartersBetween(from: string, to: string): number | undefined {
  const a = quarterIndex(from);
  const b = quarterIndex(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

/** The quarter of an ISO date or date-time as written (`2025-05-20…` → `2025-Q2`), or undefined. */
export function quarterOfIso(iso: string): string | undefined {
  const m = DAY.exec(iso);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? `${m[1]}-Q${Math.floor((month - 1) / 3) + 1}` : undefined;
}

/**
 * An ISO date (or the date part of a date-time) moved by whole months. A day the target month
 * lacks becomes its last day (31 May − 3 months → 28/29 February), so the result is a real
 * date. Whatever is not such a date stays as it is.
 */
export function shiftDate(iso: string, months: number): string {
  const m = DAY.exec(iso);
  if (!m) return iso;
  const total = Number(m[1]) * 12 + Number(m[2]) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(m[3]), lastDay);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}${iso.slice(10)}`;
}

/** Every year (1900–2200) written in a text, moved by `years`: "2025–2026" → "2026–2027". */
export function shiftYearsInText(text: string, years: number): string {
  return text.replace(YEAR_IN_TEXT, (y) => String(Number(y) + years));
}

function shiftMeasure(measure: Measure, months: number, years: number): Measure {
  const next: Measure = {
    ...measure,
    values: measure.values.map((v): MeasurePoint => ({ ...v, at: v.at.length === 4 ? String(Number(v.at) + years) : shiftDate(v.at, months) })),
  };
  if (measure.baseline) next.baseline = { ...measure.baseline, year: measure.baseline.year + years };
  if (measure.target) next.target = { ...measure.target, year: measure.target.year + years };
  return next;
}

function shiftContent<P extends PlanContent>(plan: P, quarters: number, years: number): P {
  const months = quarters * 3;
  return {
    ...plan,
    ...(plan.period === undefined ? {} : { period: shiftYearsInText(plan.period, years) }),
    inputs: plan.inputs.map((i): Input => (i.date === undefined ? i : { ...i, date: shiftDate(i.date, months) })),
    nodes: plan.nodes.map((n) => {
      if (n.kind === 'action') return n.due === undefined ? n : ({ ...n, due: shiftQuarter(n.due, quarters) } satisfies Action);
      if (n.kind === 'goal' && n.measures) return { ...n, measures: n.measures.map((m) => shiftMeasure(m, months, years)) };
      return n;
    }),
  };
}

/**
 * The plan as if written `from` quarter and opened `to` quarter (both `YYYY-Qn`): every
 * action's planned quarter, every signal's date and every measured value move by the same
 * number of quarters, so what was current, late or ahead at `from` is so again at `to`. The
 * period and the baseline and target years move by the difference in years ("2025–2026" →
 * "2026–2027"). Momentopnamen move along, so a comparison with them stays meaningful. Identity
 * and creation dates are the caller's to set. Unreadable quarters: the plan is returned as is.
 */
export function shiftPlanInTime(plan: Plan, from: string, to: string): Plan {
  const quarters = quartersBetween(from, to);
  if (quarters === undefined || quarters === 0) return plan;
  const years = Math.floor((quarterIndex(to) as number) / 4) - Math.floor((quarterIndex(from) as number) / 4);
  const moved = shiftContent(plan, quarters, years);
  if (plan.snapshots) moved.snapshots = plan.snapshots.map((s) => ({ ...s, createdAt: shiftDate(s.createdAt, quarters * 3), plan: shiftContent(s.plan, quarters, years) }));
  return moved;
}
