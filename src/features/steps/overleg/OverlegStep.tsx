import { useId, useMemo, useRef, useState, type CSSProperties, type FormEvent } from 'react';
import { actionRows, type ActionRow } from '../../../domain/procesplaat/actionList';
import { forumAgenda } from '../../../domain/procesplaat/agenda';
import { addForum, removeForum, updateForum, type ForumFields } from '../../../domain/procesplaat/entities';
import { goalRollup, isOverdue, quarterOf } from '../../../domain/procesplaat/progress';
import { newId } from '../../../domain/plan/operations';
import { outlineNumbers } from '../../../domain/plan/outline';
import { graphIndex } from '../../../domain/plan/rules';
import type { Forum, Plan } from '../../../domain/plan/types';
import { nl, nlProgress } from '../../../i18n';
import { patchNode } from '../../../state/editor';
import { usePlanStore } from '../../../state/planStore';
import { notify } from '../../../ui/notices';
import '../progress.css';

const t = nlProgress.overleg;

type ShowNode = (id: string) => void;

interface Props {
  plan: Plan;
  today?: Date;
  /** Shows a goal or action in the doelenboom; this page has no canvas of its own. Without it, titles are plain text. */
  onShowNode?: ShowNode;
}

/**
 * Step 6, Overleg & voortgang. What a facilitator projects comes first (progress, what is behind,
 * the agenda); setting up forums and linking actions to them comes after.
 */
export function OverlegStep({ plan, today = new Date(), onShowNode }: Props) {
  return (
    <div className="overleg-step">
      <ProgressSection plan={plan} onShowNode={onShowNode} />
      <OverdueSection plan={plan} today={today} onShowNode={onShowNode} />
      <AgendaSection plan={plan} today={today} onShowNode={onShowNode} />
      <div className="overleg-setup">
        <ForumsSection plan={plan} />
        <UnfollowedSection plan={plan} onShowNode={onShowNode} />
      </div>
    </div>
  );
}

/** A title that leads to its node in the doelenboom, when the plan screen offers a way there. */
function NodeLink({ id, title, onShowNode }: { id: string; title: string; onShowNode: ShowNode | undefined }) {
  if (!onShowNode) return <span className="node-title">{title}</span>;
  return (
    <button type="button" className="link-button" aria-label={t.showLabel(title)} onClick={() => onShowNode(id)}>
      {title}
    </button>
  );
}

/** The forum that follows an action; the same plan edit as in the Actielijst and Details (one undo step). */
function ForumSelect({ row, forums, onPicked }: { row: ActionRow; forums: readonly Forum[]; onPicked?: (id: string) => void }) {
  const id = useId();
  return (
    <span className="forum-select">
      <label htmlFor={id}>
        {t.forum}
        <span className="visually-hidden"> {t.ofAction(row.title)}</span>
      </label>
      {/* A forumId whose forum is gone counts as no forum, as in the Actielijst's row. */}
      <select
        id={id}
        value={row.forumName ? (row.forumId ?? '') : ''}
        onChange={(e) => {
          onPicked?.(row.id);
          patchNode(row.id, { forumId: e.target.value || undefined });
        }}
      >
        <option value="">{nlProgress.actionList.noForum}</option>
        {forums.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </span>
  );
}

// ---------------------------------------------------------------------------------------------
// Overleggen

function ForumsSection({ plan }: { plan: Plan }) {
  const headingId = useId();
  const kindsId = useId();
  const followed = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of plan.nodes) if (n.kind === 'action' && n.forumId) counts.set(n.forumId, (counts.get(n.forumId) ?? 0) + 1);
    return counts;
  }, [plan.nodes]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.forumsHeading}</h2>
      <p className="hint">{t.forumsIntro}</p>
      <datalist id={kindsId}>
        {t.kindSuggestions.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {plan.forums.length === 0 ? (
        <p className="hint">{t.noForums}</p>
      ) : (
        <ul className="forum-list">
          {plan.forums.map((f) => (
            <ForumItem key={f.id} forum={f} kindsId={kindsId} followed={followed.get(f.id) ?? 0} />
          ))}
        </ul>
      )}
      <NewForumForm kindsId={kindsId} />
    </section>
  );
}

function ForumItem({ forum, kindsId, followed }: { forum: Forum; kindsId: string; followed: number }) {
  const id = useId();
  // Only an empty name stays apart from the plan (a forum needs a name).
  const [nameDraft, setNameDraft] = useState<string | null>(null);
  const name = nameDraft ?? forum.name;
  const empty = name.trim() === '';
  const edit = (patch: Partial<ForumFields>, field: string) =>
    usePlanStore.getState().change(
      (p) => {
        const r = updateForum(p, forum.id, patch);
        return r.ok ? r.value : p;
      },
      { coalesce: `forum:${forum.id}:${field}` },
    );
  const endTyping = () => usePlanStore.getState().endCoalesce();
  const remove = () => {
    usePlanStore.getState().change((p) => removeForum(p, forum.id));
    notify.status(t.deleted(forum.name, followed), { label: nl.undo, run: () => usePlanStore.getState().undo() });
  };
  return (
    <li className="forum-item">
      <div className="field">
        <label htmlFor={`${id}-name`}>
          {t.name}
          <span className="visually-hidden"> {t.ofForum(forum.name)}</span>
        </label>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={200}
          aria-invalid={empty || undefined}
          aria-describedby={empty ? `${id}-name-error` : undefined}
          onChange={(e) => {
            const v = e.target.value;
            setNameDraft(v.trim() ? null : v);
            if (v.trim()) edit({ name: v }, 'name');
          }}
          onBlur={() => {
            setNameDraft(null);
            endTyping();
          }}
        />
        {empty && (
          <span className="field-error" id={`${id}-name-error`}>
            {t.nameRequired}
          </span>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>
          {t.kind}
          <span className="visually-hidden"> {t.ofForum(forum.name)}</span>
        </label>
        <input id={`${id}-kind`} list={kindsId} value={forum.kind ?? ''} maxLength={200} onChange={(e) => edit({ kind: e.target.value || undefined }, 'kind')} onBlur={endTyping} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-frequency`}>
          {t.frequency}
          <span className="visually-hidden"> {t.ofForum(forum.name)}</span>
        </label>
        <input
          id={`${id}-frequency`}
          value={forum.frequency ?? ''}
          maxLength={200}
          placeholder={t.frequencyHint}
          onChange={(e) => edit({ frequency: e.target.value || undefined }, 'frequency')}
          onBlur={endTyping}
        />
      </div>
      <span className="forum-count">{t.followed(followed)}</span>
      <button type="button" className="button button-small button-danger" aria-label={t.deleteLabel(forum.name)} onClick={remove}>
        {t.delete}
      </button>
    </li>
  );
}

function NewForumForm({ kindsId }: { kindsId: string }) {
  const id = useId();
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');
  const [frequency, setFrequency] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const forum: Forum = { id: newId('forum'), name, ...(kind.trim() ? { kind } : {}), ...(frequency.trim() ? { frequency } : {}) };
    const plan = usePlanStore.getState().plan;
    if (!plan) return;
    const result = addForum(plan, forum);
    if (!result.ok) {
      setError(name.trim() === '' ? t.nameRequired : result.reason);
      nameRef.current?.focus();
      return;
    }
    usePlanStore.getState().change(() => result.value);
    notify.status(t.added(name.trim()));
    setName('');
    setKind('');
    setFrequency('');
    setError(null);
    nameRef.current?.focus();
  };
  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="forum-form">
        <legend>{t.addHeading}</legend>
        <div className="field">
          <label htmlFor={`${id}-name`}>{t.name}</label>
          <input
            ref={nameRef}
            id={`${id}-name`}
            value={name}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => {
              setName(e.target.value);
              if (error) setError(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t.kind}</label>
          <input id={`${id}-kind`} list={kindsId} value={kind} maxLength={200} onChange={(e) => setKind(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-frequency`}>{t.frequency}</label>
          <input id={`${id}-frequency`} value={frequency} maxLength={200} placeholder={t.frequencyHint} onChange={(e) => setFrequency(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t.add}
        </button>
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </fieldset>
    </form>
  );
}

// ---------------------------------------------------------------------------------------------
// Voortgang per doel

function ProgressSection({ plan, onShowNode }: { plan: Plan; onShowNode: ShowNode | undefined }) {
  const headingId = useId();
  const numbers = useMemo(() => outlineNumbers(plan), [plan]);
  const index = graphIndex(plan);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.progressHeading}</h2>
      <p className="hint">{t.progressIntro}</p>
      {numbers.size === 0 ? (
        <p className="hint">{t.noGoals}</p>
      ) : (
        <ul className="progress-list">
          {[...numbers].map(([goalId, number]) => {
            const goal = index.node(goalId);
            if (!goal) return null;
            const r = goalRollup(plan, goalId);
            const text = t.progressText(r.done, r.total);
            return (
              <li key={goalId} className="progress-item">
                {/* Indented inside the first column, so bars and counts line up whatever the depth. */}
                <span className="progress-goal" style={{ '--depth': number.split('.').length - 1 } as CSSProperties}>
                  <span className="goal-number">{number}</span>
                  <span>
                    <NodeLink id={goalId} title={goal.title} onShowNode={onShowNode} />
                  </span>
                </span>
                <div
                  className="progress-bar"
                  role="progressbar"
                  aria-label={t.progressLabel(goal.title)}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={r.percent}
                  aria-valuetext={text}
                >
                  <div className="progress-fill" style={{ width: `${r.percent}%` }} />
                </div>
                <span className="progress-text">{text}</span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Achter op schema

function OverdueSection({ plan, today, onShowNode }: { plan: Plan; today: Date; onShowNode: ShowNode | undefined }) {
  const headingId = useId();
  const rows = useMemo(() => actionRows(plan).filter((r) => isOverdue(r, today)), [plan, today]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.overdueHeading}</h2>
      <p className="hint">{t.overdueIntro(quarterOf(today))}</p>
      {rows.length === 0 ? (
        <p>{t.noOverdue}</p>
      ) : (
        <ul className="overdue-list">
          {rows.map((r) => (
            <li key={r.id}>
              <NodeLink id={r.id} title={r.title} onShowNode={onShowNode} />
              <span className="item-meta">
                <span>
                  {t.due}: {r.due}
                </span>
                <span>{nlProgress.status[r.status]}</span>
                <span>
                  {t.goal}: {[r.goalNumber, r.goalTitle].filter(Boolean).join(' ') || t.none}
                </span>
                <span>
                  {t.owner}: {r.ownerName || nlProgress.actionList.noOwner}
                </span>
                {plan.forums.length > 0 && <ForumSelect row={r} forums={plan.forums} />}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Agenda per overleg

function AgendaSection({ plan, today, onShowNode }: { plan: Plan; today: Date; onShowNode: ShowNode | undefined }) {
  const headingId = useId();
  const selectId = useId();
  const [picked, setPicked] = useState<string | null>(null);
  // The chosen forum, or the first one (also when the chosen one was deleted).
  const forumId = picked !== null && plan.forums.some((f) => f.id === picked) ? picked : (plan.forums[0]?.id ?? '');
  const agenda = useMemo(() => forumAgenda(plan, forumId, today), [plan, forumId, today]);
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.agendaHeading}</h2>
      <p className="hint">{t.agendaIntro}</p>
      {plan.forums.length === 0 ? (
        <p className="hint">{t.agendaNoForums}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={selectId}>{t.agendaPick}</label>
            <select id={selectId} value={forumId} onChange={(e) => setPicked(e.target.value)}>
              {plan.forums.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </select>
          </div>
          {agenda.forum && (
            <div className="agenda">
              <h3>{t.agendaTitle(agenda.forum.name)}</h3>
              {agenda.groups.length === 0 && <p className="hint">{t.agendaEmpty}</p>}
              {agenda.groups.map((group) => (
                <div key={group.status} className="agenda-group">
                  <h4>
                    {nlProgress.status[group.status]} <span className="hint">{t.groupCount(group.items.length)}</span>
                  </h4>
                  <ul className="agenda-list">
                    {group.items.map((item) => (
                      <li key={item.id}>
                        <NodeLink id={item.id} title={item.title} onShowNode={onShowNode} />
                        {item.overdue && (
                          <>
                            {' '}
                            <span className="overdue-tag">{nlProgress.overdue}</span>
                          </>
                        )}
                        <span className="item-meta">
                          <span>
                            {t.goal}: {item.goalTitle || t.none}
                          </span>
                          <span>
                            {t.owner}: {item.ownerName || nlProgress.actionList.noOwner}
                          </span>
                          {item.due && (
                            <span>
                              {t.due}: {item.due}
                            </span>
                          )}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          )}
        </>
      )}
    </section>
  );
}

// ---------------------------------------------------------------------------------------------
// Acties zonder overleg

function UnfollowedSection({ plan, onShowNode }: { plan: Plan; onShowNode: ShowNode | undefined }) {
  const headingId = useId();
  const allId = useId();
  const rows = useMemo(() => actionRows(plan), [plan]);
  const [showAll, setShowAll] = useState(false);
  // An action linked here stays in the list, so the changed select keeps focus and a wrong pick can be undone in place.
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set());
  const keep = (id: string) => setPicked((prev) => (prev.has(id) ? prev : new Set(prev).add(id)));
  const unfollowed = rows.filter((r) => !r.forumName);
  const shown = showAll ? rows : rows.filter((r) => !r.forumName || picked.has(r.id));
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t.unfollowedHeading}</h2>
      {rows.length === 0 ? (
        <p className="hint">{t.noActions}</p>
      ) : (
        <>
          {plan.forums.length > 0 && shown.length > 0 && <p className="hint">{t.unfollowedIntro}</p>}
          <p aria-live="polite">{t.unfollowedCount(unfollowed.length)}</p>
          {plan.forums.length === 0 ? (
            <p className="hint">{t.agendaNoForums}</p>
          ) : (
            <>
              <div className="unfollowed-all">
                <input id={allId} type="checkbox" checked={showAll} onChange={(e) => setShowAll(e.target.checked)} />
                <label htmlFor={allId}>{t.showAllActions}</label>
              </div>
              {shown.length > 0 && (
                <ul className="unfollowed-list">
                  {shown.map((r) => (
                    <li key={r.id}>
                      <span className="unfollowed-title">
                        <NodeLink id={r.id} title={r.title} onShowNode={onShowNode} />
                        <span className="item-meta">
                          <span>
                            {t.goal}: {[r.goalNumber, r.goalTitle].filter(Boolean).join(' ') || t.none}
                          </span>
                        </span>
                      </span>
                      <ForumSelect row={r} forums={plan.forums} onPicked={keep} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
