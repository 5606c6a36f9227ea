import { useId, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Plan, Result } from '../../../domain/plan/types';
import { nlSteps } from '../../../i18n';
import { notify } from '../../../ui/notices';
import { apply } from './apply';
import { EditButtons } from './ItemButtons';

interface EditFormProps<F extends string> {
  /** Visually hidden heading that names the form for assistive technology. */
  heading: string;
  /** The domain operation that saves the draft (one undo step), or refuses with a reason. */
  save: (plan: Plan) => Result<Plan>;
  /** Which field a refusal belongs to, so the message stands at that field. */
  fieldOf: (reason: string) => F;
  saved: string;
  onClose: () => void;
  children: (errorFor: (field: F) => string | null) => ReactNode;
}

/** Edit-in-place form of a list item: Opslaan saves through the domain, Escape or Annuleren closes. */
export function EditForm<F extends string>({ heading, save, fieldOf, saved, onClose, children }: EditFormProps<F>) {
  const [error, setError] = useState<{ field: F; message: string } | null>(null);
  const headingId = useId();
  function submit(e: FormEvent) {
    e.preventDefault();
    const result = apply(save);
    if (!result.ok) {
      setError({ field: fieldOf(result.reason), message: nlSteps.common.error(result.reason) });
      return;
    }
    notify.status(saved);
    onClose();
  }
  function escape(e: KeyboardEvent) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  }
  return (
    <form className="step-edit" onSubmit={submit} onKeyDown={escape} aria-labelledby={headingId} noValidate>
      <h4 id={headingId} className="visually-hidden">
        {heading}
      </h4>
      {children((field) => (error?.field === field ? error.message : null))}
      <EditButtons onCancel={onClose} />
    </form>
  );
}
