import { act, fireEvent, screen } from '@testing-library/react';
import { useRef, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../../domain/plan/testPlan';
import type { Plan } from '../../domain/plan/types';
import { usePlanStore } from '../../state/planStore';
import { openPlan, renderWithPlan, withFreshStores, withReducedMotion } from '../../testing/harness';
import { PresentationView } from './PresentationView';

withFreshStores();
withReducedMotion();

/** Two top goals (g1 with a subgoal and an action, g3 alone), so three stops. */
function talkPlan(): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Iedereen doet mee', position: { x: 0, y: 0 } }),
      goal('g2', { title: 'Jongeren sporten', position: { x: 0, y: 200 } }),
      action('a1', { title: 'Pannakooi plaatsen', position: { x: 300, y: 200 } }),
      owner('o1', { title: 'Voetbalclub', position: { x: 300, y: 400 } }),
      goal('g3', { title: 'Minder overlast', position: { x: 700, y: 0 } }),
    ],
    edges('g1>g2', 'g1>a1', 'a1>o1'),
    { id: 'plan-talk', title: 'Wijkdoelen Presikhaaf' },
  );
}

async function present(onClose = vi.fn(), closeUnmounts = false) {
  function Host({ plan }: { plan: Plan }) {
    const opener = useRef<HTMLButtonElement>(null);
    const [open, setOpen] = useState(true);
    const close = () => {
      onClose();
      if (closeUnmounts) setOpen(false);
    };
    return (
      <>
        <button ref={opener}>Presenteren</button>
        {open && <PresentationView plan={plan} onClose={close} returnFocusTo={opener} />}
      </>
    );
  }
  const user = await renderWithPlan(Host, talkPlan());
  return { user, onClose };
}

const counter = () => screen.getByText(/^\d+ \/ \d+/);
const caption = () => screen.getByRole('heading', { level: 2 });
const key = (k: string) => fireEvent.keyDown(document.activeElement ?? document.body, { key: k });

describe('PresentationView', () => {
  it('opens on the first top goal, as a modal dialog with the plan on the canvas', async () => {
    await present();
    expect(screen.getByRole('dialog', { name: /Presentatie: Wijkdoelen Presikhaaf/ })).toBeInTheDocument();
    expect(counter()).toHaveTextContent('1 / 3');
    expect(counter()).toHaveAttribute('aria-live', 'polite');
    expect(caption()).toHaveTextContent('Iedereen doet mee');
    expect(document.querySelectorAll('.react-flow__node')).toHaveLength(5);
    // No editing chrome: no title fields, no toolbar buttons of the editor.
    expect(screen.queryByRole('button', { name: /Doel toevoegen/ })).toBeNull();
  });

  it('walks forward with arrows, Space and PageDown, back with arrows and PageUp; Home and End jump', async () => {
    await present();
    key('ArrowRight');
    expect(counter()).toHaveTextContent('2 / 3');
    expect(caption()).toHaveTextContent('Minder overlast');
    key('ArrowLeft');
    expect(counter()).toHaveTextContent('1 / 3');
    key('PageDown');
    expect(counter()).toHaveTextContent('2 / 3');
    key('PageUp');
    expect(counter()).toHaveTextContent('1 / 3');
    key(' ');
    key('ArrowDown');
    expect(counter()).toHaveTextContent('3 / 3');
    key('PageDown'); // stays on the last stop
    expect(counter()).toHaveTextContent('3 / 3');
    key('ArrowUp');
    expect(counter()).toHaveTextContent('2 / 3');
    key('Home');
    expect(counter()).toHaveTextContent('1 / 3');
    key('PageUp'); // stays on the first
    expect(counter()).toHaveTextContent('1 / 3');
    key('End');
    expect(counter()).toHaveTextContent('3 / 3');
  });

  it('ends on the whole tree', async () => {
    await present();
    key('End');
    expect(caption()).toHaveTextContent('3 doelen · 1 actie · 1 eigenaar');
    expect(screen.getByText('Het hele plan')).toBeInTheDocument();
  });

  it('Escape calls onClose and gives the focus back to the opener', async () => {
    const { onClose } = await present(vi.fn(), true);
    key('Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Presenteren' })).toHaveFocus();
  });

  it('N, typing and Enter add an action under the goal in view, as one undo step', async () => {
    const { user } = await present();
    await user.keyboard('n');
    const field = screen.getByRole('textbox', { name: 'Nieuwe actie' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('');
    await user.keyboard('Verlichting bij de winkels{Enter}');
    const plan = openPlan();
    const added = plan.nodes.find((n) => n.title === 'Verlichting bij de winkels');
    expect(added?.kind).toBe('action');
    expect(plan.edges.some((e) => e.source === 'g1' && e.target === added?.id)).toBe(true);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText(/Actie toegevoegd/)).toHaveAttribute('role', 'status');
    // Live on the canvas, and the walk goes on.
    expect(document.querySelector(`.react-flow__node[data-id="${added?.id}"]`)).not.toBeNull();
    expect(usePlanStore.getState().canUndo).toBe(true);
    act(() => usePlanStore.getState().undo());
    expect(openPlan().nodes.some((n) => n.id === added?.id)).toBe(false);
  });

  it('Tab switches to a signal, which the goal in view then cites', async () => {
    await present();
    key('ArrowRight'); // "Minder overlast"
    await act(async () => {});
    key('n');
    const field = await screen.findByRole('textbox', { name: 'Nieuwe actie' });
    fireEvent.keyDown(field, { key: 'Tab' });
    const signal = screen.getByRole('textbox', { name: 'Nieuw signaal van bewoners' });
    expect(screen.getByRole('button', { name: 'Signaal' })).toHaveAttribute('aria-pressed', 'true');
    fireEvent.change(signal, { target: { value: 'De verlichting bij de winkels' } });
    fireEvent.submit(signal);
    const plan = openPlan();
    const input = plan.inputs.find((i) => i.text === 'De verlichting bij de winkels');
    expect(input?.source).toBe('bewoners');
    const g3 = plan.nodes.find((n) => n.id === 'g3');
    expect(g3?.kind === 'goal' && g3.inputIds).toEqual([input?.id]);
  });

  it('Escape in the field closes the field, not the presentation', async () => {
    const { user, onClose } = await present();
    await user.keyboard('n');
    await user.keyboard('half getypt');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(openPlan().nodes).toHaveLength(5);
    expect(screen.getByRole('dialog')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('keeps working when goals are added or removed while presenting', async () => {
    await present();
    key('End');
    expect(counter()).toHaveTextContent('3 / 3');
    // Remove a top goal: the last stop (whole tree) stays, the count shrinks.
    act(() => usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.filter((n) => n.id !== 'g3') })));
    expect(counter()).toHaveTextContent('2 / 2');
    key('Home');
    expect(caption()).toHaveTextContent('Iedereen doet mee');
    // Remove the goal in view: the position stays in range.
    act(() => usePlanStore.getState().change((p) => ({ ...p, nodes: p.nodes.filter((n) => n.id === 'o1'), edges: [] })));
    expect(counter()).toHaveTextContent('1 / 1');
    expect(screen.getByText('Het hele plan')).toBeInTheDocument();
    // A new goal appears as a stop; the view stays where it was.
    act(() => usePlanStore.getState().change((p) => ({ ...p, nodes: [...p.nodes, goal('g9', { title: 'Nieuw doel', position: { x: 0, y: 0 } })] })));
    expect(counter()).toHaveTextContent('2 / 2');
    expect(screen.getByText('Het hele plan')).toBeInTheDocument();
    key('Home');
    expect(caption()).toHaveTextContent('Nieuw doel');
  });
});
