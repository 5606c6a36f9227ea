import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { crc32, writeTextChunk } from '../../domain/file/png';
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

/** A valid 1×1 PNG (no doelenboom in it), built by hand. */
function plainPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]));
}
const pngFile = (bytes: Uint8Array, name = 'boom.png') => new File([bytes.slice()], name, { type: 'image/png' });

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

  describe('a PNG exported by the app', () => {
    it('imports the doelenboom it carries', async () => {
      const onOpen = vi.fn();
      await importFile(pngFile(writeTextChunk(plainPng(), 'doelenboom', exampleText), 'presikhaaf.doelenboom.png'), onOpen);

      expect(alerts()).toEqual([]);
      expect(onOpen).toHaveBeenCalledExactlyOnceWith(EXAMPLE_ID);
      const expected = (JSON.parse(exampleText) as { plan: { nodes: unknown[]; edges: unknown[] } }).plan;
      const row = await getPlan(EXAMPLE_ID);
      expect(row?.plan).toMatchObject({ id: EXAMPLE_ID, title: EXAMPLE_TITLE });
      expect(row?.plan.nodes).toHaveLength(expected.nodes.length);
      expect(row?.plan.edges).toEqual(expected.edges);
      expect(statuses()).toEqual([expect.objectContaining({ text: `Plan "${EXAMPLE_TITLE}" is geïmporteerd.` })]);
    });

    const refusedPngs: [string, () => Uint8Array, RegExp][] = [
      ['a PNG without a doelenboom', plainPng, /^Deze afbeelding bevat geen doelenboom\. Alleen PNG-bestanden die met Wijkdoelen zijn geëxporteerd kunnen worden geïmporteerd\.$/],
      ['a PNG whose doelenboom chunk is damaged', () => {
        const png = writeTextChunk(plainPng(), 'doelenboom', exampleText);
        const at = Buffer.from(png).indexOf('Presikhaaf');
        png[at] = 'X'.charCodeAt(0);
        return png;
      }, /beschadigd/],
      ['a PNG carrying a broken doelenboom file', () => writeTextChunk(plainPng(), 'doelenboom', exampleText.slice(0, 200)), /Dit is geen JSON-bestand/],
    ];

    it.each(refusedPngs)('refuses %s and changes nothing', async (_name, bytes, error) => {
      await savePlan(makePlan([], [], { id: 'ander-plan', title: 'Ander plan' }), 0);
      const before = await storedRows();
      const onOpen = vi.fn();

      await importFile(pngFile(bytes(), 'foto.png'), onOpen);

      expect(alerts()).toHaveLength(1);
      expect(alerts()[0]?.text).toBe('"foto.png" is niet geïmporteerd');
      expect(alerts()[0]?.details).toContainEqual(expect.stringMatching(error));
      expect(alerts()[0]?.details?.at(-1)).toBe('Er is niets veranderd aan je plannen.');
      expect(onOpen).not.toHaveBeenCalled();
      expect(useImportStore.getState().conflict).toBeNull();
      expect(await storedRows()).toEqual(before);
    });
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
