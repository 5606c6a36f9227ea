import { useState, type FormEvent } from 'react';
import { nl } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { examplePeriod, type Template } from './planCommands';

export interface PlanMeta {
  title: string;
  wijk: string;
  period: string;
}

interface Props {
  heading: string;
  submitLabel: string;
  initial?: PlanMeta;
  /** Offer "Beginnen met": an empty plan or the example plan (only for Nieuw plan). */
  withTemplate?: boolean;
  onSubmit: (meta: PlanMeta, template: Template) => void | Promise<void>;
  onClose: () => void;
}

const MAX = 500;

/** Asks title, wijk and period: for "Nieuw plan" and for "Naam wijzigen". */
export function PlanFormDialog({ heading, submitLabel, initial, withTemplate, onSubmit, onClose }: Props) {
  const [meta, setMeta] = useState<PlanMeta>(initial ?? { title: '', wijk: '', period: '' });
  const [template, setTemplate] = useState<Template>('empty');

  function chooseTemplate(next: Template) {
    setTemplate(next);
    // The example is Presikhaaf's plan: fill in what is still empty, so it can be created at once.
    if (next === 'example') setMeta((m) => ({ title: m.title || nl.planForm.exampleTitle, wijk: m.wijk || nl.planForm.exampleWijk, period: m.period || examplePeriod() }));
  }
  const [errors, setErrors] = useState<Partial<Record<keyof PlanMeta, string>>>({});
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    const clean = { title: meta.title.trim(), wijk: meta.wijk.trim(), period: meta.period.trim() };
    if (!clean.title) next.title = nl.planForm.required(nl.planForm.title);
    if (!clean.wijk) next.wijk = nl.planForm.required(nl.planForm.wijk);
    if (clean.title.length > MAX) next.title = nl.planForm.tooLong(nl.planForm.title, MAX);
    if (clean.wijk.length > MAX) next.wijk = nl.planForm.tooLong(nl.planForm.wijk, MAX);
    if (clean.period.length > 100) next.period = nl.planForm.tooLong(nl.planForm.period, 100);
    setErrors(next);
    if (Object.keys(next).length > 0) return;
    setBusy(true);
    try {
      await onSubmit(clean, template);
    } finally {
      setBusy(false);
    }
  }

  const field = (key: keyof PlanMeta, label: string, hint?: string, autoFocus?: boolean) => (
    <div className="field">
      <label htmlFor={`plan-${key}`}>{label}</label>
      {hint && (
        <span className="field-hint" id={`plan-${key}-hint`}>
          {hint}
        </span>
      )}
      <input
        id={`plan-${key}`}
        value={meta[key]}
        autoFocus={autoFocus}
        autoComplete="off"
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={[hint && `plan-${key}-hint`, errors[key] && `plan-${key}-error`].filter(Boolean).join(' ') || undefined}
        onChange={(e) => setMeta({ ...meta, [key]: e.target.value })}
      />
      {errors[key] && (
        <span className="field-error" id={`plan-${key}-error`}>
          {errors[key]}
        </span>
      )}
    </div>
  );

  return (
    <Dialog title={heading} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        {field('title', nl.planForm.title, undefined, true)}
        {field('wijk', nl.planForm.wijk)}
        {field('period', nl.planForm.period, nl.planForm.periodHint)}
        {withTemplate && (
          <fieldset className="field template-choice">
            <legend>{nl.planForm.startWith}</legend>
            <label>
              <input type="radio" name="template" checked={template === 'empty'} onChange={() => chooseTemplate('empty')} />
              {nl.planForm.templateEmpty}
            </label>
            <label>
              <input type="radio" name="template" checked={template === 'example'} onChange={() => chooseTemplate('example')} />
              {nl.planForm.templateExample}
            </label>
          </fieldset>
        )}
        <div className="dialog-buttons">
          <button type="submit" className="button button-primary" disabled={busy}>
            {submitLabel}
          </button>
          <button type="button" className="button button-quiet" onClick={onClose}>
            {nl.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
