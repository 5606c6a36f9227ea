import { useId, useMemo, useState } from 'react';
import { slug } from '../../../domain/file/fileName';
import { actionListCsv, actionRows, sortRows, type ActionRow, type SortDirection, type SortKey } from '../../../domain/procesplaat/actionList';
import { isOverdue } from '../../../domain/procesplaat/progress';
import { ACTION_STATUSES, type ActionStatus, type Forum, type Owner, type Plan, type Strength } from '../../../domain/plan/types';
import { nlProgress } from '../../../i18n';
import { assignOwner, patchNode } from '../../../state/editor';
import { usePlanStore } from '../../../state/planStore';
import { useSession } from '../../../state/sessionStore';
import { notify } from '../../../ui/notices';
import { downloadBlob } from '../../import-export/exportPlan';
import '../progress.css';

const t = nlProgress.actionList;
const QUARTER = /^[0-9]{4}-Q[1-4]$/;
const COLUMNS: readonly SortKey[] = ['goal', 'title', 'owner', 'due', 'status', 'forum'];

const endTyping = () => usePlanStore.getState().endCoalesce();

/** `<wijk>-<title>.actielijst.csv`, like the doelenboom exports. */
export function actionListFileName(plan: Pick<Plan, 'wijk' | 'title'>): string {
  const base = [slug(plan.wijk), slug(plan.title)].filter(Boolean).join('-') || 'plan';
  return `${base}${t.fileSuffix}`;
}

interface SortState {
  key: SortKey;
  direction: SortDirection;
  /**
   * The row order made when the header was clicked. Kept while editing, so a row does not jump
   * away under the cursor when its sorted value changes; new actions go last.
   */
  order: readonly string[];
}

function applyOrder(rows: ActionRow[], order: readonly string[] | undefined): ActionRow[] {
  if (!order) return rows;
  const at = new Map(order.map((id, i) => [id, i]));
  return [...rows].sort((a, b) => (at.get(a.id) ?? Infinity) - (at.get(b.id) ?? Infinity));
}

interface Choices {
  owners: readonly Owner[];
  freeStrengths: readonly Strength[];
  forums: readonly Forum[];
}

/** The Actielijst: all actions of the plan as a table, sortable and editable in place. */
export function ActionListView({ plan, today = new Date() }: { plan: Plan; today?: Date }) {
  const [sort, setSort] = useState<SortState | null>(null);
  const rows = useMemo(() => actionRows(plan), [plan]);
  const shown = useMemo(() => applyOrder(rows, sort?.order), [rows, sort]);
  const choices = useMemo<Choices>(() => {
    const owners = plan.nodes.filter((n): n is Owner => n.kind === 'owner');
    const used = new Set(owners.map((o) => o.strengthId).filter(Boolean));
    return { owners, freeStrengths: plan.strengths.filter((s) => !used.has(s.id)), forums: plan.forums };
  }, [plan.nodes, plan.strengths, plan.forums]);
  const headingId = useId();

  const sortBy = (key: SortKey) => {
    const direction: SortDirection = sort?.key === key && sort.direction === 'ascending' ? 'descending' : 'ascending';
    setSort({ key, direction, order: sortRows(rows, key, direction).map((r) => r.id) });
  };

  const exportCsv = () => {
    const name = actionListFileName(plan);
    downloadBlob(new Blob([actionListCsv(shown)], { type: 'text/csv;charset=utf-8' }), name);
    notify.status(t.exported(name));
  };

  return (
    <section className="action-list" aria-labelledby={headingId}>
      <div className="step-page-header">
        <div>
          <h2 id={headingId}>{t.heading}</h2>
          <p className="hint">{t.intro}</p>
        </div>
        <button type="button" className="button" onClick={exportCsv}>
          {t.exportCsv}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <div className="action-list-scroll">
          <table className="action-table">
            <caption>{t.caption(rows.length)}</caption>
            <thead>
              <tr>
                {COLUMNS.map((key) => {
                  const active = sort?.key === key;
                  return (
                    <th key={key} scope="col" aria-sort={active ? sort.direction : 'none'}>
                      <button type="button" className="sort-button" onClick={() => sortBy(key)} title={t.sortBy(t.columns[key])}>
                        {t.columns[key]}
                        <span className="sort-mark" aria-hidden="true">
                          {active ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <ActionRowView key={row.id} row={row} choices={choices} overdue={isOverdue(row, today)} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ActionRowView({ row, choices, overdue }: { row: ActionRow; choices: Choices; overdue: boolean }) {
  const id = useId();
  const show = () => {
    const s = useSession.getState();
    s.select([row.id]);
    s.reveal(row.id);
  };
  return (
    <tr className={overdue ? 'row-overdue' : undefined}>
      <td>
        {row.goalId === undefined ? (
          <span className="hint">{t.noGoal}</span>
        ) : (
          <>
            {row.goalNumber && <span className="goal-number">{row.goalNumber}</span>}
            {row.goalTitle}
          </>
        )}
      </td>
      <td>
        <div className="cell-title">
          <TitleCell row={row} inputId={`${id}-title`} />
          <button type="button" className="link-button" aria-label={t.showLabel(row.title)} onClick={show}>
            {t.show}
          </button>
        </div>
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-owner`}>
          {t.ownerLabel(row.title)}
        </label>
        <select
          id={`${id}-owner`}
          value={row.ownerId ?? ''}
          onChange={(e) => {
            const v = e.target.value;
            const result = assignOwner(row.id, v === '' ? null : v.startsWith('strength:') ? { strengthId: v.slice(9) } : { ownerId: v });
            if (!result.ok && result.reason) notify.alert(result.reason);
          }}
        >
          <option value="">{t.noOwner}</option>
          {choices.owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
          {choices.freeStrengths.map((s) => (
            <option key={s.id} value={`strength:${s.id}`}>
              {s.name} ({t.strengthSuffix})
            </option>
          ))}
        </select>
      </td>
      <td>
        <QuarterCell row={row} inputId={`${id}-due`} />
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-status`}>
          {t.statusLabel(row.title)}
        </label>
        <select id={`${id}-status`} value={row.status} onChange={(e) => patchNode(row.id, { status: e.target.value as ActionStatus })}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {nlProgress.status[s]}
            </option>
          ))}
        </select>
        {overdue && (
          <>
            <br />
            <span className="overdue-tag">{nlProgress.overdue}</span>
          </>
        )}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-forum`}>
          {t.forumLabel(row.title)}
        </label>
        <select id={`${id}-forum`} value={row.forumId ?? ''} onChange={(e) => patchNode(row.id, { forumId: e.target.value || undefined })}>
          <option value="">{t.noForum}</option>
          {choices.forums.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </td>
    </tr>
  );
}

function TitleCell({ row, inputId }: { row: ActionRow; inputId: string }) {
  // Only an empty title stays apart from the plan (it may not be saved), as in Details.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? row.title;
  const empty = value.trim() === '';
  const errorId = `${inputId}-error`;
  return (
    <>
      <label className="visually-hidden" htmlFor={inputId}>
        {t.titleLabel(row.title)}
      </label>
      {/* A textarea, so a long title wraps in its cell instead of hiding behind the edge. */}
      <textarea
        id={inputId}
        className="cell-input cell-title-input"
        rows={1}
        value={value}
        maxLength={500}
        onKeyDown={(e) => {
          // A title is one paragraph: Enter never adds a line break here.
          if (e.key === 'Enter') e.preventDefault();
        }}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? errorId : undefined}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v.trim() ? null : v);
          if (v.trim()) patchNode(row.id, { title: v }, 'title');
        }}
        onBlur={() => {
          setDraft(null);
          endTyping();
        }}
      />
      {empty && (
        <span className="cell-error" id={errorId}>
          {t.titleRequired}
        </span>
      )}
    </>
  );
}

function QuarterCell({ row, inputId }: { row: ActionRow; inputId: string }) {
  // An unfinished quarter ("2025-") stays in the field without reaching the plan.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? row.due;
  const invalid = value !== '' && !QUARTER.test(value);
  const errorId = `${inputId}-error`;
  return (
    <>
      <label className="visually-hidden" htmlFor={inputId}>
        {t.dueLabel(row.title)}
      </label>
      <input
        id={inputId}
        className="cell-input quarter"
        value={value}
        maxLength={7}
        placeholder={t.dueExample}
        title={t.dueHint}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? errorId : undefined}
        onChange={(e) => {
          const v = e.target.value.toUpperCase().replace(/\s/g, '').replace(/^(\d{4})Q/, '$1-Q');
          const valid = v === '' || QUARTER.test(v);
          setDraft(valid ? null : v);
          if (valid) patchNode(row.id, { due: v || undefined }, 'due');
        }}
        onBlur={endTyping}
      />
      {invalid && (
        <span className="cell-error" id={errorId}>
          {t.dueInvalid}
        </span>
      )}
    </>
  );
}
