// The six steps of the procesplaat (docs/domain.md) as data. The steps guide, they never lock.
import { nlRules } from '../../i18n/rules';
import type { Plan } from '../plan/types';

export const STEP_IDS = ['wijkinformatie', 'beleid', 'wijkkrachten', 'doelen', 'acties', 'overleg'] as const;
/** Also the url slug of the step: `#/plan/<id>/<stepId>`. */
export type StepId = (typeof STEP_IDS)[number];

export interface Step {
  id: StepId;
  /** 1–6, the order of the procesplaat. */
  number: number;
  /** Dutch name, exactly as in docs/ui-words.md. */
  name: string;
  /** One Dutch line: what to do in this step. */
  explanation: string;
}

export const STEPS: readonly Step[] = Object.freeze(
  STEP_IDS.map((id, i) => Object.freeze({ id, number: i + 1, name: nlRules.steps[id].name, explanation: nlRules.steps[id].explanation })),
);

export function isStepId(value: string): value is StepId {
  return (STEP_IDS as readonly string[]).includes(value);
}

/** The step with this id (slug), or undefined. */
export function stepById(id: string): Step | undefined {
  return STEPS.find((s) => s.id === id);
}

export interface StepCount {
  count: number;
  /** Dutch unit, singular for 1, plural otherwise: "signaal", "signalen". */
  unit: string;
  /** Count and unit for a badge: "3 signalen". */
  label: string;
}

function countOf(plan: Pick<Plan, 'inputs' | 'policies' | 'strengths' | 'forums' | 'nodes'>, stepId: StepId): number {
  switch (stepId) {
    case 'wijkinformatie':
      return plan.inputs.length;
    case 'beleid':
      return plan.policies.length;
    case 'wijkkrachten':
      return plan.strengths.length;
    case 'doelen':
      return plan.nodes.filter((n) => n.kind === 'goal').length;
    case 'acties':
      return plan.nodes.filter((n) => n.kind === 'action').length;
    case 'overleg':
      return plan.forums.length;
  }
}

/**
 * What a step holds, for a badge: signalen (all inputs, karakterkenmerken too), beleidsdoelen,
 * wijkkrachten, doelen (goal nodes, subdoelen too), acties (action nodes), overleggen (forums).
 */
export function stepCount(
  plan: Pick<Plan, 'inputs' | 'policies' | 'strengths' | 'forums' | 'nodes'>,
  stepId: StepId,
): StepCount {
  const count = countOf(plan, stepId);
  const unit = nlRules.steps[stepId].unit(count);
  return { count, unit, label: `${count} ${unit}` };
}
