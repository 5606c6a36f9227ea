// Shared set-up for component tests: a fresh fake-indexeddb database and clean stores per
// test, and the editor rendered over a stored, opened plan. Imported by tests only.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ComponentType } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { EditorView } from '../features/editor/EditorView';
import { action, edges, goal, makePlan, owner } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { db, savePlan, setDb, WijkdoelenDb } from '../persistence';
import { resetPlanStore, usePlanStore } from '../state/planStore';
import { resetSession, useSession } from '../state/sessionStore';
import { Notices } from '../ui/Notices';
import { useNotices } from '../ui/notices';

/** Every test gets its own empty database and stores that remember nothing of the last test. */
export function withFreshStores(): void {
  beforeEach(() => {
    resetPlanStore();
    resetSession();
    useSession.setState({ minimap: 'off' });
    useNotices.getState().clear();
    localStorage.clear();
    setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  });
  afterEach(async () => {
    resetPlanStore();
    const d = db();
    setDb(null);
    await d.delete();
  });
}

/** Moving the view is animated unless reduced motion is asked for; jsdom has no size to animate in. */
export function withReducedMotion(): void {
  const real = window.matchMedia;
  beforeAll(() => {
    window.matchMedia = (query: string) => ({ ...real(query), matches: query.includes('prefers-reduced-motion') });
  });
  afterAll(() => {
    window.matchMedia = real;
  });
}

/** Stores a plan (revision 1) and opens it in the plan store. */
export async function openStoredPlan(plan: Plan): Promise<void> {
  await savePlan(plan, 0);
  await usePlanStore.getState().open(plan.id);
}

/**
 * A component that takes the open plan (an editor, a step), over a stored and opened plan,
 * re-rendering as the plan changes, with the notices on screen.
 */
export async function renderWithPlan(View: ComponentType<{ plan: Plan }>, plan: Plan) {
  await openStoredPlan(plan);
  function Host() {
    const current = usePlanStore((s) => s.plan);
    return (
      <>
        {current && <View plan={current} />}
        <Notices closeLabel="Sluiten" />
      </>
    );
  }
  const user = userEvent.setup();
  render(<Host />);
  return user;
}

/** The editor over a stored, opened plan. */
export const renderEditor = (plan: Plan) => renderWithPlan(EditorView, plan);

/** The open plan in the store. */
export const openPlan = (): Plan => usePlanStore.getState().plan as Plan;

/**
 * The tree most editor tests use:
 *  g1 Schone straten ─┬─ g2 Minder zwerfafval ── a1 Prikacties ── o1 Buurtteam
 *                     └─ g3 Meer groen
 *  g4 Veilig spelen          a9 Losse actie (no goal)
 */
export function sampleTree(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Schone straten', position: { x: 0, y: 0 } }),
      goal('g2', { title: 'Minder zwerfafval', position: { x: 0, y: 200 } }),
      action('a1', { title: 'Prikacties', position: { x: 0, y: 400 } }),
      owner('o1', { title: 'Buurtteam', position: { x: 0, y: 600 } }),
      goal('g3', { title: 'Meer groen', position: { x: 300, y: 200 } }),
      goal('g4', { title: 'Veilig spelen', position: { x: 700, y: 0 } }),
      action('a9', { title: 'Losse actie', position: { x: 1000, y: 400 } }),
    ],
    edges('g1>g2', 'g2>a1', 'a1>o1', 'g1>g3'),
  );
}
