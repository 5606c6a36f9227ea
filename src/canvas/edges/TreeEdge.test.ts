import { describe, expect, it } from 'vitest';
import { treeEdgePath } from './TreeEdge';

/** The corner points of a path (start, line ends and curve ends), ignoring curve control points. */
function points(d: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [, cmd, args] of d.matchAll(/([MLQ])([^MLQ]+)/g)) {
    const nums = (args ?? '').split(/[ ,]/).filter(Boolean).map(Number);
    const end = cmd === 'Q' ? nums.slice(2) : nums;
    out.push([end[0] ?? NaN, end[1] ?? NaN]);
  }
  return out;
}

describe('treeEdgePath', () => {
  it('goes straight down when the child is right under its parent', () => {
    expect(treeEdgePath(100, 50, 100, 250)).toBe('M100,50L100,250');
  });

  it('goes down, across at half height and down into the child, from the parent handle to the child handle', () => {
    const pts = points(treeEdgePath(100, 50, 400, 250));
    expect(pts[0]).toEqual([100, 50]);
    expect(pts.at(-1)).toEqual([400, 250]);
    // every turn lies on the horizontal line halfway, within the corner radius
    for (const [, y] of pts.slice(1, -1)) expect(Math.abs(y - 150)).toBeLessThanOrEqual(6);
  });

  it('bends the other way for a child to the left, and keeps small offsets from overshooting', () => {
    const left = points(treeEdgePath(400, 50, 100, 250));
    expect(left[2]?.[0]).toBeLessThan(400);
    const tiny = points(treeEdgePath(100, 50, 104, 250));
    for (const [x] of tiny) expect(x).toBeGreaterThanOrEqual(100);
    for (const [x] of tiny) expect(x).toBeLessThanOrEqual(104);
  });
});
