import { beforeEach, describe, expect, it } from 'vitest';
import { graphIndex } from '../domain/plan/rules';
import { action, edges, goal, makePlan, owner } from '../domain/plan/testPlan';
import type { Plan } from '../domain/plan/types';
import { nlEditor } from '../i18n';
import {
  addChild,
  addNodeOf,
  addSibling,
  assignOwner,
  checkConnect,
  connectNodes,
  deleteNodes,
  moveUnder,
  neighbour,
  renameNode,
} from './editor';
import { resetPlanStore, usePlanStore } from './planStore';
import { resetSession, useSession } from './sessionStore';

/**
 *  g1 ─┬─ g2 ── a2 ── o1
 *      ├─ a1 ── o1
 *      └─ g3
 *  g4
 */
function editorPlan(): Plan {
  return makePlan(
    [goal('g1'), goal('g2'), action('a1'), goal('g3'), action('a2'), owner('o1'), goal('g4'), owner('o2')],
    edges('g1>g2', 'g1>a1', 'g1>g3', 'g2>a2', 'a1>o1', 'a2>o1'),
    { strengths: [{ id: 's1', name: 'Buurtcentrum De Schakel', kind: 'organisatie' }] },
  );
}

const store = () => usePlanStore.getState();
const plan = () => store().plan as Plan;
const index = () => graphIndex(plan());

beforeEach(() => {
  resetPlanStore();
  resetSession();
  usePlanStore.setState({ status: 'ready', plan: editorPlan(), canUndo: false, canRedo: false });
});

describe('connecting nodes', () => {
  it('refuses an action above a goal, with the Dutch reason, and leaves the plan as it was', () => {
    const before = plan();
    expect(checkConnect('a1', 'g4')).toEqual({ ok: false, reason: 'Een actie kan niet boven een doel staan' });
    expect(connectNodes('a1', 'g4')).toEqual({ ok: false, reason: 'Een actie kan niet boven een doel staan' });
    expect(plan()).toBe(before);
    expect(store().canUndo).toBe(false);
  });

  it('refuses a second goal for an action', () => {
    const before = plan();
    expect(checkConnect('g4', 'a1')).toEqual({ ok: false, reason: 'Een actie kan maar bij één doel horen' });
    expect(connectNodes('g4', 'a1')).toEqual({ ok: false, reason: 'Een actie kan maar bij één doel horen' });
    expect(plan()).toBe(before);
  });

  it('refuses a second owner, a second parent goal and a cycle', () => {
    expect(connectNodes('a1', 'o2')).toEqual({ ok: false, reason: 'Een actie kan maar één eigenaar hebben' });
    expect(connectNodes('g4', 'g2')).toEqual({ ok: false, reason: 'Een subdoel kan maar één bovenliggend doel hebben' });
    expect(connectNodes('g2', 'g1')).toEqual({ ok: false, reason: 'Dit zou een kringverwijzing maken' });
  });

  it('the refusal reads as one Dutch sentence in the notice', () => {
    const result = checkConnect('a1', 'g4');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(nlEditor.refused(result.reason)).toBe('Niet verbonden: Een actie kan niet boven een doel staan.');
  });

  it('refuses a node joined to itself', () => {
    expect(connectNodes('g4', 'g4')).toEqual({ ok: false, reason: 'Een onderdeel kan niet met zichzelf verbonden worden' });
  });

  it('connects what the rules allow, as one undo step', () => {
    // A loose owner may become the owner of an action without one: first free a1.
    expect(assignOwner('a1', null)).toEqual({ ok: true, value: true });
    expect(checkConnect('a1', 'o2')).toEqual({ ok: true, value: true });
    expect(connectNodes('a1', 'o2')).toEqual({ ok: true, value: true });
    expect(index().ownerOfAction('a1')).toBe('o2');
    store().undo();
    expect(index().ownerOfAction('a1')).toBeUndefined();
  });
});

describe('adding nodes', () => {
  it('a subgoal, action or owner needs a fitting parent, with the reason the button shows', () => {
    expect(addNodeOf('subgoal')).toEqual({ ok: false, reason: 'Selecteer eerst een doel.' });
    expect(addNodeOf('action', 'a1')).toEqual({ ok: false, reason: 'Selecteer eerst een doel.' });
    expect(addNodeOf('owner', 'g1')).toEqual({ ok: false, reason: 'Selecteer eerst een actie.' });
    expect(plan().nodes).toHaveLength(8);
  });

  it('a new node is selected with its title open, and is one undo step', () => {
    const result = addNodeOf('goal');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value : '';
    expect(index().node(id)).toMatchObject({ kind: 'goal', title: 'Nieuw doel' });
    expect(index().roots).toContain(id);
    expect(useSession.getState().selection).toEqual([id]);
    expect(useSession.getState().editing).toEqual({ id });
    store().undo();
    expect(index().node(id)).toBeUndefined();
  });

  it('Tab under an empty top goal adds a subgoal; under a subgoal an action; under an action an owner', () => {
    const sub = addChild('g4');
    expect(sub.ok && index().node(sub.value)).toMatchObject({ kind: 'goal', title: 'Nieuw subdoel' });
    expect(sub.ok && index().parentGoal(sub.value)).toBe('g4');
    // Now g4 has subgoals: Tab adds another subgoal.
    const sub2 = addChild('g4');
    expect(sub2.ok && index().node(sub2.value)?.kind).toBe('goal');

    const leafAction = addChild('g3');
    expect(leafAction.ok && index().node(leafAction.value)?.kind).toBe('action');

    const act = addChild('g2');
    expect(act.ok && index().node(act.value)).toMatchObject({ kind: 'action', title: 'Nieuwe actie' });
    expect(act.ok && index().goalOfAction(act.value)).toBe('g2');

    const own = addChild('a1');
    expect(own.ok && index().node(own.value)?.kind).toBe('owner');
    expect(own.ok && index().ownerOfAction('a1')).toBe(own.ok ? own.value : '');
    // The old owner stays in the plan (it still owns a2).
    expect(index().actionsOfOwner('o1')).toEqual(['a2']);
  });

  it('Enter adds a sibling: under the same parent, or a new top goal next to a top goal', () => {
    const sib = addSibling('g2');
    expect(sib.ok && index().parentGoal(sib.value)).toBe('g1');
    const top = addSibling('g4');
    expect(top.ok && index().roots).toContain(top.ok ? top.value : '');
    const act = addSibling('a1');
    expect(act.ok && index().goalOfAction(act.value)).toBe('g1');
  });

  it('a new node never lands on top of another node', () => {
    const a = addChild('g3');
    const b = addSibling(a.ok ? a.value : '');
    const positions = plan().nodes.map((n) => `${n.position.x},${n.position.y}`);
    const fresh = [a, b].map((r) => (r.ok ? index().node(r.value)?.position : undefined));
    for (const p of fresh) expect(positions.filter((q) => q === `${p?.x},${p?.y}`)).toHaveLength(1);
  });
});

describe('editing', () => {
  it('renameNode trims, ignores an empty title', () => {
    renameNode('g1', '  Schone straten  ');
    expect(index().node('g1')?.title).toBe('Schone straten');
    renameNode('g1', '   ');
    expect(index().node('g1')?.title).toBe('Schone straten');
  });

  it('deleteNodes removes the branch but keeps an owner that still owns an action elsewhere', () => {
    const result = deleteNodes(['g2']);
    expect(result).toEqual({ count: 2, title: 'Doel g2' });
    expect(index().node('g2')).toBeUndefined();
    expect(index().node('a2')).toBeUndefined();
    expect(index().node('o1')).toBeDefined();
    expect(index().actionsOfOwner('o1')).toEqual(['a1']);
    store().undo();
    expect(index().node('a2')).toBeDefined();
  });

  it('moveUnder re-parents a subgoal and refuses an action as parent', () => {
    expect(moveUnder('g2', 'g4')).toEqual({ ok: true, value: true });
    expect(index().parentGoal('g2')).toBe('g4');
    expect(moveUnder('g3', 'a1')).toEqual({ ok: false, reason: 'Dit onderdeel kan alleen onder een doel komen' });
  });

  it('assignOwner from a wijkkracht makes one owner linked to it and reuses it the second time', () => {
    expect(assignOwner('a1', { strengthId: 's1' }).ok).toBe(true);
    const ownerId = index().ownerOfAction('a1') ?? '';
    expect(index().node(ownerId)).toMatchObject({ kind: 'owner', title: 'Buurtcentrum De Schakel', strengthId: 's1' });
    expect(assignOwner('a2', { strengthId: 's1' }).ok).toBe(true);
    expect(index().ownerOfAction('a2')).toBe(ownerId);
    expect(plan().nodes.filter((n) => n.kind === 'owner' && n.strengthId === 's1')).toHaveLength(1);
  });
});

describe('neighbour (arrow keys on the canvas)', () => {
  it('walks up to the parent, down to the first child and sideways among siblings', () => {
    const p = plan();
    expect(neighbour(p, 'g2', 'up')).toBe('g1');
    expect(neighbour(p, 'g1', 'down')).toBe('g2');
    expect(neighbour(p, 'g2', 'right')).toBe('a1');
    expect(neighbour(p, 'a1', 'left')).toBe('g2');
    expect(neighbour(p, 'g1', 'right')).toBe('g4');
    expect(neighbour(p, 'a1', 'down')).toBe('o1');
    expect(neighbour(p, 'o1', 'up')).toBe('a1');
    expect(neighbour(p, 'g4', 'right')).toBeUndefined();
  });
});
