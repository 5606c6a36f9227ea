import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../plan/types';
import { CURRENT_VERSION, parse, serialize, toFileObject, type ParseResult } from './index';
import { fileText, measuresDoc, schemaV2Path, sharedDir, validDoc, type TestDoc } from './testFiles';

const shared = sharedDir();
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as object;
const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
/** Version 1, the format of the shared examples and of gen-plan: what the app reads from older files. */
const validateV1 = ajv.compile(readJson(path.join(shared, 'schema', 'doelenboom-1.schema.json')));
/** Version 2, the format the app writes. */
const validate = ajv.compile(readJson(schemaV2Path));

function planOf(result: ParseResult): Plan {
  if (!result.ok) throw new Error(`refused: ${result.errors.slice(0, 10).join('; ')}`);
  return result.plan;
}

/** The version-2 schema errors of a text, as short strings (empty when valid). */
function schemaErrors(text: string, against = validate): string[] {
  return against(JSON.parse(text)) ? [] : (against.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

function genPlan(...args: string[]): string {
  return execFileSync(process.execPath, [path.join(shared, 'tools', 'gen-plan.mjs'), ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
}

const EXPORTED_AT = '2026-02-01T08:00:00.000Z';

/** parse → serialize → parse gives the same plan, and what serialize writes fits the version-2 schema. */
function expectRoundTrip(text: string): Plan {
  const plan = planOf(parse(text));
  const written = serialize(plan, EXPORTED_AT);
  expect(JSON.parse(written)).toMatchObject({ version: 2 });
  expect(schemaErrors(written)).toEqual([]);
  expect(planOf(parse(written))).toEqual(plan);
  // Writing is stable: the same plan gives the same text.
  expect(serialize(planOf(parse(written)), EXPORTED_AT)).toBe(written);
  return plan;
}

describe('round trip: parse → serialize → parse is the identity', () => {
  const examples = readdirSync(path.join(shared, 'examples')).filter((f) => f.endsWith('.json'));

  it('finds the shared examples', () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  it.each(examples)('example %s (version 1)', (name) => {
    const text = readFileSync(path.join(shared, 'examples', name), 'utf8');
    expect(schemaErrors(text, validateV1)).toEqual([]);
    expectRoundTrip(text);
    // Version 2 only adds optional fields: a version-1 file with the new number is a version-2 file.
    expect(schemaErrors(JSON.stringify({ ...(JSON.parse(text) as object), version: 2 }))).toEqual([]);
  });

  it('the small test document, with every optional field of version 1, as version 1 and as version 2', () => {
    expectRoundTrip(fileText(validDoc()));
    expectRoundTrip(fileText({ ...validDoc(), version: 1 }));
  });

  it('a version-2 file with measures and two momentopnamen', () => {
    const doc = measuresDoc();
    const text = fileText(doc);
    expect(schemaErrors(text)).toEqual([]);
    const plan = expectRoundTrip(text);
    expect(plan.snapshots).toHaveLength(2);
    // Written back field for field as the fixture has it, values in their given order.
    expect(JSON.parse(serialize(plan, doc.exportedAt as string))).toEqual(doc);
  });

  it('a generated plan of 2000 nodes (version 1), keeping its positions', () => {
    const text = genPlan('2000');
    expect(JSON.parse(text)).toMatchObject({ version: 1 });
    const plan = expectRoundTrip(text);
    const file = JSON.parse(text) as { plan: { nodes: { id: string; position: unknown }[] } };
    expect(plan.nodes).toHaveLength(file.plan.nodes.length);
    expect(plan.nodes.map((n) => n.position)).toEqual(file.plan.nodes.map((n) => n.position));
  });

  it('a generated plan without positions: every node gets one', () => {
    const text = genPlan('2000', '--no-positions');
    const plan = expectRoundTrip(text);
    expect(plan.nodes.length).toBeGreaterThan(1900);
    for (const n of plan.nodes) {
      expect(Number.isFinite(n.position.x) && Number.isFinite(n.position.y)).toBe(true);
    }
  });
});

describe('serialize', () => {
  const plan = planOf(parse(fileText(validDoc())));

  it('writes the envelope and pretty JSON with two spaces', () => {
    const text = serialize(plan, EXPORTED_AT);
    expect(CURRENT_VERSION).toBe(2);
    expect(text.startsWith('{\n  "format": "doelenboom",\n  "version": 2,\n  "exportedAt": "2026-02-01T08:00:00.000Z",\n  "plan": {\n    "id": "plan-1",')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('uses the current time when no exportedAt is given', () => {
    const before = Date.now();
    const { exportedAt } = toFileObject(plan);
    expect(Date.parse(exportedAt)).toBeGreaterThanOrEqual(before);
    expect(schemaErrors(serialize(plan))).toEqual([]);
  });

  it('writes keys in the order of file-format.md', () => {
    const file = toFileObject(plan, EXPORTED_AT);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'plan']);
    expect(Object.keys(file.plan)).toEqual([
      'id', 'title', 'wijk', 'period', 'createdAt', 'updatedAt', 'inputs', 'policies', 'strengths', 'forums', 'nodes', 'edges',
    ]);
    expect(Object.keys(file.plan.inputs[0]!)).toEqual(['id', 'text', 'source', 'theme', 'date']);
    expect(Object.keys(file.plan.policies[0]!)).toEqual(['id', 'programme', 'goal']);
    expect(Object.keys(file.plan.strengths[0]!)).toEqual(['id', 'name', 'kind', 'offers']);
    expect(Object.keys(file.plan.forums[0]!)).toEqual(['id', 'name', 'kind', 'frequency']);
    expect(file.plan.nodes.map((n) => Object.keys(n))).toEqual([
      ['id', 'kind', 'title', 'inputIds', 'policyIds', 'position'],
      ['id', 'kind', 'title', 'description', 'inputIds', 'policyIds', 'indicator', 'position'],
      ['id', 'kind', 'title', 'status', 'due', 'forumId', 'position'],
      ['id', 'kind', 'title', 'strengthId', 'position'],
    ]);
    expect(Object.keys(file.plan.edges[0]!)).toEqual(['id', 'source', 'target']);
  });

  it('writes measures and momentopnamen in the order of file-format-v2.md', () => {
    const file = toFileObject(planOf(parse(fileText(measuresDoc()))), EXPORTED_AT);
    expect(Object.keys(file.plan)).toEqual([
      'id', 'title', 'wijk', 'period', 'createdAt', 'updatedAt', 'inputs', 'policies', 'strengths', 'forums', 'nodes', 'edges', 'snapshots',
    ]);
    expect(Object.keys(file.plan.nodes[0]!)).toEqual(['id', 'kind', 'title', 'inputIds', 'policyIds', 'indicator', 'measures', 'position']);
    const [measure] = (file.plan.nodes[0] as { measures: object[] }).measures;
    expect(Object.keys(measure!)).toEqual(['id', 'name', 'source', 'unit', 'baseline', 'target', 'values']);
    expect(Object.keys(file.plan.snapshots![0]!)).toEqual(['id', 'label', 'createdAt', 'plan']);
    expect(Object.keys(file.plan.snapshots![0]!.plan)).toEqual([
      'title', 'wijk', 'period', 'inputs', 'policies', 'strengths', 'forums', 'nodes', 'edges',
    ]);
  });

  it('writes measures and momentopnamen when the plan has them, also empty; leaves them out when absent', () => {
    const bare = toFileObject(plan, EXPORTED_AT);
    expect(bare.plan).not.toHaveProperty('snapshots');
    expect(bare.plan.nodes[0]).not.toHaveProperty('measures');

    const goal = { ...plan.nodes[0]!, measures: [] } as Plan['nodes'][number];
    const empty = toFileObject({ ...plan, nodes: [goal, ...plan.nodes.slice(1)], snapshots: [] }, EXPORTED_AT);
    expect(empty.plan.snapshots).toEqual([]);
    expect(empty.plan.nodes[0]).toHaveProperty('measures', []);
    // So reading it back gives the very same plan.
    const again = planOf(parse(serialize({ ...plan, nodes: [goal, ...plan.nodes.slice(1)], snapshots: [] }, EXPORTED_AT)));
    expect(again.snapshots).toEqual([]);
    expect(again.nodes[0]).toHaveProperty('measures', []);
  });

  it('writes no field of a measure or momentopname the format does not know', () => {
    const full = planOf(parse(fileText(measuresDoc())));
    const noisy = structuredClone(full) as Plan & Record<string, unknown>;
    const goal = noisy.nodes[0] as unknown as { measures: Record<string, unknown>[] };
    Object.assign(goal.measures[0]!, { chart: 'lijn', source: undefined });
    Object.assign((goal.measures[0]!.values as object[])[0]!, { note: 'x' });
    Object.assign(noisy.snapshots![0]!, { selected: true });
    Object.assign(noisy.snapshots![0]!.plan, { id: 'stray', snapshots: [] });
    const text = serialize(noisy, EXPORTED_AT);
    expect(text).not.toMatch(/chart|note|selected|stray/);
    expect(schemaErrors(text)).toEqual([]);
    expect(JSON.parse(text).plan.snapshots[0].plan).not.toHaveProperty('snapshots');
  });

  it('omits optional fields a plan leaves out, and writes no field the format does not know', () => {
    const bare = {
      ...plan,
      period: undefined,
      inputs: [{ id: 'i1', text: 'Signaal', source: 'team' as const, theme: undefined, mood: 'boos' }],
      nodes: plan.nodes.map((n) => ({ ...n, description: undefined, selected: true })),
      edges: plan.edges.map((e) => ({ ...e, animated: true })),
      undoStack: [1, 2, 3],
    } as unknown as Plan;
    bare.nodes[0]!.position = { x: 1, y: 2, z: 3 } as Plan['nodes'][number]['position'];
    const text = serialize(bare, EXPORTED_AT);
    expect(text).not.toMatch(/period|mood|selected|animated|undoStack|"z"|undefined|description/);
    expect(schemaErrors(text)).toEqual([]);
  });

  it('treats an empty optional date, quarter or reference as not set, so the file stays valid', () => {
    const sloppy = structuredClone(plan);
    Object.assign(sloppy.inputs[0]!, { date: '' });
    Object.assign(sloppy.nodes[2]!, { due: '', forumId: '' });
    Object.assign(sloppy.nodes[3]!, { strengthId: '' });
    const text = serialize(sloppy, EXPORTED_AT);
    expect(schemaErrors(text)).toEqual([]);
    const again = planOf(parse(text));
    expect(again.inputs[0]).not.toHaveProperty('date');
    expect(again.nodes[2]).not.toHaveProperty('due');
    expect(again.nodes[3]).not.toHaveProperty('strengthId');
  });

  it('does not share arrays or objects with the plan', () => {
    const file = toFileObject(plan, EXPORTED_AT);
    expect(file.plan.nodes[0]).not.toBe(plan.nodes[0]);
    expect(file.plan.nodes[0]!.position).not.toBe(plan.nodes[0]!.position);
    expect((file.plan.nodes[0] as { inputIds: string[] }).inputIds).not.toBe((plan.nodes[0] as { inputIds: string[] }).inputIds);

    const full = planOf(parse(fileText(measuresDoc())));
    const written = toFileObject(full, EXPORTED_AT);
    type WithMeasures = { measures: { values: object[]; baseline: object }[] };
    const [ours, theirs] = [written.plan.nodes[0] as unknown as WithMeasures, full.nodes[0] as unknown as WithMeasures];
    expect(ours.measures).not.toBe(theirs.measures);
    expect(ours.measures[0]!.values).not.toBe(theirs.measures[0]!.values);
    expect(ours.measures[0]!.baseline).not.toBe(theirs.measures[0]!.baseline);
    expect(written.plan.snapshots![0]!.plan.nodes).not.toBe(full.snapshots![0]!.plan.nodes);
  });
});

describe('parse agrees with the JSON Schema', () => {
  // Each case bends the valid test document in one way the schema alone decides, and says
  // whether the result is still a valid file.
  const cases: [string, (d: TestDoc) => void, boolean][] = [
    ['title of 500 emoji', (d) => (d.plan.title = '🌳'.repeat(500)), true],
    ['title of 501 emoji', (d) => (d.plan.title = '🌳'.repeat(501)), false],
    ['title of 500 characters', (d) => (d.plan.title = 'x'.repeat(500)), true],
    ['title of 501 characters', (d) => (d.plan.title = 'x'.repeat(501)), false],
    ['empty wijk', (d) => (d.plan.wijk = ''), false],
    ['empty description', (d) => (d.plan.nodes[1]!.description = ''), true],
    ['empty period', (d) => (d.plan.period = ''), true],
    ['id of 200', (d) => (d.plan.id = 'x'.repeat(200)), true],
    ['id of 201', (d) => (d.plan.id = 'x'.repeat(201)), false],
    ['leap day', (d) => (d.plan.inputs[0]!.date = '2024-02-29'), true],
    ['no leap day', (d) => (d.plan.inputs[0]!.date = '2025-02-29'), false],
    ['month 13', (d) => (d.plan.inputs[0]!.date = '2025-13-01'), false],
    ['date with time', (d) => (d.plan.inputs[0]!.date = '2025-01-01T00:00:00Z'), false],
    ['date-time with offset', (d) => (d.plan.createdAt = '2025-01-10T10:00:00+01:00'), true],
    ['date-time lowercase', (d) => (d.plan.createdAt = '2025-01-10t10:00:00z'), true],
    ['date-time with space', (d) => (d.plan.createdAt = '2025-01-10 10:00:00Z'), true],
    ['date-time without zone', (d) => (d.plan.createdAt = '2025-01-10T10:00:00'), false],
    ['date-time without seconds', (d) => (d.plan.createdAt = '2025-01-10T10:00Z'), false],
    ['date-time hour 24', (d) => (d.plan.createdAt = '2025-01-10T24:00:00Z'), false],
    ['leap second at 23:59 UTC', (d) => (d.plan.createdAt = '2016-12-31T23:59:60Z'), true],
    ['leap second at noon', (d) => (d.plan.createdAt = '2016-12-31T12:00:60Z'), false],
    ['due Q4', (d) => (d.plan.nodes[2]!.due = '2030-Q4'), true],
    ['due Q0', (d) => (d.plan.nodes[2]!.due = '2030-Q0'), false],
    ['due lowercase', (d) => (d.plan.nodes[2]!.due = '2030-q1'), false],
    ['bad status on a goal', (d) => (d.plan.nodes[0]!.status = 'klaar'), true],
    ['bad due on an owner', (d) => (d.plan.nodes[3]!.due = 'ooit'), true],
    ['bad status on an action', (d) => (d.plan.nodes[2]!.status = 'klaar'), false],
    ['unknown kind', (d) => (d.plan.nodes[3]!.kind = 'persoon'), false],
    ['position without y', (d) => (d.plan.nodes[0]!.position = { x: 1 }), false],
    ['position as text', (d) => (d.plan.nodes[0]!.position = { x: '1', y: 1 }), false],
    ['negative fractional position', (d) => (d.plan.nodes[0]!.position = { x: -1.5, y: 1e6 }), true],
    ['null description', (d) => (d.plan.nodes[1]!.description = null), false],
    ['empty input id in a goal', (d) => (d.plan.nodes[0]!.inputIds = ['']), false],
    ['theme of 201', (d) => (d.plan.inputs[0]!.theme = 'x'.repeat(201)), false],
    ['forum frequency of 200', (d) => (d.plan.forums[0]!.frequency = 'x'.repeat(200)), true],
    ['forum without kind', (d) => delete d.plan.forums[0]!.kind, true],
    ['policy without goal', (d) => delete d.plan.policies[0]!.goal, false],
    ['missing exportedAt', (d) => delete d.exportedAt, true],
    ['bad exportedAt', (d) => (d.exportedAt = '2026-01-15'), false],
    ['extra fields', (d) => Object.assign(d.plan, { colour: 'blue' }), true],
    ['edges not a list', (d) => (d.plan.edges = {} as never), false],
  ];

  // The same for what version 2 adds, on the fixture with measures and momentopnamen.
  const measure = (d: TestDoc, node = 0, i = 0) => (d.plan.nodes[node]!.measures as Record<string, unknown>[])[i]!;
  const point = (d: TestDoc, i = 0) => (measure(d).values as Record<string, unknown>[])[i]!;
  const snapshot = (d: TestDoc, i = 0) => d.plan.snapshots![i]!;
  const v2Cases: [string, (d: TestDoc) => void, boolean][] = [
    ['the fixture as it is', () => undefined, true],
    ['measure name of 200', (d) => (measure(d).name = 'x'.repeat(200)), true],
    ['measure name of 201', (d) => (measure(d).name = 'x'.repeat(201)), false],
    ['empty measure name', (d) => (measure(d).name = ''), false],
    ['measure without name', (d) => delete measure(d).name, false],
    ['measure without values', (d) => delete measure(d).values, false],
    ['measure without source, unit, baseline and target', (d) => {
      for (const key of ['source', 'unit', 'baseline', 'target']) delete measure(d)[key];
    }, true],
    ['empty unit', (d) => (measure(d).unit = ''), true],
    ['unit of 41', (d) => (measure(d).unit = 'x'.repeat(41)), false],
    ['source of 201', (d) => (measure(d).source = 'x'.repeat(201)), false],
    ['value as text', (d) => (point(d).value = '6.1'), false],
    ['negative fractional value', (d) => (point(d).value = -12.75), true],
    ['at a year', (d) => (point(d).at = '2026'), true],
    ['at a day', (d) => (point(d).at = '2024-02-29'), true],
    ['at a day that does not exist', (d) => (point(d).at = '2025-02-29'), false],
    ['at a month', (d) => (point(d).at = '2026-03'), false],
    ['at a quarter', (d) => (point(d).at = '2026-Q1'), false],
    ['at a date-time', (d) => (point(d).at = '2026-03-01T10:00:00Z'), false],
    ['at a number', (d) => (point(d).at = 2026), false],
    ['baseline year 1900', (d) => ((measure(d).baseline as Record<string, unknown>).year = 1900), true],
    ['baseline year 2200', (d) => ((measure(d).baseline as Record<string, unknown>).year = 2200), true],
    ['baseline year 1899', (d) => ((measure(d).baseline as Record<string, unknown>).year = 1899), false],
    ['target year 2201', (d) => ((measure(d).target as Record<string, unknown>).year = 2201), false],
    ['target year 2030.5', (d) => ((measure(d).target as Record<string, unknown>).year = 2030.5), false],
    ['target year as text', (d) => ((measure(d).target as Record<string, unknown>).year = '2030'), false],
    ['target without value', (d) => delete (measure(d).target as Record<string, unknown>).value, false],
    ['measures not a list', (d) => (d.plan.nodes[0]!.measures = {}), false],
    ['measures on an action', (d) => (d.plan.nodes[2]!.measures = []), false],
    ['measures on an owner', (d) => (d.plan.nodes[4]!.measures = [measure(d)]), false],
    ['snapshot label of 200', (d) => (snapshot(d).label = 'x'.repeat(200)), true],
    ['snapshot label of 201', (d) => (snapshot(d).label = 'x'.repeat(201)), false],
    ['snapshot without label', (d) => delete snapshot(d).label, false],
    ['snapshot without createdAt', (d) => delete snapshot(d).createdAt, false],
    ['snapshot with a date for createdAt', (d) => (snapshot(d).createdAt = '2026-03-12'), false],
    ['snapshot without plan', (d) => delete (snapshot(d) as Partial<ReturnType<typeof snapshot>>).plan, false],
    ['snapshot plan without title', (d) => delete snapshot(d).plan.title, false],
    ['snapshot plan without wijk and period', (d) => {
      delete snapshot(d).plan.wijk;
      delete snapshot(d).plan.period;
    }, false],
    ['snapshot plan node of an unknown kind', (d) => (snapshot(d).plan.nodes[0]!.kind = 'persoon'), false],
    ['snapshot plan with an id and dates (ignored)', (d) => Object.assign(snapshot(d).plan, { id: 'x', createdAt: 'gisteren' }), true],
    ['snapshots not a list', (d) => (d.plan.snapshots = {} as never), false],
    ['no snapshots', (d) => delete d.plan.snapshots, true],
    ['empty snapshots', (d) => (d.plan.snapshots = []), true],
  ];

  it.each(v2Cases)('version 2: %s', (_name, change, valid) => {
    const doc = measuresDoc();
    change(doc);
    const text = fileText(doc);
    expect(schemaErrors(text).length === 0).toBe(valid);
    expect(parse(text).ok).toBe(valid);
  });

  it.each(cases)('%s', (_name, change, valid) => {
    const doc = validDoc();
    change(doc);
    const text = fileText(doc);
    expect(schemaErrors(text).length === 0).toBe(valid);
    expect(parse(text).ok).toBe(valid);
  });
});
