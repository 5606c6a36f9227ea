import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { toFlowEdges, toFlowNodes, type ViewState } from './flowModel';
import { PlanCanvas } from './PlanCanvas';

/**
 *  g1 ─┬─ g2 ── a3 (no owner)
 *      ├─ a1 (lopend, 2025-Q3) ── o1
 *      └─ a2 (gereed) ──────────── o1
 *  g4 (second top goal)
 */
function canvasPlan(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Schone straten', position: { x: 0, y: 0 } }),
      goal('g2', { title: 'Minder zwerfafval', position: { x: 0, y: 200 } }),
      action('a1', { title: 'Prikacties', status: 'lopend', due: '2025-Q3', position: { x: 300, y: 200 } }),
      action('a2', { title: 'Extra afvalbakken', status: 'gereed', position: { x: 600, y: 200 } }),
      action('a3', { title: 'Buurtschouw', position: { x: 0, y: 400 } }),
      owner('o1', { title: 'Buurtteam', position: { x: 450, y: 400 } }),
      goal('g4', { title: 'Veilig spelen', position: { x: 900, y: 0 } }),
    ],
    edges('g1>g2', 'g1>a1', 'g1>a2', 'g2>a3', 'a1>o1', 'a2>o1'),
  );
}

const noView: ViewState = { editing: null, collapsed: new Set(), selection: new Set() };

function renderCanvas(plan: Plan) {
  return render(
    <div style={{ width: '1200px', height: '800px' }}>
      <PlanCanvas plan={plan} selection={[]} editing={null} collapsed={[]} showMinimap={false} focusRequest={null} />
    </div>,
  );
}

describe('PlanCanvas', () => {
  it('puts every node and edge of the plan in the DOM, each node with its kind and title as aria-label', () => {
    const plan = canvasPlan();
    const { container } = renderCanvas(plan);
    const nodes = container.querySelectorAll('.react-flow__node');
    const flowEdges = container.querySelectorAll('.react-flow__edge');
    expect(nodes).toHaveLength(plan.nodes.length);
    expect(flowEdges).toHaveLength(plan.edges.length);
    expect([...flowEdges].map((e) => e.getAttribute('data-id')).sort()).toEqual(plan.edges.map((e) => e.id).sort());

    const labels = [...nodes].map((n) => n.getAttribute('aria-label')).sort();
    expect(labels).toEqual(
      [
        'Doel: Schone straten',
        'Doel: Minder zwerfafval',
        'Doel: Veilig spelen',
        'Actie: Prikacties',
        'Actie: Extra afvalbakken',
        'Actie: Buurtschouw',
        'Eigenaar: Buurtteam',
      ].sort(),
    );
    // Nodes are measured and shown (React Flow hides unmeasured nodes).
    for (const n of nodes) expect((n as HTMLElement).style.visibility).not.toBe('hidden');
  });

  it('a goal shows its title, outline number, kind and progress of its actions', () => {
    renderCanvas(canvasPlan());
    const top = screen.getByLabelText('Doel: Schone straten');
    expect(within(top).getByText('Schone straten')).toBeInTheDocument();
    expect(within(top).getByText('1')).toHaveClass('node-number');
    expect(within(top).getByText('Doel')).toBeInTheDocument();
    expect(within(top).queryByText('Subdoel')).not.toBeInTheDocument();
    // a1 lopend + a2 gereed: one of two done.
    expect(within(top).getByText('1/2 gereed')).toBeInTheDocument();

    const sub = screen.getByLabelText('Doel: Minder zwerfafval');
    expect(within(sub).getByText('1.1')).toBeInTheDocument();
    expect(within(sub).getByText('Subdoel')).toBeInTheDocument();
    expect(within(sub).getByText('0/1 gereed')).toBeInTheDocument();

    const second = screen.getByLabelText('Doel: Veilig spelen');
    expect(within(second).getByText('2')).toBeInTheDocument();
    // No actions: no progress line.
    expect(second).not.toHaveTextContent('gereed');
  });

  it('an action shows its status as word and icon, its quarter and its owner (or that it has none)', () => {
    renderCanvas(canvasPlan());
    const running = screen.getByLabelText('Actie: Prikacties');
    expect(within(running).getByText('Prikacties')).toBeInTheDocument();
    expect(running.querySelector('.node-status')).toHaveTextContent('◐ Lopend');
    expect(within(running).getByText('2025-Q3')).toBeInTheDocument();
    expect(within(running).getByText('Eigenaar: Buurtteam')).toBeInTheDocument();

    const done = screen.getByLabelText('Actie: Extra afvalbakken');
    expect(done.querySelector('.node-status')).toHaveTextContent('✓ Gereed');

    const orphan = screen.getByLabelText('Actie: Buurtschouw');
    expect(orphan.querySelector('.node-status')).toHaveTextContent('○ Gepland');
    expect(within(orphan).getByText('Geen eigenaar')).toBeInTheDocument();
    expect(orphan).not.toHaveTextContent('Eigenaar:');
  });

  it('an owner shows how many actions it owns', () => {
    renderCanvas(canvasPlan());
    const team = screen.getByLabelText('Eigenaar: Buurtteam');
    expect(within(team).getByText('Buurtteam')).toBeInTheDocument();
    expect(within(team).getByText('2 acties')).toBeInTheDocument();
  });

  it('shows a changed title after a re-render with the new plan', () => {
    const plan = canvasPlan();
    const { rerender } = renderCanvas(plan);
    const renamed: Plan = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'g2' ? { ...n, title: 'Geen zwerfafval' } : n)) };
    rerender(
      <div style={{ width: '1200px', height: '800px' }}>
        <PlanCanvas plan={renamed} selection={[]} editing={null} collapsed={[]} showMinimap={false} focusRequest={null} />
      </div>,
    );
    expect(screen.getByLabelText('Doel: Geen zwerfafval')).toHaveTextContent('Geen zwerfafval');
    expect(screen.queryByLabelText('Doel: Minder zwerfafval')).not.toBeInTheDocument();
  });
});

describe('toFlowNodes', () => {
  it('marks an action whose quarter has passed, and is not gereed, as achter op schema', () => {
    const plan = makePlan(
      [goal('g1'), action('a1', { due: '2025-Q1', status: 'lopend' }), action('a2', { due: '2025-Q1', status: 'gereed' }), action('a3', { due: '2026-Q4' })],
      edges('g1>a1', 'g1>a2', 'g1>a3'),
    );
    const nodes = toFlowNodes(plan, [], { ...noView, today: new Date('2026-11-29T12:00:00') });
    const overdue = nodes.filter((n) => n.type === 'action' && n.data.overdue).map((n) => n.id);
    expect(overdue).toEqual(['a1']);
  });

  it('reuses every unchanged node object when one title changes, so only that node re-renders', () => {
    const plan = canvasPlan();
    const before = toFlowNodes(plan, [], noView);
    const renamed: Plan = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'g2' ? { ...n, title: 'Geen zwerfafval' } : n)) };
    const after = toFlowNodes(renamed, before, noView);
    expect(after).toHaveLength(before.length);
    after.forEach((node, i) => {
      if (node.id === 'g2') {
        expect(node).not.toBe(before[i]);
        expect(node.data.title).toBe('Geen zwerfafval');
        expect(node.ariaLabel).toBe('Doel: Geen zwerfafval');
      } else {
        expect(node).toBe(before[i]);
      }
    });
  });

  it('renews exactly the nodes whose view changes: a status change touches the action and its goal (progress)', () => {
    const plan = canvasPlan();
    const before = toFlowNodes(plan, [], noView);
    const changed: Plan = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'a1' ? { ...n, status: 'gereed' as const } : n)) };
    const after = toFlowNodes(changed, before, noView);
    const renewed = after.filter((n, i) => n !== before[i]).map((n) => n.id);
    expect(renewed.sort()).toEqual(['a1', 'g1']);
    expect(after.find((n) => n.id === 'g1')?.data).toMatchObject({ done: 2, total: 2 });
  });

  it('renaming an owner renews the owner and the actions that show its name, nothing else', () => {
    const plan = canvasPlan();
    const before = toFlowNodes(plan, [], noView);
    const changed: Plan = { ...plan, nodes: plan.nodes.map((n) => (n.id === 'o1' ? { ...n, title: 'Wijkteam' } : n)) };
    const after = toFlowNodes(changed, before, noView);
    expect(after.filter((n, i) => n !== before[i]).map((n) => n.id).sort()).toEqual(['a1', 'a2', 'o1']);
  });

  it('a layout that only moves nodes keeps every card\'s data, so no card re-renders', () => {
    const plan = canvasPlan();
    const before = toFlowNodes(plan, [], noView);
    const moved: Plan = { ...plan, nodes: plan.nodes.map((n) => ({ ...n, position: { x: n.position.x + 40, y: n.position.y + 10 } })) };
    const after = toFlowNodes(moved, before, noView);
    after.forEach((node, i) => {
      expect(node).not.toBe(before[i]);
      expect(node.position).toEqual(moved.nodes[i]?.position);
      expect(node.data).toBe(before[i]?.data);
    });
  });

  it('the Doelen step draws goals in full and actions and owners lighter; a changed mark stays', () => {
    const plan = canvasPlan();
    const nodes = toFlowNodes(plan, [], { ...noView, emphasis: 'goal', highlight: new Set(['a1']) });
    for (const n of nodes) {
      if (n.type === 'goal') expect(n.className).toBeUndefined();
      else expect(n.className?.split(' ')).toContain('dimmed');
    }
    expect(nodes.find((n) => n.id === 'a1')?.className).toBe('changed dimmed');
    expect(toFlowNodes(plan, [], noView).every((n) => n.className === undefined)).toBe(true);
  });

  it('reuses unchanged edges, and the whole list when no edge changed', () => {
    const plan = canvasPlan();
    const before = toFlowEdges(plan, []);
    expect(toFlowEdges({ ...plan, edges: [...plan.edges] }, before)).toBe(before);
    const fewer = toFlowEdges({ ...plan, edges: plan.edges.slice(1) }, before);
    expect(fewer).not.toBe(before);
    expect(fewer).toHaveLength(before.length - 1);
    fewer.forEach((e, i) => expect(e).toBe(before[i + 1]));
  });
});
