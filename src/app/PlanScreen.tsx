import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Plan } from '../domain/plan/types';
import { isStepId, stepById, type StepId } from '../domain/procesplaat/steps';
import { EditorView } from '../features/editor/EditorView';
import { globalKeyHandler } from '../features/editor/keys';
import { SaveStatus } from '../features/plan-screen/SaveStatus';
import { StepNav } from '../features/plan-screen/StepNav';
import { nl, nlPresentation } from '../i18n';
import { usePlanStore } from '../state/planStore';
import { useSession } from '../state/sessionStore';
import { navigate, redirect } from './router';
import { MenuButton, type MenuItem } from '../ui/MenuButton';

// Steps load when first opened: only the doelenboom is needed to open a plan.
interface StepPageProps {
  plan: Plan;
  /** Show a node in the doelenboom (a step page has no canvas of its own). */
  onShowNode?: (id: string) => void;
}
const named = <K extends string>(load: () => Promise<Record<K, ComponentType<StepPageProps>>>, name: K) =>
  lazy(async () => ({ default: (await load())[name] }));
const STEP_PAGES: Partial<Record<StepId, ComponentType<StepPageProps>>> = {
  wijkinformatie: named(() => import('../features/steps/wijkinformatie/WijkinformatieStep'), 'WijkinformatieStep'),
  beleid: named(() => import('../features/steps/beleid/BeleidStep'), 'BeleidStep'),
  wijkkrachten: named(() => import('../features/steps/wijkkrachten/WijkkrachtenStep'), 'WijkkrachtenStep'),
  overleg: named(() => import('../features/steps/overleg/OverlegStep'), 'OverlegStep'),
};
const SnapshotsPanel = named(() => import('../features/snapshots/SnapshotsPanel'), 'SnapshotsPanel');
const DoelenPanel = named(() => import('../features/steps/doelen/DoelenPanel'), 'DoelenPanel');
const ActionListView = named(() => import('../features/steps/acties/ActionListView'), 'ActionListView');
const PresentationView = lazy(async () => ({ default: (await import('../features/presentation/PresentationView')).PresentationView }));

interface Props {
  planId: string;
  step: string | undefined;
  plansHref: string;
  stepHref: (planId: string, step: StepId) => string;
  treeHref: (planId: string) => string;
  exportItems: (plan: Plan) => MenuItem[];
}

function content(plan: Plan, step: StepId | undefined, showNode: (id: string) => void) {
  const Page = step ? STEP_PAGES[step] : undefined;
  if (Page) {
    // Keyed by step: each step page opens at its top, not at the last page's scroll position.
    return (
      <div className="step-page" key={step}>
        <Page plan={plan} onShowNode={showNode} />
      </div>
    );
  }
  const editor =
    step === 'doelen' ? (
      <EditorView plan={plan} aside={<DoelenPanel plan={plan} />} emphasis="goal" />
    ) : step === 'acties' ? (
      <EditorView plan={plan} below={<ActionListView plan={plan} />} />
    ) : (
      <EditorView plan={plan} sideEnd={<Suspense fallback={null}><SnapshotsPanel plan={plan} /></Suspense>} />
    );
  return (
    <section className="doelenboom" aria-label={nl.plan.doelenboom}>
      {editor}
    </section>
  );
}

/** The plan screen: title, the six steps, and the doelenboom (or the step's own page). */
export function PlanScreen({ planId, step, plansHref, stepHref, treeHref, exportItems }: Props) {
  const status = usePlanStore((s) => s.status);
  const plan = usePlanStore((s) => s.plan);
  const loadProblem = usePlanStore((s) => s.loadProblem);
  const open = usePlanStore((s) => s.open);
  const [presenting, setPresenting] = useState(false);
  const presentButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void open(planId);
  }, [open, planId]);

  useEffect(() => {
    if (plan) document.title = `${plan.title} – ${nl.appName}`;
  }, [plan]);

  const current = step && isStepId(step) ? step : undefined;
  // An unknown step in the address (an old or mistyped link) shows the doelenboom under its own address.
  useEffect(() => {
    if (step !== undefined && !isStepId(step)) redirect(treeHref(planId));
  }, [step, planId, treeHref]);
  // Undo and redo work on the step pages too (the editor binds them itself where it is shown).
  const onStepPage = current !== undefined && STEP_PAGES[current] !== undefined;
  useEffect(() => {
    if (!onStepPage) return;
    const keys = globalKeyHandler();
    window.addEventListener('keydown', keys);
    return () => window.removeEventListener('keydown', keys);
  }, [onStepPage]);

  const showNode = useCallback(
    (id: string) => {
      const session = useSession.getState();
      session.select([id]);
      session.reveal(id);
      navigate(treeHref(planId));
    },
    [planId, treeHref],
  );
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
          <button type="button" className="button" ref={presentButton} onClick={() => setPresenting(true)}>
            {nlPresentation.present}
          </button>
        </div>
      </header>
      <StepNav plan={plan} current={current} stepHref={(s) => stepHref(plan.id, s)} treeHref={treeHref(plan.id)} />
      {currentStep && (
        <section className="step-panel" aria-labelledby="step-heading">
          <h2 id="step-heading">
            <span className="visually-hidden">{nl.plan.stepLabel(currentStep.number)} </span>
            {currentStep.name}
          </h2>
          <p>{currentStep.explanation}</p>
        </section>
      )}
      <Suspense fallback={<p className="loading">{nl.loading}</p>}>{content(plan, current, showNode)}</Suspense>
      {presenting && (
        <Suspense fallback={null}>
          <PresentationView plan={plan} onClose={() => setPresenting(false)} returnFocusTo={presentButton} />
        </Suspense>
      )}
    </main>
  );
}
