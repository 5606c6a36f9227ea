import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../plan/testPlan';
import type { Plan, PlanNode, Edge } from '../plan/types';
import { cityOverview, filterOptions, filterOverview, NO_PROGRAMME, ownerTableCsv, wijkTableCsv } from './index';

const TODAY = new Date(2026, 1, 15); // 2026-Q1

const presikhaaf = (): Plan =>
  makePlan(
    [
      goal('g1', { title: 'Veilig spelen', policyIds: ['p1'] }),
      goal('g2', { title: 'Speeltuin', inputIds: ['i1'] }),
      goal('g3', { title: 'Zonder grond' }),
      action('a1', { title: 'Schouw', status: 'lopend', due: '2025-Q3' }),
      action('a2', { title: 'Hek', status: 'gereed', due: '2025-Q1' }),
      action('a3', { title: 'Los', status: 'gepland' }),
      owner('o1', { title: ' Buurtteam ' }),
    ],
    edges('g1>g2', 'g1>a1', 'g2>a2', 'a1>o1', 'a2>o1', 'g3>a3'),
    { id: 'p-pres', title: 'Presikhaaf plan', wijk: 'Presikhaaf ', policies: [{ id: 'p1', programme: 'Veiligheid', goal: 'Veilige wijk' }] },
  );

const klarendal = (): Plan =>
  makePlan(
    [goal('g1', { title: 'Groen', policyIds: ['q1', 'q2'] }), action('a1', { title: 'Bomen', status: 'gestopt' }), owner('o1', { title: 'buurtteam' })],
    edges('g1>a1', 'a1>o1'),
    {
      id: 'p-klar', title: 'Klarendal plan', wijk: 'Klarendal',
      policies: [{ id: 'q1', programme: 'Ruimtelijke Ontwikkeling', goal: 'Groen' }, { id: 'q2', programme: 'veiligheid', goal: 'Licht' }],
    },
  );

const presikhaaf2 = (): Plan =>
  makePlan([goal('g1'), action('a1', { status: 'lopend', due: '2024-Q4' })], edges('g1>a1'), { id: 'p-pres2', title: 'Presikhaaf jeugd', wijk: 'presikhaaf' });

describe('cityOverview', () => {
  it('counts meetpunten on course and behind per wijk, and top goals without one', () => {
    const plan = presikhaaf();
    const withMeasures: Plan = {
      ...plan,
      nodes: plan.nodes.map((n) => (n.id === 'g1' && n.kind === 'goal'
        ? { ...n, measures: [
          { id: 'm1', name: 'Samenhang', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2028 }, values: [{ value: 6.1, at: '2026' }] },
          { id: 'm2', name: 'Meldingen', baseline: { value: 40, year: 2024 }, target: { value: 20, year: 2028 }, values: [{ value: 39, at: '2026' }] },
          { id: 'm3', name: 'Nog niet gemeten', target: { value: 1, year: 2028 }, values: [] },
        ] }
        : n)),
    };
    const row = cityOverview([withMeasures], TODAY).wijken[0]!;
    expect(row.measuresOnTrack).toBe(1);
    expect(row.measuresBehind).toBe(1);
    // g1 has measures; g3 is a top goal without; g2 is a subgoal and not counted.
    expect(row.goalsWithoutMeasure).toBe(1);
  });

  it('counts per wijk, grouping plans by wijk without case or spaces', () => {
    const o = cityOverview([presikhaaf(), klarendal(), presikhaaf2()], TODAY);
    expect(o.wijken.map((w) => w.wijk)).toEqual(['Klarendal', 'Presikhaaf']);
    const p = o.wijken[1]!;
    expect(p.plans.map((x) => x.id)).toEqual(['p-pres', 'p-pres2']);
    expect(p.topGoals).toBe(3);
    expect(p.subGoals).toBe(1);
    expect(p.actions).toEqual({ gepland: 1, lopend: 2, gereed: 1, gestopt: 0 });
    expect(p.actionTotal).toBe(4);
    expect(p.overdue).toBe(2); // a1 2025-Q3 lopend, and the second plan's 2024-Q4
    expect(p.withoutOwner).toBe(2);
    expect(p.withoutBasis).toBe(2); // g3 and the second plan's g1
    expect(o.totals.plans).toBe(3);
    expect(o.totals.actionTotal).toBe(5);
  });

  it('groups goals per programme across wijken, without policy last', () => {
    const o = cityOverview([presikhaaf(), klarendal()], TODAY);
    expect(o.programmes.map((g) => g.programme)).toEqual(['Ruimtelijke Ontwikkeling', 'Veiligheid', 'Zonder beleid']);
    const veiligheid = o.programmes[1]!;
    expect(veiligheid.goals.map((g) => `${g.wijk}:${g.title}`)).toEqual(['Klarendal:Groen', 'Presikhaaf:Veilig spelen']);
    expect(veiligheid.wijkCount).toBe(2);
    expect(veiligheid.actions.lopend).toBe(1);
    expect(veiligheid.actions.gestopt).toBe(1);
    expect(o.programmes[2]!.key).toBe(NO_PROGRAMME);
    expect(o.programmes[2]!.goals.map((g) => g.title)).toEqual(['Speeltuin', 'Zonder grond']);
    expect(o.programmes[2]!.goals[0]!.isSubgoal).toBe(true);
  });

  it('lists owners active in several wijken first, matched by normalised name', () => {
    const solo = makePlan([goal('g1'), action('a1'), owner('o1', { title: 'Aa wijkagent' })], edges('g1>a1', 'a1>o1'), { id: 'p3', wijk: 'Malburgen' });
    const o = cityOverview([solo, presikhaaf(), klarendal()], TODAY);
    expect(o.owners.map((x) => x.name)).toEqual(['Buurtteam', 'Aa wijkagent']);
    const team = o.owners[0]!;
    expect(team.wijken.map((w) => w.wijk)).toEqual(['Klarendal', 'Presikhaaf']);
    expect(team.wijken[1]!.actions.map((a) => `${a.title}/${a.status}/${a.goal}`)).toEqual(['Schouw/lopend/Veilig spelen', 'Hek/gereed/Speeltuin']);
  });

  it('is empty for no plans', () => {
    const o = cityOverview([], TODAY);
    expect(o.wijken).toEqual([]);
    expect(o.owners).toEqual([]);
    expect(o.totals.plans).toBe(0);
  });
});

describe('filterOverview', () => {
  const plans = [presikhaaf(), klarendal(), presikhaaf2()];

  it('filters and aggregates the same as cityOverview with a filter', () => {
    expect(cityOverview(filterOverview(plans, { wijk: 'klarendal' }), TODAY)).toEqual(cityOverview(plans, TODAY, { wijk: 'klarendal' }));
  });

  it('keeps the plans of one wijk', () => {
    const o = cityOverview(plans, TODAY, { wijk: 'klarendal' });
    expect(o.wijken.map((w) => w.wijk)).toEqual(['Klarendal']);
  });

  it('keeps actions of one status, goals unchanged', () => {
    const o = cityOverview(plans, TODAY, { status: 'lopend' });
    const p = o.wijken.find((w) => w.key === 'presikhaaf')!;
    expect(p.actionTotal).toBe(2);
    expect(p.actions.lopend).toBe(2);
    expect(p.topGoals + p.subGoals).toBe(4);
    expect(o.wijken.find((w) => w.key === 'klarendal')!.actionTotal).toBe(0);
  });

  it('keeps goals of one programme with their actions', () => {
    const o = cityOverview(plans, TODAY, { programme: 'veiligheid' });
    const p = o.wijken.find((w) => w.key === 'presikhaaf')!;
    expect(p.topGoals).toBe(1);
    expect(p.actionTotal).toBe(1);
    expect(o.programmes.map((g) => g.programme)).toEqual(['Veiligheid']);
    const none = cityOverview(plans, TODAY, { programme: NO_PROGRAMME });
    expect(none.wijken.find((w) => w.key === 'presikhaaf')!.topGoals).toBe(3); // g2 loses its parent here
  });

  it('keeps actions of one owner', () => {
    const o = cityOverview(plans, TODAY, { owner: 'buurtteam' });
    expect(o.totals.actionTotal).toBe(3);
    expect(o.totals.withoutOwner).toBe(0);
  });

  it('does not change its input', () => {
    const before = JSON.stringify(plans);
    filterOverview(plans, { wijk: 'presikhaaf', status: 'gereed', owner: 'buurtteam', programme: 'veiligheid' });
    expect(JSON.stringify(plans)).toBe(before);
  });

  it('offers every wijk, programme and owner once', () => {
    const options = filterOptions(plans);
    expect(options.wijken.map((w) => w.label)).toEqual(['Klarendal', 'Presikhaaf']);
    expect(options.programmes.map((p) => p.label)).toEqual(['Ruimtelijke Ontwikkeling', 'Veiligheid', 'Zonder beleid']);
    expect(options.owners.map((p) => p.key)).toEqual(['buurtteam']);
  });
});

describe('CSV', () => {
  it('writes the wijk table for Excel with Dutch settings', () => {
    const text = wijkTableCsv(cityOverview([presikhaaf(), klarendal()], TODAY).wijken);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('Wijk;Plannen;Doelen;Subdoelen;Gepland;Lopend;Gereed;Gestopt;Acties;Achter op schema;Acties zonder eigenaar;Doelen zonder onderbouwing;Meetpunten op koers;Meetpunten achter;Doelen zonder meetpunt');
    expect(lines[1]).toBe('Klarendal;1;1;0;0;0;0;1;1;0;0;0;0;0;1');
    expect(lines[2]).toBe('Presikhaaf;1;2;1;1;1;1;0;3;1;1;1;0;0;2');
    expect(lines[3]).toBe('');
  });

  it('writes one owner line per action, guarding formulas', () => {
    const plan = makePlan([goal('g1', { title: '=SUM(A1)' }), action('a1', { title: 'Een; twee' }), owner('o1', { title: 'Team' })], edges('g1>a1', 'a1>o1'), { wijk: 'Oost' });
    const lines = ownerTableCsv(cityOverview([plan], TODAY).owners).slice(1).split('\r\n');
    expect(lines[0]).toBe('Eigenaar;Aantal wijken;Wijk;Plan;Actie;Status;Doel');
    expect(lines[1]).toBe("Team;1;Oost;Wijkdoelen Presikhaaf;\"Een; twee\";Gepland;'=SUM(A1)");
  });
});

describe('performance', () => {
  it('handles 25 plans of 200 nodes well under 100 ms', () => {
    const plans: Plan[] = [];
    for (let p = 0; p < 25; p++) {
      const nodes: PlanNode[] = [];
      const es: Edge[] = [];
      for (let g = 0; g < 40; g++) {
        nodes.push(goal(`g${g}`, { policyIds: g % 3 === 0 ? [] : [`pol${g % 4}`] }));
        if (g >= 10) es.push({ id: `eg${g}`, source: `g${g % 10}`, target: `g${g}` });
      }
      for (let a = 0; a < 120; a++) {
        nodes.push(action(`a${a}`, { status: (['gepland', 'lopend', 'gereed', 'gestopt'] as const)[a % 4], due: `2025-Q${(a % 4) + 1}` }));
        es.push({ id: `ea${a}`, source: `g${a % 40}`, target: `a${a}` });
        if (a % 3 !== 0) es.push({ id: `eo${a}`, source: `a${a}`, target: `o${a % 40}` });
      }
      for (let o = 0; o < 40; o++) nodes.push(owner(`o${o}`, { title: `Partner ${(o + p) % 60}` }));
      plans.push(makePlan(nodes, es, {
        id: `plan${p}`, wijk: `Wijk ${p % 12}`,
        policies: [0, 1, 2, 3].map((i) => ({ id: `pol${i}`, programme: `Programma ${i}`, goal: 'x' })),
      }));
    }
    // Best of five per call: one slow run on a busy two-core machine says nothing about the code.
    const best = (run: () => void) => {
      let ms = Infinity;
      for (let i = 0; i < 5; i++) {
        const start = performance.now();
        run();
        ms = Math.min(ms, performance.now() - start);
      }
      return ms;
    };
    expect(cityOverview(plans, TODAY, { status: 'lopend' }).wijken).toHaveLength(12);
    expect(cityOverview(plans, TODAY).totals.actionTotal).toBe(25 * 120);
    expect(best(() => cityOverview(plans, TODAY))).toBeLessThan(100);
    expect(best(() => cityOverview(plans, TODAY, { status: 'lopend', programme: 'programma 1' }))).toBeLessThan(100);
    expect(best(() => filterOptions(plans))).toBeLessThan(100);
  });
});
