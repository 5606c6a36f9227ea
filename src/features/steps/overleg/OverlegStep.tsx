import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { actionRows } from '../../../domain/procesplaat/actionList';
import { forumAgenda } from '../../../domain/procesplaat/agenda';
import { addForum, removeForum, updateForum, type ForumFields } from '../../../domain/procesplaat/entities';
import { goalRollup, isOverdue, quarterOf } from '../../../domain/procesplaat/progress';
import { newId } from '../../../domain/plan/operations';
import { outlineNumbers } from '../../../domain/plan/outline';
import { graphIndex } from '../../../domain/plan/rules';
import type { Forum, Plan } from '../../../domain/plan/types';
import { nl, nlProgress } from '../../../i18n';
import { usePlanStore } from '../../../state/planStore';
import { useSession } from '../../../state/sessionStore';
import { notify } from '../../../ui/notices';
import '../progress.css';

const t = nlProgress.overleg;

function showNode(id: string) {
  const s = useSession.getState();
  s.select([id]);
  s.reveal(id);
}

/** Step 6, Overleg & voortgang: the forums, progress per goal, what is behind, and an agenda per forum. */
export function OverlegStep({ plan, today = new Date() }: { plan: Plan; today?: Date }) {
  return (
    <div className="step-page overleg-step">
      <ForumsSection plan={plan} />
      <ProgressSection plan={plan} />
      <OverdueSection plan={plan} today={today} />
      <AgendaSection plan={plan} today={today} />
    </div>
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

function ProgressSection({ plan }: { plan: Plan }) {
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
              <li key={goalId} className={number.includes('.') ? 'progress-item sub' : 'progress-item'}>
                <span>
                  <span className="goal-number">{number}</span>
                  <button type="button" className="link-button" onClick={() => showNode(goalId)}>
                    {goal.title}
                  </button>
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

function OverdueSection({ plan, today }: { plan: Plan; today: Date }) {
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
              <button type="button" className="link-button" onClick={() => showNode(r.id)}>
                {r.title}
              </button>
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

function AgendaSection({ plan, today }: { plan: Plan; today: Date }) {
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
                        <button type="button" className="link-button" onClick={() => showNode(item.id)}>
                          {item.title}
                        </button>
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
