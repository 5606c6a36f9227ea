import { useId, useMemo, useRef, useState, type ClipboardEvent, type FormEvent } from 'react';
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

const t = nlSteps.wijkinformatie;
const c = nlSteps.common;
/** The theme filter's value for inputs without a theme (cannot clash with a typed theme). */
const NO_THEME = '\u0000';

/** Step 1: collect signals and karakterkenmerken of the wijk, fast enough for a live session. */
export function WijkinformatieStep({ plan }: { plan: Plan }) {
  const [filterSource, setFilterSource] = useState<InputSource | ''>('');
  const [filterTheme, setFilterTheme] = useState<string>('');
  const themeListId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => citationCounts(plan).inputs, [plan]);
  const themes = useMemo(() => usedThemes(plan), [plan]);
  const suggestions = useMemo(() => themeSuggestions(plan), [plan]);

  const matches = (i: Input) =>
    (filterSource === '' || i.source === filterSource) &&
    (filterTheme === '' || (filterTheme === NO_THEME ? !i.theme : sameTheme(i.theme, filterTheme)));
  const shown = plan.inputs.filter(matches);
  const signals = shown.filter((i) => i.source !== 'karakter');
  const karakter = shown.filter((i) => i.source === 'karakter');
  const filtered = filterSource !== '' || filterTheme !== '';
  // A theme chosen in the filter that no input has any more stays selectable until changed.
  const themeOptions = filterTheme && filterTheme !== NO_THEME && !themes.some((x) => sameTheme(x, filterTheme)) ? [...themes, filterTheme] : themes;

  const onDeleted = () => listHeading.current?.focus();

  return (
    <div className="step-body step-wijkinformatie">
      <datalist id={themeListId}>
        {suggestions.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>

      <QuickCapture themeListId={themeListId} />

      <section className="step-section" aria-labelledby={`${themeListId}-filter`}>
        <h3 id={`${themeListId}-filter`}>{t.filterHeading}</h3>
        <div className="step-filter">
          <Field label={t.filterSource}>
            {(p) => (
              <select {...p} value={filterSource} onChange={(e) => setFilterSource(isInputSource(e.target.value) ? e.target.value : '')}>
                <option value="">{t.allSources}</option>
                {INPUT_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {nlSteps.sources[s]}
                  </option>
                ))}
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
        <p className="hint">{t.shown(shown.length, plan.inputs.length)}</p>
      </section>

      <section className="step-section" aria-labelledby={`${themeListId}-signals`}>
        <h3 id={`${themeListId}-signals`} ref={listHeading} tabIndex={-1}>
          {t.listHeading}
        </h3>
        {signals.length === 0 ? (
          <p className="hint">{filtered && plan.inputs.some((i) => i.source !== 'karakter') ? t.emptyFiltered : t.empty}</p>
        ) : (
          <ul className="step-list">
            {signals.map((input) => (
              <InputItem key={input.id} input={input} goals={counts.get(input.id) ?? 0} themeListId={themeListId} onDeleted={onDeleted} />
            ))}
          </ul>
        )}
      </section>

      <section className="step-section step-karakter" aria-labelledby={`${themeListId}-karakter`}>
        <h3 id={`${themeListId}-karakter`}>{t.karakterHeading}</h3>
        <p className="hint">{t.karakterHint}</p>
        {karakter.length === 0 ? (
          <p className="hint">{filtered && plan.inputs.some((i) => i.source === 'karakter') ? t.emptyFiltered : t.karakterEmpty}</p>
        ) : (
          <ul className="step-list">
            {karakter.map((input) => (
              <InputItem key={input.id} input={input} goals={counts.get(input.id) ?? 0} themeListId={themeListId} onDeleted={onDeleted} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Type, Enter, next: source, theme and date stay as they are; the field empties and keeps focus. */
function QuickCapture({ themeListId }: { themeListId: string }) {
  const [text, setText] = useState('');
  const [source, setSource] = useState<InputSource>('bewoners');
  const [theme, setTheme] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [dateError, setDateError] = useState<string | null>(null);
  const headingId = useId();

  /** Adds every line of `raw` as one undo step; true when something was added. */
  function add(raw: string): boolean {
    const lines = splitLines(raw);
    const result = apply((p) => addInputsFromLines(p, raw, { source, theme, date }, () => newId('input')));
    if (!result.ok) {
      if (result.reason === nlSteps.errors.dateInvalid) setDateError(c.error(result.reason));
      else setError(c.error(result.reason));
      return false;
    }
    setError(null);
    setDateError(null);
    if (lines.length > 1) notifyUndoable(t.addedMany(lines.length));
    else notify.status(source === 'karakter' ? t.addedKarakter(lines[0] ?? '') : t.added(lines[0] ?? ''));
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
      <form className="step-capture-form" onSubmit={submit} noValidate>
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
              <select {...p} value={source} onChange={(e) => isInputSource(e.target.value) && setSource(e.target.value)}>
                {INPUT_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {nlSteps.sources[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t.theme}>
            {(p) => <input {...p} type="text" list={themeListId} value={theme} maxLength={200} autoComplete="off" onChange={(e) => setTheme(e.target.value)} />}
          </Field>
          <Field label={t.date} error={dateError}>
            {(p) => (
              <input
                {...p}
                type="date"
                value={date}
                onChange={(e) => {
                  setDate(e.target.value);
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

function InputItem({ input, goals, themeListId, onDeleted }: { input: Input; goals: number; themeListId: string; onDeleted: () => void }) {
  const { editing, open, close, editRef } = useEditing();
  function remove() {
    applyPlain((p) => removeInput(p, input.id));
    notifyUndoable(t.deleted(input.text, goals));
    onDeleted();
  }
  return (
    <li className="step-item">
      {editing ? (
        <InputEditForm input={input} themeListId={themeListId} onClose={close} />
      ) : (
        <>
          <p className="step-item-text">{input.text}</p>
          <p className="step-item-meta">
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
                  {INPUT_SOURCES.map((s) => (
                    <option key={s} value={s}>
                      {nlSteps.sources[s]}
                    </option>
                  ))}
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
