import { useEffect } from 'react';
import type { Plan } from '../domain/plan/types';
import { isStepId, stepById, type StepId } from '../domain/procesplaat/steps';
import { EditorView } from '../features/editor/EditorView';
import { SaveStatus } from '../features/plan-screen/SaveStatus';
import { StepNav } from '../features/plan-screen/StepNav';
import { nl } from '../i18n';
import { usePlanStore } from '../state/planStore';
import { MenuButton, type MenuItem } from '../ui/MenuButton';

interface Props {
  planId: string;
  step: string | undefined;
  plansHref: string;
  stepHref: (planId: string, step: StepId) => string;
  exportItems: (plan: Plan) => MenuItem[];
}

/** The plan screen: title, the six steps, and the doelenboom. */
export function PlanScreen({ planId, step, plansHref, stepHref, exportItems }: Props) {
  const status = usePlanStore((s) => s.status);
  const plan = usePlanStore((s) => s.plan);
  const loadProblem = usePlanStore((s) => s.loadProblem);
  const open = usePlanStore((s) => s.open);

  useEffect(() => {
    void open(planId);
  }, [open, planId]);

  useEffect(() => {
    if (plan) document.title = `${plan.title} – ${nl.appName}`;
  }, [plan]);

  const current = step && isStepId(step) ? step : undefined;
  const currentStep = current ? stepById(current) : undefined;

  if (status === 'missing' || status === 'failed') {
    return (
      <main id="main" className="plan-screen plan-screen-message" tabIndex={-1}>
        <p>
          <a href={plansHref}>{nl.plan.backToPlans}</a>
        </p>
        <p role="alert" className="error-text">
          {status === 'missing' ? nl.plan.notFound : nl.storage.openFailed(loadProblem ?? 'unknown')}
        </p>
      </main>
    );
  }
  if (!plan || plan.id !== planId) {
    return (
      <main id="main" className="plan-screen" tabIndex={-1}>
        <p>{nl.loading}</p>
      </main>
    );
  }

  return (
    <main id="main" className="plan-screen" tabIndex={-1}>
      <header className="plan-header">
        <div className="plan-heading">
          <a className="back-link" href={plansHref}>
            <span aria-hidden="true">← </span>
            {nl.plan.backToPlans}
          </a>
          <h1>{plan.title}</h1>
          <p className="plan-meta">
            <span>{plan.wijk}</span>
            {plan.period && <span>{plan.period}</span>}
          </p>
        </div>
        <div className="plan-tools">
          <SaveStatus />
          <MenuButton label={nl.plan.export} items={exportItems(plan)} />
        </div>
      </header>
      <StepNav plan={plan} current={current} stepHref={(s) => stepHref(plan.id, s)} />
      {currentStep && (
        <section className="step-panel" aria-labelledby="step-heading">
          <h2 id="step-heading">{currentStep.name}</h2>
          <p>{currentStep.explanation}</p>
          <p className="hint">{nl.plan.stepPlaceholder}</p>
        </section>
      )}
      <section className="doelenboom" aria-label={nl.plan.doelenboom}>
        <EditorView plan={plan} />
      </section>
    </main>
  );
}
