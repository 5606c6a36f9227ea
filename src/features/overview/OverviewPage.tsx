import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { cityOverview, filterOptions, ownerTableCsv, wijkTableCsv, type OverviewFilter } from '../../domain/overview';
import { ACTION_STATUSES, type ActionStatus, type Plan } from '../../domain/plan/types';
import { nlOverview } from '../../i18n';
import { notify } from '../../ui/notices';
import { downloadBlob } from '../import-export/exportPlan';
import { readPlanFile } from '../import-export/importPlan';
import { wijkTablePng } from './exportPng';
import { OwnerSection, ProgrammeSection, WijkTable } from './sections';
import { useStoredPlans } from './useStoredPlans';
import './overview.css';

interface Props {
  plansHref: string;
  planHref: (id: string) => string;
}

interface AddedFile {
  fileName: string;
  plan: Plan;
}

interface Refusal {
  heading: string;
  errors: string[];
}

/** Local calendar date as YYYY-MM-DD, for file names. */
const isoDate = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });

export function OverviewPage({ plansHref, planHref }: Props) {
  const stored = useStoredPlans();
  const [added, setAdded] = useState<AddedFile[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [filter, setFilter] = useState<OverviewFilter>({});
  const [today] = useState(() => new Date());
  const dateLabel = today.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
  const ids = { wijk: useId(), programme: useId(), status: useId(), owner: useId(), files: useId(), filesHint: useId() };

  const storedPlans = useMemo(() => (stored.state === 'ready' ? stored.plans : []), [stored]);
  const storedIds = useMemo(() => new Set(storedPlans.map((p) => p.id)), [storedPlans]);
  const plans = useMemo(() => [...storedPlans, ...added.map((a) => a.plan)], [storedPlans, added]);
  const options = useMemo(() => filterOptions(plans), [plans]);
  const overview = useMemo(() => cityOverview(plans, today, filter), [plans, today, filter]);
  const activeFilters = Object.values(filter).filter((v) => v !== undefined).length;

  const addFiles = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    const accepted: AddedFile[] = [];
    const refused: Refusal[] = [];
    const seen = new Set([...plans.map((p) => p.id)]);
    for (const file of files) {
      const outcome = await readPlanFile(file);
      if (!outcome.ok) refused.push({ heading: outcome.heading, errors: outcome.errors });
      else if (seen.has(outcome.plan.id)) refused.push({ heading: nlOverview.files.duplicate(file.name), errors: [] });
      else {
        seen.add(outcome.plan.id);
        accepted.push({ fileName: file.name, plan: outcome.plan });
      }
    }
    setRefusals(refused);
    if (accepted.length > 0) {
      setAdded((list) => [...list, ...accepted]);
      notify.status(nlOverview.files.added(accepted.length));
    }
  };

  const setOne = <K extends keyof OverviewFilter>(key: K, value: string) =>
    setFilter((f) => {
      const next = { ...f };
      if (value === '') delete next[key];
      else next[key] = (key === 'programme' ? value.slice(1) : value) as OverviewFilter[K];
      return next;
    });

  const exportCsv = (text: string, fileName: string) => {
    downloadBlob(csvBlob(text), fileName);
    notify.status(nlOverview.wijken.exported(fileName));
  };

  const exportPng = async () => {
    try {
      const name = nlOverview.csv.pngFileName(isoDate(today));
      downloadBlob(await wijkTablePng(overview, dateLabel), name);
      notify.status(nlOverview.wijken.exported(name));
    } catch {
      notify.alert(nlOverview.wijken.exportFailed);
    }
  };

  return (
    <main id="main" className="overview-page" tabIndex={-1}>
      <p className="overview-back">
        <a href={plansHref}>{nlOverview.backToPlans}</a>
      </p>
      <header className="overview-header">
        <h1>{nlOverview.heading}</h1>
        <p className="lead">{nlOverview.intro}</p>
      </header>

      {stored.state === 'loading' && <p>{nlOverview.loading}</p>}
      {stored.state === 'failed' && (
        <p role="alert" className="error-text">
          {nlOverview.listFailed}
        </p>
      )}

      <section className="overview-section overview-filters" aria-labelledby={`${ids.wijk}-h`}>
        <h2 id={`${ids.wijk}-h`}>{nlOverview.filters.heading}</h2>
        <div className="overview-filter-row">
          <FilterSelect id={ids.wijk} label={nlOverview.filters.wijk} value={filter.wijk ?? ''} onChange={(v) => setOne('wijk', v)}
            options={options.wijken.map((o) => ({ value: o.key, label: o.label }))} />
          {/* A leading "=" keeps "Zonder beleid" (key '') apart from "Alle" (''). */}
          <FilterSelect id={ids.programme} label={nlOverview.filters.programme} value={filter.programme === undefined ? '' : `=${filter.programme}`}
            onChange={(v) => setOne('programme', v)} options={options.programmes.map((o) => ({ value: `=${o.key}`, label: o.label }))} />
          <FilterSelect id={ids.status} label={nlOverview.filters.status} value={filter.status ?? ''} onChange={(v) => setOne('status', v as ActionStatus | '')}
            options={ACTION_STATUSES.map((s) => ({ value: s, label: nlOverview.status[s] }))} />
          <FilterSelect id={ids.owner} label={nlOverview.filters.owner} value={filter.owner ?? ''} onChange={(v) => setOne('owner', v)}
            options={options.owners.map((o) => ({ value: o.key, label: o.label }))} />
          <button type="button" className="button" onClick={() => setFilter({})} disabled={activeFilters === 0}>
            {nlOverview.filters.clear}
          </button>
        </div>
        <p className="hint" aria-live="polite">{nlOverview.filters.active(activeFilters)}</p>
      </section>

      {stored.state !== 'loading' && plans.length === 0 && <p className="empty">{nlOverview.empty}</p>}

      <WijkTable overview={overview} dateLabel={dateLabel} planHref={planHref} storedIds={storedIds}
        actions={
          <div className="toolbar">
            <button type="button" className="button" aria-label={nlOverview.wijken.exportCsvLabel}
              onClick={() => exportCsv(wijkTableCsv(overview.wijken), nlOverview.csv.wijkFileName(isoDate(today)))}>
              {nlOverview.wijken.exportCsv}
            </button>
            <button type="button" className="button" aria-label={nlOverview.wijken.exportPngLabel} onClick={() => void exportPng()}>
              {nlOverview.wijken.exportPng}
            </button>
          </div>
        }
      />
      <ProgrammeSection overview={overview} />
      <OwnerSection overview={overview}
        actions={
          <button type="button" className="button" aria-label={nlOverview.owners.exportCsvLabel}
            onClick={() => exportCsv(ownerTableCsv(overview.owners), nlOverview.csv.ownerFileName(isoDate(today)))}>
            {nlOverview.wijken.exportCsv}
          </button>
        }
      />

      <section className="overview-section overview-files-section" aria-labelledby={`${ids.files}-h`}>
        <h2 id={`${ids.files}-h`}>{nlOverview.files.heading}</h2>
        <p id={ids.filesHint} className="hint">{nlOverview.files.hint}</p>
        <label className="overview-file-label" htmlFor={ids.files}>{nlOverview.files.label}</label>
        <input id={ids.files} type="file" multiple accept=".json,application/json,.png,image/png" aria-describedby={ids.filesHint}
          onChange={(e) => void addFiles(e)} />
        {refusals.length > 0 && (
          <div role="alert" className="overview-refusals">
            {refusals.map((r, i) => (
              <div key={i}>
                <p className="error-text">{r.heading}</p>
                {r.errors.length > 0 && (
                  <ul>
                    {r.errors.map((err, k) => <li key={k}>{err}</li>)}
                  </ul>
                )}
              </div>
            ))}
          </div>
        )}
        {added.length > 0 && (
          <ul className="overview-files" aria-label={nlOverview.files.listLabel}>
            {added.map((a) => (
              <li key={a.plan.id}>
                <span>{nlOverview.files.entry(a.fileName, a.plan.title, a.plan.wijk)}</span>
                <span className="overview-badge">{nlOverview.files.notStored}</span>
                <button type="button" className="button button-small" aria-label={nlOverview.files.removeLabel(a.fileName)}
                  onClick={() => setAdded((list) => list.filter((x) => x.plan.id !== a.plan.id))}>
                  {nlOverview.files.remove}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </main>
  );
}

function FilterSelect({ id, label, value, onChange, options }: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
}) {
  return (
    <div className="overview-filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{nlOverview.filters.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}
