import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Edge, NodeKind, Position } from '../plan/types';
import { NODE_HEIGHT, NODE_WIDTH, layoutPositions, nextFreePosition, type LayoutNode } from './index';

// ../shared sits beside the repository (README; vitest runs from the repository root). The
// generator is deterministic per size and seed.
const GEN_PLAN = resolve(process.cwd(), '../shared/tools/gen-plan.mjs');
const generatedCache = new Map<string, { nodes: LayoutNode[]; edges: Edge[] }>();
function generated(n: number, seed = 1): { nodes: LayoutNode[]; edges: Edge[] } {
  const key = `${n}/${seed}`;
  const hit = generatedCache.get(key);
  if (hit) return hit;
  const file = JSON.parse(execFileSync(process.execPath, [GEN_PLAN, String(n), String(seed)], { encoding: 'utf8', maxBuffer: 64 << 20 })) as {
    plan: { nodes: Array<{ id: string; kind: NodeKind }>; edges: Edge[] };
  };
  const plan = {
    nodes: file.plan.nodes.map((nd) => ({ id: nd.id, kind: nd.kind })),
    edges: file.plan.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
  generatedCache.set(key, plan);
  return plan;
}

/** Pairs of ids whose NODE_WIDTH × NODE_HEIGHT boxes overlap (sweep over x). */
function overlaps(pos: Map<string, Position>): string[] {
  const boxes = [...pos].sort((a, b) => a[1].x - b[1].x);
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    const [ida, a] = boxes[i] as [string, Position];
    for (let j = i + 1; j < boxes.length; j++) {
      const [idb, b] = boxes[j] as [string, Position];
      if (b.x >= a.x + NODE_WIDTH) break;
      if (Math.abs(a.y - b.y) < NODE_HEIGHT) found.push(`${ida}/${idb}`);
    }
  }
  return found;
}

const n = (id: string, kind: NodeKind): LayoutNode => ({ id, kind });
const es = (...pairs: string[]): Edge[] =>
  pairs.map((p, i) => {
    const [source = '', target = ''] = p.split('>');
    return { id: `e${i}`, source, target };
  });
const centreX = (p: Position | undefined) => (p?.x ?? NaN) + NODE_WIDTH / 2;

describe('layoutPositions', () => {
  it('(the overlap test itself finds overlaps and accepts touching boxes)', () => {
    expect(overlaps(new Map([['a', { x: 0, y: 0 }], ['b', { x: NODE_WIDTH - 1, y: NODE_HEIGHT - 1 }]]))).toEqual(['a/b']);
    expect(overlaps(new Map([['a', { x: 0, y: 0 }], ['b', { x: NODE_WIDTH, y: 0 }], ['c', { x: 0, y: NODE_HEIGHT }]]))).toEqual([]);
  });

  it('places every node of a generated 2,000-node plan without overlap', () => {
    const { nodes, edges } = generated(2000);
    const pos = layoutPositions(nodes, edges);
    expect(pos.size).toBe(nodes.length);
    for (const p of pos.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(overlaps(pos)).toEqual([]);
    expect(Math.min(...[...pos.values()].map((p) => p.x))).toBe(0);
    expect(Math.min(...[...pos.values()].map((p) => p.y))).toBe(0);
  });

  it('places a generated 1,000-node plan (another seed) without overlap, children below parents', () => {
    const { nodes, edges } = generated(1000, 7);
    const pos = layoutPositions(nodes, edges);
    expect(pos.size).toBe(nodes.length);
    expect(overlaps(pos)).toEqual([]);
    for (const e of edges) expect((pos.get(e.target)?.y ?? 0) > (pos.get(e.source)?.y ?? 0)).toBe(true);
  });

  it('keeps sibling order (edge order) from left to right', () => {
    const nodes = [n('g', 'goal'), n('a1', 'action'), n('s', 'goal'), n('a2', 'action'), n('a3', 'action'), n('a4', 'action')];
    const pos = layoutPositions(nodes, es('g>a3', 'g>s', 'g>a1', 'g>a2', 's>a4'));
    const xs = ['a3', 's', 'a1', 'a2'].map((id) => pos.get(id)?.x ?? NaN);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(new Set(['a3', 's', 'a1', 'a2'].map((id) => pos.get(id)?.y)).size).toBe(1);
    expect(overlaps(pos)).toEqual([]);
  });

  it('puts top goals side by side in node order, each centred over its children', () => {
    const nodes = [n('b', 'goal'), n('a', 'goal'), n('x1', 'action'), n('x2', 'action'), n('y1', 'action')];
    const pos = layoutPositions(nodes, es('a>y1', 'b>x1', 'b>x2'));
    expect(pos.get('b')?.y).toBe(0);
    expect(pos.get('a')?.y).toBe(0);
    expect(pos.get('b')!.x).toBeLessThan(pos.get('a')!.x);
    expect(centreX(pos.get('b'))).toBeCloseTo((centreX(pos.get('x1')) + centreX(pos.get('x2'))) / 2);
    expect(pos.get('x1')!.y).toBeGreaterThan(pos.get('b')!.y + NODE_HEIGHT);
  });

  it('puts owners in one row below the tree, under the mean of their actions', () => {
    const nodes = [n('g', 'goal'), n('s', 'goal'), n('a1', 'action'), n('a2', 'action'), n('a3', 'action'), n('o1', 'owner'), n('o2', 'owner')];
    const pos = layoutPositions(nodes, es('g>a1', 'g>s', 's>a2', 'g>a3', 'a1>o1', 'a3>o1', 'a2>o2'));
    const treeBottom = Math.max(...['g', 's', 'a1', 'a2', 'a3'].map((id) => pos.get(id)!.y));
    expect(pos.get('o1')!.y).toBe(pos.get('o2')!.y);
    expect(pos.get('o1')!.y).toBeGreaterThan(treeBottom + NODE_HEIGHT);
    expect(overlaps(pos)).toEqual([]);
    // o1 wants the middle of a1 and a3, which is where s (and a2 under it) stands; o2 wants a2.
    // They cannot both stand there: they share the push, in node order.
    expect(centreX(pos.get('o1')) + centreX(pos.get('o2'))).toBeCloseTo(2 * centreX(pos.get('a2')), 0);
    expect(pos.get('o1')!.x).toBeLessThan(pos.get('o2')!.x);
  });

  it('centres an owner exactly under the mean of its actions when there is room', () => {
    const nodes = [n('g', 'goal'), n('a1', 'action'), n('a2', 'action'), n('a3', 'action'), n('o', 'owner'), n('p', 'owner')];
    const pos = layoutPositions(nodes, es('g>a1', 'g>a2', 'g>a3', 'a1>o', 'a3>o', 'a2>p'));
    expect(centreX(pos.get('o'))).toBeCloseTo(centreX(pos.get('a2')) - (NODE_WIDTH + 40) / 2, 0);
    expect(centreX(pos.get('p'))).toBeCloseTo(centreX(pos.get('a2')) + (NODE_WIDTH + 40) / 2, 0);
    const alone = layoutPositions(nodes.slice(0, 5), es('g>a1', 'g>a2', 'g>a3', 'a1>o', 'a3>o'));
    expect(centreX(alone.get('o'))).toBeCloseTo(centreX(alone.get('a2')), 0);
    expect(centreX(alone.get('g'))).toBeCloseTo(centreX(alone.get('a2')), 0);
  });

  it('pushes owners that want the same spot apart, keeping them close and in node order', () => {
    const nodes = [n('g', 'goal'), n('a', 'action'), n('o1', 'owner'), n('o2', 'owner'), n('o3', 'owner'), n('b', 'action'), n('c', 'action')];
    // three owners all under the single column of g: a, b, c are siblings; each owner wants its action's x
    const pos = layoutPositions(nodes, es('g>b', 'g>a', 'g>c', 'a>o1', 'b>o2', 'c>o3'));
    expect(overlaps(pos)).toEqual([]);
    const ox = ['o2', 'o1', 'o3'].map((id) => pos.get(id)!.x);
    expect([...ox].sort((a, b) => a - b)).toEqual(ox); // same order as their actions
    // Crowding: many owners of one action row all wanting the same x.
    const many = [n('g', 'goal'), n('a', 'action'), ...Array.from({ length: 9 }, (_, i) => n(`a${i}`, 'action'))];
    const owners = Array.from({ length: 10 }, (_, i) => n(`o${i}`, 'owner'));
    const edges = es('g>a', ...many.slice(2).map((m) => `g>${m.id}`), 'a>o0', ...many.slice(2).map((m, i) => `${m.id}>o${i + 1}`));
    const p2 = layoutPositions([...many, ...owners], edges);
    expect(overlaps(p2)).toEqual([]);
  });

  it('places actions without goal and owners without actions beside the tree, without overlap', () => {
    const nodes = [n('g', 'goal'), n('a', 'action'), n('loose', 'action'), n('o', 'owner'), n('lonely', 'owner'), n('lo', 'owner'), n('loose2', 'action')];
    const pos = layoutPositions(nodes, es('g>a', 'a>o', 'loose>lo'));
    expect(pos.size).toBe(7);
    expect(overlaps(pos)).toEqual([]);
    const treeRight = Math.max(pos.get('g')!.x, pos.get('a')!.x) + NODE_WIDTH;
    expect(pos.get('loose')!.x).toBeGreaterThanOrEqual(treeRight);
    expect(pos.get('loose2')!.x).toBeGreaterThan(pos.get('loose')!.x);
    expect(pos.get('lo')!.y).toBeGreaterThan(pos.get('loose')!.y);
    expect(pos.get('lonely')!.y).toBe(pos.get('o')!.y);
  });

  it('lays out plans without goals, and an empty plan', () => {
    expect(layoutPositions([], []).size).toBe(0);
    const pos = layoutPositions([n('a', 'action'), n('o', 'owner'), n('p', 'owner')], es('a>o'));
    expect(pos.get('a')).toEqual({ x: 0, y: 0 });
    expect(overlaps(pos)).toEqual([]);
  });

  it('tolerates cycles, second parents, wrong kinds and dangling edges', () => {
    const nodes = [n('g1', 'goal'), n('g2', 'goal'), n('g3', 'goal'), n('g4', 'goal'), n('a', 'action'), n('o', 'owner')];
    const pos = layoutPositions(nodes, es('g1>g2', 'g2>g1', 'g3>g4', 'g1>g4', 'o>a', 'a>g3', 'g3>nope', 'g1>g1', 'g2>a'));
    expect(pos.size).toBe(6);
    expect(overlaps(pos)).toEqual([]);
  });
});

describe('nextFreePosition', () => {
  const at = (x: number, y: number) => ({ position: { x, y } });
  const clear = (p: Position, nodes: Array<{ position: Position }>) =>
    nodes.every((m) => p.x >= m.position.x + NODE_WIDTH || p.x + NODE_WIDTH <= m.position.x || p.y >= m.position.y + NODE_HEIGHT || p.y + NODE_HEIGHT <= m.position.y);

  it('returns the point itself when it is free', () => {
    expect(nextFreePosition([], { x: 12.4, y: 30 })).toEqual({ x: 12, y: 30 });
    expect(nextFreePosition([at(1000, 1000)], { x: 0, y: 0 })).toEqual({ x: 0, y: 0 });
  });

  it('finds a nearby free spot when the point is taken', () => {
    const nodes = [at(0, 0)];
    const p = nextFreePosition(nodes, { x: 0, y: 0 });
    expect(clear(p, nodes)).toBe(true);
    expect(Math.hypot(p.x, p.y)).toBeLessThan(2 * (NODE_WIDTH + NODE_HEIGHT));
  });

  it('finds a spot in a crowded generated plan', () => {
    const { nodes, edges } = generated(2000);
    const laid = [...layoutPositions(nodes, edges).values()].map((position) => ({ position }));
    const target = laid[500]!.position;
    const p = nextFreePosition(laid, target);
    expect(clear(p, laid)).toBe(true);
    expect(Math.hypot(p.x - target.x, p.y - target.y)).toBeLessThan(2000);
  });

  it('falls back below everything inside a packed block', () => {
    const packed = [];
    for (let i = -70; i <= 70; i++) for (let j = -70; j <= 70; j++) packed.push(at(i * NODE_WIDTH, j * NODE_HEIGHT));
    const p = nextFreePosition(packed, { x: 0, y: 0 });
    expect(clear(p, packed)).toBe(true);
  });
});
