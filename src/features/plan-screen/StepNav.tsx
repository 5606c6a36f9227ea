import { STEPS, stepCount, type StepId } from '../../domain/procesplaat/steps';
import type { Plan } from '../../domain/plan/types';
import { nl } from '../../i18n';

interface Props {
  plan: Plan;
  current: StepId | undefined;
  stepHref: (step: StepId) => string;
}

/** The six steps of the procesplaat as links; free to jump, each with what it holds. */
export function StepNav({ plan, current, stepHref }: Props) {
  return (
    <nav aria-label={nl.plan.steps} className="step-nav">
      <ol>
        {STEPS.map((step) => {
          const count = stepCount(plan, step.id);
          return (
            <li key={step.id}>
              <a href={stepHref(step.id)} aria-current={current === step.id ? 'step' : undefined}>
                <span className="step-number" aria-hidden="true">{step.number}</span>
                <span className="step-name">{step.name}</span>
                <span className="step-count">{count.label}</span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
