import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { newId } from '../../../domain/plan/operations';
import { STRENGTH_KINDS, type Plan, type Strength, type StrengthKind } from '../../../domain/plan/types';
import { addStrength, removeStrength, updateStrength } from '../../../domain/procesplaat/entities';
import { makeOwnerFrom, strengthOwners } from '../../../domain/procesplaat/traceability';
import { nlSteps } from '../../../i18n';
import { notify } from '../../../ui/notices';
import { apply, applyPlain, notifyUndoable } from '../shared/apply';
import { EditForm } from '../shared/EditForm';
import { Field } from '../shared/Field';
import { ItemButtons } from '../shared/ItemButtons';
import { newOwnerPosition } from '../shared/positions';
import { useEditing } from '../shared/useEditing';
import '../steps.css';

const t = nlSteps.wijkkrachten;
const c = nlSteps.common;
const errors = nlSteps.errors;

const isKind = (v: string): v is StrengthKind => (STRENGTH_KINDS as readonly string[]).includes(v);

/** Step 3: the strengths of the wijk, what each offers, and which of them are owners. */
export function WijkkrachtenStep({ plan }: { plan: Plan }) {
  const headingId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const owners = useMemo(() => strengthOwners(plan), [plan]);

  return (
    <div className="step-body step-wijkkrachten">
      <StrengthAddForm />
      <section className="step-section" aria-labelledby={headingId}>
        <h3 id={headingId} ref={listHeading} tabIndex={-1}>
          {t.listHeading}
        </h3>
        {plan.strengths.length === 0 ? (
          <p className="hint">{t.empty}</p>
        ) : (
          <>
            <p className="hint">{t.summary(plan.strengths.filter((s) => owners.has(s.id)).length, plan.strengths.length)}</p>
            <ul className="step-list">
              {plan.strengths.map((strength) => {
                const owner = owners.get(strength.id);
                return (
                  <StrengthItem
                    key={strength.id}
                    strength={strength}
                    owner={owner ? { title: owner.owner.title, actions: owner.actions } : null}
                    onDeleted={() => listHeading.current?.focus()}
                  />
                );
              })}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

type StrengthField = 'name' | 'kind';
const fieldOf = (reason: string): StrengthField => (reason === errors.strengthKindInvalid ? 'kind' : 'name');

function KindSelect(props: { id: string; value: StrengthKind; onChange: (kind: StrengthKind) => void; 'aria-describedby'?: string; 'aria-invalid'?: true }) {
  const { value, onChange, ...rest } = props;
  return (
    <select {...rest} value={value} onChange={(e) => isKind(e.target.value) && onChange(e.target.value)}>
      {STRENGTH_KINDS.map((k) => (
        <option key={k} value={k}>
          {nlSteps.strengthKinds[k]}
        </option>
      ))}
    </select>
  );
}

function StrengthAddForm() {
  const [draft, setDraft] = useState<{ name: string; kind: StrengthKind; offers: string }>({ name: '', kind: 'organisatie', offers: '' });
  const [error, setError] = useState<{ field: StrengthField; message: string } | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = apply((p) => addStrength(p, { id: newId('strength'), ...draft }));
    if (!result.ok) {
      setError({ field: fieldOf(result.reason), message: c.error(result.reason) });
      return;
    }
    setError(null);
    notify.status(t.added(draft.name));
    setDraft({ ...draft, name: '', offers: '' });
    nameRef.current?.focus();
  }

  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.addHeading}</h3>
      <form className="step-form step-form-row step-form-strength step-hint-below" onSubmit={submit} noValidate>
        <Field label={t.name} error={error?.field === 'name' ? error.message : null}>
          {(p) => (
            <input
              {...p}
              ref={nameRef}
              type="text"
              value={draft.name}
              maxLength={500}
              autoComplete="off"
              onChange={(e) => {
                setDraft({ ...draft, name: e.target.value });
                setError(null);
              }}
            />
          )}
        </Field>
        <Field label={t.kind} error={error?.field === 'kind' ? error.message : null}>
          {(p) => <KindSelect {...p} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />}
        </Field>
        <Field label={t.offers} hint={t.offersHint}>
          {(p) => <textarea {...p} rows={1} maxLength={5000} value={draft.offers} onChange={(e) => setDraft({ ...draft, offers: e.target.value })} />}
        </Field>
        <button type="submit" className="button button-primary">
          {t.add}
        </button>
      </form>
    </section>
  );
}

function StrengthItem({ strength, owner, onDeleted }: { strength: Strength; owner: { title: string; actions: number } | null; onDeleted: () => void }) {
  const { editing, open, close, editRef } = useEditing();

  function makeOwner() {
    const result = apply((p) => makeOwnerFrom(p, strength.id, { id: newId('owner'), position: newOwnerPosition(p) }));
    if (!result.ok) {
      notify.alert(c.error(result.reason));
      return;
    }
    notify.status(t.ownerMade(strength.name));
    // The button gives way to "Is eigenaar": keep the keyboard on this item.
    editRef.current?.focus();
  }

  function remove() {
    applyPlain((p) => removeStrength(p, strength.id));
    notifyUndoable(t.deleted(strength.name, owner !== null));
    onDeleted();
  }

  return (
    <li className="step-item">
      {editing ? (
        <StrengthEditForm strength={strength} onClose={close} />
      ) : (
        <>
          <div className="step-item-body">
            <p className="step-item-text">
              <strong>{strength.name}</strong>{' '}
              <span className="tag">
                <span className="visually-hidden">{t.kind}: </span>
                {nlSteps.strengthKinds[strength.kind]}
              </span>
            </p>
            {strength.offers && <p className="step-item-offers">{strength.offers}</p>}
            <p className="step-item-meta">
              <span className={owner === null ? 'step-usage step-usage-none' : 'step-usage step-usage-owner'}>
                {owner === null ? t.notOwner : t.ownerOf(owner.actions)}
              </span>
            </p>
          </div>
          <div className="step-item-buttons">
            {owner === null ? (
              <button type="button" className="button button-small" onClick={makeOwner}>
                {t.makeOwner}
                <span className="visually-hidden">{c.about(strength.name)}</span>
              </button>
            ) : (
              // Text, not a disabled button: nothing to do here, but what is so stays readable.
              <span className="step-owner-badge">
                <span aria-hidden="true">✓</span>
                {owner.title.trim() === strength.name.trim() ? t.isOwner : t.isOwnerAs(owner.title)}
              </span>
            )}
            <ItemButtons about={strength.name} onEdit={open} onDelete={remove} editRef={editRef} />
          </div>
        </>
      )}
    </li>
  );
}

function StrengthEditForm({ strength, onClose }: { strength: Strength; onClose: () => void }) {
  const [draft, setDraft] = useState<{ name: string; kind: StrengthKind; offers: string }>({ name: strength.name, kind: strength.kind, offers: strength.offers ?? '' });
  return (
    <EditForm<StrengthField> heading={t.editHeading} save={(p) => updateStrength(p, strength.id, draft)} fieldOf={fieldOf} saved={t.saved} onClose={onClose}>
      {(errorFor) => (
        <>
          <Field label={t.name} error={errorFor('name')}>
            {(p) => <input {...p} type="text" maxLength={500} autoFocus value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />}
          </Field>
          <Field label={t.kind} error={errorFor('kind')}>
            {(p) => <KindSelect {...p} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })} />}
          </Field>
          <Field label={t.offers}>
            {(p) => <textarea {...p} rows={2} maxLength={5000} value={draft.offers} onChange={(e) => setDraft({ ...draft, offers: e.target.value })} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}
