import { useState, type ReactNode } from 'react';
import { nl, nlAbout, nlBackup, nlOverview } from '../../i18n';
import { classifyStorageError, getPlan, type PlanSummary } from '../../persistence';
import { notify } from '../../ui/notices';
import { PlanFormDialog } from './PlanFormDialog';
import { createStoredPlan, deleteStoredPlan, duplicateStoredPlan, renameStoredPlan, restorePlan } from './planCommands';
import { usePlanList } from './usePlanList';
import type { Plan } from '../../domain/plan/types';

interface Props {
  planHref: (id: string) => string;
  onOpen: (id: string) => void;
  /** The "Importeren" control, supplied by the app (import is a feature of its own). */
  importControl: ReactNode;
  onExportJson: (plan: Plan) => void;
  /** "Back-up maken" and "Back-up terugzetten", beside Importeren (a feature of its own). */
  backupControls?: ReactNode;
  /** The reminder to make a back-up, shown above the list when it is due. */
  backupReminder?: ReactNode;
  privacyHref?: string;
  toegankelijkheidHref?: string;
  /** The Stadsoverzicht: all plans side by side. */
  overviewHref?: string;
}

type Editing = { kind: 'new' } | { kind: 'rename'; plan: PlanSummary } | null;

async function attempt(run: () => Promise<void>) {
  try {
    await run();
  } catch (err) {
    notify.alert(nl.save.failed(classifyStorageError(err)));
  }
}

export function PlansPage({ planHref, onOpen, importControl, onExportJson, backupControls, backupReminder, privacyHref = '#/privacy', toegankelijkheidHref = '#/toegankelijkheid', overviewHref }: Props) {
  const list = usePlanList();
  const [editing, setEditing] = useState<Editing>(null);

  const remove = (p: PlanSummary) =>
    attempt(async () => {
      const row = await deleteStoredPlan(p.id);
      if (!row) return;
      notify.status(nl.plans.deleted(p.title), {
        label: nl.undo,
        run: () => void attempt(async () => {
          await restorePlan(row);
          notify.status(nl.plans.restored(p.title));
        }),
      });
    });

  return (
    <main id="main" className="plans-page" tabIndex={-1}>
      <header className="page-header">
        <div>
          <h1>{nl.plans.heading}</h1>
          <p className="lead">{nl.plans.intro}</p>
        </div>
        <div className="toolbar" role="toolbar" aria-label={nl.plans.heading}>
          <button type="button" className="button button-primary" onClick={() => setEditing({ kind: 'new' })}>
            {nl.plans.newPlan}
          </button>
          {importControl}
          {list.state !== 'failed' && backupControls}
          {overviewHref && (
            <a className="button" href={overviewHref}>
              {nlOverview.link}
            </a>
          )}
        </div>
      </header>
      <p className="hint">{nl.plans.dropHint}</p>
      {backupReminder}

      {list.state === 'loading' && <p>{nl.loading}</p>}
      {list.state === 'failed' && (
        <p role="alert" className="error-text">
          {list.problem === 'unavailable' ? nlBackup.noStorage : nl.plans.listFailed}
        </p>
      )}
      {list.state === 'ready' && list.plans.length === 0 && <p className="empty">{nl.plans.empty}</p>}
      {list.state === 'ready' && list.plans.length > 0 && (
        <ul className="plan-list">
          {list.plans.map((p) => (
            <li key={p.id} className="plan-card">
              <h2 className="plan-card-title">
                <a href={planHref(p.id)}>{p.title}</a>
              </h2>
              <p className="plan-card-meta">
                <span>{p.wijk}</span>
                {p.period && <span>{p.period}</span>}
                <span>{nl.plans.counts(p.goals, p.actions)}</span>
              </p>
              <p className="plan-card-updated">
                {nl.plans.columns.updatedAt}: <time dateTime={p.updatedAt}>{nl.plans.updated(p.updatedAt)}</time>
              </p>
              <div className="plan-card-actions">
                <button type="button" className="button button-small" aria-label={`${nl.plans.exportJson}: ${p.title}`} onClick={() => void attempt(async () => {
                  const row = await getPlan(p.id);
                  if (row) onExportJson(row.plan);
                })}>
                  {nl.plans.exportJson}
                </button>
                <button type="button" className="button button-small" aria-label={`${nl.plans.rename}: ${p.title}`} onClick={() => setEditing({ kind: 'rename', plan: p })}>
                  {nl.plans.rename}
                </button>
                <button type="button" className="button button-small" aria-label={`${nl.plans.duplicate}: ${p.title}`} onClick={() => void attempt(async () => {
                  const copy = await duplicateStoredPlan(p.id, p.title);
                  if (copy) notify.status(nl.plans.duplicated(copy.title));
                })}>
                  {nl.plans.duplicate}
                </button>
                <button type="button" className="button button-small button-danger" aria-label={`${nl.plans.delete}: ${p.title}`} onClick={() => void remove(p)}>
                  {nl.plans.delete}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}

      {editing?.kind === 'new' && (
        <PlanFormDialog
          heading={nl.planForm.newTitle}
          submitLabel={nl.planForm.create}
          withTemplate
          onClose={() => setEditing(null)}
          onSubmit={(meta, template) => attempt(async () => {
            const plan = await createStoredPlan(meta, template);
            setEditing(null);
            onOpen(plan.id);
          })}
        />
      )}
      {editing?.kind === 'rename' && (
        <PlanFormDialog
          heading={nl.planForm.renameTitle}
          submitLabel={nl.planForm.save}
          initial={{ title: editing.plan.title, wijk: editing.plan.wijk, period: editing.plan.period ?? '' }}
          onClose={() => setEditing(null)}
          onSubmit={(meta) => attempt(async () => {
            await renameStoredPlan(editing.plan.id, meta);
            setEditing(null);
            notify.status(nl.plans.renamed(meta.title));
          })}
        />
      )}
      <footer className="page-footer">
        <nav aria-label={nlAbout.footerLabel}>
          <a href={privacyHref}>{nlAbout.privacy.link}</a>
          <a href={toegankelijkheidHref}>{nlAbout.toegankelijkheid.link}</a>
        </nav>
      </footer>
    </main>
  );
}
