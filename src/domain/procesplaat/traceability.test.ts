import { describe, expect, it } from 'vitest';
import { nlSteps } from '../../i18n/steps';
import { T1, action, deepFreeze, edges, goal, input, makePlan, owner } from '../plan/testPlan';
import type { Plan, Result } from '../plan/types';
import { INPUT_THEMES, PROGRAMMES, programmeSuggestions, sameTheme, themeSuggestions, usedThemes } from './programmes';
import {
  citationCounts, goalsCitingInput, goalsCitingPolicy, inputsWithoutGoal, makeGoalFrom, makeOwnerFrom, onderbouwingOf,
  ownerOfStrength, strengthOwners, suggestGoalTitle,
} from './traceability';

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

/**
 * g1 (i1, p1) ── g2 (i2, i1, i1, missing) ── a1 ── o1 (s1)
 * inputs i1, i2, i3 (unused), k1 (karakter, unused); policies p1, p2 (unused); strengths s1, s2.
 */
function tracePlan(): Plan {
  return deepFreeze(
    makePlan(
      [
        goal('g1', { inputIds: ['i1'], policyIds: ['p1'], position: { x: 0, y: 0 } }),
        goal('g2', { inputIds: ['i2', 'i1', 'i1', 'gone'], policyIds: [] }),
        action('a1'),
        owner('o1', { strengthId: 's1' }),
      ],
      edges('g1>g2', 'g2>a1', 'a1>o1'),
      {
        inputs: [
          input('i1', { text: 'Te hard rijden', theme: 'Verkeer' }),
          input('i2', { text: 'Weinig groen', theme: 'groen ' }),
          input('i3', { text: 'Jongeren vervelen zich op woensdagmiddag. Ze hangen dan rond bij het winkelcentrum en bij de speeltuin, wat bewoners als onveilig ervaren.' }),
          input('k1', { text: 'Veel jonge gezinnen', source: 'karakter' }),
        ],
        policies: [
          { id: 'p1', programme: 'Veiligheid', goal: 'Veilige straten voor iedereen' },
          { id: 'p2', programme: 'Welzijn', goal: 'Minder eenzaamheid' },
        ],
        strengths: [
          { id: 's1', name: 'Buurthuis De Overkant', kind: 'voorziening' },
          { id: 's2', name: 'Voetbalclub Presikhaaf', kind: 'organisatie' },
        ],
      },
    ),
  );
}

describe('citations', () => {
  it('goalsCitingInput / goalsCitingPolicy list the citing goals in node order', () => {
    const plan = tracePlan();
    expect(goalsCitingInput(plan, 'i1').map((g) => g.id)).toEqual(['g1', 'g2']);
    expect(goalsCitingInput(plan, 'i3')).toEqual([]);
    expect(goalsCitingPolicy(plan, 'p1').map((g) => g.id)).toEqual(['g1']);
    expect(goalsCitingPolicy(plan, 'p2')).toEqual([]);
  });

  it('citationCounts counts goals, a double citation once', () => {
    const { inputs, policies } = citationCounts(tracePlan());
    expect(inputs.get('i1')).toBe(2);
    expect(inputs.get('i2')).toBe(1);
    expect(inputs.has('i3')).toBe(false);
    expect(policies.get('p1')).toBe(1);
  });

  it('inputsWithoutGoal lists unused signals but never karakterkenmerken', () => {
    expect(inputsWithoutGoal(tracePlan()).map((i) => i.id)).toEqual(['i3']);
  });

  it('onderbouwingOf gives the cited inputs and policies in citation order, skipping missing ones', () => {
    const plan = tracePlan();
    const g2 = onderbouwingOf(plan, 'g2');
    expect(g2.inputs.map((i) => i.id)).toEqual(['i2', 'i1']);
    expect(g2.policies).toEqual([]);
    expect(onderbouwingOf(plan, 'g1')).toEqual({ inputs: [plan.inputs[0]], policies: [plan.policies[0]] });
    expect(onderbouwingOf(plan, 'a1')).toEqual({ inputs: [], policies: [] });
    expect(onderbouwingOf(plan, 'nope')).toEqual({ inputs: [], policies: [] });
  });
});

describe('suggestGoalTitle', () => {
  it('prefers the goal of the first chosen policy', () => {
    expect(suggestGoalTitle(tracePlan(), ['i1'], ['p2', 'p1'])).toBe('Minder eenzaamheid');
  });
  it('otherwise uses the first chosen input, cut to its first sentence when long', () => {
    const plan = tracePlan();
    expect(suggestGoalTitle(plan, ['i2', 'i1'], [])).toBe('Weinig groen');
    expect(suggestGoalTitle(plan, ['i3'], [])).toBe('Jongeren vervelen zich op woensdagmiddag.');
  });
  it('is empty when nothing existing is chosen', () => {
    expect(suggestGoalTitle(tracePlan(), ['nope'], ['nope'])).toBe('');
  });
});

describe('makeGoalFrom', () => {
  it('adds a top goal citing the chosen inputs and policies', () => {
    const plan = tracePlan();
    const before = snapshot(plan);
    const next = value(makeGoalFrom(plan, { inputIds: ['i3', 'i1', 'i3'], policyIds: ['p2'], title: '  Jongeren hebben een plek  ' }, { id: 'g9', position: { x: 600, y: 0 } }, T1));
    expect(next.nodes).toHaveLength(plan.nodes.length + 1);
    expect(next.nodes[next.nodes.length - 1]).toEqual({
      id: 'g9', kind: 'goal', title: 'Jongeren hebben een plek', inputIds: ['i3', 'i1'], policyIds: ['p2'], position: { x: 600, y: 0 },
    });
    expect(next.edges).toBe(plan.edges);
    expect(next.updatedAt).toBe(T1);
    expect(snapshot(plan)).toEqual(before);
    expect(onderbouwingOf(next, 'g9').policies.map((p) => p.id)).toEqual(['p2']);
  });

  it('caps the title at 500 characters', () => {
    const next = value(makeGoalFrom(tracePlan(), { inputIds: ['i1'], policyIds: [], title: 't'.repeat(800) }, { id: 'g9', position: { x: 0, y: 0 } }));
    expect(next.nodes[next.nodes.length - 1]?.title).toHaveLength(500);
  });

  it('refuses an empty title, no onderbouwing, unknown inputs or policies, and an id in use', () => {
    const plan = tracePlan();
    const at = { id: 'g9', position: { x: 0, y: 0 } };
    expect(reason(makeGoalFrom(plan, { inputIds: ['i1'], policyIds: [], title: '  ' }, at))).toBe(e.goalTitleRequired);
    expect(reason(makeGoalFrom(plan, { inputIds: [], policyIds: [], title: 'Doel' }, at))).toBe(e.needOnderbouwing);
    expect(reason(makeGoalFrom(plan, { inputIds: ['nope'], policyIds: [], title: 'Doel' }, at))).toBe(e.unknownInput);
    expect(reason(makeGoalFrom(plan, { inputIds: [], policyIds: ['nope'], title: 'Doel' }, at))).toBe(e.unknownPolicy);
    expect(makeGoalFrom(plan, { inputIds: ['i1'], policyIds: [], title: 'Doel' }, { id: 'g1', position: { x: 0, y: 0 } }).ok).toBe(false);
  });
});

describe('owners from strengths', () => {
  it('ownerOfStrength and strengthOwners find owners made from strengths, with their action count', () => {
    const plan = tracePlan();
    expect(ownerOfStrength(plan, 's1')?.id).toBe('o1');
    expect(ownerOfStrength(plan, 's2')).toBeUndefined();
    const owners = strengthOwners(plan);
    expect(owners.get('s1')).toEqual({ owner: plan.nodes[3], actions: 1 });
    expect(owners.has('s2')).toBe(false);
  });

  it('makeOwnerFrom adds an owner titled with the name and linked by strengthId', () => {
    const plan = tracePlan();
    const before = snapshot(plan);
    const next = value(makeOwnerFrom(plan, 's2', { id: 'o9', position: { x: 10, y: 500 } }, T1));
    expect(next.nodes[next.nodes.length - 1]).toEqual({ id: 'o9', kind: 'owner', title: 'Voetbalclub Presikhaaf', strengthId: 's2', position: { x: 10, y: 500 } });
    expect(next.updatedAt).toBe(T1);
    expect(snapshot(plan)).toEqual(before);
  });

  it('refuses a strength that is an owner already (saying of how many actions), and an unknown strength', () => {
    const plan = tracePlan();
    const at = { id: 'o9', position: { x: 0, y: 0 } };
    expect(reason(makeOwnerFrom(plan, 's1', at))).toBe(e.ownerExists('Buurthuis De Overkant', 1));
    expect(reason(makeOwnerFrom(plan, 's1', at))).toMatch(/al eigenaar van 1 actie/);
    expect(reason(makeOwnerFrom(plan, 'nope', at))).toBe(e.unknownStrength);
  });
});

describe('programmes and themes', () => {
  it('suggest the programmes the uitvoeringsplan names first, and the usual themes', () => {
    expect(PROGRAMMES.slice(0, 3)).toEqual(['Welzijn', 'Veiligheid', 'Ruimtelijke Ontwikkeling']);
    expect(INPUT_THEMES).toContain('Karakter');
    expect(new Set(PROGRAMMES.map((p) => p.toLowerCase())).size).toBe(PROGRAMMES.length);
  });

  it('add what the plan uses, once, ignoring case', () => {
    const plan = tracePlan();
    const themes = themeSuggestions({ inputs: [...plan.inputs, input('x', { theme: 'Sport' })] });
    expect(themes.slice(0, INPUT_THEMES.length)).toEqual([...INPUT_THEMES]);
    expect(themes.slice(INPUT_THEMES.length)).toEqual(['Sport']);
    const programmes = programmeSuggestions({ policies: [{ id: 'p', programme: 'welzijn', goal: 'a' }, { id: 'q', programme: 'Groen', goal: 'b' }] });
    expect(programmes.slice(PROGRAMMES.length)).toEqual(['Groen']);
  });

  it('usedThemes lists the themes of the plan once, sorted; sameTheme ignores case and spaces', () => {
    expect(usedThemes(tracePlan())).toEqual(['groen', 'Verkeer']);
    expect(sameTheme('Groen', ' groen')).toBe(true);
    expect(sameTheme(undefined, '')).toBe(true);
    expect(sameTheme('Groen', 'Jeugd')).toBe(false);
  });
});
