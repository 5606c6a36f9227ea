import { afterEach, describe, expect, it, vi } from 'vitest';
import { nlFile } from '../../i18n/file';
import { layoutPositions } from '../layout';
import type { Action, Goal } from '../plan/types';
import { checkFileSize, MAX_FILE_BYTES, parse, type ParseResult } from './index';
import { fileText, measuresDoc, validDoc, type TestDoc } from './testFiles';

/** Parses the valid document after `change` has bent it; returns the errors (fails if accepted). */
function errorsOf(change: (doc: TestDoc) => void): string[] {
  const doc = validDoc();
  change(doc);
  return refused(parse(fileText(doc)));
}

function refused(result: ParseResult): string[] {
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
}

function accepted(result: ParseResult) {
  if (!result.ok) throw new Error(`expected the file to be accepted, got: ${result.errors.join('; ')}`);
  return result.plan;
}

const node = (doc: TestDoc, i: number) => doc.plan.nodes[i] as Record<string, unknown>;

/** Parses the fixture with measures and momentopnamen after `change` has bent it; returns the errors. */
function v2ErrorsOf(change: (doc: TestDoc) => void): string[] {
  const doc = measuresDoc();
  change(doc);
  return refused(parse(fileText(doc)));
}

type Bendable = Record<string, unknown>;
const measures = (doc: TestDoc, i: number) => node(doc, i).measures as Bendable[];
const values = (doc: TestDoc, n: number, m: number) => measures(doc, n)[m]!.values as Bendable[];
const snapshot = (doc: TestDoc, i: number) => doc.plan.snapshots![i]!;

describe('parse: a valid file', () => {
  it('reads every field of the plan', () => {
    const plan = accepted(parse(fileText(validDoc())));
    expect(plan.title).toBe('Wijkdoelen Presikhaaf');
    expect(plan.inputs[0]).toEqual({ id: 'i1', text: 'Jongeren missen een plek om te sporten', source: 'bewoners', theme: 'Jeugd', date: '2025-01-08' });
    expect(plan.nodes[1]).toEqual({
      id: 'g2', kind: 'goal', title: 'Jongeren hebben een veilige plek', description: 'Sport en ontmoeting',
      inputIds: ['i1'], policyIds: ['p1'], indicator: 'Minder meldingen', position: { x: 0, y: 160 },
    });
    expect(plan.nodes[2]).toEqual({ id: 'a1', kind: 'action', title: 'Pannakooi plaatsen', status: 'lopend', due: '2025-Q3', forumId: 'f1', position: { x: 0, y: 320 } });
    expect(plan.edges).toHaveLength(3);
  });

  it('is not migrated when it has the current version', () => {
    expect(parse(fileText(validDoc()))).not.toHaveProperty('migratedFrom');
  });

  it('fills in the defaults: action status, goal inputIds/policyIds, plan dates from exportedAt', () => {
    const doc = validDoc();
    delete node(doc, 0).inputIds;
    delete node(doc, 0).policyIds;
    delete node(doc, 2).status;
    delete doc.plan.createdAt;
    delete doc.plan.updatedAt;
    const plan = accepted(parse(fileText(doc)));
    expect(plan.nodes[0]).toMatchObject({ inputIds: [], policyIds: [] });
    expect((plan.nodes[2] as Action).status).toBe('gepland');
    expect(plan.createdAt).toBe('2026-01-15T10:30:00.000Z');
    expect(plan.updatedAt).toBe('2026-01-15T10:30:00.000Z');
  });

  it('dates a plan without dates and without exportedAt with the current time', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-03-01T12:00:00.000Z'));
    const doc = validDoc();
    delete doc.exportedAt;
    delete doc.plan.createdAt;
    delete doc.plan.updatedAt;
    const plan = accepted(parse(fileText(doc)));
    expect(plan.createdAt).toBe('2026-03-01T12:00:00.000Z');
    expect(plan.updatedAt).toBe('2026-03-01T12:00:00.000Z');
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('drops unknown fields, and fields that belong to another kind of node', () => {
    const doc = validDoc();
    doc.extra = 1;
    doc.plan.colour = 'blue';
    doc.plan.inputs[0]!.mood = 'boos';
    node(doc, 0).status = 'nonsense'; // status belongs to actions; a goal's is ignored
    node(doc, 0).position = { x: 1, y: 2, z: 3 };
    node(doc, 3).due = 'whenever';
    doc.plan.edges[0]!.label = 'x';
    const plan = accepted(parse(fileText(doc)));
    expect(plan).not.toHaveProperty('colour');
    expect(plan.inputs[0]).not.toHaveProperty('mood');
    expect(plan.nodes[0]).not.toHaveProperty('status');
    expect(plan.nodes[0]!.position).toEqual({ x: 1, y: 2 });
    expect(plan.nodes[3]).not.toHaveProperty('due');
    expect(plan.edges[0]).toEqual({ id: 'e1', source: 'g1', target: 'g2' });
  });

  it('lays out only the nodes that have no position', () => {
    const doc = validDoc();
    delete node(doc, 1).position;
    delete node(doc, 3).position;
    const plan = accepted(parse(fileText(doc)));
    const laidOut = layoutPositions(plan.nodes, plan.edges);
    expect(plan.nodes[0]!.position).toEqual({ x: 0, y: 0 });
    expect(plan.nodes[2]!.position).toEqual({ x: 0, y: 320 });
    expect(plan.nodes[1]!.position).toEqual(laidOut.get('g2'));
    expect(plan.nodes[3]!.position).toEqual(laidOut.get('o1'));
  });

  it('counts lengths in characters as JSON Schema does, so 500 emoji fit in a title', () => {
    const plan = accepted(parse(fileText({ ...validDoc(), plan: { ...validDoc().plan, title: '🌳'.repeat(500) } })));
    expect(plan.title).toHaveLength(1000);
  });

  it('reads a file that starts with a byte order mark', () => {
    accepted(parse(`\uFEFF${fileText(validDoc())}`));
  });

  it('accepts an empty plan', () => {
    const doc = validDoc();
    doc.plan = { ...doc.plan, inputs: [], policies: [], strengths: [], forums: [], nodes: [], edges: [] };
    expect(accepted(parse(fileText(doc))).nodes).toEqual([]);
  });
});

describe('parse: refusals before the schema', () => {
  it('refuses text that is not JSON', () => {
    expect(refused(parse('{"format": "doelenboom",'))).toEqual(['Dit is geen JSON-bestand']);
    expect(refused(parse(''))).toEqual(['Dit is geen JSON-bestand']);
  });

  it('refuses JSON that is not a doelenboom file', () => {
    expect(errorsOf((d) => (d.format = 'excalidraw'))).toEqual(['Dit is geen doelenboom-bestand']);
    expect(errorsOf((d) => delete d.format)).toEqual(['Dit is geen doelenboom-bestand']);
    expect(refused(parse('[1, 2]'))).toEqual(['Dit is geen doelenboom-bestand']);
    expect(refused(parse('null'))).toEqual(['Dit is geen doelenboom-bestand']);
    expect(refused(parse('"doelenboom"'))).toEqual(['Dit is geen doelenboom-bestand']);
  });

  it('refuses a file without an integer version', () => {
    expect(errorsOf((d) => delete d.version)).toEqual(['version ontbreekt']);
    expect(errorsOf((d) => (d.version = '1'))).toEqual(['version moet een geheel getal zijn']);
    expect(errorsOf((d) => (d.version = 1.5))).toEqual(['version moet een geheel getal zijn']);
  });

  it('refuses a file from a newer version of the app, saying so and up to which version it reads', () => {
    const errors = errorsOf((d) => (d.version = 3));
    expect(errors).toEqual([nlFile.newerVersion(3, 2)]);
    expect(errors[0]).toMatch(/nieuwere versie van Wijkdoelen \(bestandsversie 3\); deze app kan bestanden tot en met versie 2 openen/);
  });

  it('refuses an older version for which no migration exists', () => {
    expect(errorsOf((d) => (d.version = 0))).toEqual([nlFile.unknownVersion(0)]);
  });

  it('refuses a "__proto__" key nested deep, naming its path', () => {
    // JSON.parse keeps "__proto__" as an own key; a literal in code would not.
    const text = fileText(validDoc()).replace('"strengthId": "s1"', '"strengthId": "s1", "extra": [{"deep": {"__proto__": {"polluted": true}}}]');
    expect(refused(parse(text))).toEqual(['plan.nodes[3].extra[0].deep.__proto__ is niet toegestaan: een sleutel mag niet "__proto__" heten']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a "constructor" key and a "prototype" key, each with its path', () => {
    const text = fileText(validDoc())
      .replace('"format": "doelenboom"', '"format": "doelenboom", "constructor": {"prototype": 1}')
      .replace('"theme": "Jeugd"', '"theme": "Jeugd", "prototype": null');
    expect(refused(parse(text))).toEqual([
      'constructor is niet toegestaan: een sleutel mag niet "constructor" heten',
      'plan.inputs[0].prototype is niet toegestaan: een sleutel mag niet "prototype" heten',
    ]);
  });
});

describe('parse: the size limit', () => {
  it('refuses a 25 MB text before parsing it', () => {
    const text = `{"format":"doelenboom","version":2,"pad":"${'x'.repeat(25 * 1024 * 1024)}"}`;
    const jsonParse = vi.spyOn(JSON, 'parse');
    const errors = refused(parse(text));
    expect(errors).toEqual(['Dit bestand is groter dan 20 MB. Zo\'n groot bestand kan Wijkdoelen niet openen.']);
    expect(jsonParse).not.toHaveBeenCalled();
  });

  it('counts UTF-8 bytes, not characters: 8 million "€" (24 MB) are refused', () => {
    const text = `"${'€'.repeat(8 * 1024 * 1024)}"`;
    expect(text.length).toBeLessThan(MAX_FILE_BYTES);
    const jsonParse = vi.spyOn(JSON, 'parse');
    expect(refused(parse(text))).toEqual([checkFileSize(MAX_FILE_BYTES + 1)]);
    expect(jsonParse).not.toHaveBeenCalled();
  });

  it('reads a text of exactly 20 MB', () => {
    const text = `{}${' '.repeat(MAX_FILE_BYTES - 2)}`;
    expect(refused(parse(text))).toEqual(['Dit is geen doelenboom-bestand']);
  });

  it('checkFileSize refuses a File larger than 20 MB before it is read', () => {
    expect(MAX_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull();
    expect(checkFileSize(0)).toBeNull();
    expect(checkFileSize(MAX_FILE_BYTES + 1)).toMatch(/groter dan 20 MB/);
  });
});

describe('parse: refusals by the schema, with the path of what is wrong', () => {
  it('a missing title', () => {
    expect(errorsOf((d) => delete node(d, 3).title)).toEqual(['plan.nodes[3].title ontbreekt']);
    expect(errorsOf((d) => delete d.plan.title)).toEqual(['plan.title ontbreekt']);
  });

  it('a missing plan, a missing list', () => {
    expect(errorsOf((d) => delete (d as Partial<TestDoc>).plan)).toEqual(['plan ontbreekt']);
    expect(errorsOf((d) => delete (d.plan as Partial<TestDoc['plan']>).edges)).toEqual(['plan.edges ontbreekt']);
  });

  it('a value of the wrong type', () => {
    expect(errorsOf((d) => (d.plan.nodes = {} as never))).toEqual(['plan.nodes moet een lijst zijn']);
    expect(errorsOf((d) => (node(d, 0).title = 42))).toEqual(['plan.nodes[0].title moet tekst zijn']);
    expect(errorsOf((d) => (node(d, 0).description = null))).toEqual(['plan.nodes[0].description moet tekst zijn']);
    expect(errorsOf((d) => (node(d, 0).position = { x: '1', y: 2 }))).toEqual(['plan.nodes[0].position.x moet een getal zijn']);
    expect(errorsOf((d) => (d.plan.inputs[0] = 'i1' as never))).toEqual(['plan.inputs[0] moet een object zijn']);
  });

  it('an empty required text', () => {
    expect(errorsOf((d) => (d.plan.wijk = ''))).toEqual(['plan.wijk mag niet leeg zijn']);
    expect(errorsOf((d) => (d.plan.edges[1]!.id = ''))).toEqual(['plan.edges[1].id mag niet leeg zijn']);
  });

  it('a title of 501 characters', () => {
    expect(errorsOf((d) => (node(d, 3).title = 'x'.repeat(501)))).toEqual(['plan.nodes[3].title is langer dan 500 tekens']);
    expect(errorsOf((d) => (d.plan.title = '🌳'.repeat(501)))).toEqual(['plan.title is langer dan 500 tekens']);
  });

  it('long texts of more than 5000 characters and ids of more than 200', () => {
    expect(errorsOf((d) => (node(d, 1).description = 'x'.repeat(5001)))).toEqual(['plan.nodes[1].description is langer dan 5000 tekens']);
    expect(errorsOf((d) => (node(d, 1).indicator = 'x'.repeat(5001)))).toEqual(['plan.nodes[1].indicator is langer dan 5000 tekens']);
    expect(errorsOf((d) => (d.plan.strengths[0]!.offers = 'x'.repeat(5001)))).toEqual(['plan.strengths[0].offers is langer dan 5000 tekens']);
    expect(errorsOf((d) => (d.plan.inputs[1]!.text = 'x'.repeat(5001)))).toEqual(['plan.inputs[1].text is langer dan 5000 tekens']);
    expect(errorsOf((d) => (d.plan.id = 'x'.repeat(201)))).toEqual(['plan.id is langer dan 200 tekens']);
    expect(errorsOf((d) => (d.plan.period = 'x'.repeat(101)))).toEqual(['plan.period is langer dan 100 tekens']);
  });

  it('a value outside an enum, listing the allowed values', () => {
    expect(errorsOf((d) => (d.plan.inputs[0]!.source = 'buren'))).toEqual([
      'plan.inputs[0].source moet een van bewoners, partners, team, monitor, karakter, overig zijn',
    ]);
    expect(errorsOf((d) => (d.plan.strengths[0]!.kind = 'bedrijf'))).toEqual([
      'plan.strengths[0].kind moet een van organisatie, initiatief, bewoners, voorziening, overig zijn',
    ]);
    expect(errorsOf((d) => (node(d, 2).status = 'klaar'))).toEqual(['plan.nodes[2].status moet een van gepland, lopend, gereed, gestopt zijn']);
  });

  it('a node of an unknown kind, reported together with its other errors', () => {
    expect(errorsOf((d) => Object.assign(node(d, 0), { kind: 'task', title: '' }))).toEqual([
      'plan.nodes[0].kind moet een van goal, action, owner zijn',
      'plan.nodes[0].title mag niet leeg zijn',
    ]);
  });

  it('a due that is not a quarter', () => {
    expect(errorsOf((d) => (node(d, 2).due = '2025-Q5'))).toEqual([nlFile.badQuarter('plan.nodes[2].due')]);
    expect(errorsOf((d) => (node(d, 2).due = '2025-3'))).toEqual(['plan.nodes[2].due moet een kwartaal zijn in de vorm JJJJ-Qn, bijvoorbeeld 2025-Q3']);
  });

  it('a date or date-time that is not one', () => {
    expect(errorsOf((d) => (d.plan.inputs[0]!.date = '2025-02-29'))).toEqual([nlFile.badDate('plan.inputs[0].date')]);
    expect(errorsOf((d) => (d.plan.createdAt = '2025-01-10 09:00'))).toEqual([nlFile.badDateTime('plan.createdAt')]);
    expect(errorsOf((d) => (d.exportedAt = 'gisteren'))).toEqual([nlFile.badDateTime('exportedAt')]);
  });

  it('returns every error at once, each once', () => {
    const errors = errorsOf((d) => {
      delete d.plan.title;
      node(d, 0).title = '';
      node(d, 1).title = '';
      d.plan.inputs[0]!.source = 'x';
    });
    expect(errors).toEqual([
      'plan.title ontbreekt',
      'plan.inputs[0].source moet een van bewoners, partners, team, monitor, karakter, overig zijn',
      'plan.nodes[0].title mag niet leeg zijn',
      'plan.nodes[1].title mag niet leeg zijn',
    ]);
  });
});

describe('parse: refusals by the rules of the doelenboom', () => {
  it('a duplicate node id', () => {
    expect(errorsOf((d) => (node(d, 3).id = 'g1'))).toContain('plan.nodes[3].id "g1" komt al voor bij plan.nodes[0]');
  });

  it('duplicate ids in the other lists', () => {
    expect(errorsOf((d) => d.plan.inputs.push({ id: 'i1', text: 'Nog een', source: 'team' }))).toEqual([
      'plan.inputs[2].id "i1" komt al voor bij plan.inputs[0]',
    ]);
    expect(errorsOf((d) => (d.plan.edges[2]!.id = 'e1'))).toEqual(['plan.edges[2].id "e1" komt al voor bij plan.edges[0]']);
  });

  it('an edge with the id of a node (nodes and edges share one id space)', () => {
    expect(errorsOf((d) => (d.plan.edges[0]!.id = 'a1'))).toEqual(['plan.edges[0].id "a1" komt al voor bij plan.nodes[2]']);
  });

  it('an edge to a missing node', () => {
    expect(errorsOf((d) => (d.plan.edges[2]!.target = 'x'))).toEqual(['plan.edges[2].target verwijst naar een onbekende knoop "x"']);
    expect(errorsOf((d) => (d.plan.edges[0]!.source = 'nergens'))).toEqual(['plan.edges[0].source verwijst naar een onbekende knoop "nergens"']);
  });

  it('an edge between kinds that may not be joined', () => {
    const rule = 'alleen doel → doel, doel → actie en actie → eigenaar zijn toegestaan';
    expect(errorsOf((d) => d.plan.edges.push({ id: 'e9', source: 'g1', target: 'o1' }))).toEqual([
      `plan.edges[3] verbindt doel "g1" met eigenaar "o1"; ${rule}`,
    ]);
    expect(errorsOf((d) => (d.plan.edges[2] = { id: 'e3', source: 'o1', target: 'a1' }))).toEqual([
      `plan.edges[2] verbindt eigenaar "o1" met actie "a1"; ${rule}`,
    ]);
    const actionToAction = errorsOf((d) => {
      d.plan.nodes.push({ id: 'a2', kind: 'action', title: 'Tweede actie' });
      d.plan.edges.push({ id: 'e4', source: 'a1', target: 'a2' });
    });
    expect(actionToAction).toEqual([`plan.edges[3] verbindt actie "a1" met actie "a2"; ${rule}`]);
    expect(errorsOf((d) => d.plan.edges.push({ id: 'e4', source: 'a1', target: 'g1' }))).toEqual([
      `plan.edges[3] verbindt actie "a1" met doel "g1"; ${rule}`,
      'plan.edges bevat een kringverwijzing: "g1" → "g2" → "a1" → "g1"',
    ]);
  });

  it('a goal with two parent goals', () => {
    const errors = errorsOf((d) => {
      d.plan.nodes.push({ id: 'g3', kind: 'goal', title: 'Nog een doel' });
      d.plan.edges.push({ id: 'e4', source: 'g3', target: 'g2' });
    });
    expect(errors).toEqual(['plan.nodes[1] (doel "g2") heeft meer dan één bovenliggend doel: plan.edges[0], plan.edges[3]']);
  });

  it('an action under two goals', () => {
    expect(errorsOf((d) => d.plan.edges.push({ id: 'e4', source: 'g1', target: 'a1' }))).toEqual([
      'plan.nodes[2] (actie "a1") hoort bij meer dan één doel: plan.edges[1], plan.edges[3]',
    ]);
  });

  it('an action with two owners', () => {
    const errors = errorsOf((d) => {
      d.plan.nodes.push({ id: 'o2', kind: 'owner', title: 'Gemeente' });
      d.plan.edges.push({ id: 'e4', source: 'a1', target: 'o2' });
    });
    expect(errors).toEqual(['plan.nodes[2] (actie "a1") heeft meer dan één eigenaar: plan.edges[2], plan.edges[3]']);
  });

  it('a cycle of goals', () => {
    const errors = errorsOf((d) => {
      d.plan.nodes.push({ id: 'g3', kind: 'goal', title: 'Derde doel' });
      d.plan.edges.push({ id: 'e4', source: 'g2', target: 'g3' }, { id: 'e5', source: 'g3', target: 'g1' });
    });
    expect(errors).toEqual(['plan.edges bevat een kringverwijzing: "g1" → "g2" → "g3" → "g1"']);
  });

  it('a goal that is its own parent', () => {
    expect(errorsOf((d) => d.plan.edges.push({ id: 'e4', source: 'g1', target: 'g1' }))).toEqual([
      'plan.edges bevat een kringverwijzing: "g1" → "g1"',
    ]);
  });

  it('a long cycle is shown shortened, and a long chain does not overflow the stack', () => {
    const n = 20_000;
    const doc = validDoc();
    doc.plan.nodes = Array.from({ length: n }, (_, i) => ({ id: `g${i}`, kind: 'goal', title: `Doel ${i}` }));
    doc.plan.edges = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, source: `g${i}`, target: `g${(i + 1) % n}` }));
    const [error] = refused(parse(fileText(doc)));
    expect(error).toBe('plan.edges bevat een kringverwijzing: "g0" → "g1" → "g2" → "g3" → "g4" → "g5" → "g6" → "g7" → "g8" → "g9" → …');
  });

  it('goal references to inputs and policies that do not exist', () => {
    expect(errorsOf((d) => (node(d, 1).inputIds = ['i1', 'i9']))).toEqual(['plan.nodes[1].inputIds[1] verwijst naar onbekende wijkinformatie "i9"']);
    expect(errorsOf((d) => (node(d, 0).policyIds = ['p2']))).toEqual(['plan.nodes[0].policyIds[0] verwijst naar onbekend beleid "p2"']);
  });

  it('an action forum and an owner strength that do not exist', () => {
    expect(errorsOf((d) => (node(d, 2).forumId = 'f2'))).toEqual(['plan.nodes[2].forumId verwijst naar een onbekend overleg "f2"']);
    expect(errorsOf((d) => (node(d, 3).strengthId = 's2'))).toEqual(['plan.nodes[3].strengthId verwijst naar een onbekende wijkkracht "s2"']);
  });

  it('accepts what is only a kwaliteitscheck: an action without goal or owner, a goal without onderbouwing', () => {
    const doc = validDoc();
    doc.plan.nodes.push({ id: 'a2', kind: 'action', title: 'Los' }, { id: 'g3', kind: 'goal', title: 'Kaal', inputIds: [], policyIds: [] });
    const plan = accepted(parse(fileText(doc)));
    expect((plan.nodes[5] as Goal).inputIds).toEqual([]);
  });
});

describe('parse: measures on goals (version 2)', () => {
  it('reads every field of a measure, values in the order given', () => {
    const plan = accepted(parse(fileText(measuresDoc())));
    expect((plan.nodes[0] as Goal).measures).toEqual([
      {
        id: 'm1', name: 'Sociale samenhang', source: 'Leefbare Wijken Monitor', unit: 'cijfer',
        baseline: { value: 5.8, year: 2024 }, target: { value: 6.5, year: 2028 },
        values: [{ value: 6.1, at: '2026-03-01' }, { value: 5.8, at: '2024' }],
      },
      { id: 'm2', name: 'Bewoners die vrijwilligerswerk doen', unit: '%', values: [] },
    ]);
    expect(plan.nodes[2]).not.toHaveProperty('measures');
  });

  it('leaves a goal without measures without the field, and a plan without momentopnamen without it', () => {
    const plan = accepted(parse(fileText(validDoc())));
    expect(plan.nodes[0]).not.toHaveProperty('measures');
    expect(plan).not.toHaveProperty('snapshots');
  });

  it('refuses a value that is text or not finite', () => {
    expect(v2ErrorsOf((d) => (values(d, 0, 0)[1]!.value = '5,8'))).toEqual(['plan.nodes[0].measures[0].values[1].value moet een getal zijn']);
    // JSON.parse reads 1e999 as Infinity: a number JSON can write, but not a measured value.
    const text = fileText(measuresDoc()).replace('"value": 6.1', '"value": 1e999');
    expect(refused(parse(text))).toEqual(['plan.nodes[0].measures[0].values[0].value moet een getal zijn']);
    const target = fileText(measuresDoc()).replace('"value": 6.5', '"value": -1e999');
    expect(refused(parse(target))).toEqual(['plan.nodes[0].measures[0].target.value moet een getal zijn']);
  });

  it('refuses an `at` that is neither a year nor a day', () => {
    const message = 'plan.nodes[1].measures[0].values[0].at moet een jaar zijn (JJJJ, bijvoorbeeld 2026) of een datum (JJJJ-MM-DD, bijvoorbeeld 2026-03-01)';
    expect(v2ErrorsOf((d) => (values(d, 1, 0)[0]!.at = '2026-03'))).toEqual([message]);
    expect(v2ErrorsOf((d) => (values(d, 1, 0)[0]!.at = '2025-02-29'))).toEqual([message]);
    expect(v2ErrorsOf((d) => (values(d, 1, 0)[0]!.at = '26'))).toEqual([message]);
    expect(v2ErrorsOf((d) => delete values(d, 1, 0)[0]!.at)).toEqual(['plan.nodes[1].measures[0].values[0].at ontbreekt']);
  });

  it('refuses a measure without a name, or with an empty or long one', () => {
    expect(v2ErrorsOf((d) => delete measures(d, 0)[1]!.name)).toEqual(['plan.nodes[0].measures[1].name ontbreekt']);
    expect(v2ErrorsOf((d) => (measures(d, 0)[1]!.name = ''))).toEqual(['plan.nodes[0].measures[1].name mag niet leeg zijn']);
    expect(v2ErrorsOf((d) => (measures(d, 0)[1]!.name = 'x'.repeat(201)))).toEqual(['plan.nodes[0].measures[1].name is langer dan 200 tekens']);
    expect(v2ErrorsOf((d) => (measures(d, 0)[1]!.unit = 'x'.repeat(41)))).toEqual(['plan.nodes[0].measures[1].unit is langer dan 40 tekens']);
    expect(v2ErrorsOf((d) => delete measures(d, 0)[1]!.values)).toEqual(['plan.nodes[0].measures[1].values ontbreekt']);
  });

  it('refuses a baseline or target year outside 1900–2200, or not whole', () => {
    const bend = (year: unknown) => v2ErrorsOf((d) => ((measures(d, 0)[0]!.baseline as Bendable).year = year));
    expect(bend(1899)).toEqual(['plan.nodes[0].measures[0].baseline.year moet een jaartal zijn van 1900 tot en met 2200']);
    expect(bend(2024.5)).toEqual(['plan.nodes[0].measures[0].baseline.year moet een jaartal zijn van 1900 tot en met 2200']);
    expect(bend('2024')).toEqual(['plan.nodes[0].measures[0].baseline.year moet een getal zijn']);
    expect(v2ErrorsOf((d) => ((measures(d, 1)[0]!.target as Bendable).year = 2201))).toEqual([
      'plan.nodes[1].measures[0].target.year moet een jaartal zijn van 1900 tot en met 2200',
    ]);
  });

  it('refuses two measures with one id, also on different goals', () => {
    expect(v2ErrorsOf((d) => (measures(d, 0)[1]!.id = 'm1'))).toEqual(['plan.nodes[0].measures[1].id "m1" komt al voor bij plan.nodes[0].measures[0]']);
    expect(v2ErrorsOf((d) => (measures(d, 1)[0]!.id = 'm2'))).toEqual(['plan.nodes[1].measures[0].id "m2" komt al voor bij plan.nodes[0].measures[1]']);
  });

  it('refuses measures on an action or an owner instead of dropping them', () => {
    expect(v2ErrorsOf((d) => (node(d, 2).measures = [{ id: 'm9', name: 'Bezoekers', values: [] }]))).toEqual([
      'plan.nodes[2].measures mag alleen bij een doel staan',
    ]);
    expect(v2ErrorsOf((d) => (node(d, 4).measures = []))).toEqual(['plan.nodes[4].measures mag alleen bij een doel staan']);
  });
});

describe('parse: momentopnamen (version 2)', () => {
  it('reads every momentopname with its content, without id or dates of its own', () => {
    const doc = measuresDoc();
    const plan = accepted(parse(fileText(doc)));
    expect(plan.snapshots?.map((s) => [s.id, s.label, s.createdAt])).toEqual([
      ['snap-1', 'Sociale tafel maart 2026', '2026-03-12T19:30:00.000Z'],
      ['snap-2', 'Sociale tafel september 2026', '2026-09-10T19:30:00.000Z'],
    ]);
    expect(plan.snapshots?.[0]?.plan).toEqual(snapshot(doc, 0).plan);
    expect(Object.keys(plan.snapshots?.[0]?.plan ?? {}).sort()).toEqual(
      ['edges', 'forums', 'inputs', 'nodes', 'period', 'policies', 'strengths', 'title', 'wijk'],
    );
  });

  it('drops an id, dates or momentopnamen inside a momentopname, like any unknown field', () => {
    const doc = measuresDoc();
    Object.assign(snapshot(doc, 0).plan, { id: 'x', createdAt: '2026-01-01T00:00:00Z', snapshots: [{ id: 'deeper' }] });
    const plan = accepted(parse(fileText(doc)));
    expect(plan.snapshots?.[0]?.plan).not.toHaveProperty('id');
    expect(plan.snapshots?.[0]?.plan).not.toHaveProperty('createdAt');
    expect(plan.snapshots?.[0]?.plan).not.toHaveProperty('snapshots');
  });

  it('lays out the nodes of a momentopname that have no position, as an import does', () => {
    const doc = measuresDoc();
    for (const n of snapshot(doc, 0).plan.nodes) delete n.position;
    const plan = accepted(parse(fileText(doc)));
    const content = plan.snapshots![0]!.plan;
    expect(content.nodes.map((n) => n.position)).toEqual(content.nodes.map((n) => layoutPositions(content.nodes, content.edges).get(n.id)));
  });

  it('lets a momentopname use the same ids as the plan: it is the plan at another moment', () => {
    const plan = accepted(parse(fileText(measuresDoc())));
    expect(plan.snapshots?.[1]?.plan.nodes.map((n) => n.id)).toEqual(['g1', 'g2', 'a1', 'o1']);
  });

  it('refuses a momentopname without a label, with an empty one, or without a date', () => {
    expect(v2ErrorsOf((d) => delete snapshot(d, 1).label)).toEqual(['plan.snapshots[1].label ontbreekt']);
    expect(v2ErrorsOf((d) => (snapshot(d, 0).label = ''))).toEqual(['plan.snapshots[0].label mag niet leeg zijn']);
    expect(v2ErrorsOf((d) => (snapshot(d, 0).label = 'x'.repeat(201)))).toEqual(['plan.snapshots[0].label is langer dan 200 tekens']);
    expect(v2ErrorsOf((d) => delete snapshot(d, 0).createdAt)).toEqual(['plan.snapshots[0].createdAt ontbreekt']);
    expect(v2ErrorsOf((d) => (snapshot(d, 0).createdAt = 'maart'))).toEqual([nlFile.badDateTime('plan.snapshots[0].createdAt')]);
    expect(v2ErrorsOf((d) => delete snapshot(d, 0).plan.title)).toEqual(['plan.snapshots[0].plan.title ontbreekt']);
    expect(v2ErrorsOf((d) => delete (snapshot(d, 0).plan.nodes[1] as Bendable).title)).toEqual(['plan.snapshots[0].plan.nodes[1].title ontbreekt']);
  });

  it('refuses two momentopnamen with one id', () => {
    expect(v2ErrorsOf((d) => (snapshot(d, 1).id = 'snap-1'))).toEqual(['plan.snapshots[1].id "snap-1" komt al voor bij plan.snapshots[0]']);
  });

  it('keeps the rules of the doelenboom inside a momentopname, with its path', () => {
    expect(v2ErrorsOf((d) => (snapshot(d, 0).plan.edges[1]!.target = 'a9'))).toEqual([
      'plan.snapshots[0].plan.edges[1].target verwijst naar een onbekende knoop "a9"',
    ]);
    expect(v2ErrorsOf((d) => snapshot(d, 1).plan.edges.push({ id: 'e9', source: 'g2', target: 'g1' }))).toEqual([
      'plan.snapshots[1].plan.edges bevat een kringverwijzing: "g1" → "g2" → "g1"',
    ]);
    expect(v2ErrorsOf((d) => ((snapshot(d, 0).plan.nodes[1] as Bendable).inputIds = ['i2']))).toEqual([
      'plan.snapshots[0].plan.nodes[1].inputIds[0] verwijst naar onbekende wijkinformatie "i2"',
    ]);
    expect(v2ErrorsOf((d) => snapshot(d, 0).plan.edges.push({ id: 'e3', source: 'g1', target: 'a1' }))).toEqual([
      'plan.snapshots[0].plan.nodes[2] (actie "a1") hoort bij meer dan één doel: plan.snapshots[0].plan.edges[1], plan.snapshots[0].plan.edges[2]',
    ]);
    const measureTwice = v2ErrorsOf((d) => {
      const g2 = snapshot(d, 1).plan.nodes[1] as Bendable;
      (g2.measures as Bendable[])[0]!.id = 'm1';
    });
    expect(measureTwice).toEqual(['plan.snapshots[1].plan.nodes[1].measures[0].id "m1" komt al voor bij plan.snapshots[1].plan.nodes[0].measures[0]']);
  });

  it('refuses "__proto__" inside a momentopname, naming its path', () => {
    const inContent = fileText(measuresDoc()).replace('"title": "Jongeren sporten"', '"title": "Jongeren sporten", "__proto__": {"polluted": true}');
    expect(refused(parse(inContent))).toEqual([
      'plan.snapshots[0].plan.nodes[1].__proto__ is niet toegestaan: een sleutel mag niet "__proto__" heten',
    ]);
    const onSnapshot = fileText(measuresDoc()).replace('"label": "Sociale tafel september 2026"', '"label": "Sociale tafel september 2026", "__proto__": {"label": ""}');
    expect(refused(parse(onSnapshot))).toEqual(['plan.snapshots[1].__proto__ is niet toegestaan: een sleutel mag niet "__proto__" heten']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
