import { useId, useState, type FormEvent } from 'react';
import { addMeasure, addMeasurePoint, measureSummary, removeMeasure, removeMeasurePoint, sortedPoints, updateMeasure, type MeasureFields } from '../../domain/plan/measures';
import type { Goal, Measure, Plan, Result } from '../../domain/plan/types';
import { nlMeasures as t } from '../../i18n/measures';
import { formatNumber } from '../../i18n/snapshots';
import { usePlanStore } from '../../state/planStore';

/** A Dutch number: "6,2", "6.2", "1.250" or "1250,5"; undefined when empty, NaN when not a number. */
export function parseNumber(text: string): number | undefined {
  const s = text.trim().replace(/\s/g, '');
  if (s === '') return undefined;
  // With a comma, dots are thousands separators; without one, a dot is the decimal point.
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

/** Runs a measure operation on the open plan; returns the Dutch reason when it is refused. */
function apply(run: (plan: Plan) => Result<Plan> | Plan): string | null {
  const store = usePlanStore.getState();
  const plan = store.plan;
  if (!plan) return null;
  const out = run(plan);
  const result = 'ok' in out ? out : { ok: true as const, value: out };
  if (!result.ok) return result.reason;
  store.change(() => result.value);
  return null;
}

/** Meetpunten of a goal in the Details panel: each with its course as a small chart. */
export function MeasuresSection({ goal }: { goal: Goal }) {
  const [adding, setAdding] = useState(false);
  const measures = goal.measures ?? [];
  return (
    <section className="field measures" aria-labelledby={`measures-${goal.id}`}>
      <h3 id={`measures-${goal.id}`}>{t.heading}</h3>
      <p className="field-hint">{t.intro}</p>
      {measures.length === 0 && !adding && <p className="hint">{t.none}</p>}
      {measures.map((m) => <MeasureItem key={m.id} goal={goal} measure={m} />)}
      {adding ? (
        <MeasureForm onSubmit={(fields) => apply((p) => addMeasure(p, goal.id, fields))} onDone={() => setAdding(false)} />
      ) : (
        <button type="button" className="button" onClick={() => setAdding(true)}>{t.add}</button>
      )}
    </section>
  );
}

function MeasureItem({ goal, measure }: { goal: Goal; measure: Measure }) {
  const [editing, setEditing] = useState(false);
  const summary = t.summary(measureSummary(measure), measure.unit);
  if (editing) {
    return (
      <MeasureForm
        initial={measure}
        onSubmit={(fields) => apply((p) => updateMeasure(p, goal.id, measure.id, fields))}
        onDone={() => setEditing(false)}
      />
    );
  }
  return (
    <article className="measure" aria-label={measure.name}>
      <h4>{measure.name}</h4>
      <p className="measure-summary">{summary}</p>
      {(measure.source || measure.baseline) && (
        <p className="field-hint">
          {[measure.source, measure.baseline ? `${t.baseline}: ${formatNumber(measure.baseline.value)} (${measure.baseline.year})` : ''].filter(Boolean).join(' · ')}
        </p>
      )}
      <MeasureChart measure={measure} />
      <h5>{t.measured}</h5>
      {measure.values.length === 0 ? (
        <p className="hint">{t.noPoints}</p>
      ) : (
        <ul className="measure-points">
          {sortedPoints(measure).map((v) => (
            <li key={v.at}>
              <span>{v.at}: <strong>{formatNumber(v.value)}{measure.unit ? ` ${measure.unit}` : ''}</strong></span>
              <button type="button" className="button button-small" aria-label={t.removePoint(v.at)} onClick={() => apply((p) => removeMeasurePoint(p, goal.id, measure.id, v.at))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <PointForm goal={goal} measure={measure} />
      <div className="item-buttons">
        <button type="button" className="button" aria-label={t.editLabel(measure.name)} onClick={() => setEditing(true)}>{t.edit}</button>
        <button type="button" className="button" aria-label={t.removeLabel(measure.name)} onClick={() => apply((p) => removeMeasure(p, goal.id, measure.id))}>{t.remove}</button>
      </div>
    </article>
  );
}

function PointForm({ goal, measure }: { goal: Goal; measure: Measure }) {
  const id = useId();
  const [value, setValue] = useState('');
  const [at, setAt] = useState(String(new Date().getFullYear()));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseNumber(value);
    const problem = n === undefined || Number.isNaN(n)
      ? t.problems['bad-number']
      : apply((p) => addMeasurePoint(p, goal.id, measure.id, { value: n, at: at.trim() }));
    setError(problem);
    if (!problem) setValue('');
  };
  return (
    <form className="measure-point-form" onSubmit={submit} aria-label={`${t.addPoint}: ${measure.name}`}>
      <div className="field">
        <label htmlFor={`${id}-value`}>{t.value}</label>
        <input id={`${id}-value`} inputMode="decimal" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-at`}>{t.at}</label>
        <input id={`${id}-at`} value={at} onChange={(e) => setAt(e.target.value)} />
      </div>
      <button type="submit" className="button">{t.addPoint}</button>
      {error && <span className="field-error" id={`${id}-error`} role="alert">{error}</span>}
    </form>
  );
}

interface FormProps {
  initial?: Measure;
  /** Returns a Dutch reason when the measure is refused. */
  onSubmit: (fields: MeasureFields) => string | null;
  onDone: () => void;
}

function MeasureForm({ initial, onSubmit, onDone }: FormProps) {
  const id = useId();
  const [v, setV] = useState({
    name: initial?.name ?? '',
    source: initial?.source ?? '',
    unit: initial?.unit ?? '',
    baseValue: initial?.baseline ? formatNumber(initial.baseline.value) : '',
    baseYear: initial?.baseline ? String(initial.baseline.year) : '',
    targetValue: initial?.target ? formatNumber(initial.target.value) : '',
    targetYear: initial?.target ? String(initial.target.year) : '',
  });
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof v) => (e: { target: { value: string } }) => setV({ ...v, [key]: e.target.value });

  const yearValue = (value: string, year: string): { value: number; year: number } | undefined | 'bad-number' | 'bad-year' => {
    const n = parseNumber(value);
    if (n === undefined && !year.trim()) return undefined;
    if (n === undefined || Number.isNaN(n)) return 'bad-number';
    const y = Number(year.trim());
    if (!/^\d{4}$/.test(year.trim())) return 'bad-year';
    return { value: n, year: y };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const baseline = yearValue(v.baseValue, v.baseYear);
    const target = yearValue(v.targetValue, v.targetYear);
    for (const x of [baseline, target]) {
      if (x === 'bad-number' || x === 'bad-year') {
        setError(t.problems[x]);
        return;
      }
    }
    const fields: MeasureFields = { name: v.name, source: v.source, unit: v.unit };
    if (baseline && typeof baseline === 'object') fields.baseline = baseline;
    if (target && typeof target === 'object') fields.target = target;
    const problem = onSubmit(fields);
    setError(problem);
    if (!problem) onDone();
  };

  const field = (key: keyof typeof v, label: string, extra: { inputMode?: 'decimal' | 'numeric' } = {}) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={v[key]} onChange={set(key)} {...extra} />
    </div>
  );

  return (
    <form className="measure-form" onSubmit={submit} aria-label={initial ? t.editLabel(initial.name) : t.add}>
      {field('name', t.name)}
      {field('source', t.source)}
      {field('unit', t.unit)}
      <fieldset className="measure-pair">
        <legend>{t.baseline}</legend>
        {field('baseValue', t.value, { inputMode: 'decimal' })}
        {field('baseYear', t.year, { inputMode: 'numeric' })}
      </fieldset>
      <fieldset className="measure-pair">
        <legend>{t.target}</legend>
        {field('targetValue', t.value, { inputMode: 'decimal' })}
        {field('targetYear', t.year, { inputMode: 'numeric' })}
      </fieldset>
      {error && <p className="field-error" role="alert">{error}</p>}
      <div className="item-buttons">
        <button type="submit" className="button button-primary">{t.save}</button>
        <button type="button" className="button" onClick={onDone}>{t.cancel}</button>
      </div>
    </form>
  );
}

const W = 240;
const H = 90;
const PADX = 8;
const PADY = 12;

/** The measured values as a line, the target as a dashed line; the list below says the same in words. */
export function MeasureChart({ measure }: { measure: Measure }) {
  const points = sortedPoints(measure);
  if (points.length === 0 && !measure.baseline) return null;
  const series = measure.baseline && !points.some((p) => p.at === String(measure.baseline?.year))
    ? [{ value: measure.baseline.value, at: String(measure.baseline.year) }, ...points]
    : points;
  const values = [...series.map((p) => p.value), ...(measure.target ? [measure.target.value] : [])];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const y = (v: number) => PADY + (H - 2 * PADY) * (1 - (v - min) / span);
  const x = (i: number) => (series.length === 1 ? W / 2 : PADX + ((W - 2 * PADX) * i) / (series.length - 1));
  const line = series.map((p, i) => `${x(i)},${y(p.value)}`).join(' ');
  const last = series[series.length - 1];
  const label = [t.chartLabel(measure.name), ...series.map((p) => `${p.at}: ${formatNumber(p.value)}`), measure.target ? `${t.target} ${formatNumber(measure.target.value)} (${measure.target.year})` : ''].filter(Boolean).join(', ');
  return (
    <svg className="measure-chart" viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={label}>
      {measure.target && <line x1={0} x2={W} y1={y(measure.target.value)} y2={y(measure.target.value)} className="measure-target" />}
      <polyline points={line} className="measure-line" />
      {series.map((p, i) => <circle key={p.at} cx={x(i)} cy={y(p.value)} r={4} className="measure-dot" />)}
      {last && <text x={Math.min(x(series.length - 1), W - 4)} y={Math.max(y(last.value) - 6, 10)} textAnchor="end" className="measure-value">{formatNumber(last.value)}</text>}
    </svg>
  );
}
