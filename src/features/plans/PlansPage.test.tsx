import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../app/App';
import { action, edges, goal, makePlan, owner } from '../../domain/plan/testPlan';
import type { Action } from '../../domain/plan/types';
import { isOverdue } from '../../domain/procesplaat/progress';
import { inputsWithoutGoal } from '../../domain/procesplaat/traceability';
import { db, getPlan, listPlans, savePlan, setDb, WijkdoelenDb } from '../../persistence';
import { resetPlanStore } from '../../state/planStore';
import { Notices } from '../../ui/Notices';
import { useNotices } from '../../ui/notices';
import { PlansPage } from './PlansPage';

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  useNotices.getState().clear();
});

afterEach(async () => {
  cleanup();
  resetPlanStore();
  window.location.hash = '#/';
  const d = db();
  setDb(null);
  await d.delete();
});

const presikhaaf = () =>
  makePlan([goal('g1'), goal('g2'), action('a1'), action('a2'), owner('o1')], edges('g1>g2', 'g1>a1', 'g2>a2', 'a1>o1'), {
    id: 'plan-presikhaaf',
    title: 'Wijkdoelen Presikhaaf',
    wijk: 'Presikhaaf',
    period: '2025–2026',
    updatedAt: '2025-02-01T10:00:00.000Z',
  });

const klarendal = () =>
  makePlan([goal('g1')], [], { id: 'plan-klarendal', title: 'Groen Klarendal', wijk: 'Klarendal', period: undefined, updatedAt: '2025-01-01T10:00:00.000Z' });

function renderPage() {
  const onOpen = vi.fn();
  const onExportJson = vi.fn();
  render(
    <>
      <PlansPage planHref={(id) => `#/plan/${id}`} onOpen={onOpen} importControl={null} onExportJson={onExportJson} />
      <Notices closeLabel="Sluiten" />
    </>,
  );
  return { onOpen, onExportJson, user: userEvent.setup() };
}

/** The card of one plan in the list, found by its title link. */
async function card(title: string) {
  const link = await screen.findByRole('link', { name: title });
  return link.closest('li') as HTMLElement;
}

async function fillPlanForm(user: ReturnType<typeof userEvent.setup>, values: { title?: string; wijk?: string; period?: string }) {
  const dialog = screen.getByRole('dialog');
  if (values.title !== undefined) {
    await user.clear(within(dialog).getByLabelText('Titel'));
    if (values.title) await user.type(within(dialog).getByLabelText('Titel'), values.title);
  }
  if (values.wijk !== undefined) {
    await user.clear(within(dialog).getByLabelText('Wijk'));
    if (values.wijk) await user.type(within(dialog).getByLabelText('Wijk'), values.wijk);
  }
  if (values.period !== undefined) {
    await user.clear(within(dialog).getByLabelText(/^Periode/));
    if (values.period) await user.type(within(dialog).getByLabelText(/^Periode/), values.period);
  }
}

describe('Mijn plannen', () => {
  it('says there are no plans yet', async () => {
    renderPage();
    expect(await screen.findByText(/Nog geen plannen/)).toBeVisible();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('"Nieuw plan" opens a dialog with Titel, Wijk and Periode; "Aanmaken" stores the plan and opens it', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));

    // jsdom has no showModal: the Dialog falls back to the open attribute and is usable.
    const dialog = screen.getByRole('dialog', { name: 'Nieuw plan' });
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toBeVisible();
    expect(within(dialog).getByLabelText('Titel')).toHaveFocus();

    await fillPlanForm(user, { title: '  Samen Malburgen  ', wijk: 'Malburgen', period: '2026' });
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));

    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]?.[0] as string;
    const row = await getPlan(id);
    expect(row?.plan).toMatchObject({ id, title: 'Samen Malburgen', wijk: 'Malburgen', period: '2026', nodes: [], edges: [] });
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Samen Malburgen' })).toHaveAttribute('href', `#/plan/${id}`);
  });

  it('"Nieuw plan" can start from the example plan: a whole doelenboom to explore, under its own id', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    await user.click(screen.getByRole('radio', { name: /voorbeeldplan/i }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw plan' });
    expect(within(dialog).getByLabelText('Wijk')).toHaveValue('Presikhaaf');
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]?.[0] as string;
    const row = await getPlan(id);
    expect(id).not.toBe('voorbeeld-presikhaaf');
    expect(row?.plan.nodes).toHaveLength(19);
    expect(row?.plan.inputs.length).toBeGreaterThan(0);
    expect(row?.plan.title).toBe('Voorbeeldplan Presikhaaf');
  });

  it('the example plan is moved to today: few actions late, some current, some done, and a signal without goal', async () => {
    // The clock of the audit: 1 December 2026, long after the example was written.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 1, 10));
    try {
      const { onOpen, user } = renderPage();
      await screen.findByText(/Nog geen plannen/);
      await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
      await user.click(screen.getByRole('radio', { name: /voorbeeldplan/i }));
      expect(screen.getByLabelText(/^Periode/)).toHaveValue('2026–2027');
      await user.click(screen.getByRole('button', { name: 'Aanmaken' }));
      await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
      const plan = (await getPlan(onOpen.mock.calls[0]?.[0] as string))!.plan;
      const today = new Date();
      const actions = plan.nodes.filter((n): n is Action => n.kind === 'action');
      const late = actions.filter((a) => isOverdue(a, today));
      const done = actions.filter((a) => a.status === 'gereed');
      const ahead = actions.filter((a) => a.status !== 'gereed' && !isOverdue(a, today));
      expect(late.length).toBeGreaterThanOrEqual(1);
      expect(late.length).toBeLessThanOrEqual(2);
      expect(done.length).toBeGreaterThanOrEqual(1);
      expect(ahead.length).toBeGreaterThan(actions.length / 2);
      expect(actions.some((a) => a.due === '2026-Q4')).toBe(true);
      // The period offered in the dialog is moved along with the quarters.
      expect(plan.period).toBe('2026–2027');
      expect(plan.inputs.every((i) => !i.date || i.date < '2026-12-01')).toBe(true);
      expect(inputsWithoutGoal(plan).map((i) => i.theme)).toEqual(['Verkeer']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a period typed for the example plan is kept as typed', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    await user.click(screen.getByRole('radio', { name: /voorbeeldplan/i }));
    await fillPlanForm(user, { period: 'Oefenen' });
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    expect((await getPlan(onOpen.mock.calls[0]?.[0] as string))?.plan.period).toBe('Oefenen');
  });

  it('refuses an empty title with a Dutch message at the field and creates nothing', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    await fillPlanForm(user, { title: '   ', wijk: 'Malburgen' });
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));

    const titleInput = screen.getByLabelText('Titel');
    expect(titleInput).toHaveAttribute('aria-invalid', 'true');
    expect(titleInput).toHaveAccessibleDescription('Vul een titel in.');
    expect(screen.getByText('Vul een titel in.')).toBeVisible();
    expect(screen.getByLabelText('Wijk')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('dialog', { name: 'Nieuw plan' })).toBeInTheDocument();

    await new Promise((r) => setTimeout(r, 50));
    expect(onOpen).not.toHaveBeenCalled();
    expect(await listPlans()).toEqual([]);
  });

  it('"Annuleren" closes the dialog without creating a plan', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    await fillPlanForm(user, { title: 'Toch niet', wijk: 'Malburgen' });
    await user.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(onOpen).not.toHaveBeenCalled();
    expect(await listPlans()).toEqual([]);
  });

  it('lists each plan with title (a link to the plan), wijk, period and counts, newest first', async () => {
    await savePlan(klarendal(), 0);
    await savePlan(presikhaaf(), 0);
    renderPage();

    const first = await card('Wijkdoelen Presikhaaf');
    expect(within(first).getByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toHaveAttribute('href', '#/plan/plan-presikhaaf');
    expect(within(first).getByText('Presikhaaf')).toBeVisible();
    expect(within(first).getByText('2025–2026')).toBeVisible();
    expect(within(first).getByText('2 doelen, 2 acties')).toBeVisible();

    const second = await card('Groen Klarendal');
    expect(within(second).getByText('Klarendal')).toBeVisible();
    expect(within(second).getByText('1 doel, 0 acties')).toBeVisible();

    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual(['Wijkdoelen Presikhaaf', 'Groen Klarendal']);
  });

  it('"Verwijderen" removes a plan and "Ongedaan maken" in the status notice brings it back', async () => {
    await savePlan(presikhaaf(), 0);
    await savePlan(klarendal(), 0);
    const before = await getPlan('plan-presikhaaf');
    const { user } = renderPage();

    await user.click(within(await card('Wijkdoelen Presikhaaf')).getByRole('button', { name: /^Verwijderen/ }));

    await waitFor(() => expect(screen.queryByRole('link', { name: 'Wijkdoelen Presikhaaf' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Groen Klarendal' })).toBeInTheDocument();
    expect(await getPlan('plan-presikhaaf')).toBeUndefined();
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Plan "Wijkdoelen Presikhaaf" is verwijderd.');

    await user.click(within(status).getByRole('button', { name: 'Ongedaan maken' }));

    expect(await screen.findByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toBeInTheDocument();
    expect(await getPlan('plan-presikhaaf')).toEqual(before);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Plan "Wijkdoelen Presikhaaf" is teruggezet.'));
    expect(within(await card('Wijkdoelen Presikhaaf')).getByText('2 doelen, 2 acties')).toBeVisible();
  });

  it('"Dupliceren" adds a copy titled "(kopie)" with the same content', async () => {
    await savePlan(presikhaaf(), 0);
    const { user } = renderPage();

    await user.click(within(await card('Wijkdoelen Presikhaaf')).getByRole('button', { name: /^Dupliceren/ }));

    const copyCard = await card('Wijkdoelen Presikhaaf (kopie)');
    expect(within(copyCard).getByText('2 doelen, 2 acties')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Wijkdoelen Presikhaaf' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Kopie gemaakt: "Wijkdoelen Presikhaaf (kopie)".');

    const plans = await listPlans();
    expect(plans).toHaveLength(2);
    const copy = plans.find((p) => p.title === 'Wijkdoelen Presikhaaf (kopie)');
    expect(copy?.id).not.toBe('plan-presikhaaf');
    expect(within(copyCard).getByRole('link')).toHaveAttribute('href', `#/plan/${copy?.id}`);
    const stored = await getPlan(copy!.id);
    expect(stored?.plan.nodes).toEqual(presikhaaf().nodes);
    expect(stored?.plan.edges).toEqual(presikhaaf().edges);
  });

  it('"Naam wijzigen" renames a plan (title, wijk and period)', async () => {
    await savePlan(presikhaaf(), 0);
    const { user, onOpen } = renderPage();

    await user.click(within(await card('Wijkdoelen Presikhaaf')).getByRole('button', { name: /^Naam wijzigen/ }));
    const dialog = screen.getByRole('dialog', { name: 'Naam wijzigen' });
    expect(within(dialog).getByLabelText('Titel')).toHaveValue('Wijkdoelen Presikhaaf');
    expect(within(dialog).getByLabelText('Wijk')).toHaveValue('Presikhaaf');
    expect(within(dialog).getByLabelText(/^Periode/)).toHaveValue('2025–2026');

    await fillPlanForm(user, { title: 'Presikhaaf in beweging', period: '' });
    await user.click(within(dialog).getByRole('button', { name: 'Opslaan' }));

    const renamed = await card('Presikhaaf in beweging');
    expect(within(renamed).queryByText('2025–2026')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Wijkdoelen Presikhaaf' })).not.toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Naam gewijzigd in "Presikhaaf in beweging".');
    const row = await getPlan('plan-presikhaaf');
    expect(row?.plan.title).toBe('Presikhaaf in beweging');
    expect(row?.plan.period).toBeUndefined();
    expect(row?.plan.nodes).toEqual(presikhaaf().nodes);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('"Naam wijzigen" with an empty wijk shows the error and keeps the old name', async () => {
    await savePlan(presikhaaf(), 0);
    const { user } = renderPage();
    await user.click(within(await card('Wijkdoelen Presikhaaf')).getByRole('button', { name: /^Naam wijzigen/ }));
    await fillPlanForm(user, { title: 'Nieuw', wijk: '' });
    await user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(screen.getByLabelText('Wijk')).toHaveAccessibleDescription('Vul een wijk in.');
    expect((await getPlan('plan-presikhaaf'))?.plan.title).toBe('Wijkdoelen Presikhaaf');
  });
});

describe('Mijn plannen in the app', () => {
  it('a new plan opens at #/plan/<id>', async () => {
    window.location.hash = '#/';
    render(<App />);
    const user = userEvent.setup();
    await screen.findByText(/Nog geen plannen/);
    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    await fillPlanForm(user, { title: 'Plan via de app', wijk: 'Geitenkamp' });
    await user.click(screen.getByRole('button', { name: 'Aanmaken' }));

    await waitFor(() => expect(window.location.hash).toMatch(/^#\/plan\/.+/));
    const id = decodeURIComponent(window.location.hash.slice('#/plan/'.length));
    expect((await getPlan(id))?.plan.title).toBe('Plan via de app');
    expect(await screen.findByRole('heading', { level: 1, name: 'Plan via de app' })).toBeInTheDocument();
  });
});
