import { STEPS, stepCount, type StepId } from '../../domain/procesplaat/steps';
import type { Plan } from '../../domain/plan/types';
import { nl } from '../../i18n';

interface Props {
  plan: Plan;
  current: StepId | undefined;
  stepHref: (step: StepId) => string;
  /** The plain doelenboom, where a plan opens. */
  treeHref: string;
}

/** The six steps of the procesplaat as links; free to jump, each with what it holds. */
export function StepNav({ plan, current, stepHref, treeHref }: Props) {
  return (
    <nav aria-label={nl.plan.steps} className="step-nav">
      <a className="step-tree" href={treeHref} aria-current={current === undefined ? 'page' : undefined}>
        {nl.plan.treeTab}
      </a>
      <ol>
        {STEPS.map((step) => {
          const count = stepCount(plan, step.id);
          return (
            <li key={step.id}>
              {/* The link's name is the step's name alone (ui-words.md); the count is its description. */}
              <a href={stepHref(step.id)} aria-current={current === step.id ? 'step' : undefined} aria-describedby={`step-count-${step.id}`}>
                <span className="step-number" aria-hidden="true">{step.number}</span>
                {/* Name above count: six steps then fit one row on a 1280 px beamer. */}
                <span className="step-label">
                  <span className="step-name">{step.name}</span>
                  <span className="step-count" id={`step-count-${step.id}`} aria-hidden="true">
                    {count.label}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
