import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { diffPlans } from '../../domain/snapshots/diff';
import { removeSnapshot, takeSnapshot } from '../../domain/snapshots/snapshot';
import type { Plan, Snapshot } from '../../domain/plan/types';
import { nlSnapshots as t } from '../../i18n/snapshots';
import { usePlanStore } from '../../state/planStore';
import { useSession } from '../../state/sessionStore';
import { notify } from '../../ui/notices';

const dateText = (iso: string) =>
  new Date(iso).toLocaleString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const NOW = '';
const today = () => new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

/** Momentopnames: make one, see them in time order, and compare one with the plan as it is now. */
export function SnapshotsPanel({ plan }: { plan: Plan }) {
  const id = useId();
  const [label, setLabel] = useState(() => t.defaultLabel(today()));
  const [error, setError] = useState<string | null>(null);
  const [comparing, setComparing] = useState<string | null>(null);
  // What the chosen momentopname is compared with: the plan now, or a later momentopname.
  const [against, setAgainst] = useState<string>(NOW);
  const snapshots = plan.snapshots ?? [];
  const compared = snapshots.find((s) => s.id === comparing);
  const other = snapshots.find((s) => s.id === against);
  const diff = useMemo(() => (compared ? diffPlans(compared.plan, other ? other.plan : plan) : null), [compared, other, plan]);

  // The canvas marks what changed while a comparison is open, and nothing after.
  useEffect(() => {
    useSession.getState().setHighlight(diff ? [...diff.changedIds] : []);
  }, [diff]);
  useEffect(() => () => useSession.getState().setHighlight([]), []);

  const make = (e: FormEvent) => {
    e.preventDefault();
    const result = takeSnapshot(plan, label);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(null);
    usePlanStore.getState().change(() => result.value);
    notify.status(t.made(label.trim()));
  };

  return (
    <section className="snapshots" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t.heading}</h2>
      <p className="hint">{t.intro}</p>
      <form className="snapshot-form" onSubmit={make}>
        <div className="field">
          <label htmlFor={`${id}-label`}>{t.label}</label>
          <input id={`${id}-label`} value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        </div>
        <button type="submit" className="button button-primary">{t.make}</button>
        {error && <span className="field-error" id={`${id}-error`} role="alert">{error}</span>}
      </form>
      {snapshots.length === 0 ? (
        <p className="hint">{t.none}</p>
      ) : (
        <ol>
          {[...snapshots].reverse().map((s) => (
            <SnapshotRow key={s.id} snapshot={s} active={s.id === comparing} onCompare={() => {
              setComparing(s.id === comparing ? null : s.id);
              setAgainst(NOW);
            }} onRemove={() => {
              if (s.id === comparing) setComparing(null);
              usePlanStore.getState().change((p) => removeSnapshot(p, s.id));
            }} />
          ))}
        </ol>
      )}
      {compared && diff && (
        <div className="snapshot-diff" role="region" aria-label={t.diffHeading(compared.label)}>
          <h3>{t.diffHeading(compared.label)}</h3>
          {snapshots.length > 1 && (
            <div className="field">
              <label htmlFor={`${id}-against`}>{t.against}</label>
              <select id={`${id}-against`} value={against} onChange={(e) => setAgainst(e.target.value)}>
                <option value={NOW}>{t.now}</option>
                {snapshots.filter((s) => s.id !== compared.id).map((s) => <option key={s.id} value={s.id}>{s.label}</option>)}
              </select>
            </div>
          )}
          {diff.changes.length === 0 ? (
            <p>{t.noChanges}</p>
          ) : (
            <>
              <p aria-live="polite">{t.changeCount(diff.changes.length)}</p>
              <ul>
                {diff.changes.map((c, i) => (
                  <li key={`${c.type}:${c.id}:${i}`}>
                    {c.type === 'removed' ? t.describe(c) : (
                      <button type="button" className="link-button" onClick={() => {
                        const s = useSession.getState();
                        s.select([c.id]);
                        s.reveal(c.id);
                      }}>{t.describe(c)}</button>
                    )}
                  </li>
                ))}
              </ul>
              {diff.changes.some((c) => c.type === 'removed') && <p className="hint">{t.removedNote}</p>}
            </>
          )}
        </div>
      )}
    </section>
  );
}

function SnapshotRow({ snapshot, active, onCompare, onRemove }: { snapshot: Snapshot; active: boolean; onCompare: () => void; onRemove: () => void }) {
  return (
    <li className="snapshot">
      <span className="snapshot-label">{snapshot.label}</span>
      <time className="snapshot-date" dateTime={snapshot.createdAt}>{dateText(snapshot.createdAt)}</time>
      <button type="button" className="button" aria-pressed={active} aria-label={active ? t.stopCompare : t.compareLabel(snapshot.label)} onClick={onCompare}>
        {active ? t.stopCompare : t.compare}
      </button>
      <button type="button" className="button" aria-label={t.removeLabel(snapshot.label)} onClick={onRemove}>{t.remove}</button>
    </li>
  );
}
