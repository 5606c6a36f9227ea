import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { newId } from '../../../domain/plan/operations';
import type { Input, Plan, Policy } from '../../../domain/plan/types';
import { addPolicy, removePolicy, updatePolicy } from '../../../domain/procesplaat/entities';
import { programmeSuggestions, sameTheme, usedThemes } from '../../../domain/procesplaat/programmes';
import { citationCounts, makeGoalFrom, suggestGoalTitle } from '../../../domain/procesplaat/traceability';
import { nlSteps } from '../../../i18n';
import { Dialog } from '../../../ui/Dialog';
import { notify } from '../../../ui/notices';
import { apply, applyPlain, notifyUndoable } from '../shared/apply';
import { EditForm } from '../shared/EditForm';
import { Field } from '../shared/Field';
import { ItemButtons } from '../shared/ItemButtons';
import { newTopGoalPosition } from '../shared/positions';
import { useEditing } from '../shared/useEditing';
import '../steps.css';

const t = nlSteps.beleid;
const c = nlSteps.common;
const errors = nlSteps.errors;

type PolicyField = 'programme' | 'goal';
const fieldOf = (reason: string): PolicyField => (reason === errors.programmeRequired ? 'programme' : 'goal');

/** Step 2: the city policy that matters here, and goals made from signals and policy. */
export function BeleidStep({ plan }: { plan: Plan }) {
  const programmeListId = useId();
  const listHeading = useRef<HTMLHeadingElement>(null);
  const counts = useMemo(() => citationCounts(plan).policies, [plan]);
  const programmes = useMemo(() => programmeSuggestions(plan), [plan]);

  return (
    <div className="step-body step-beleid">
      <datalist id={programmeListId}>
        {programmes.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>

      <PolicyAddForm programmeListId={programmeListId} />

      <section className="step-section" aria-labelledby={`${programmeListId}-list`}>
        <h3 id={`${programmeListId}-list`} ref={listHeading} tabIndex={-1}>
          {t.listHeading}
        </h3>
        {plan.policies.length === 0 ? (
          <p className="hint">{t.empty}</p>
        ) : (
          <ul className="step-list">
            {plan.policies.map((policy) => (
              <PolicyItem
                key={policy.id}
                policy={policy}
                goals={counts.get(policy.id) ?? 0}
                programmeListId={programmeListId}
                onDeleted={() => listHeading.current?.focus()}
              />
            ))}
          </ul>
        )}
      </section>

      <GoalMaker plan={plan} />
    </div>
  );
}

function PolicyAddForm({ programmeListId }: { programmeListId: string }) {
  const [programme, setProgramme] = useState('');
  const [goal, setGoal] = useState('');
  const [error, setError] = useState<{ field: PolicyField; message: string } | null>(null);
  const goalRef = useRef<HTMLInputElement>(null);
  const headingId = useId();

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = apply((p) => addPolicy(p, { id: newId('policy'), programme, goal }));
    if (!result.ok) {
      setError({ field: fieldOf(result.reason), message: c.error(result.reason) });
      return;
    }
    setError(null);
    notify.status(t.added(goal));
    // Often several goals per programme: keep the programme, start the next goal.
    setGoal('');
    goalRef.current?.focus();
  }

  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.addHeading}</h3>
      <form className="step-form step-form-row step-hint-below" onSubmit={submit} noValidate>
        <Field label={t.programme} hint={t.programmeHint} error={error?.field === 'programme' ? error.message : null}>
          {(p) => (
            <input
              {...p}
              type="text"
              list={programmeListId}
              value={programme}
              maxLength={500}
              autoComplete="off"
              onChange={(e) => {
                setProgramme(e.target.value);
                if (error?.field === 'programme') setError(null);
              }}
            />
          )}
        </Field>
        <Field label={t.goal} error={error?.field === 'goal' ? error.message : null}>
          {(p) => (
            <input
              {...p}
              ref={goalRef}
              type="text"
              value={goal}
              maxLength={500}
              autoComplete="off"
              onChange={(e) => {
                setGoal(e.target.value);
                if (error?.field === 'goal') setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit" className="button button-primary">
          {t.add}
        </button>
      </form>
    </section>
  );
}

function PolicyItem({ policy, goals, programmeListId, onDeleted }: { policy: Policy; goals: number; programmeListId: string; onDeleted: () => void }) {
  const { editing, open, close, editRef } = useEditing();
  function remove() {
    applyPlain((p) => removePolicy(p, policy.id));
    notifyUndoable(t.deleted(policy.goal, goals));
    onDeleted();
  }
  return (
    <li className="step-item">
      {editing ? (
        <PolicyEditForm policy={policy} programmeListId={programmeListId} onClose={close} />
      ) : (
        <>
          <div className="step-item-body">
            <p className="step-item-text">
              <span className="tag">
                <span className="visually-hidden">{t.programme}: </span>
                {policy.programme}
              </span>{' '}
              {policy.goal}
            </p>
            <p className="step-item-meta">
              <span className={goals === 0 ? 'step-usage step-usage-none' : 'step-usage'}>{c.usedIn(goals)}</span>
            </p>
          </div>
          <div className="step-item-buttons">
            <ItemButtons about={policy.goal} onEdit={open} onDelete={remove} editRef={editRef} />
          </div>
        </>
      )}
    </li>
  );
}

function PolicyEditForm({ policy, programmeListId, onClose }: { policy: Policy; programmeListId: string; onClose: () => void }) {
  const [draft, setDraft] = useState({ programme: policy.programme, goal: policy.goal });
  return (
    <EditForm<PolicyField> heading={t.editHeading} save={(p) => updatePolicy(p, policy.id, draft)} fieldOf={fieldOf} saved={t.saved} onClose={onClose}>
      {(errorFor) => (
        <>
          <Field label={t.programme} error={errorFor('programme')}>
            {(p) => <input {...p} type="text" list={programmeListId} maxLength={500} autoFocus value={draft.programme} onChange={(e) => setDraft({ ...draft, programme: e.target.value })} />}
          </Field>
          <Field label={t.goal} error={errorFor('goal')}>
            {(p) => <input {...p} type="text" maxLength={500} value={draft.goal} onChange={(e) => setDraft({ ...draft, goal: e.target.value })} />}
          </Field>
        </>
      )}
    </EditForm>
  );
}

interface InputGroup {
  key: string;
  label: string;
  inputs: Input[];
}

/** Signals grouped by theme (as the plan spells it first), then those without theme, then karakter. */
function groupInputs(plan: Plan): InputGroup[] {
  const signals = plan.inputs.filter((i) => i.source !== 'karakter');
  const groups: InputGroup[] = usedThemes({ inputs: signals }).map((theme) => ({
    key: `theme:${theme}`,
    label: theme,
    inputs: signals.filter((i) => i.theme && sameTheme(i.theme, theme)),
  }));
  const loose = signals.filter((i) => !i.theme?.trim());
  if (loose.length > 0) groups.push({ key: 'none', label: t.noTheme, inputs: loose });
  const karakter = plan.inputs.filter((i) => i.source === 'karakter');
  if (karakter.length > 0) groups.push({ key: 'karakter', label: t.karakter, inputs: karakter });
  return groups;
}

/** Signals and policy side by side; the chosen ones become the onderbouwing of a new goal. */
function GoalMaker({ plan }: { plan: Plan }) {
  const [inputIds, setInputIds] = useState<string[]>([]);
  const [policyIds, setPolicyIds] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const headingId = useId();
  const groups = useMemo(() => groupInputs(plan), [plan]);
  const counts = useMemo(() => citationCounts(plan), [plan]);

  // Ids of items deleted meanwhile (e.g. by undo) are not chosen any more.
  const chosenInputs = inputIds.filter((id) => plan.inputs.some((i) => i.id === id));
  const chosenPolicies = policyIds.filter((id) => plan.policies.some((p) => p.id === id));

  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id));

  function ask() {
    if (chosenInputs.length === 0 && chosenPolicies.length === 0) {
      setError(c.error(errors.needOnderbouwing));
      return;
    }
    setError(null);
    setAsking(true);
  }

  return (
    <section className="step-section step-goal-maker" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.linkHeading}</h3>
      <p className="hint">{t.linkHint}</p>
      <div className="step-columns">
        <fieldset className="step-fieldset">
          <legend>{t.inputsLegend}</legend>
          {groups.length === 0 && <p className="hint">{t.noInputs}</p>}
          {groups.map((group) => (
            <div key={group.key} className="step-group">
              <h4 id={`${headingId}-${group.key}`}>{group.label}</h4>
              <ul className="check-list" aria-labelledby={`${headingId}-${group.key}`}>
                {group.inputs.map((input) => (
                  <li key={input.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={chosenInputs.includes(input.id)}
                        onChange={(e) => {
                          setInputIds(toggle(chosenInputs, input.id, e.target.checked));
                          setError(null);
                        }}
                      />
                      <span>
                        {input.text} <span className="tag">{nlSteps.sources[input.source]}</span>{' '}
                        <span className="step-usage">({c.usedIn(counts.inputs.get(input.id) ?? 0).toLowerCase()})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </fieldset>
        <fieldset className="step-fieldset">
          <legend>{t.policiesLegend}</legend>
          {plan.policies.length === 0 && <p className="hint">{t.noPolicies}</p>}
          <ul className="check-list">
            {plan.policies.map((policy) => (
              <li key={policy.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={chosenPolicies.includes(policy.id)}
                    onChange={(e) => {
                      setPolicyIds(toggle(chosenPolicies, policy.id, e.target.checked));
                      setError(null);
                    }}
                  />
                  <span>
                    <strong>{policy.programme}</strong>: {policy.goal}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <div className="step-goal-bar">
        <p className="step-selected">{t.selected(chosenInputs.length, chosenPolicies.length)}</p>
        <button type="button" className="button button-primary" onClick={ask}>
          {t.makeGoal}
        </button>
      </div>
      <div role="alert" className="step-alert">
        {error && <p className="field-error">{error}</p>}
      </div>
      {asking && (
        <GoalDialog
          plan={plan}
          inputIds={chosenInputs}
          policyIds={chosenPolicies}
          onClose={() => setAsking(false)}
          onMade={() => {
            setAsking(false);
            setInputIds([]);
            setPolicyIds([]);
          }}
        />
      )}
    </section>
  );
}

function GoalDialog({ plan, inputIds, policyIds, onClose, onMade }: { plan: Plan; inputIds: string[]; policyIds: string[]; onClose: () => void; onMade: () => void }) {
  const [title, setTitle] = useState(() => suggestGoalTitle(plan, inputIds, policyIds));
  const [error, setError] = useState<string | null>(null);
  const inputs = plan.inputs.filter((i) => inputIds.includes(i.id));
  const policies = plan.policies.filter((p) => policyIds.includes(p.id));

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = apply((p) => makeGoalFrom(p, { inputIds, policyIds, title }, { id: newId('goal'), position: newTopGoalPosition(p) }));
    if (!result.ok) {
      setError(c.error(result.reason));
      return;
    }
    notify.status(t.goalMade(title.trim(), inputIds.length, policyIds.length));
    onMade();
  }

  return (
    <Dialog title={t.dialogTitle} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Field label={t.goalTitle} hint={t.goalTitleHint} error={error}>
          {(p) => (
            <textarea
              {...p}
              rows={3}
              maxLength={500}
              autoFocus
              value={title}
              onChange={(e) => {
                setTitle(e.target.value);
                setError(null);
              }}
              onKeyDown={(e) => {
                // Enter makes the goal, as in a one-line field; Shift+Enter starts a new line.
                if (e.key === 'Enter' && !e.shiftKey) {
                  e.preventDefault();
                  e.currentTarget.form?.requestSubmit();
                }
              }}
            />
          )}
        </Field>
        <h3 className="step-dialog-subheading">{t.onderbouwing}</h3>
        <ul className="step-onderbouwing">
          {inputs.map((i) => (
            <li key={i.id}>
              <span className="tag">{nlSteps.sources[i.source]}</span> {i.text}
            </li>
          ))}
          {policies.map((p) => (
            <li key={p.id}>
              <span className="tag">{p.programme}</span> {p.goal}
            </li>
          ))}
        </ul>
        <div className="dialog-buttons">
          <button type="submit" className="button button-primary">
            {t.create}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {c.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
