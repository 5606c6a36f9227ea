import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
import { newId } from '../../../domain/plan/operations';
import { INPUT_SOURCES, type Input, type InputSource, type Plan } from '../../../domain/plan/types';
import { addInputsFromLines, isInputSource, removeInput, splitLines, updateInput } from '../../../domain/procesplaat/entities';
import { sameTheme, themeSuggestions, usedThemes } from '../../../domain/procesplaat/programmes';
import { citationCounts } from '../../../domain/procesplaat/traceability';
import { nlSteps } from '../../../i18n';
import { notify } from '../../../ui/notices';
import { apply, applyPlain, notifyUndoable } from '../shared/apply';
import { EditForm } from '../shared/EditForm';
import { Field } from '../shared/Field';
import { ItemButtons } from '../shared/ItemButtons';
import { useEditing } from '../shared/useEditing';
import '../steps.css';
import { useCaptureSettings } from './captureMemory';

const t = nlSteps.wijkinformatie;
const c = nlSteps.common;
/** The theme filter's value for inputs without a theme (cannot clash with a typed theme). */
const NO_THEME = '\u0000';
/** How long a just-added signal stays marked: long enough to glance at, short enough not to pile up. */
const MARK_MS = 6000;

/** Newest first: in a live session what was just typed appears right under the capture field. */
const newestFirst = (inputs: readonly Input[]) => [...inputs].reverse();

/** Asks once, when called: the user's wish may change while the page is open. */
const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Step 1: collect signals and karakterkenmerken of the wijk, fast enough for a live session. */
export function WijkinformatieStep({ plan }: { plan: Plan }) {
  const [filterSource, setFilterSource] = useState<InputSource | ''>('');
  const [filterTheme, setFilterTheme] = useState<string>('');
  const themeListId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => citationCounts(plan).inputs, [plan]);
  const themes = useMemo(() => usedThemes(plan), [plan]);
  const suggestions = useMemo(() => themeSuggestions(plan), [plan]);

  const [justAdded, setJustAdded] = useState<readonly string[]>([]);
  const listRef = useRef<HTMLDivElement>(null);

  const matches = (i: Pick<Input, 'source' | 'theme'>) =>
    (filterSource === '' || i.source === filterSource) &&
    (filterTheme === '' || (filterTheme === NO_THEME ? !i.theme : sameTheme(i.theme, filterTheme)));
  const shown = plan.inputs.filter(matches);
  const signals = newestFirst(shown.filter((i) => i.source !== 'karakter'));
  const karakter = newestFirst(shown.filter((i) => i.source === 'karakter'));
  const filtered = filterSource !== '' || filterTheme !== '';
  // A theme chosen in the filter that no input has any more stays selectable until changed.
  const themeOptions = filterTheme && filterTheme !== NO_THEME && !themes.some((x) => sameTheme(x, filterTheme)) ? [...themes, filterTheme] : themes;

  useEffect(() => {
    if (justAdded.length === 0) return;
    // The newest stand at the top, but the page may have been scrolled: bring them back in view.
    const first = listRef.current?.querySelector<HTMLElement>('.step-item-new');
    first?.scrollIntoView?.({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
    const timer = window.setTimeout(() => setJustAdded([]), MARK_MS);
    return () => window.clearTimeout(timer);
  }, [justAdded]);

  const onDeleted = () => listHeading.current?.focus();
  const item = (input: Input) => (
    <InputItem key={input.id} input={input} goals={counts.get(input.id) ?? 0} themeListId={themeListId} isNew={justAdded.includes(input.id)} onDeleted={onDeleted} />
  );

  return (
    <div className="step-body step-wijkinformatie">
      <datalist id={themeListId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>

      <QuickCapture planId={plan.id} themeListId={themeListId} isShown={matches} onAdded={setJustAdded} />

      <div ref={listRef} className="step-lists">
        <section className="step-section" aria-labelledby={`${themeListId}-signals`}>
          <div className="step-list-head">
            <h3 id={`${themeListId}-signals`} ref={listHeading} tabIndex={-1}>
              {t.listHeading}
            </h3>
            <p className="hint">
              {t.shown(shown.length, plan.inputs.length)}
              {signals.length > 1 && <> · {t.newestFirst}</>}
            </p>
            <div className="step-filter" role="group" aria-label={t.filterHeading}>
              <Field label={t.filterSource}>
                {(p) => (
                  <select {...p} value={filterSource} onChange={(e) => setFilterSource(isInputSource(e.target.value) ? e.target.value : '')}>
                    <option value="">{t.allSources}</option>
                    <SourceOptions />
                  </select>
                )}
              </Field>
              <Field label={t.filterTheme}>
                {(p) => (
                  <select {...p} value={filterTheme} onChange={(e) => setFilterTheme(e.target.value)}>
                    <option value="">{t.allThemes}</option>
                    {themeOptions.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                    <option value={NO_THEME}>{t.noTheme}</option>
                  </select>
                )}
              </Field>
              {filtered && (
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setFilterSource('');
                    setFilterTheme('');
                  }}
                >
                  {t.clearFilter}
                </button>
              )}
            </div>
          </div>
          {signals.length === 0 ? (
            <p className="hint">{filtered && plan.inputs.some((i) => i.source !== 'karakter') ? t.emptyFiltered : t.empty}</p>
          ) : (
            <ul className="step-list">{signals.map(item)}</ul>
          )}
        </section>

        <section className="step-section step-karakter" aria-labelledby={`${themeListId}-karakter`}>
          <h3 id={`${themeListId}-karakter`}>{t.karakterHeading}</h3>
          <p className="hint">{t.karakterHint}</p>
          {karakter.length === 0 ? (
            <p className="hint">{filtered && plan.inputs.some((i) => i.source === 'karakter') ? t.emptyFiltered : t.karakterEmpty}</p>
          ) : (
            <ul className="step-list">{karakter.map(item)}</ul>
          )}
        </section>
      </div>
    </div>
  );
}

interface QuickCaptureProps {
  planId: string;
  themeListId: string;
  /** Whether the list's filter shows an input with this source and theme. */
  isShown: (input: Pick<Input, 'source' | 'theme'>) => boolean;
  onAdded: (ids: readonly string[]) => void;
}

/**
 * Type, Enter, next: source, theme and date stay as they are (also across steps, per plan);
 * the field empties and keeps focus.
 */
function QuickCapture({ planId, themeListId, isShown, onAdded }: QuickCaptureProps) {
  const [text, setText] = useState('');
  const [{ source, theme, date }, remember] = useCaptureSettings(planId);
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const headingId = useId();

  /** Adds every line of `raw` as one undo step; true when something was added. */
  function add(raw: string): boolean {
    const lines = splitLines(raw);
    const ids: string[] = [];
    const result = apply((p) =>
      addInputsFromLines(p, raw, { source, theme, date }, () => {
        const id = newId('input');
        ids.push(id);
        return id;
      }),
    );
    if (!result.ok) {
      if (result.reason === nlSteps.errors.dateInvalid) setDateError(c.error(result.reason));
      else setError(c.error(result.reason));
      return false;
    }
    setError(null);
    setDateError(null);
    // Said, not only hidden: a filter that hides what was just typed would look like a lost signal.
    const hidden = isShown({ source, theme }) ? '' : ` ${t.hiddenByFilter(lines.length)}`;
    if (lines.length > 1) notifyUndoable(t.addedMany(lines.length) + hidden);
    else notify.status((source === 'karakter' ? t.addedKarakter(lines[0] ?? '') : t.added(lines[0] ?? '')) + hidden);
    onAdded(ids);
    return true;
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (add(text)) setText('');
  }

  function paste(e: ClipboardEvent<HTMLInputElement>) {
    const pasted = e.clipboardData.getData('text/plain');
    // One line: let the browser paste it, to be confirmed with Enter.
    if (!/[\r\n]/.test(pasted.trim())) return;
    e.preventDefault();
    const el = e.currentTarget;
    const start = el.selectionStart ?? text.length;
    const end = el.selectionEnd ?? text.length;
    if (add(text.slice(0, start) + pasted + text.slice(end))) setText('');
  }

  return (
    <section className="step-section step-capture" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.captureHeading}</h3>
      <form className="step-capture-form step-hint-below" onSubmit={submit} noValidate>
        <Field label={t.captureLabel} hint={t.captureHint} error={error} className="step-capture-text">
          {(p) => (
            <div className="step-inline">
              <input
                {...p}
                type="text"
                value={text}
                autoComplete="off"
                maxLength={5000}
                onChange={(e) => {
                  setText(e.target.value);
                  if (error) setError(null);
                }}
                onPaste={paste}
              />
              <button type="submit" className="button button-primary">
                {t.add}
              </button>
            </div>
          )}
        </Field>
        <div className="step-capture-options">
          <Field label={t.source}>
            {(p) => (
              <select {...p} value={source} onChange={(e) => isInputSource(e.target.value) && remember({ source: e.target.value })}>
                <SourceOptions />
              </select>
            )}
          </Field>
          <Field label={t.theme}>
            {(p) => <input {...p} type="text" list={themeListId} value={theme} maxLength={200} autoComplete="off" onChange={(e) => remember({ theme: e.target.value })} />}
          </Field>
          <Field label={t.date} error={dateError}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={date}
                onChange={(e) => {
                  remember({ date: e.target.value });
                  setDateError(null);
                }}
              />
            )}
          </Field>
        </div>
      </form>
    </section>
  );
}

function InputItem({ input, goals, themeListId, isNew, onDeleted }: { input: Input; goals: number; themeListId: string; isNew: boolean; onDeleted: () => void }) {
  const { editing, open, close, editRef } = useEditing();
  function remove() {
    applyPlain((p) => removeInput(p, input.id));
    notifyUndoable(t.deleted(input.text, goals));
    onDeleted();
  }
  return (
    <li className={isNew ? 'step-item step-item-new' : 'step-item'}>
      {editing ? (
        <InputEditForm input={input} themeListId={themeListId} onClose={close} />
      ) : (
        <>
          <div className="step-item-body">
            <p className="step-item-text">{input.text}</p>
            <p className="step-item-meta">
              {isNew && <span className="tag tag-new">{t.justAdded}</span>}
              <span className="tag">
                <span className="visually-hidden">{t.source}: </span>
                {nlSteps.sources[input.source]}
              </span>
              {input.theme && (
                <span className="tag tag-theme">
                  <span className="visually-hidden">{t.theme}: </span>
                  {input.theme}
                </span>
              )}
              {input.date && <time dateTime={input.date}>{c.date(input.date)}</time>}
              <span className={goals === 0 ? 'step-usage step-usage-none' : 'step-usage'}>{c.usedIn(goals)}</span>
            </p>
          </div>
          <div className="step-item-buttons">
            <ItemButtons about={input.text} onEdit={open} onDelete={remove} editRef={editRef} />
          </div>
        </>
      )}
    </li>
  );
}

function InputEditForm({ input, themeListId, onClose }: { input: Input; themeListId: string; onClose: () => void }) {
  const [draft, setDraft] = useState({ text: input.text, source: input.source, theme: input.theme ?? '', date: input.date ?? '' });
  return (
    <EditForm<'text' | 'date'> heading={t.editHeading} save={(p) => updateInput(p, input.id, draft)} fieldOf={(reason) => (reason === nlSteps.errors.dateInvalid ? 'date' : 'text')} saved={t.saved} onClose={onClose}>
      {(errorFor) => (
        <>
          <Field label={t.text} error={errorFor('text')}>
            {(p) => <textarea {...p} rows={3} maxLength={5000} autoFocus value={draft.text} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />}
          </Field>
          <div className="step-capture-options">
            <Field label={t.source}>
              {(p) => (
                <select {...p} value={draft.source} onChange={(e) => isInputSource(e.target.value) && setDraft({ ...draft, source: e.target.value })}>
                  <SourceOptions />
                </select>
              )}
            </Field>
            <Field label={t.theme}>
              {(p) => <input {...p} type="text" list={themeListId} maxLength={200} value={draft.theme} onChange={(e) => setDraft({ ...draft, theme: e.target.value })} />}
            </Field>
            <Field label={t.date} error={errorFor('date')}>
              {(p) => <input {...p} type="date" value={draft.date} onChange={(e) => setDraft({ ...draft, date: e.target.value })} />}
            </Field>
          </div>
        </>
      )}
    </EditForm>
  );
}

/** The sources as options, in the domain's order and with their Dutch names. */
function SourceOptions() {
  return INPUT_SOURCES.map((s) => (
    <option key={s} value={s}>
      {nlSteps.sources[s]}
    </option>
  ));
}
