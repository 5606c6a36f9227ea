import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../plan/testPlan';
import { parse, type ParseResult } from '../parse';
import { fileText, repoDir, sharedDir, validDoc } from '../testFiles';
import { migrations } from './index';
import { v1ToV2 } from './v1-to-v2';

type Doc = Record<string, unknown> & { plan: Record<string, unknown> & { nodes: Record<string, unknown>[] } };

const shared = sharedDir();
const examples = readdirSync(path.join(shared, 'examples'))
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, text: readFileSync(path.join(shared, 'examples', name), 'utf8') }));
const generated = execFileSync(process.execPath, [path.join(shared, 'tools', 'gen-plan.mjs'), '200'], { encoding: 'utf8' });
// The example plan the app offers on Mijn plannen ships as a version-1 file.
const appExample = readFileSync(path.join(repoDir, 'src', 'features', 'plans', 'voorbeeldplan.doelenboom.json'), 'utf8');

const v1Files = [...examples, { name: 'gen-plan 200', text: generated }, { name: 'voorbeeldplan (app)', text: appExample }];

function planOf(result: ParseResult) {
  if (!result.ok) throw new Error(`refused: ${result.errors.slice(0, 5).join('; ')}`);
  return result;
}

describe('migration 1 → 2', () => {
  it('is the step registered for version 1', () => {
    expect(migrations[1]).toBe(v1ToV2);
  });

  it.each(v1Files)('$name: is version 1, migrates to the same document with version 2, and parses', ({ text }) => {
    const doc = deepFreeze(JSON.parse(text) as Doc);
    expect(doc.version).toBe(1);
    const migrated = v1ToV2(doc) as Doc;
    // Version 2 only adds optional fields: nothing but the version changes.
    expect(migrated).toEqual({ ...doc, version: 2 });
    const result = planOf(parse(text));
    expect(result.migratedFrom).toBe(1);
    expect(result.plan.nodes).toHaveLength(doc.plan.nodes.length);
  });

  it('does not change its input (a deep-frozen document would throw), and shares what it keeps', () => {
    const doc = deepFreeze({ ...validDoc(), version: 1 });
    const before = structuredClone(doc);
    const migrated = v1ToV2(doc) as Doc;
    expect(doc).toEqual(before);
    expect(migrated).not.toBe(doc);
    expect(migrated.plan.inputs).toBe(doc.plan.inputs);
  });

  it('is idempotent in effect: migrating or parsing twice gives the same', () => {
    const doc = deepFreeze({ ...validDoc(), version: 1 });
    const once = v1ToV2(doc);
    expect(v1ToV2(once)).toEqual(once);
    const text = fileText(doc);
    expect(planOf(parse(text)).plan).toEqual(planOf(parse(text)).plan);
  });

  it('drops `measures` and `snapshots` of a version-1 file: there they were unknown fields, which version 1 ignores', () => {
    const doc = { ...validDoc(), version: 1 };
    doc.plan.nodes[0]!.measures = 'zie de monitor';
    doc.plan.nodes[2]!.measures = [{ id: 'm1' }];
    doc.plan.snapshots = [{ id: 'kapot' }] as never;
    deepFreeze(doc);
    const migrated = v1ToV2(doc) as Doc;
    expect(migrated.plan).not.toHaveProperty('snapshots');
    expect(migrated.plan.nodes.map((n) => Object.hasOwn(n, 'measures'))).toEqual([false, false, false, false]);
    const plan = planOf(parse(fileText(doc))).plan;
    expect(plan).not.toHaveProperty('snapshots');
    expect(plan.nodes[0]).not.toHaveProperty('measures');
  });

  it('leaves shapes it does not know to the schema, so the refusal names what is wrong', () => {
    expect(v1ToV2({ format: 'doelenboom', version: 1 })).toEqual({ format: 'doelenboom', version: 2 });
    expect(v1ToV2({ format: 'doelenboom', version: 1, plan: 'x' })).toEqual({ format: 'doelenboom', version: 2, plan: 'x' });
    expect(parse(JSON.stringify({ format: 'doelenboom', version: 1 }))).toEqual({ ok: false, errors: ['plan ontbreekt'] });
    const doc = { ...validDoc(), version: 1 };
    doc.plan.nodes = [...doc.plan.nodes, 'knoop' as never];
    expect(parse(fileText(doc))).toEqual({ ok: false, errors: ['plan.nodes[4] moet een object zijn'] });
    doc.plan.nodes = {} as never;
    expect(parse(fileText(doc))).toEqual({ ok: false, errors: ['plan.nodes moet een lijst zijn'] });
  });

  it('the version-1 fixtures that are meant to fail still fail, for the same reason', () => {
    const fixture = (name: string) => readFileSync(path.join(repoDir, 'tests', 'fixtures', name), 'utf8');
    expect(parse(fixture('missing-title.doelenboom.json'))).toEqual({ ok: false, errors: ['plan.title ontbreekt'] });
    expect(parse(fixture('proto.doelenboom.json'))).toEqual({
      ok: false,
      errors: ['plan.nodes[0].__proto__ is niet toegestaan: een sleutel mag niet "__proto__" heten'],
    });
    expect(parse(fixture('not-json.doelenboom.json'))).toEqual({ ok: false, errors: ['Dit is geen JSON-bestand'] });
    const newer = parse(fixture('newer-version.doelenboom.json'));
    expect(newer.ok).toBe(false);
    expect(newer.ok ? '' : newer.errors[0]).toMatch(/bestandsversie 99\); deze app kan bestanden tot en met versie 2 openen/);
  });
});
