import { useId, type ReactNode } from 'react';
import type { CityOverview } from '../../domain/overview';
import { ACTION_STATUSES } from '../../domain/plan/types';
import { nlOverview } from '../../i18n';

const t = nlOverview;

export function WijkTable({ overview, dateLabel, planHref, storedIds, actions }: {
  overview: CityOverview;
  dateLabel: string;
  planHref: (id: string) => string;
  storedIds: ReadonlySet<string>;
  actions: ReactNode;
}) {
  const headingId = useId();
  const c = t.wijken.columns;
  const { totals } = overview;
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <div className="overview-section-head">
        <h2 id={headingId}>{t.wijken.heading}</h2>
        {actions}
      </div>
      {overview.wijken.length === 0 ? (
        <p className="empty">{t.wijken.empty}</p>
      ) : (
        <div className="overview-scroll">
          <table className="overview-table">
            <caption>{t.wijken.caption(overview.wijken.length, dateLabel)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.wijk}</th>
                <th scope="col" className="num">{c.plans}</th>
                <th scope="col" className="num">{c.topGoals}</th>
                <th scope="col" className="num">{c.subGoals}</th>
                {ACTION_STATUSES.map((s) => (
                  <th key={s} scope="col" className="num">{t.status[s]}</th>
                ))}
                <th scope="col" className="num">{c.total}</th>
                <th scope="col" className="num">{c.overdue}</th>
                <th scope="col" className="num">{c.withoutOwner}</th>
                <th scope="col" className="num">{c.withoutBasis}</th>
                <th scope="col" className="num">{c.measuresOnTrack}</th>
                <th scope="col" className="num">{c.measuresBehind}</th>
                <th scope="col" className="num">{c.goalsWithoutMeasure}</th>
              </tr>
            </thead>
            <tbody>
              {overview.wijken.map((r) => (
                <tr key={r.key}>
                  <th scope="row">
                    <span className="overview-wijk">{r.wijk}</span>
                    <ul className="overview-plan-links">
                      {r.plans.map((p) => (
                        <li key={p.id}>
                          {storedIds.has(p.id) ? <a href={planHref(p.id)}>{p.title}</a> : <span>{p.title} ({t.wijken.notStored})</span>}
                        </li>
                      ))}
                    </ul>
                  </th>
                  <td className="num">{r.plans.length}</td>
                  <td className="num">{r.topGoals}</td>
                  <td className="num">{r.subGoals}</td>
                  {ACTION_STATUSES.map((s) => (
                    <td key={s} className="num">{r.actions[s]}</td>
                  ))}
                  <td className="num">{r.actionTotal}</td>
                  <td className={r.overdue > 0 ? 'num attention' : 'num'}>{r.overdue}</td>
                  <td className={r.withoutOwner > 0 ? 'num attention' : 'num'}>{r.withoutOwner}</td>
                  <td className={r.withoutBasis > 0 ? 'num attention' : 'num'}>{r.withoutBasis}</td>
                  <td className="num">{r.measuresOnTrack}</td>
                  <td className={r.measuresBehind > 0 ? 'num attention' : 'num'}>{r.measuresBehind}</td>
                  <td className={r.goalsWithoutMeasure > 0 ? 'num attention' : 'num'}>{r.goalsWithoutMeasure}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t.wijken.total}</th>
                <td className="num">{totals.plans}</td>
                <td className="num">{totals.topGoals}</td>
                <td className="num">{totals.subGoals}</td>
                {ACTION_STATUSES.map((s) => (
                  <td key={s} className="num">{totals.actions[s]}</td>
                ))}
                <td className="num">{totals.actionTotal}</td>
                <td className="num">{totals.overdue}</td>
                <td className="num">{totals.withoutOwner}</td>
                <td className="num">{totals.withoutBasis}</td>
                <td className="num">{totals.measuresOnTrack}</td>
                <td className="num">{totals.measuresBehind}</td>
                <td className="num">{totals.goalsWithoutMeasure}</td>
              </tr>
            </tfoot>
          </table>
          <p className="hint">{t.measuresNote}</p>
        </div>
      )}
    </section>
  );
}

export function ProgrammeSection({ overview }: { overview: CityOverview }) {
  const headingId = useId();
  const c = t.programmes.columns;
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.programmes.heading}</h2>
      <p className="hint">{t.programmes.intro}</p>
      {overview.programmes.length === 0 && <p className="empty">{t.programmes.empty}</p>}
      {overview.programmes.map((g) => (
        <div key={g.key} className="overview-programme">
          <h3>{g.programme}</h3>
          <div className="overview-scroll">
            <table className="overview-table overview-table-compact">
              <caption>{t.programmes.summary(g.goals.length, g.wijkCount)}</caption>
              <thead>
                <tr>
                  <th scope="col">{c.goal}</th>
                  <th scope="col">{c.wijk}</th>
                  <th scope="col">{c.plan}</th>
                  <th scope="col" className="num">{c.actions}</th>
                </tr>
              </thead>
              <tbody>
                {g.goals.map((goal) => (
                  <tr key={`${goal.plan.id}/${goal.goalId}`}>
                    <th scope="row">
                      {goal.title}
                      {goal.isSubgoal && <span className="overview-sub"> ({t.programmes.subgoal})</span>}
                    </th>
                    <td>{goal.wijk}</td>
                    <td>{goal.plan.title}</td>
                    <td className="num">{t.programmes.actionCounts(goal.actionTotal, goal.actions.gereed)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </section>
  );
}

export function OwnerSection({ overview, actions }: { overview: CityOverview; actions: ReactNode }) {
  const headingId = useId();
  const several = overview.owners.filter((o) => o.wijken.length >= 2);
  const single = overview.owners.filter((o) => o.wijken.length < 2);
  return (
    <section className="overview-section" aria-labelledby={headingId}>
      <div className="overview-section-head">
        <h2 id={headingId}>{t.owners.heading}</h2>
        {actions}
      </div>
      <p className="hint">{t.owners.intro}</p>
      {overview.owners.length === 0 && <p className="empty">{t.owners.empty}</p>}
      {[
        { label: t.owners.several, rows: several },
        { label: t.owners.single, rows: single },
      ].map((group) =>
        group.rows.length === 0 ? null : (
          <div key={group.label} className="overview-owners">
            <h3>{group.label}</h3>
            <ul className="overview-owner-list">
              {group.rows.map((o) => (
                <li key={o.key} className="overview-owner">
                  <p className="overview-owner-name">
                    <strong>{o.name}</strong> <span className="hint">({t.owners.wijkCount(o.wijken.length)})</span>
                  </p>
                  <dl className="overview-owner-wijken">
                    {o.wijken.map((w) => (
                      <div key={w.wijk}>
                        <dt>{w.wijk}</dt>
                        {w.actions.map((a, i) => (
                          <dd key={i}>
                            {a.title} – {t.status[a.status]}
                            <span className="hint"> · {t.programmes.columns.goal}: {a.goal || t.owners.noGoal}</span>
                          </dd>
                        ))}
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          </div>
        ),
      )}
    </section>
  );
}
