import { describe, expect, it } from 'vitest';
import { nlSteps } from '../../i18n/steps';
import { T0, T1, action, deepFreeze, goal, input, makePlan, owner } from '../plan/testPlan';
import type { Plan, Result } from '../plan/types';
import {
  addForum, addInput, addInputsFromLines, addPolicy, addStrength, clip, isInputSource, removeForum, removeInput,
  removePolicy, removeStrength, splitLines, updateForum, updateInput, updatePolicy, updateStrength,
} from './entities';

const e = nlSteps.errors;
const snapshot = (p: Plan) => JSON.parse(JSON.stringify(p)) as Plan;
function value<V>(r: Result<V>): V {
  if (!r.ok) throw new Error(`refused: ${r.reason}`);
  return r.value;
}
function reason<V>(r: Result<V>): string {
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

/** Inputs i1 (cited by g1, g2), i2 (cited by g2), policies p1 (g1), p2; strengths s1 (owner o1), s2; forum f1 (a1). */
function listsPlan(): Plan {
  return deepFreeze(
    makePlan(
      [
        goal('g1', { inputIds: ['i1'], policyIds: ['p1'] }),
        goal('g2', { inputIds: ['i2', 'i1'] }),
        action('a1', { forumId: 'f1' }),
        action('a2'),
        owner('o1', { strengthId: 's1' }),
        owner('o2'),
      ],
      [],
      {
        inputs: [input('i1', { text: 'Te hard rijden', theme: 'Verkeer', date: '2025-01-08' }), input('i2', { text: 'Weinig groen', source: 'monitor' })],
        policies: [
          { id: 'p1', programme: 'Veiligheid', goal: 'Veilige straten' },
          { id: 'p2', programme: 'Welzijn', goal: 'Minder eenzaamheid' },
        ],
        strengths: [
          { id: 's1', name: 'Buurthuis De Overkant', kind: 'voorziening', offers: 'Ruimte' },
          { id: 's2', name: 'Voetbalclub', kind: 'organisatie' },
        ],
        forums: [{ id: 'f1', name: 'Sociale tafel', kind: 'sociale tafel', frequency: 'maandelijks' }],
      },
    ),
  );
}

describe('clip', () => {
  it('trims and cuts to the maximum number of code points, never splitting an emoji', () => {
    expect(clip('  tekst  ', 10)).toBe('tekst');
    expect(clip('abcdef', 3)).toBe('abc');
    expect(clip('😀😀😀', 3)).toBe('😀😀😀');
    expect(clip('😀😀😀😀', 3)).toBe('😀😀😀');
    expect(clip('ab cd', 3)).toBe('ab');
  });
});

describe('inputs', () => {
  it('addInput appends a trimmed input and sets updatedAt', () => {
    const plan = listsPlan();
    const before = snapshot(plan);
    const next = value(addInput(plan, { id: 'i3', text: '  Geen plek voor jongeren ', source: 'bewoners', theme: ' Jeugd ', date: '2025-02-01' }, T1));
    expect(next.inputs[2]).toEqual({ id: 'i3', text: 'Geen plek voor jongeren', source: 'bewoners', theme: 'Jeugd', date: '2025-02-01' });
    expect(next.updatedAt).toBe(T1);
    expect(snapshot(plan)).toEqual(before);
  });

  it('addInput leaves out an empty theme and date, and caps text and theme at the schema lengths', () => {
    const next = value(addInput(listsPlan(), { id: 'i3', text: 'x'.repeat(6000), source: 'team', theme: 'y'.repeat(300), date: '' }, T1));
    const added = next.inputs[2];
    expect(added?.text).toHaveLength(5000);
    expect(added?.theme).toHaveLength(200);
    expect(added).not.toHaveProperty('date');
    const plain = value(addInput(listsPlan(), { id: 'i4', text: 'a', source: 'team', theme: '  ' }, T1));
    expect(plain.inputs[2]).toEqual({ id: 'i4', text: 'a', source: 'team' });
  });

  it('addInput refuses an empty text, an unknown source, a date that does not exist and an id in use', () => {
    const plan = listsPlan();
    expect(reason(addInput(plan, { id: 'i3', text: '   ', source: 'bewoners' }))).toBe(e.inputTextRequired);
    expect(reason(addInput(plan, { id: 'i3', text: 'a', source: 'buren' as never }))).toBe(e.inputSourceInvalid);
    expect(reason(addInput(plan, { id: 'i3', text: 'a', source: 'bewoners', date: '2025-02-30' }))).toBe(e.dateInvalid);
    expect(reason(addInput(plan, { id: 'i1', text: 'a', source: 'bewoners' }))).toBe(e.duplicateId);
    expect(reason(addInput(plan, { id: ' ', text: 'a', source: 'bewoners' }))).toBe(e.idRequired);
  });

  it('updateInput changes fields, removes theme/date with empty or undefined, and keeps the id', () => {
    const plan = listsPlan();
    const next = value(updateInput(plan, 'i1', { text: ' Te hard rijden op de Kemperweg ', source: 'partners', theme: '', date: undefined }, T1));
    expect(next.inputs[0]).toEqual({ id: 'i1', text: 'Te hard rijden op de Kemperweg', source: 'partners' });
    expect(next.inputs[1]).toBe(plan.inputs[1]);
    expect(next.updatedAt).toBe(T1);
    // undefined for a required field is ignored
    const same = value(updateInput(plan, 'i1', { text: undefined }, T1));
    expect(same).toBe(plan);
  });

  it('updateInput without an actual change returns the same plan; refuses unknown ids and empty text', () => {
    const plan = listsPlan();
    expect(value(updateInput(plan, 'i1', { text: 'Te hard rijden  ', theme: 'Verkeer' }, T1))).toBe(plan);
    expect(reason(updateInput(plan, 'nope', { text: 'a' }))).toBe(e.unknownInput);
    expect(reason(updateInput(plan, 'i1', { text: ' ' }))).toBe(e.inputTextRequired);
    expect(reason(updateInput(plan, 'i1', { date: '8-1-2025' }))).toBe(e.dateInvalid);
  });

  it('removeInput removes the input and every goal reference to it', () => {
    const plan = listsPlan();
    const next = removeInput(plan, 'i1', T1);
    expect(next.inputs.map((i) => i.id)).toEqual(['i2']);
    expect(next.nodes[0]).toMatchObject({ id: 'g1', inputIds: [], policyIds: ['p1'] });
    expect(next.nodes[1]).toMatchObject({ id: 'g2', inputIds: ['i2'] });
    expect(next.nodes[2]).toBe(plan.nodes[2]);
    expect(next.updatedAt).toBe(T1);
    expect(removeInput(plan, 'nope', T1)).toBe(plan);
  });
});

describe('splitLines and addInputsFromLines', () => {
  it('splits on any line ending, trims, drops empty lines and bullets', () => {
    expect(splitLines('- Een\r\n• Twee\n\n* Drie\r1. Vier\n2) Vijf\n(6) Zes\n  – Zeven  \n- [ ] Acht\n•Negen\n-\n   \n')).toEqual([
      'Een', 'Twee', 'Drie', 'Vier', 'Vijf', 'Zes', 'Zeven', 'Acht', 'Negen',
    ]);
  });

  it('keeps text that only looks like a bullet', () => {
    expect(splitLines('-5 graden in de nacht\n10 bewoners klagen\n2025 was druk\n1.5 km fietspad')).toEqual([
      '-5 graden in de nacht', '10 bewoners klagen', '2025 was druk', '1.5 km fietspad',
    ]);
  });

  it('adds one input per line with the same source, theme and date', () => {
    const plan = listsPlan();
    const before = snapshot(plan);
    const next = value(
      addInputsFromLines(plan, '- Donkere steeg\n\n- Hangjongeren\n- Kapotte lantaarn', { source: 'bewoners', theme: 'Veiligheid', date: '2025-03-01' }, (i) => `n${i}`, T1),
    );
    expect(next.inputs.slice(2)).toEqual([
      { id: 'n0', text: 'Donkere steeg', source: 'bewoners', theme: 'Veiligheid', date: '2025-03-01' },
      { id: 'n1', text: 'Hangjongeren', source: 'bewoners', theme: 'Veiligheid', date: '2025-03-01' },
      { id: 'n2', text: 'Kapotte lantaarn', source: 'bewoners', theme: 'Veiligheid', date: '2025-03-01' },
    ]);
    expect(next.updatedAt).toBe(T1);
    expect(snapshot(plan)).toEqual(before);
  });

  it('caps each line and leaves out an empty theme', () => {
    const next = value(addInputsFromLines(listsPlan(), 'z'.repeat(5200), { source: 'team', theme: '' }, () => 'n', T1));
    expect(next.inputs[2]).toEqual({ id: 'n', text: 'z'.repeat(5000), source: 'team' });
  });

  it('refuses text without lines, a bad date, and ids in use (adding nothing)', () => {
    const plan = listsPlan();
    expect(reason(addInputsFromLines(plan, ' \n - \n', { source: 'team' }, (i) => `n${i}`))).toBe(e.inputTextRequired);
    expect(reason(addInputsFromLines(plan, 'a\nb', { source: 'team', date: 'gisteren' }, (i) => `n${i}`))).toBe(e.dateInvalid);
    expect(reason(addInputsFromLines(plan, 'a\nb', { source: 'team' }, () => 'same'))).toBe(e.duplicateId);
    expect(reason(addInputsFromLines(plan, 'a', { source: 'team' }, () => 'i1'))).toBe(e.duplicateId);
  });
});

describe('policies', () => {
  it('addPolicy appends, trims and caps; refuses empty fields and ids in use', () => {
    const plan = listsPlan();
    const next = value(addPolicy(plan, { id: 'p3', programme: ' Ruimtelijke Ontwikkeling ', goal: 'g'.repeat(600) }, T1));
    expect(next.policies[2]).toEqual({ id: 'p3', programme: 'Ruimtelijke Ontwikkeling', goal: 'g'.repeat(500) });
    expect(next.updatedAt).toBe(T1);
    expect(reason(addPolicy(plan, { id: 'p3', programme: ' ', goal: 'a' }))).toBe(e.programmeRequired);
    expect(reason(addPolicy(plan, { id: 'p3', programme: 'Welzijn', goal: '' }))).toBe(e.policyGoalRequired);
    expect(reason(addPolicy(plan, { id: 'p1', programme: 'Welzijn', goal: 'a' }))).toBe(e.duplicateId);
  });

  it('updatePolicy changes fields; no change → same plan; refuses unknown id and empty goal', () => {
    const plan = listsPlan();
    const next = value(updatePolicy(plan, 'p2', { goal: 'Iedereen doet mee' }, T1));
    expect(next.policies[1]).toEqual({ id: 'p2', programme: 'Welzijn', goal: 'Iedereen doet mee' });
    expect(value(updatePolicy(plan, 'p2', { programme: 'Welzijn ' }, T1))).toBe(plan);
    expect(reason(updatePolicy(plan, 'px', { goal: 'a' }))).toBe(e.unknownPolicy);
    expect(reason(updatePolicy(plan, 'p2', { goal: ' ' }))).toBe(e.policyGoalRequired);
  });

  it('removePolicy removes the policy and every goal reference to it', () => {
    const plan = listsPlan();
    const next = removePolicy(plan, 'p1', T1);
    expect(next.policies.map((p) => p.id)).toEqual(['p2']);
    expect(next.nodes[0]).toMatchObject({ id: 'g1', policyIds: [], inputIds: ['i1'] });
    expect(next.nodes[1]).toBe(plan.nodes[1]);
    expect(removePolicy(plan, 'nope', T1)).toBe(plan);
  });
});

describe('strengths', () => {
  it('addStrength appends, trims and caps; refuses an empty name, unknown kind and ids in use', () => {
    const plan = listsPlan();
    const next = value(addStrength(plan, { id: 's3', name: ' Bewonersgroep Groen ', kind: 'bewoners', offers: '  ' }, T1));
    expect(next.strengths[2]).toEqual({ id: 's3', name: 'Bewonersgroep Groen', kind: 'bewoners' });
    const long = value(addStrength(plan, { id: 's4', name: 'n'.repeat(700), kind: 'overig', offers: 'o'.repeat(6000) }, T1));
    expect(long.strengths[2]?.name).toHaveLength(500);
    expect(long.strengths[2]?.offers).toHaveLength(5000);
    expect(reason(addStrength(plan, { id: 's3', name: ' ', kind: 'bewoners' }))).toBe(e.strengthNameRequired);
    expect(reason(addStrength(plan, { id: 's3', name: 'a', kind: 'club' as never }))).toBe(e.strengthKindInvalid);
    expect(reason(addStrength(plan, { id: 's1', name: 'a', kind: 'overig' }))).toBe(e.duplicateId);
  });

  it('updateStrength changes fields and removes offers with an empty string', () => {
    const plan = listsPlan();
    const next = value(updateStrength(plan, 's1', { kind: 'organisatie', offers: '' }, T1));
    expect(next.strengths[0]).toEqual({ id: 's1', name: 'Buurthuis De Overkant', kind: 'organisatie' });
    expect(value(updateStrength(plan, 's1', { name: 'Buurthuis De Overkant' }, T1))).toBe(plan);
    expect(reason(updateStrength(plan, 'sx', { name: 'a' }))).toBe(e.unknownStrength);
  });

  it('removeStrength removes it and unlinks owners made from it (the owner stays)', () => {
    const plan = listsPlan();
    const next = removeStrength(plan, 's1', T1);
    expect(next.strengths.map((s) => s.id)).toEqual(['s2']);
    expect(next.nodes[4]).toEqual({ id: 'o1', kind: 'owner', title: 'Eigenaar o1', position: { x: 0, y: 0 } });
    expect(next.nodes[5]).toBe(plan.nodes[5]);
    expect(removeStrength(plan, 'nope', T1)).toBe(plan);
  });
});

describe('forums', () => {
  it('addForum appends, trims and caps; refuses an empty name and ids in use', () => {
    const plan = listsPlan();
    const next = value(addForum(plan, { id: 'f2', name: ' Wijkplatform ', kind: 'k'.repeat(300), frequency: '' }, T1));
    expect(next.forums[1]).toEqual({ id: 'f2', name: 'Wijkplatform', kind: 'k'.repeat(200) });
    expect(reason(addForum(plan, { id: 'f2', name: '' }))).toBe(e.forumNameRequired);
    expect(reason(addForum(plan, { id: 'f1', name: 'a' }))).toBe(e.duplicateId);
  });

  it('updateForum changes fields and removes optional ones; refuses unknown ids', () => {
    const plan = listsPlan();
    const next = value(updateForum(plan, 'f1', { frequency: undefined, name: 'Sociale tafel Presikhaaf' }, T1));
    expect(next.forums[0]).toEqual({ id: 'f1', name: 'Sociale tafel Presikhaaf', kind: 'sociale tafel' });
    expect(value(updateForum(plan, 'f1', { kind: 'sociale tafel' }, T1))).toBe(plan);
    expect(reason(updateForum(plan, 'fx', { name: 'a' }))).toBe(e.unknownForum);
  });

  it('removeForum removes it and clears the forumId of actions that used it', () => {
    const plan = listsPlan();
    const next = removeForum(plan, 'f1', T1);
    expect(next.forums).toEqual([]);
    expect(next.nodes[2]).toEqual({ id: 'a1', kind: 'action', title: 'Actie a1', status: 'gepland', position: { x: 0, y: 0 } });
    expect(next.nodes[3]).toBe(plan.nodes[3]);
    expect(removeForum(plan, 'nope', T1)).toBe(plan);
  });
});

describe('isInputSource', () => {
  it('knows the six sources', () => {
    expect(isInputSource('karakter')).toBe(true);
    expect(isInputSource('buren')).toBe(false);
  });
});

it('T0 is the plans creation time in these tests', () => {
  expect(listsPlan().updatedAt).toBe(T0);
});
