import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serialize } from '../../domain/file';
import { parseBackup, serializeBackup } from '../../domain/file/backup';
import { action, edges, goal, makePlan, owner } from '../../domain/plan/testPlan';
import type { Plan } from '../../domain/plan/types';
import { db, getBackupStatus, getPlan, listAllPlans, markBackupMade, savePlan, setDb, WijkdoelenDb } from '../../persistence';
import { Notices } from '../../ui/Notices';
import { useNotices } from '../../ui/notices';
import { PlansPage } from '../plans/PlansPage';
import { BackupControls } from './BackupControls';
import { BackupReminder } from './BackupReminder';

const DAY = 24 * 3600_000;
const RECENT = new Date(Date.now() - DAY).toISOString();

const presikhaaf = (): Plan =>
  makePlan([goal('g1'), action('a1'), owner('o1')], edges('g1>a1', 'a1>o1'), { id: 'plan-presikhaaf', updatedAt: RECENT });
const klarendal = (): Plan => makePlan([goal('g1')], [], { id: 'plan-klarendal', title: 'Groen Klarendal', wijk: 'Klarendal', updatedAt: RECENT });
const malburgen = (): Plan => makePlan([], [], { id: 'plan-malburgen', title: 'Samen Malburgen', wijk: 'Malburgen', updatedAt: RECENT });

let downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  useNotices.getState().clear();
  downloads = [];
  let blob: Blob | null = null;
  URL.createObjectURL = vi.fn((b: Blob) => {
    blob = b;
    return 'blob:back-up';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) downloads.push({ name: this.download, blob });
  });
});

afterEach(async () => {
  const d = db();
  setDb(null);
  await d.delete();
});

function renderPage(opts: { reminder?: boolean } = {}) {
  render(
    <>
      <PlansPage
        planHref={(id) => `#/plan/${id}`}
        onOpen={vi.fn()}
        importControl={null}
        onExportJson={vi.fn()}
        backupControls={<BackupControls />}
        backupReminder={opts.reminder ? <BackupReminder /> : null}
      />
      <Notices closeLabel="Sluiten" />
    </>,
  );
  return userEvent.setup();
}

const toolbar = () => screen.getByRole('toolbar', { name: 'Mijn plannen' });
const backupFile = (text: string, name = 'wijkdoelen-back-up-2026-01-05.json') => new File([text], name, { type: 'application/json' });
const fileInput = () => document.querySelector<HTMLInputElement>('input[type="file"][accept=".json,application/json"]') as HTMLInputElement;

async function storedPlans() {
  return (await listAllPlans()).map((r) => r.plan).sort((a, b) => a.id.localeCompare(b.id));
}

describe('Back-up maken', () => {
  it('downloads every plan in one wijkdoelen-back-up-YYYY-MM-DD.json and records the back-up', async () => {
    await savePlan(presikhaaf(), 0);
    await savePlan(klarendal(), 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Groen Klarendal' });

    await user.click(within(toolbar()).getByRole('button', { name: 'Back-up maken' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    const { name, blob } = downloads[0]!;
    const today = new Date();
    const ymd = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(name).toBe(`wijkdoelen-back-up-${ymd}.json`);
    expect(blob.type).toBe('application/json');
    const read = parseBackup(await blob.text());
    expect(read.ok && read.plans.map((p) => p.id).sort()).toEqual(['plan-klarendal', 'plan-presikhaaf']);
    expect(read.ok && read.plans.find((p) => p.id === 'plan-presikhaaf')).toEqual(presikhaaf());

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Back-up gemaakt van 2 plannen: wijkdoelen-back-up-${ymd}.json.`));
    const status = await getBackupStatus();
    expect(status.lastBackupAt).not.toBeNull();
    expect(status.plans.every((p) => !p.changedSinceBackup)).toBe(true);
  });

  it('says there is nothing to back up without plans, and downloads nothing', async () => {
    const user = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.click(within(toolbar()).getByRole('button', { name: 'Back-up maken' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Er zijn nog geen plannen om een back-up van te maken.'));
    expect(downloads).toEqual([]);
    expect((await getBackupStatus()).lastBackupAt).toBeNull();
  });
});

describe('Back-up terugzetten', () => {
  it('adds the plans that are not stored, without asking, and says how many', async () => {
    await savePlan(malburgen(), 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Samen Malburgen' });

    await user.upload(fileInput(), backupFile(serializeBackup([presikhaaf(), klarendal()], new Date())));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 plannen teruggezet.'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await storedPlans()).toEqual([klarendal(), malburgen(), presikhaaf()]);
    expect(await screen.findByRole('link', { name: 'Groen Klarendal' })).toBeInTheDocument();
  });

  it('refuses a back-up with one bad plan as a whole, in a Dutch alert, and changes nothing', async () => {
    await savePlan(malburgen(), 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Samen Malburgen' });
    const doc = JSON.parse(serializeBackup([presikhaaf(), klarendal()], new Date())) as { files: Array<{ plan: { nodes: Array<Record<string, unknown>> } }> };
    delete doc.files[1]!.plan.nodes[0]!.title;

    await user.upload(fileInput(), backupFile(JSON.stringify(doc), 'kapot.json'));

    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('"kapot.json" is niet teruggezet'));
    expect(alert).toHaveTextContent('bestanden[1]: plan.nodes[0].title ontbreekt');
    expect(alert).toHaveTextContent('Er is niets veranderd aan je plannen.');
    expect(await storedPlans()).toEqual([malburgen()]);
  });

  it('says a doelenboom file is not a back-up, and to use Importeren', async () => {
    const user = renderPage();
    await screen.findByText(/Nog geen plannen/);
    await user.upload(fileInput(), backupFile(serialize(presikhaaf()), 'presikhaaf.doelenboom.json'));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Dit is een doelenboom-bestand met één plan, geen back-up. Gebruik "Importeren" om het te openen.'));
    expect(await listAllPlans()).toEqual([]);
  });

  it('asks for every plan that exists: Vervangen replaces it, Beide behouden keeps a copy', async () => {
    await savePlan({ ...presikhaaf(), title: 'Presikhaaf, later hernoemd' }, 0);
    await savePlan({ ...klarendal(), nodes: [] }, 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Groen Klarendal' });

    await user.upload(fileInput(), backupFile(serializeBackup([presikhaaf(), malburgen(), klarendal()], new Date())));

    const dialog = await screen.findByRole('dialog', { name: 'Dit plan bestaat al' });
    expect(dialog).toHaveTextContent('Het plan "Wijkdoelen Presikhaaf" uit de back-up staat al in deze browser (als "Presikhaaf, later hernoemd").');
    expect(dialog).toHaveTextContent('Plan 1 van 2 dat al bestaat.');
    expect(within(dialog).getByRole('checkbox', { name: 'Doe hetzelfde voor het volgende plan dat al bestaat' })).not.toBeChecked();
    await user.click(within(dialog).getByRole('button', { name: 'Vervangen' }));

    // The same dialog asks about the next plan; nothing is written before every choice is made.
    await waitFor(() => expect(dialog).toHaveTextContent('Het plan "Groen Klarendal" uit de back-up staat al in deze browser.'));
    expect(dialog).toHaveTextContent('Plan 2 van 2 dat al bestaat.');
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    expect((await getPlan('plan-presikhaaf'))?.plan.title).toBe('Presikhaaf, later hernoemd');
    await user.click(within(dialog).getByRole('button', { name: 'Beide behouden' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 plannen teruggezet.'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await getPlan('plan-presikhaaf')).toMatchObject({ rev: 2, plan: presikhaaf() });
    expect((await getPlan('plan-klarendal'))?.plan.nodes).toEqual([]);
    expect(await getPlan('plan-malburgen')).toMatchObject({ rev: 1, plan: malburgen() });
    const copies = (await listAllPlans()).filter((r) => !['plan-presikhaaf', 'plan-klarendal', 'plan-malburgen'].includes(r.id));
    expect(copies).toHaveLength(1);
    expect(copies[0]?.plan).toEqual({ ...klarendal(), id: copies[0]?.id, title: 'Groen Klarendal (kopie)' });
  });

  it('applies one choice to every remaining plan when asked to', async () => {
    await savePlan({ ...presikhaaf(), title: 'Oud 1' }, 0);
    await savePlan({ ...klarendal(), title: 'Oud 2' }, 0);
    await savePlan({ ...malburgen(), title: 'Oud 3' }, 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Oud 3' });

    await user.upload(fileInput(), backupFile(serializeBackup([presikhaaf(), klarendal(), malburgen()], new Date())));
    const dialog = await screen.findByRole('dialog', { name: 'Dit plan bestaat al' });
    expect(within(dialog).getByRole('checkbox', { name: 'Doe hetzelfde voor de volgende 2 plannen die al bestaan' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Vervangen' }));
    await waitFor(() => expect(dialog).toHaveTextContent('Plan 2 van 3 dat al bestaat.'));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Doe hetzelfde voor het volgende plan dat al bestaat' }));
    await user.click(within(dialog).getByRole('button', { name: 'Vervangen' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('3 plannen teruggezet.'));
    expect(await storedPlans()).toEqual([klarendal(), malburgen(), presikhaaf()]);
  });

  it('"Annuleren" restores nothing, also not the plans that did not exist', async () => {
    await savePlan({ ...presikhaaf(), title: 'Eigen versie' }, 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Eigen versie' });
    const before = await listAllPlans();

    await user.upload(fileInput(), backupFile(serializeBackup([presikhaaf(), klarendal()], new Date())));
    const dialog = await screen.findByRole('dialog', { name: 'Dit plan bestaat al' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));

    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Er is niets teruggezet.'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await listAllPlans()).toEqual(before);
  });

  it('changes nothing when the disk is full halfway through, and says so', async () => {
    await savePlan({ ...presikhaaf(), title: 'Eigen versie' }, 0);
    const user = renderPage();
    await screen.findByRole('link', { name: 'Eigen versie' });
    const before = await listAllPlans();
    vi.spyOn(db().summaries, 'bulkPut').mockRejectedValueOnce(new DOMException('vol', 'QuotaExceededError'));

    await user.upload(fileInput(), backupFile(serializeBackup([presikhaaf(), klarendal()], new Date())));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Vervangen' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Het terugzetten is mislukt; er is niets veranderd.'));
    expect(screen.getByRole('alert')).toHaveTextContent('De opslag van deze browser is vol.');
    expect(await listAllPlans()).toEqual(before);
  });
});

describe('the back-up reminder', () => {
  const old = (plan: Plan, days: number): Plan => ({ ...plan, updatedAt: new Date(Date.now() - days * DAY).toISOString() });
  const reminder = () => screen.queryByRole('region', { name: 'Herinnering: back-up' });

  it('is not shown while plans are young and no back-up was made', async () => {
    await savePlan(old(presikhaaf(), 3), 0);
    renderPage({ reminder: true });
    await screen.findByRole('link', { name: 'Wijkdoelen Presikhaaf' });
    await new Promise((r) => setTimeout(r, 50));
    expect(reminder()).not.toBeInTheDocument();
  });

  it('reminds when no back-up was ever made of plans older than 14 days, and goes once one is made', async () => {
    await savePlan(old(presikhaaf(), 20), 0);
    const user = renderPage({ reminder: true });
    const region = await screen.findByRole('region', { name: 'Herinnering: back-up' });
    expect(region).toHaveTextContent('Je hebt nog geen back-up gemaakt van je plannen.');

    await user.click(within(region).getByRole('button', { name: 'Back-up maken' }));

    await waitFor(() => expect(reminder()).not.toBeInTheDocument());
    expect(downloads).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent(/^Back-up gemaakt van 1 plan: wijkdoelen-back-up-/);
    expect(within(toolbar()).getByRole('button', { name: 'Back-up maken' })).toHaveFocus();
  });

  it('reminds when the last back-up is older than 14 days and a plan changed since', async () => {
    await savePlan(old(presikhaaf(), 40), 0);
    await markBackupMade(new Date(Date.now() - 30 * DAY), await listAllPlans());
    await savePlan(old(klarendal(), 1), 0);
    renderPage({ reminder: true });
    expect(await screen.findByRole('region', { name: 'Herinnering: back-up' })).toHaveTextContent('Je hebt al 30 dagen geen back-up gemaakt, en je plannen zijn sindsdien gewijzigd.');
  });

  it('does not remind when nothing changed since an old back-up', async () => {
    await savePlan(old(presikhaaf(), 40), 0);
    await markBackupMade(new Date(Date.now() - 30 * DAY), await listAllPlans());
    renderPage({ reminder: true });
    await screen.findByRole('link', { name: 'Wijkdoelen Presikhaaf' });
    await new Promise((r) => setTimeout(r, 50));
    expect(reminder()).not.toBeInTheDocument();
  });
});
