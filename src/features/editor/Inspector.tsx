import { useState } from 'react';
import { graphIndex } from '../../domain/plan/rules';
import { ACTION_STATUSES, type Action, type Goal, type Owner, type Plan, type PlanNode } from '../../domain/plan/types';
import { nl, nlInspector } from '../../i18n';
import { assignOwner, patchNode } from '../../state/editor';
import { usePlanStore } from '../../state/planStore';
import { MeasuresSection } from './MeasuresSection';

const QUARTER = /^[0-9]{4}-Q[1-4]$/;

const endTyping = () => usePlanStore.getState().endCoalesce();

/** Details of the selected node; every edit is applied at once (and saved by the autosave). */
export function Inspector({ plan, node, count }: { plan: Plan; node: PlanNode | undefined; count: number }) {
  return (
    <section className="inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading">{nlInspector.heading}</h2>
      {count > 1 && <p>{nlInspector.several(count)}</p>}
      {count <= 1 && !node && <p className="hint">{nlInspector.empty}</p>}
      {count === 1 && node && <NodeDetails key={node.id} plan={plan} node={node} />}
    </section>
  );
}

function NodeDetails({ plan, node }: { plan: Plan; node: PlanNode }) {
  const kindLabel = node.kind === 'goal' ? (graphIndex(plan).parentGoal(node.id) ? nl.plan.nodeKind.subgoal : nl.plan.nodeKind.goal) : nl.plan.nodeKind[node.kind];
  return (
    <div className="details">
      <p className="details-kind">{kindLabel}</p>
      <TitleField node={node} />
      <div className="field">
        <label htmlFor="details-description">{nlInspector.description}</label>
        <textarea
          id="details-description"
          rows={3}
          maxLength={5000}
          value={node.description ?? ''}
          onChange={(e) => patchNode(node.id, { description: e.target.value || undefined }, 'description')}
          onBlur={endTyping}
        />
      </div>
      {node.kind === 'goal' && <GoalFields plan={plan} goal={node} />}
      {node.kind === 'action' && <ActionFields plan={plan} action={node} />}
      {node.kind === 'owner' && <OwnerFields plan={plan} owner={node} />}
    </div>
  );
}

function TitleField({ node }: { node: PlanNode }) {
  // Only an empty title is kept apart from the plan (it may not be saved); otherwise the field shows the plan.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? node.title;
  const empty = value.trim() === '';
  return (
    <div className="field">
      <label htmlFor="details-title">{nlInspector.title}</label>
      <textarea
        id="details-title"
        rows={3}
        maxLength={500}
        value={value}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? 'details-title-error' : undefined}
        onChange={(e) => {
          const v = e.target.value;
          setDraft(v.trim() ? null : v);
          if (v.trim()) patchNode(node.id, { title: v }, 'title');
        }}
        onBlur={() => {
          setDraft(null);
          endTyping();
        }}
      />
      {empty && (
        <span className="field-error" id="details-title-error">
          {nlInspector.titleRequired}
        </span>
      )}
    </div>
  );
}

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...list.filter((x) => x !== id), id] : list.filter((x) => x !== id);
}

function GoalFields({ plan, goal }: { plan: Plan; goal: Goal }) {
  return (
    <>
      <div className="field">
        <label htmlFor="details-indicator">{nlInspector.indicator}</label>
        <textarea id="details-indicator" rows={2} maxLength={5000} value={goal.indicator ?? ''} onChange={(e) => patchNode(goal.id, { indicator: e.target.value || undefined }, 'indicator')} onBlur={endTyping} />
      </div>
      <MeasuresSection goal={goal} />
      <fieldset className="field onderbouwing">
        <legend>{nlInspector.onderbouwing}</legend>
        <p className="field-hint">{nlInspector.onderbouwingHint}</p>
        <h3>{nlInspector.inputs}</h3>
        {plan.inputs.length === 0 && <p className="hint">{nlInspector.noInputs}</p>}
        <ul className="check-list">
          {plan.inputs.map((input) => (
            <li key={input.id}>
              <label>
                <input
                  type="checkbox"
                  checked={goal.inputIds.includes(input.id)}
                  onChange={(e) => patchNode(goal.id, { inputIds: toggle(goal.inputIds, input.id, e.target.checked) })}
                />
                <span>
                  {input.text} <span className="tag">{nlInspector.sources[input.source]}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
        <h3>{nlInspector.policies}</h3>
        {plan.policies.length === 0 && <p className="hint">{nlInspector.noPolicies}</p>}
        <ul className="check-list">
          {plan.policies.map((policy) => (
            <li key={policy.id}>
              <label>
                <input
                  type="checkbox"
                  checked={goal.policyIds.includes(policy.id)}
                  onChange={(e) => patchNode(goal.id, { policyIds: toggle(goal.policyIds, policy.id, e.target.checked) })}
                />
                <span>
                  <strong>{policy.programme}</strong>: {policy.goal}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </>
  );
}

function QuarterField({ action }: { action: Action }) {
  // An unfinished quarter ("2025-") stays in the field without reaching the plan.
  const [draft, setDraft] = useState<string | null>(null);
  const value = draft ?? action.due ?? '';
  const invalid = value !== '' && !QUARTER.test(value);
  return (
    <div className="field">
      <label htmlFor="details-due">{nlInspector.due}</label>
      <span className="field-hint" id="details-due-hint">{nlInspector.dueHint}</span>
      <input
        id="details-due"
        value={value}
        maxLength={7}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? 'details-due-hint details-due-error' : 'details-due-hint'}
        onChange={(e) => {
          const v = e.target.value.toUpperCase().replace(/\s/g, '').replace(/^(\d{4})Q/, '$1-Q');
          const valid = v === '' || QUARTER.test(v);
          setDraft(valid ? null : v);
          if (valid) patchNode(action.id, { due: v || undefined }, 'due');
        }}
        onBlur={endTyping}
      />
      {invalid && <span className="field-error" id="details-due-error">{nlInspector.dueInvalid}</span>}
    </div>
  );
}

function ActionFields({ plan, action }: { plan: Plan; action: Action }) {
  const index = graphIndex(plan);
  const ownerId = index.ownerOfAction(action.id) ?? '';
  const owners = plan.nodes.filter((n): n is Owner => n.kind === 'owner');
  const usedStrengths = new Set(owners.map((o) => o.strengthId).filter(Boolean));
  const freeStrengths = plan.strengths.filter((s) => !usedStrengths.has(s.id));
  const goalId = index.goalOfAction(action.id);
  return (
    <>
      {goalId && (
        <p className="details-context">
          {nlInspector.goalOf}: <strong>{index.node(goalId)?.title}</strong>
        </p>
      )}
      <div className="field">
        <label htmlFor="details-status">{nlInspector.status}</label>
        <select id="details-status" value={action.status} onChange={(e) => patchNode(action.id, { status: e.target.value as Action['status'] })}>
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {nl.plan.status[s]}
            </option>
          ))}
        </select>
      </div>
      <QuarterField action={action} />
      <div className="field">
        <label htmlFor="details-owner">{nlInspector.owner}</label>
        <select
          id="details-owner"
          value={ownerId}
          onChange={(e) => {
            const v = e.target.value;
            assignOwner(action.id, v === '' ? null : v.startsWith('strength:') ? { strengthId: v.slice(9) } : { ownerId: v });
          }}
        >
          <option value="">{nl.plan.noOwner}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
          {freeStrengths.map((s) => (
            <option key={s.id} value={`strength:${s.id}`}>
              {s.name} ({nlInspector.strength.toLowerCase()})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="details-forum">{nlInspector.forum}</label>
        <select id="details-forum" value={action.forumId ?? ''} onChange={(e) => patchNode(action.id, { forumId: e.target.value || undefined })}>
          <option value="">{nlInspector.noForum}</option>
          {plan.forums.map((f) => (
            <option key={f.id} value={f.id}>
              {f.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}

function OwnerFields({ plan, owner }: { plan: Plan; owner: Owner }) {
  return (
    <div className="field">
      <label htmlFor="details-strength">{nlInspector.strength}</label>
      <select id="details-strength" value={owner.strengthId ?? ''} onChange={(e) => patchNode(owner.id, { strengthId: e.target.value || undefined })}>
        <option value="">{nlInspector.noStrength}</option>
        {plan.strengths.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
