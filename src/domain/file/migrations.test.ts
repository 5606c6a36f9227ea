import { describe, expect, it } from 'vitest';
import { nlFile } from '../../i18n/file';
import { CURRENT_VERSION, migrations, parse, parseWith, type Migration, type ParseResult } from './index';
import { fileText, validDoc } from './testFiles';

type Doc = Record<string, unknown> & { plan: Record<string, unknown> };

/** A fake version 0 of the format: the plan's title was called `name`, and there was no `wijk`. */
function version0Doc(): Doc {
  const doc: Doc = { ...validDoc(), version: 0 };
  const { title, wijk: _wijk, ...plan } = doc.plan;
  doc.plan = { ...plan, name: title };
  return doc;
}

/** The fake step 0 → 1: rename `name` to `title`, fill in `wijk`. */
const v0to1: Migration = (input) => {
  const doc = input as Doc;
  const { name, ...plan } = doc.plan;
  return { ...doc, version: 1, plan: { ...plan, title: name, wijk: 'Onbekend' } };
};

const planOf = (result: ParseResult) => {
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result;
};

describe('the migration chain', () => {
  it('migrates an older file step by step and says from which version', () => {
    const result = planOf(parseWith(fileText(version0Doc()), { currentVersion: 1, migrations: { 0: v0to1 } }));
    expect(result.migratedFrom).toBe(0);
    expect(result.plan.title).toBe('Wijkdoelen Presikhaaf');
    expect(result.plan.wijk).toBe('Onbekend');
    expect(result.plan).not.toHaveProperty('name');
  });

  it('runs every step, in order, from the file version up to the current one', () => {
    const ran: number[] = [];
    const step = (n: number): Migration => (doc) => {
      ran.push(n);
      return { ...(doc as Doc), version: n + 1 };
    };
    const chain = { 1: step(1), 2: step(2), 3: step(3) };
    const result = planOf(parseWith(fileText({ ...validDoc(), version: 2 }), { currentVersion: 4, migrations: chain }));
    expect(ran).toEqual([2, 3]);
    expect(result.migratedFrom).toBe(2);
  });

  it('validates what the chain made of the file', () => {
    const broken: Migration = (doc) => ({ ...(doc as Doc), plan: { ...(doc as Doc).plan, title: '' } });
    expect(parseWith(fileText({ ...validDoc(), version: 1 }), { currentVersion: 2, migrations: { 1: broken } })).toEqual({
      ok: false,
      errors: ['plan.title mag niet leeg zijn'],
    });
  });

  it('refuses a file newer than the current version', () => {
    const doc = { ...validDoc(), version: 3 };
    expect(parseWith(fileText(doc), { currentVersion: 2, migrations: { 1: v0to1 } })).toEqual({
      ok: false,
      errors: [nlFile.newerVersion(3, 2)],
    });
  });

  it('refuses a version the chain cannot reach', () => {
    expect(parseWith(fileText({ ...validDoc(), version: -1 }), { currentVersion: 1, migrations: { 0: v0to1 } })).toEqual({
      ok: false,
      errors: [nlFile.unknownVersion(-1)],
    });
  });

  it('refuses a file when a step fails, naming the step', () => {
    const fails: Migration = () => {
      throw new Error('kapot');
    };
    expect(parseWith(fileText(version0Doc()), { currentVersion: 1, migrations: { 0: fails } })).toEqual({
      ok: false,
      errors: [nlFile.migrationFailed(0, 1)],
    });
  });

  it('the real chain: version 1 is the first, 1 → 2 is its one step; parse uses it', () => {
    expect(CURRENT_VERSION).toBe(2);
    expect(Object.keys(migrations)).toEqual(['1']);
    expect(parse(fileText(version0Doc()))).toEqual({ ok: false, errors: [nlFile.unknownVersion(0)] });
    expect(planOf(parse(fileText({ ...validDoc(), version: 1 }))).migratedFrom).toBe(1);
  });

  it('the real chain has one step for every version below the current one, up to it', () => {
    const versions = Object.keys(migrations).map(Number).sort((a, b) => a - b);
    versions.forEach((v, i) => {
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBe(CURRENT_VERSION - versions.length + i);
    });
  });
});
