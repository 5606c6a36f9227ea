import { afterEach, describe, expect, it, vi } from 'vitest';
import { nlFile } from '../../i18n/file';
import { layoutPositions } from '../layout';
import type { Action, Goal } from '../plan/types';
import { checkFileSize, MAX_FILE_BYTES, parse, type ParseResult } from './index';
import { fileText, validDoc, type TestDoc } from './testFiles';

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

  it('refuses a file from a newer version of the app, saying so', () => {
    const errors = errorsOf((d) => (d.version = 2));
    expect(errors).toEqual([nlFile.newerVersion(2, 1)]);
    expect(errors[0]).toMatch(/nieuwere versie van Wijkdoelen/);
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
    const text = `{"format":"doelenboom","version":1,"pad":"${'x'.repeat(25 * 1024 * 1024)}"}`;
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
