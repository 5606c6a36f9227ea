// A full disk, end to end: plan store → autosave → IndexedDB refuses (QuotaExceededError) →
// a Dutch alert on the plan screen; the plan stays in memory with every edit, and is saved
// once there is room again.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app/App';
import { goal, makePlan } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { db, getPlan, savePlan } from '../persistence';
import { withFreshStores } from '../testing/harness';
import { usePlanStore } from './planStore';

withFreshStores();

afterEach(() => {
  window.location.hash = '#/';
});

const quotaError = () => new DOMException('De opslag is vol', 'QuotaExceededError');
const store = () => usePlanStore.getState();
const stored = async () => (await getPlan('plan-1'))?.plan;

/** A stored plan, opened on its plan screen in the whole app. */
async function openInApp(): Promise<{ plan: Plan; user: ReturnType<typeof userEvent.setup> }> {
  const plan = makePlan([goal('g1', { title: 'Schone straten' })]);
  await savePlan(plan, 0);
  window.location.hash = '#/plan/plan-1';
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: plan.title });
  return { plan, user: userEvent.setup() };
}

/** The save problem on the plan screen (an alert with a way out). */
async function saveAlert(): Promise<HTMLElement> {
  const text = await screen.findByText(/^Opslaan is mislukt: de opslag van deze browser is vol\./);
  const alert = text.closest('[role="alert"]') as HTMLElement;
  expect(alert).toBeVisible();
  expect(alert).toHaveTextContent('Je wijzigingen staan nog in dit venster; exporteer het plan als JSON om niets te verliezen.');
  return alert;
}

describe('a full disk while editing', () => {
  it('shows a Dutch alert, keeps every edit in memory, and "Opnieuw proberen" saves them once there is room', async () => {
    const { plan, user } = await openInApp();
    const put = vi.spyOn(db().plans, 'put').mockRejectedValue(quotaError());

    store().change((p) => ({ ...p, title: 'Niet kwijtraken' }));
    const alert = await saveAlert();
    expect(screen.getByRole('heading', { level: 1, name: 'Niet kwijtraken' })).toBeInTheDocument();
    expect(await stored()).toEqual(plan);

    // Editing goes on while the disk stays full; nothing is dropped.
    store().change((p) => ({ ...p, nodes: [...p.nodes, goal('g2', { title: 'Meer groen' })] }));
    await new Promise((r) => setTimeout(r, 400));
    expect(await saveAlert()).toBe(alert);
    expect(store().plan).toMatchObject({ title: 'Niet kwijtraken', nodes: [{ id: 'g1' }, { id: 'g2' }] });
    expect(await stored()).toEqual(plan);

    // Room again: the user retries and both edits land, as one save.
    put.mockRestore();
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByText('Alles opgeslagen')).toBeInTheDocument();
    expect(screen.queryByText(/^Opslaan is mislukt/)).not.toBeInTheDocument();
    expect(await getPlan('plan-1')).toMatchObject({ rev: 2, plan: { title: 'Niet kwijtraken', nodes: [{ id: 'g1' }, { id: 'g2' }] } });
  });

  it('the next edit retries by itself once there is room', async () => {
    await openInApp();
    const put = vi.spyOn(db().plans, 'put').mockRejectedValue(quotaError());
    store().change((p) => ({ ...p, title: 'Eerste' }));
    await saveAlert();

    put.mockRestore();
    store().change((p) => ({ ...p, title: 'Tweede' }));
    await waitFor(async () => expect((await stored())?.title).toBe('Tweede'));
    expect(await screen.findByText('Alles opgeslagen')).toBeInTheDocument();
  });

  it('leaving the plan while the disk is full keeps the edit: it is back, and saved, when the plan opens again', async () => {
    const { plan, user } = await openInApp();
    const put = vi.spyOn(db().plans, 'put').mockRejectedValue(quotaError());
    store().change((p) => ({ ...p, title: 'Bewaard bij het weggaan' }));
    await saveAlert();

    await user.click(screen.getByRole('link', { name: 'Mijn plannen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn plannen' })).toBeInTheDocument();
    await waitFor(() => expect(store().status).toBe('idle'));
    expect(await stored()).toEqual(plan);

    put.mockRestore();
    window.location.hash = '#/plan/plan-1';
    expect(await screen.findByRole('heading', { level: 1, name: 'Bewaard bij het weggaan' })).toBeInTheDocument();
    await waitFor(async () => expect((await stored())?.title).toBe('Bewaard bij het weggaan'));
    expect(localStorage.getItem('wijkdoelen:unsaved:plan-1')).toBeNull();
  });
});
