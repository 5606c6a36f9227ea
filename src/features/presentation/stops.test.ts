import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../../domain/plan/testPlan';
import { addActionUnder, addSignalFor, presentationStops, resolveStop } from './stops';
import { nodeTextFor } from './PresentationView';

const plan = makePlan(
  [goal('g1'), goal('g2'), action('a1'), owner('o1'), goal('g3')],
  edges('g1>g2', 'g2>a1', 'a1>o1'),
);

describe('presentation stops', () => {
  it('are the top goals in node order, each with its branch, then the whole tree', () => {
    const stops = presentationStops(plan);
    expect(stops.map((s) => s.key)).toEqual(['goal:g1', 'goal:g3', 'all']);
    expect([...(stops[0]?.ids ?? [])].sort()).toEqual(['a1', 'g1', 'g2', 'o1']);
    expect(stops[2]?.ids).toEqual([]);
  });

  it('an empty plan has just the whole tree', () => {
    expect(presentationStops(makePlan()).map((s) => s.key)).toEqual(['all']);
  });

  it('keep the stop by key, else the position in range', () => {
    const stops = presentationStops(plan);
    expect(resolveStop(stops, { key: 'goal:g3', index: 0 })).toBe(1);
    expect(resolveStop(stops, { key: 'goal:gone', index: 7 })).toBe(2);
    expect(resolveStop(stops, { key: 'goal:gone', index: -1 })).toBe(0);
  });

  it('add an action under a goal and a signal cited by it', () => {
    const withAction = addActionUnder(plan, 'g3', '  Buurtschouw ', 'a9');
    expect(withAction.ok && withAction.value.edges.at(-1)).toMatchObject({ source: 'g3', target: 'a9' });
    expect(withAction.ok && withAction.value.nodes.at(-1)).toMatchObject({ id: 'a9', kind: 'action', title: 'Buurtschouw', status: 'gepland' });
    const withSignal = addSignalFor(plan, 'g3', 'Donker bij de winkels', 'i9');
    expect(withSignal.ok && withSignal.value.inputs.at(-1)).toEqual({ id: 'i9', text: 'Donker bij de winkels', source: 'bewoners' });
    expect(withSignal.ok && withSignal.value.nodes.find((n) => n.id === 'g3')).toMatchObject({ inputIds: ['i9'] });
    expect(addSignalFor(plan, undefined, '   ').ok).toBe(false);
  });

  it('size node text so it renders at 26 px or more, and draw blocks when too little fits', () => {
    for (const zoom of [1.2, 1, 0.9, 0.8]) {
      const { font, far } = nodeTextFor(zoom);
      expect(font * zoom).toBeGreaterThanOrEqual(26);
      expect(far).toBe(false);
    }
    expect(nodeTextFor(0.3).far).toBe(true);
  });
});
