import { describe, expect, it } from 'vitest';
import { nlFile } from '../../i18n/file';
import { action, edges, goal, input, makePlan, owner } from '../plan/testPlan';
import type { Plan } from '../plan/types';
import { backupFileName, BACKUP_FORMAT, MAX_BACKUP_BYTES, parseBackup, serializeBackup, type BackupParseResult } from './backup';
import { MAX_FILE_BYTES } from './constants';
import { parse } from './parse';
import { serialize, toFileObject } from './serialize';
import { fileText, measuresDoc, validDoc } from './testFiles';

const MADE_AT = new Date('2026-03-02T09:15:00.000Z');

const presikhaaf = (): Plan =>
  makePlan([goal('g1', { inputIds: ['i1'] }), action('a1', { due: '2025-Q3' }), owner('o1')], edges('g1>a1', 'a1>o1'), {
    id: 'plan-presikhaaf',
    inputs: [input('i1')],
  });
const klarendal = (): Plan =>
  makePlan([goal('g1', { title: 'Groen Klarendal', description: 'Meer bomen' })], [], {
    id: 'plan-klarendal',
    title: 'Groen Klarendal',
    wijk: 'Klarendal',
    period: undefined,
  });

function accepted(result: BackupParseResult): Plan[] {
  if (!result.ok) throw new Error(`expected the back-up to be accepted, got: ${result.errors.join('; ')}`);
  return result.plans;
}

function refused(result: BackupParseResult): string[] {
  if (result.ok) throw new Error('expected the back-up to be refused');
  return result.errors;
}

/** A back-up document to bend: the envelope around the given file objects. */
const backupDoc = (files: unknown[]): Record<string, unknown> => ({ format: BACKUP_FORMAT, version: 1, madeAt: MADE_AT.toISOString(), files });

describe('serializeBackup', () => {
  it('writes the envelope and every plan as the very file object serialize writes', () => {
    const plans = [presikhaaf(), klarendal()];
    const doc = JSON.parse(serializeBackup(plans, MADE_AT)) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['format', 'version', 'madeAt', 'files']);
    expect(doc).toMatchObject({ format: 'wijkdoelen-backup', version: 1, madeAt: '2026-03-02T09:15:00.000Z' });
    expect(doc.files).toEqual(plans.map((p) => JSON.parse(serialize(p, MADE_AT.toISOString())) as unknown));
    expect(doc.files).toEqual(plans.map((p) => toFileObject(p, MADE_AT.toISOString())));
  });

  it('holds doelenboom files of the current version (2), measures and momentopnamen included', () => {
    const parsed = parse(fileText(measuresDoc()));
    if (!parsed.ok) throw new Error(parsed.errors.join('; '));
    const doc = JSON.parse(serializeBackup([klarendal(), parsed.plan], MADE_AT)) as { version: number; files: { version: number; plan: { snapshots?: unknown[] } }[] };
    // The back-up's own envelope did not change; the files in it did.
    expect(doc.version).toBe(1);
    expect(doc.files.map((f) => f.version)).toEqual([2, 2]);
    expect(doc.files[1]?.plan.snapshots).toHaveLength(2);
    expect(accepted(parseBackup(JSON.stringify(doc)))).toEqual([klarendal(), parsed.plan]);
  });

  it('ends in a newline and is indented like a doelenboom file', () => {
    const text = serializeBackup([klarendal()], MADE_AT);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "files": [\n');
  });
});

describe('parseBackup: a valid back-up', () => {
  it('gives back every plan as it was written (round trip)', () => {
    const plans = [presikhaaf(), klarendal()];
    const result = parseBackup(serializeBackup(plans, MADE_AT));
    expect(accepted(result)).toEqual(plans);
    expect(result).toMatchObject({ madeAt: MADE_AT.toISOString() });
  });

  it('gives each plan exactly what an import of that plan alone gives', () => {
    const plans = [presikhaaf(), klarendal()];
    const viaImport = plans.map((p) => {
      const r = parse(serialize(p));
      if (!r.ok) throw new Error(r.errors.join('; '));
      return r.plan;
    });
    expect(accepted(parseBackup(serializeBackup(plans, MADE_AT)))).toEqual(viaImport);
  });

  it('accepts a back-up without plans, and one without madeAt', () => {
    expect(accepted(parseBackup(serializeBackup([], MADE_AT)))).toEqual([]);
    const { madeAt: _madeAt, ...rest } = backupDoc([validDoc()]);
    const result = parseBackup(JSON.stringify(rest));
    expect(accepted(result)).toHaveLength(1);
    expect(result).not.toHaveProperty('madeAt');
  });

  it('reads a back-up made before version 2: its files are version 1, migrated as an import migrates them', () => {
    const v1 = { ...validDoc(), version: 1 };
    const other = { ...toFileObject(klarendal(), MADE_AT.toISOString()), version: 1 };
    const plans = accepted(parseBackup(JSON.stringify(backupDoc([v1, other]))));
    expect(plans.map((p) => p.id)).toEqual(['plan-1', 'plan-klarendal']);
    expect(plans[1]).toEqual(klarendal());
    const viaImport = parse(fileText(v1));
    expect(viaImport).toMatchObject({ ok: true, migratedFrom: 1 });
    expect(plans[0]).toEqual(viaImport.ok ? viaImport.plan : undefined);
  });

  it('reads a back-up that holds version-1 and version-2 files side by side', () => {
    const plans = accepted(parseBackup(JSON.stringify(backupDoc([{ ...validDoc(), version: 1 }, measuresDoc()]))));
    expect(plans.map((p) => p.snapshots?.length ?? 0)).toEqual([0, 2]);
  });

  it('fills in defaults and lays out positions per plan, as an import does', () => {
    const doc = validDoc();
    for (const n of doc.plan.nodes) delete n.position;
    delete doc.plan.nodes[2]?.status;
    const [plan] = accepted(parseBackup(JSON.stringify(backupDoc([doc]))));
    expect(plan?.nodes.every((n) => typeof n.position.x === 'number')).toBe(true);
    expect(plan?.nodes[2]).toMatchObject({ status: 'gepland' });
  });

  it('reads a byte order mark and ignores unknown fields of the envelope', () => {
    const text = `\ufeff${JSON.stringify({ ...backupDoc([validDoc()]), madeBy: 'iemand' })}`;
    expect(accepted(parseBackup(text))).toHaveLength(1);
  });
});

describe('parseBackup: refusals, in Dutch, and all or nothing', () => {
  it('refuses text that is not JSON', () => {
    expect(refused(parseBackup('{ "format": '))).toEqual([nlFile.notJson]);
  });

  it('says a single doelenboom file is not a back-up, and points to Importeren', () => {
    const errors = refused(parseBackup(fileText(validDoc())));
    expect(errors).toEqual(['Dit is een doelenboom-bestand met één plan, geen back-up. Gebruik "Importeren" om het te openen.']);
  });

  it('refuses JSON that is not a back-up', () => {
    expect(refused(parseBackup('[]'))).toEqual(['Dit is geen back-up van Wijkdoelen']);
    expect(refused(parseBackup('"tekst"'))).toEqual(['Dit is geen back-up van Wijkdoelen']);
    expect(refused(parseBackup(JSON.stringify({ format: 'iets anders', version: 1, files: [] })))).toEqual(['Dit is geen back-up van Wijkdoelen']);
  });

  it('refuses a newer back-up version, a missing or broken version, and a missing or wrong files list', () => {
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), version: 2 })))[0]).toMatch(/nieuwere versie van Wijkdoelen \(back-upversie 2\)/);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), version: undefined })))).toEqual(['version ontbreekt']);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), version: '1' })))).toEqual(['version moet een geheel getal zijn']);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), version: 0 })))).toEqual(['Back-upversie 0 bestaat niet']);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), files: undefined })))).toEqual(['files ontbreekt']);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), files: {} })))).toEqual(['files moet een lijst zijn']);
    expect(refused(parseBackup(JSON.stringify({ ...backupDoc([]), madeAt: 'gisteren' })))[0]).toMatch(/^madeAt moet een datum en tijd zijn/);
  });

  it('refuses the whole back-up when one plan is bad, naming the file and the path', () => {
    const bad = validDoc();
    delete bad.plan.nodes[3]?.title;
    const errors = refused(parseBackup(JSON.stringify(backupDoc([validDoc(), toFileObject(klarendal()), bad]))));
    expect(errors).toEqual(['bestanden[2]: plan.nodes[3].title ontbreekt']);
  });

  it('reports the errors of every bad plan, each with its own index', () => {
    const noTitle = validDoc();
    noTitle.plan.title = '';
    const cycle = validDoc();
    cycle.plan.edges.push({ id: 'e4', source: 'g2', target: 'g1' });
    const errors = refused(parseBackup(JSON.stringify(backupDoc([noTitle, toFileObject(klarendal()), cycle, 'tekst']))));
    expect(errors[0]).toBe('bestanden[0]: plan.title mag niet leeg zijn');
    expect(errors).toContainEqual(expect.stringMatching(/^bestanden\[2\]: plan\.edges bevat een kringverwijzing/));
    expect(errors).toContain('bestanden[3]: Dit is geen doelenboom-bestand');
  });

  it('refuses a plan from a newer app version inside the back-up', () => {
    const newer = { ...validDoc(), version: 3 };
    expect(refused(parseBackup(JSON.stringify(backupDoc([newer]))))[0]).toMatch(/^bestanden\[0\]: Dit bestand komt uit een nieuwere versie/);
  });

  it('refuses two versions of one plan: which to restore would be a guess', () => {
    const errors = refused(parseBackup(JSON.stringify(backupDoc([validDoc(), toFileObject(klarendal()), validDoc()]))));
    expect(errors).toEqual(['bestanden[2]: plan.id "plan-1" komt al voor bij bestanden[0]']);
  });

  it('refuses forbidden keys in the envelope and inside a plan (the import guards)', () => {
    const envelope = `{"format":"${BACKUP_FORMAT}","version":1,"__proto__":{"x":1},"files":[]}`;
    expect(refused(parseBackup(envelope))).toEqual([nlFile.forbiddenKey('__proto__', '__proto__')]);

    const inPlan = JSON.stringify(backupDoc([validDoc()])).replace('"title":"Wijkdoelen Presikhaaf"', '"title":"Wijkdoelen Presikhaaf","constructor":{"prototype":1}');
    expect(refused(parseBackup(inPlan))).toEqual(['bestanden[0]: plan.constructor is niet toegestaan: een sleutel mag niet "constructor" heten']);
  });

  it('refuses a back-up over 200 MB before parsing it', () => {
    expect(MAX_BACKUP_BYTES).toBe(200 * 1024 * 1024);
    const huge = 'x'.repeat(MAX_BACKUP_BYTES + 1);
    const started = performance.now();
    expect(refused(parseBackup(huge))).toEqual([nlFile.tooLarge(200)]);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('keeps the 20 MB limit for every plan inside a back-up', () => {
    const big = validDoc();
    // Goals with 5,000 euro signs (15,000 UTF-8 bytes) each: one plan just over 20 MB, in a
    // back-up well under 200 MB.
    const description = '€'.repeat(5000);
    const count = Math.ceil(MAX_FILE_BYTES / 15_000) + 10;
    const extra = Array.from({ length: count }, (_, i) => ({ id: `gx${i}`, kind: 'goal', title: 'x', description }));
    big.plan.nodes.push(...extra);
    const errors = refused(parseBackup(JSON.stringify(backupDoc([toFileObject(klarendal()), big]))));
    expect(errors).toEqual([`bestanden[1]: ${nlFile.tooLarge(20)}`]);
  });
});

describe('backupFileName', () => {
  it('is wijkdoelen-back-up-YYYY-MM-DD.json, in local time', () => {
    expect(backupFileName(new Date(2026, 0, 5, 12, 0))).toBe('wijkdoelen-back-up-2026-01-05.json');
    expect(backupFileName(new Date(2025, 11, 31, 23, 59))).toBe('wijkdoelen-back-up-2025-12-31.json');
  });
});
