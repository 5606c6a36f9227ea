import { describe, expect, it } from 'vitest';
import { checks } from './checks';
import { action, deepFreeze, edges, goal, input, makePlan, owner } from './testPlan';

/** A meetpunt, so a top goal is not reported for lacking one. */
const measured = { measures: [{ id: 'm1', name: 'Sociale samenhang', values: [] }] };

describe('checks', () => {
  it('finds nothing in a complete plan', () => {
    const plan = makePlan(
      [goal('g1', { inputIds: ['i1'], ...measured }), action('a1'), owner('o1')],
      edges('g1>a1', 'a1>o1'),
      { inputs: [input('i1'), input('k1', { source: 'karakter' })] },
    );
    expect(checks(plan)).toEqual([]);
  });

  it('reports an action without goal, naming it', () => {
    const plan = makePlan([action('a1', { title: 'Pannakooi plaatsen' }), owner('o1')], edges('a1>o1'));
    expect(checks(plan)).toEqual([
      { code: 'action-without-goal', nodeId: 'a1', message: 'Actie "Pannakooi plaatsen" hoort bij geen doel' },
    ]);
  });

  it('reports an action without owner', () => {
    const plan = makePlan([goal('g1', { policyIds: ['p1'], ...measured }), action('a1', { title: 'Schouw' })], edges('g1>a1'), {
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'Meer sport' }],
    });
    expect(checks(plan)).toEqual([
      { code: 'action-without-owner', nodeId: 'a1', message: 'Actie "Schouw" heeft geen eigenaar' },
    ]);
  });

  it('reports a goal without onderbouwing, and counts only references that exist', () => {
    const plan = makePlan([goal('g1', { title: 'Veilig', inputIds: ['gone'], policyIds: ['gone'] }), goal('g2', { policyIds: ['p1'] })], edges('g1>g2'), {
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'x' }],
    });
    const found = checks(plan).filter((c) => c.code === 'goal-without-onderbouwing');
    expect(found).toEqual([
      { code: 'goal-without-onderbouwing', nodeId: 'g1', message: 'Doel "Veilig" heeft geen onderbouwing: koppel er een signaal of beleid aan' },
    ]);
  });

  it('accepts a karakterkenmerk as onderbouwing', () => {
    const plan = makePlan([goal('g1', { inputIds: ['k1'], ...measured }), action('a1'), owner('o1')], edges('g1>a1', 'a1>o1'), {
      inputs: [input('k1', { source: 'karakter' })],
    });
    expect(checks(plan)).toEqual([]);
  });

  it('reports a goal without actions or subgoals, but not one with only subgoals', () => {
    const plan = makePlan([goal('g1', { policyIds: ['p1'], ...measured }), goal('g2', { policyIds: ['p1'], title: 'Groen' })], edges('g1>g2'), {
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'x' }],
    });
    expect(checks(plan)).toEqual([
      { code: 'goal-without-children', nodeId: 'g2', message: 'Doel "Groen" heeft nog geen acties of subdoelen' },
    ]);
  });

  it('reports an owner without actions', () => {
    const plan = makePlan([owner('o1', { title: 'Voetbalclub' })]);
    expect(checks(plan)).toEqual([
      { code: 'owner-without-actions', nodeId: 'o1', message: 'Eigenaar "Voetbalclub" is aan geen actie gekoppeld' },
    ]);
  });

  it('reports unused inputs but never karakterkenmerken', () => {
    const plan = makePlan([goal('g1', { inputIds: ['i1'], ...measured }), action('a1'), owner('o1')], edges('g1>a1', 'a1>o1'), {
      inputs: [input('i1'), input('i2', { text: 'Donkere steeg' }), input('k1', { source: 'karakter', text: 'Veel jonge gezinnen' })],
    });
    expect(checks(plan)).toEqual([
      { code: 'input-unused', inputId: 'i2', message: 'Signaal "Donkere steeg" wordt door geen doel gebruikt' },
    ]);
  });

  it('orders by node order, then inputs; shortens long texts and names untitled items', () => {
    const long = 'x'.repeat(120);
    const plan = deepFreeze(
      makePlan([owner('o1', { title: '' }), action('a1'), goal('g1')], [], { inputs: [input('i1', { text: long })] }),
    );
    const found = checks(plan);
    expect(found.map((c) => `${c.code}:${c.nodeId ?? c.inputId}`)).toEqual([
      'owner-without-actions:o1',
      'action-without-goal:a1',
      'action-without-owner:a1',
      'goal-without-onderbouwing:g1',
      'goal-without-children:g1',
      'goal-without-measure:g1',
      'input-unused:i1',
    ]);
    expect(found[0]?.message).toBe('Eigenaar "(zonder titel)" is aan geen actie gekoppeld');
    expect(found[6]?.message).toBe(`Signaal "${'x'.repeat(79)}…" wordt door geen doel gebruikt`);
  });

  it('reports a top goal without a meetpunt, not a subgoal, and not a goal that has one', () => {
    const plan = makePlan([goal('g1', { title: 'Veilig', policyIds: ['p1'] }), goal('g2', { policyIds: ['p1'] }), goal('g3', { policyIds: ['p1'], ...measured }), action('a1'), action('a3')], edges('g1>g2', 'g2>a1', 'g3>a3'), {
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'x' }],
    });
    expect(checks(plan).filter((c) => c.code === 'goal-without-measure')).toEqual([
      { code: 'goal-without-measure', nodeId: 'g1', message: 'Doel "Veilig" heeft geen meetpunt: hoe zien we of het doel dichterbij komt?' },
    ]);
  });
});
