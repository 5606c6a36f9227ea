// A browser window without storage (no IndexedDB, or opening it fails, as in some private
// windows): the app says so once, and a plan still opens in memory and can be exported.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parse, serialize } from '../domain/file';
import { action, edges, goal, makePlan } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { setDb, WijkdoelenDb } from '../persistence';
import { resetPlanStore, usePlanStore } from '../state/planStore';
import { useNotices } from '../ui/notices';
import { App } from './App';

const downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  // Firefox's private windows (before version 115) refused to open IndexedDB like this.
  vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
  });
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  resetPlanStore();
  useNotices.getState().clear();
  window.location.hash = '#/';

  downloads.length = 0;
  let blob: Blob | null = null;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:plan';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(() => {
  resetPlanStore();
  setDb(null);
  window.location.hash = '#/';
});

/** The alerts that say something (the notices keep an empty live region ready). */
const shownAlerts = () => screen.queryAllByRole('alert').filter((a) => a.textContent?.trim());

async function expectNoStorageMessage() {
  await waitFor(() => expect(shownAlerts()).toHaveLength(1));
  const alert = shownAlerts()[0] as HTMLElement;
  expect(alert).toHaveTextContent('In dit browservenster kunnen plannen niet worden bewaard, bijvoorbeeld omdat het een privévenster is.');
  expect(alert).toHaveTextContent('exporteer het als JSON om het te bewaren');
}

/** Exports the open plan through the plan screen's menu; returns the plan the file holds. */
async function exportOpenPlan(user: ReturnType<typeof userEvent.setup>): Promise<Plan> {
  await user.click(screen.getByRole('button', { name: 'Exporteren' }));
  await user.click(screen.getByRole('menuitem', { name: 'Exporteren als JSON' }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  const read = parse(await downloads[0]!.blob.text());
  if (!read.ok) throw new Error(read.errors.join('; '));
  return read.plan;
}

describe('a browser window that cannot store plans', () => {
  it('says once on Mijn plannen that plans cannot be stored here and should be exported', async () => {
    render(<App />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Mijn plannen' })).toBeInTheDocument();
    await expectNoStorageMessage();
    // Nothing here can be backed up or restored into; the ways to start a plan stay.
    expect(screen.queryByRole('button', { name: 'Back-up maken' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nieuw plan' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Importeren' })).toBeEnabled();
  });

  it('"Nieuw plan" opens a plan that works in memory and exports as JSON, with every edit', async () => {
    render(<App />);
    const user = userEvent.setup();
    await expectNoStorageMessage();

    await user.click(screen.getByRole('button', { name: 'Nieuw plan' }));
    const dialog = screen.getByRole('dialog', { name: 'Nieuw plan' });
    await user.type(within(dialog).getByLabelText('Titel'), 'Plan in een privévenster');
    await user.type(within(dialog).getByLabelText('Wijk'), 'Geitenkamp');
    await user.click(within(dialog).getByRole('button', { name: 'Aanmaken' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Plan in een privévenster' })).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/plan\/plan-/);
    // The plan screen says, once, that saving is impossible here and what to do.
    await waitFor(() => expect(shownAlerts()).toHaveLength(1));
    const alert = shownAlerts()[0] as HTMLElement;
    expect(alert).toHaveTextContent('Opslaan is mislukt: deze browser staat geen opslag toe (bijvoorbeeld in een privévenster).');
    expect(alert).toHaveTextContent('exporteer het plan als JSON');

    // Editing works, in memory; saving is tried again and fails quietly in the same way: the
    // alert stays as it is, not announced again with every edit.
    usePlanStore.getState().change((p) => ({ ...p, nodes: [goal('g1', { title: 'Een veilige speelplek' })] }));
    await new Promise((r) => setTimeout(r, 400));
    expect(usePlanStore.getState().plan?.nodes).toHaveLength(1);
    expect(shownAlerts()).toEqual([alert]);

    const exported = await exportOpenPlan(user);
    expect(exported).toMatchObject({ title: 'Plan in een privévenster', wijk: 'Geitenkamp', nodes: [{ id: 'g1', title: 'Een veilige speelplek' }] });
  });

  it('"Importeren" opens the file as a plan in memory, to be exported again', async () => {
    const plan = makePlan([goal('g1'), action('a1')], edges('g1>a1'), { id: 'plan-uit-bestand', title: 'Uit een bestand' });
    const { container } = render(<App />);
    const user = userEvent.setup();
    await expectNoStorageMessage();

    const input = container.ownerDocument.querySelector<HTMLInputElement>('input[type="file"][accept*=".png"]') as HTMLInputElement;
    await user.upload(input, new File([serialize(plan)], 'uit-een-bestand.doelenboom.json', { type: 'application/json' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Uit een bestand' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/plan/plan-uit-bestand');
    await waitFor(() => expect(shownAlerts()).toHaveLength(1));
    expect(shownAlerts()[0]).toHaveTextContent('Opslaan is mislukt: deze browser staat geen opslag toe');
    expect(await exportOpenPlan(user)).toEqual(plan);
  });
});
