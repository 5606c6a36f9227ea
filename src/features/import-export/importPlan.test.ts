import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makePlan } from '../../domain/plan/testPlan';
import { db, getPlan, listPlans, savePlan, setDb, WijkdoelenDb } from '../../persistence';
import { useNotices } from '../../ui/notices';
import { useImportStore } from './importStore';

// The shared domain material sits beside the repository (also when it is cloned elsewhere).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedDir = path.resolve(repoRoot, '../shared');
const exampleText = readFileSync(path.join(sharedDir, 'examples/presikhaaf.doelenboom.json'), 'utf8');
const EXAMPLE_ID = 'voorbeeld-presikhaaf';
const EXAMPLE_TITLE = 'Wijkdoelen Presikhaaf';

const importFile = (file: File, onOpen: (id: string) => void) => useImportStore.getState().importFile(file, onOpen);
const jsonFile = (text: string, name = 'x.json') => new File([text], name, { type: 'application/json' });
const alerts = () => useNotices.getState().notices.filter((n) => n.kind === 'alert');
const statuses = () => useNotices.getState().notices.filter((n) => n.kind === 'status');

/** The example with its plan changed by `edit` (the JSON object, before it is written out). */
function exampleWith(edit: (plan: Record<string, unknown>) => void): string {
  const doc = JSON.parse(exampleText) as { plan: Record<string, unknown> };
  edit(doc.plan);
  return JSON.stringify(doc, null, 2);
}

/** Everything stored, to compare before and after an import that must change nothing. */
async function storedRows() {
  return { plans: await db().plans.toArray(), summaries: await db().summaries.toArray(), meta: await db().meta.toArray() };
}

beforeEach(() => {
  setDb(new WijkdoelenDb('test-' + crypto.randomUUID()));
  useNotices.getState().clear();
  useImportStore.setState({ conflict: null, busy: false });
});

afterEach(async () => {
  const d = db();
  setDb(null);
  await d.delete();
});

describe('importing a doelenboom file', () => {
  it('stores the example plan, confirms it and opens it', async () => {
    const onOpen = vi.fn();
    await importFile(jsonFile(exampleText, 'presikhaaf.doelenboom.json'), onOpen);

    expect(onOpen).toHaveBeenCalledExactlyOnceWith(EXAMPLE_ID);
    const row = await getPlan(EXAMPLE_ID);
    expect(row?.rev).toBe(1);
    const expected = (JSON.parse(exampleText) as { plan: { title: string; wijk: string; nodes: unknown[]; edges: unknown[] } }).plan;
    expect(row?.plan).toMatchObject({ id: EXAMPLE_ID, title: expected.title, wijk: expected.wijk });
    expect(row?.plan.nodes).toHaveLength(expected.nodes.length);
    expect(row?.plan.edges).toEqual(expected.edges);
    expect(await listPlans()).toEqual([expect.objectContaining({ id: EXAMPLE_ID, title: EXAMPLE_TITLE, goals: 5, actions: 8 })]);
    expect(statuses()).toEqual([expect.objectContaining({ text: `Plan "${EXAMPLE_TITLE}" is geïmporteerd.` })]);
    expect(alerts()).toEqual([]);
    expect(useImportStore.getState().busy).toBe(false);
  });

  describe('a refused file shows the errors and changes nothing', () => {
    const refused: [string, () => string, RegExp][] = [
      ['missing title', () => exampleWith((p) => delete p.title), /plan\.title ontbreekt/],
      ['__proto__ key', () => exampleText.replace('"title": "Wijkdoelen Presikhaaf",', '"title": "Wijkdoelen Presikhaaf", "__proto__": { "polluted": "ja" },'), /^(?=.*plan\.__proto__)(?=.*niet toegestaan)/],
      ['not JSON', () => exampleText.slice(0, 200), /Dit is geen JSON-bestand/],
    ];

    it.each(refused)('%s', async (_name, text, error) => {
      // A plan with the same id, and another plan, are already stored.
      await savePlan({ ...makePlan(), id: EXAMPLE_ID, title: 'Eigen versie' }, 0);
      await savePlan(makePlan([], [], { id: 'ander-plan', title: 'Ander plan' }), 0);
      const before = await storedRows();
      const onOpen = vi.fn();

      await importFile(jsonFile(text(), 'kapot.json'), onOpen);

      expect(alerts()).toHaveLength(1);
      const notice = alerts()[0]!;
      expect(notice.text).toBe('"kapot.json" is niet geïmporteerd');
      expect(notice.details).toContainEqual(expect.stringMatching(error));
      expect(notice.details?.at(-1)).toBe('Er is niets veranderd aan je plannen.');
      expect(onOpen).not.toHaveBeenCalled();
      expect(useImportStore.getState().conflict).toBeNull();
      expect(await storedRows()).toEqual(before);
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  });

  it('refuses a file over 20 MB without reading it', async () => {
    await savePlan(makePlan(), 0);
    const before = await storedRows();
    const file = jsonFile(exampleText, 'groot.json');
    Object.defineProperty(file, 'size', { value: 25 * 1024 * 1024 });
    const readers = (['text', 'arrayBuffer', 'bytes', 'stream', 'slice'] as const).filter((m) => typeof file[m] === 'function');
    const reads = readers.map((m) => vi.spyOn(file, m));
    expect(readers).toContain('text');
    const onOpen = vi.fn();

    await importFile(file, onOpen);

    for (const read of reads) expect(read).not.toHaveBeenCalled();
    expect(alerts()).toHaveLength(1);
    expect(alerts()[0]?.text).toBe('"groot.json" is niet geïmporteerd');
    expect(alerts()[0]?.details).toContainEqual(expect.stringMatching(/groter dan 20 MB/));
    expect(onOpen).not.toHaveBeenCalled();
    expect(await storedRows()).toEqual(before);
  });

  describe('the same plan again', () => {
    async function importTwice() {
      const first = vi.fn();
      await importFile(jsonFile(exampleText), first);
      expect(first).toHaveBeenCalledWith(EXAMPLE_ID);
      // The stored plan was worked on since the first import.
      const row = await getPlan(EXAMPLE_ID);
      await savePlan({ ...row!.plan, title: 'Presikhaaf, bijgewerkt', nodes: [] }, row!.rev);
      const before = await storedRows();

      const second = vi.fn();
      await importFile(jsonFile(exampleText), second);
      return { second, before };
    }

    it('asks what to do and changes nothing until the user chooses', async () => {
      const { second, before } = await importTwice();
      expect(useImportStore.getState().conflict).toMatchObject({ existingTitle: 'Presikhaaf, bijgewerkt', plan: { id: EXAMPLE_ID, title: EXAMPLE_TITLE } });
      expect(second).not.toHaveBeenCalled();
      expect(await storedRows()).toEqual(before);
    });

    it('"Beide behouden" stores the file as a second plan next to the first', async () => {
      const { second } = await importTwice();
      await useImportStore.getState().resolve('keep-both', second);

      expect(useImportStore.getState().conflict).toBeNull();
      const plans = await listPlans();
      expect(plans).toHaveLength(2);
      const copy = plans.find((p) => p.id !== EXAMPLE_ID);
      expect(copy).toMatchObject({ title: `${EXAMPLE_TITLE} (kopie)`, goals: 5, actions: 8 });
      expect(second).toHaveBeenCalledExactlyOnceWith(copy!.id);
      expect((await getPlan(EXAMPLE_ID))?.plan).toMatchObject({ title: 'Presikhaaf, bijgewerkt', nodes: [] });
    });

    it('"Vervangen" replaces the stored plan with the file', async () => {
      const { second } = await importTwice();
      await useImportStore.getState().resolve('replace', second);

      expect(useImportStore.getState().conflict).toBeNull();
      expect(second).toHaveBeenCalledExactlyOnceWith(EXAMPLE_ID);
      const plans = await listPlans();
      expect(plans).toEqual([expect.objectContaining({ id: EXAMPLE_ID, title: EXAMPLE_TITLE, goals: 5, actions: 8 })]);
      const row = await getPlan(EXAMPLE_ID);
      expect(row?.rev).toBe(3);
      expect(row?.plan.title).toBe(EXAMPLE_TITLE);
      expect(row?.plan.nodes).toHaveLength(19);
    });

    it('"Annuleren" leaves everything as it was', async () => {
      const { second, before } = await importTwice();
      await useImportStore.getState().resolve('cancel', second);
      expect(useImportStore.getState().conflict).toBeNull();
      expect(second).not.toHaveBeenCalled();
      expect(await storedRows()).toEqual(before);
    });
  });
});
