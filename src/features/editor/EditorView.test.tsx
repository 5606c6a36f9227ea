import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/plan/types';
import { usePlanStore } from '../../state/planStore';
import { renderEditor as renderWithEditor, sampleTree, withFreshStores, withReducedMotion } from '../../testing/harness';



const renderEditor = (plan: Plan = sampleTree()) => renderWithEditor(plan);

withReducedMotion();

withFreshStores();

const canvasBox = () => document.querySelector<HTMLElement>('[aria-describedby="canvas-help"]') as HTMLElement;
const nodeCount = () => document.querySelectorAll('.react-flow__node').length;
const edgeCount = () => document.querySelectorAll('.react-flow__edge').length;
const details = () => screen.getByRole('region', { name: 'Details' });
/** What the Details panel shows: "<kind>: <title>". */
const shown = () => `${details().querySelector('.details-kind')?.textContent}: ${(within(details()).getByLabelText('Titel') as HTMLTextAreaElement).value}`;
const status = () => screen.getByRole('status');
const button = (name: string) => screen.getByRole('button', { name });

/** Clicks a node on the canvas (by its aria-label) and waits until the Details panel shows it. */
async function select(label: string) {
  const title = label.replace(/^[^:]+: /, '');
  const target = within(screen.getByLabelText(label)).getByText(title);
  // Only the click: React Flow's node drag (d3-drag) throws on jsdom's mousedown, which has no `view`.
  fireEvent.click(target);
  await waitFor(() => expect(within(details()).getByLabelText('Titel')).toHaveValue(title));
}

function focusCanvas() {
  act(() => canvasBox().focus());
}

describe('adding from the toolbar', () => {
  it('"Doel toevoegen" adds a selected "Nieuw doel" with its title open; typing and Enter renames it', async () => {
    const user = await renderEditor();
    await user.click(button('Doel toevoegen'));
    const node = await screen.findByLabelText('Doel: Nieuw doel');
    const field = within(node).getByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(field).toHaveFocus());
    expect(shown()).toBe('Doel: Nieuw doel');
    expect(nodeCount()).toBe(8);

    await user.keyboard('Fietsvriendelijke wijk{Enter}');
    const renamed = await screen.findByLabelText('Doel: Fietsvriendelijke wijk');
    expect(within(renamed).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(renamed).getByText('Fietsvriendelijke wijk')).toBeInTheDocument();
    // Third top goal.
    expect(within(renamed).getByText('3')).toBeInTheDocument();
    // The keyboard stays on the canvas, to go on building.
    expect(canvasBox()).toHaveFocus();

    // Adding and renaming are two undo steps.
    await user.click(button('Ongedaan maken'));
    expect(await screen.findByLabelText('Doel: Nieuw doel')).toBeInTheDocument();
    await user.click(button('Ongedaan maken'));
    await waitFor(() => expect(nodeCount()).toBe(7));
  });

  it('an add button without a fitting selection is disabled and says why in its tooltip', async () => {
    const user = await renderEditor();
    const sub = button('Subdoel toevoegen');
    expect(sub).toHaveAttribute('aria-disabled', 'true');
    expect(sub).toHaveAttribute('title', 'Selecteer eerst een doel.');
    expect(button('Actie toevoegen')).toHaveAttribute('title', 'Selecteer eerst een doel.');
    expect(button('Eigenaar toevoegen')).toHaveAttribute('title', 'Selecteer eerst een actie.');
    expect(button('Eigenaar toevoegen')).toHaveAttribute('aria-disabled', 'true');
    expect(button('Doel toevoegen')).not.toHaveAttribute('aria-disabled');

    await user.click(sub);
    expect(nodeCount()).toBe(7);

    await select('Doel: Veilig spelen');
    expect(button('Subdoel toevoegen')).not.toHaveAttribute('aria-disabled');
    expect(button('Eigenaar toevoegen')).toHaveAttribute('aria-disabled', 'true');
    await user.click(button('Subdoel toevoegen'));
    const added = await screen.findByLabelText('Doel: Nieuw subdoel');
    expect(within(added).getByText('2.1')).toBeInTheDocument();
    expect(within(added).getByText('Subdoel')).toBeInTheDocument();
  });
});

describe('keys on the canvas', () => {
  it('clicking a node selects it: the Details panel shows it', async () => {
    await renderEditor();
    expect(within(details()).getByText(/Selecteer een doel, actie of eigenaar/)).toBeInTheDocument();
    await select('Actie: Prikacties');
    expect(shown()).toBe('Actie: Prikacties');
  });

  it('Tab on a goal adds a subgoal under it, Enter a sibling of the selected node', async () => {
    const user = await renderEditor();
    await select('Doel: Veilig spelen');
    focusCanvas();
    await user.keyboard('{Tab}');
    const sub = await screen.findByLabelText('Doel: Nieuw subdoel');
    expect(within(sub).getByText('2.1')).toBeInTheDocument();
    const field = within(sub).getByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('Speeltuin{Enter}');
    await screen.findByLabelText('Doel: Speeltuin');
    expect(canvasBox()).toHaveFocus();

    // Enter: a sibling under the same goal.
    await user.keyboard('{Enter}');
    const sibling = await screen.findByLabelText('Doel: Nieuw subdoel');
    expect(within(sibling).getByText('2.2')).toBeInTheDocument();
    expect(nodeCount()).toBe(9);
    expect(edgeCount()).toBe(6);
  });

  it('Tab on an action adds an owner for it', async () => {
    const user = await renderEditor();
    await select('Actie: Losse actie');
    focusCanvas();
    await user.keyboard('{Tab}');
    const added = await screen.findByLabelText('Eigenaar: Nieuwe eigenaar');
    expect(within(added).getByText('1 actie')).toBeInTheDocument();
    expect(within(screen.getByLabelText('Actie: Losse actie')).getByText('Eigenaar: Nieuwe eigenaar')).toBeInTheDocument();
  });

  it('the arrow keys walk the tree: down to the first child, up to the parent, left and right among siblings', async () => {
    const user = await renderEditor();
    await select('Doel: Schone straten');
    focusCanvas();
    const steps: [string, string][] = [
      ['{ArrowDown}', 'Subdoel: Minder zwerfafval'],
      ['{ArrowRight}', 'Subdoel: Meer groen'],
      ['{ArrowLeft}', 'Subdoel: Minder zwerfafval'],
      ['{ArrowDown}', 'Actie: Prikacties'],
      ['{ArrowDown}', 'Eigenaar: Buurtteam'],
      ['{ArrowUp}', 'Actie: Prikacties'],
      ['{ArrowUp}', 'Subdoel: Minder zwerfafval'],
      ['{ArrowUp}', 'Doel: Schone straten'],
      ['{ArrowRight}', 'Doel: Veilig spelen'],
    ];
    for (const [key, expected] of steps) {
      await user.keyboard(key);
      expect(shown()).toBe(expected);
    }
    // The canvas marks the node selected too.
    await waitFor(() => expect(screen.getByLabelText('Doel: Veilig spelen')).toHaveClass('selected'));
    expect(screen.getByLabelText('Doel: Schone straten')).not.toHaveClass('selected');
    // Screen readers hear where the selection went.
    expect(canvasBox()).toHaveTextContent('Doel: Veilig spelen');
  });

  it('Delete removes the branch; "Ongedaan maken" in the notice brings it back', async () => {
    const user = await renderEditor();
    await select('Doel: Minder zwerfafval');
    focusCanvas();
    await user.keyboard('{Delete}');
    await waitFor(() => expect(nodeCount()).toBe(4));
    expect(screen.queryByLabelText('Doel: Minder zwerfafval')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Actie: Prikacties')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Eigenaar: Buurtteam')).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('"Minder zwerfafval" en 2 onderliggende knopen zijn verwijderd.');

    await user.click(within(status()).getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(nodeCount()).toBe(7));
    expect(screen.getByLabelText('Doel: Minder zwerfafval')).toBeInTheDocument();
    expect(screen.getByLabelText('Eigenaar: Buurtteam')).toBeInTheDocument();
    expect(edgeCount()).toBe(4);
  });

  it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const user = await renderEditor();
    await select('Doel: Veilig spelen');
    focusCanvas();
    await user.keyboard('{Tab}');
    await screen.findByLabelText('Doel: Nieuw subdoel');
    await user.keyboard('{Escape}'); // confirms the title as it is
    await waitFor(() => expect(canvasBox()).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByLabelText('Doel: Nieuw subdoel')).toHaveLength(2));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(canvasBox()).toHaveFocus());
    expect(nodeCount()).toBe(9);

    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(nodeCount()).toBe(8));
    expect(status()).toHaveTextContent('Ongedaan gemaakt.');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(nodeCount()).toBe(7));

    // With Shift held the browser reports the key as "Z"; one press is one step.
    await user.keyboard('{Control>}{Shift>}Z{/Shift}{/Control}');
    await waitFor(() => expect(nodeCount()).toBe(8));
    expect(button('Opnieuw')).not.toHaveAttribute('aria-disabled');
    expect(status()).toHaveTextContent('Opnieuw gedaan.');
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(nodeCount()).toBe(9));
    expect(button('Opnieuw')).toHaveAttribute('aria-disabled', 'true');
  });

  it('typing a letter on a selected node starts editing its title with that letter', async () => {
    const user = await renderEditor();
    await select('Doel: Meer groen');
    focusCanvas();
    await user.keyboard('G');
    const node = screen.getByLabelText('Doel: Meer groen');
    const field = within(node).getByRole('textbox', { name: 'Titel' });
    expect(field).toHaveValue('G');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('roene pleinen{Enter}');
    expect(await screen.findByLabelText('Doel: Groene pleinen')).toHaveTextContent('1.2');
  });

  it('keys typed on the canvas before the new title field has focus are kept, in order', async () => {
    await renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    // The add button never keeps the keyboard (a space there would add again).
    expect(screen.getByRole('button', { name: 'Doel toevoegen' })).not.toHaveFocus();
    // A fast typist: three keys reach the canvas before the field takes focus.
    for (const key of ['W', 'i', 'j']) fireEvent.keyDown(canvasBox(), { key });
    const node = await screen.findByLabelText('Doel: Nieuw doel');
    expect(within(node).getByRole('textbox', { name: 'Titel' })).toHaveValue('Wij');
  });

  it('F2 opens the title for editing; Escape with the title closed clears the selection', async () => {
    const user = await renderEditor();
    await select('Doel: Meer groen');
    focusCanvas();
    await user.keyboard('{F2}');
    const field = within(screen.getByLabelText('Doel: Meer groen')).getByRole('textbox', { name: 'Titel' });
    expect(field).toHaveValue('Meer groen');
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(canvasBox()).toHaveFocus());
    expect(within(screen.getByLabelText('Doel: Meer groen')).queryByRole('textbox')).not.toBeInTheDocument();
    expect(shown()).toBe('Subdoel: Meer groen');
    await user.keyboard('{Escape}');
    expect(within(details()).getByText(/Selecteer een doel, actie of eigenaar/)).toBeInTheDocument();
    expect(button('Subdoel toevoegen')).toHaveAttribute('aria-disabled', 'true');
  });
});

describe('connecting by dragging a handle', () => {
  /** Drags from the source handle of one node and lets go over the target handle of another. */
  function dragConnect(fromLabel: string, toLabel: string) {
    const from = screen.getByLabelText(fromLabel).querySelector('.react-flow__handle.source') as HTMLElement;
    const to = screen.getByLabelText(toLabel).querySelector('.react-flow__handle.target') as HTMLElement;
    // jsdom has no layout: say which handle is under the pointer.
    const doc = document as Document & { elementFromPoint: (x: number, y: number) => Element | null };
    const original = doc.elementFromPoint;
    doc.elementFromPoint = () => to;
    try {
      fireEvent.mouseDown(from, { button: 0, clientX: 10, clientY: 10 });
      fireEvent.mouseMove(document, { clientX: 300, clientY: 300 });
      fireEvent.mouseUp(document, { clientX: 300, clientY: 300 });
    } finally {
      doc.elementFromPoint = original;
    }
  }

  it('an action dropped on a goal is refused with the reason in a status message', async () => {
    await renderEditor();
    dragConnect('Actie: Losse actie', 'Doel: Veilig spelen');
    await waitFor(() => expect(status()).toHaveTextContent('Niet verbonden: Een actie kan niet boven een doel staan.'));
    expect(edgeCount()).toBe(4);
    expect(usePlanStore.getState().canUndo).toBe(false);
  });

  it('a second goal for an action is refused with the reason', async () => {
    await renderEditor();
    dragConnect('Doel: Veilig spelen', 'Actie: Prikacties');
    await waitFor(() => expect(status()).toHaveTextContent('Niet verbonden: Een actie kan maar bij één doel horen.'));
    expect(edgeCount()).toBe(4);
  });

  it('an allowed connection is made and confirmed', async () => {
    await renderEditor();
    dragConnect('Doel: Veilig spelen', 'Actie: Losse actie');
    await waitFor(() => expect(status()).toHaveTextContent('Verbonden.'));
    await waitFor(() => expect(edgeCount()).toBe(5));
    // The goal now has an action: progress shows on it.
    expect(screen.getByLabelText('Doel: Veilig spelen')).toHaveTextContent('0/1 gereed');
  });
});

describe('selection and folding together', () => {
  it('folding a goal right after selecting another node keeps the canvas working', async () => {
    await renderEditor();
    fireEvent.click(screen.getByText('Veilig spelen'));
    const g1 = document.querySelector('.react-flow__node[aria-label="Doel: Schone straten"]') as HTMLElement;
    fireEvent.click(within(g1).getByRole('button', { name: /Inklappen/ }));
    // The branch under "Schone straten" leaves the canvas; the rest stays, and the app did not crash.
    await waitFor(() => expect(document.querySelector('.react-flow__node[aria-label="Doel: Meer groen"]')).toBeNull());
    expect(document.querySelector('.react-flow__node[aria-label="Doel: Veilig spelen"]')).not.toBeNull();
    expect(within(g1).getByRole('button', { name: /verborgen/ })).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(within(g1).getByRole('button', { name: /verborgen/ }));
    await waitFor(() => expect(nodeCount()).toBe(7));
  });
});
