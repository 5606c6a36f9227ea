import { useDeferredValue, useMemo } from 'react';
import { checks } from '../../domain/plan/checks';
import type { Plan } from '../../domain/plan/types';
import { nlChecks } from '../../i18n';
import { useSession } from '../../state/sessionStore';

/** The kwaliteitscheck: what is still missing; a click selects and centres the node. */
export function ChecksPanel({ plan: current }: { plan: Plan }) {
  // Deferred: the canvas paints an edit first (on 1,000 nodes the checks take ~8 ms), the list follows.
  const plan = useDeferredValue(current);
  const list = useMemo(() => checks(plan), [plan]);
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">
        {nlChecks.heading} <span className="badge">{nlChecks.count(list.length)}</span>
      </h2>
      {list.length === 0 ? (
        <p className="hint">{nlChecks.none}</p>
      ) : (
        <ul className="check-items">
          {list.map((c, i) => (
            <li key={`${c.code}:${c.nodeId ?? c.inputId ?? i}`}>
              {c.nodeId ? (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    const s = useSession.getState();
                    s.select([c.nodeId ?? '']);
                    s.reveal(c.nodeId ?? '');
                  }}
                >
                  {c.message}
                </button>
              ) : (
                <span>{c.message}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
