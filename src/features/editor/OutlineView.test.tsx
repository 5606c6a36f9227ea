import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../domain/plan/types';
import { renderEditor as renderWithEditor, sampleTree, withFreshStores, withReducedMotion } from '../../testing/harness';



const renderEditor = (plan: Plan = sampleTree()) => renderWithEditor(plan);

withReducedMotion();

withFreshStores();

const details = () => screen.getByRole('region', { name: 'Details' });
const status = () => screen.getByRole('status');
const tree = () => screen.getByRole('tree');
/** The rows of the outline as "<level> <aria-label>", in order. */
const rows = () => within(tree()).getAllByRole('treeitem').map((r) => `${r.getAttribute('aria-level')} ${r.getAttribute('aria-label')}`);
const row = (label: string) => within(tree()).getByRole('treeitem', { name: label });

async function openOutline(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Lijst' }));
  return tree();
}

describe('Lijst (outline view)', () => {
  it('shows the doelenboom as a tree in reading order, with levels and outline numbers', async () => {
    const user = await renderEditor();
    const t = await openOutline(user);
    expect(t).toHaveAccessibleName('Doelenboom van Wijkdoelen Presikhaaf als lijst');
    expect(screen.getByRole('button', { name: 'Lijst' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.querySelector('.react-flow')).not.toBeInTheDocument();
    expect(rows()).toEqual([
      '1 Doel: Schone straten',
      '2 Subdoel: Minder zwerfafval',
      '3 Actie: Prikacties',
      '4 Eigenaar: Buurtteam',
      '2 Subdoel: Meer groen',
      '1 Doel: Veilig spelen',
      '1 Actie: Losse actie',
    ]);
    expect(row('Subdoel: Minder zwerfafval')).toHaveTextContent('1.1 Subdoel');
    expect(row('Subdoel: Meer groen')).toHaveTextContent('1.2 Subdoel');
    expect(row('Doel: Veilig spelen')).toHaveTextContent('2 Doel');
    expect(row('Doel: Schone straten')).toHaveAttribute('aria-expanded', 'true');
    expect(row('Subdoel: Meer groen')).not.toHaveAttribute('aria-expanded');
    // One row is in the tab order.
    expect(within(t).getAllByRole('treeitem').filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('the arrows move the selection; Left collapses and Right expands a goal', async () => {
    const user = await renderEditor();
    await openOutline(user);
    await user.click(row('Doel: Schone straten'));
    expect(row('Doel: Schone straten')).toHaveAttribute('aria-selected', 'true');
    expect(row('Doel: Schone straten')).toHaveFocus();

    await user.keyboard('{ArrowDown}');
    expect(row('Subdoel: Minder zwerfafval')).toHaveAttribute('aria-selected', 'true');
    expect(row('Subdoel: Minder zwerfafval')).toHaveFocus();
    expect(row('Doel: Schone straten')).toHaveAttribute('aria-selected', 'false');
    expect(within(details()).getByLabelText('Titel')).toHaveValue('Minder zwerfafval');

    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(row('Eigenaar: Buurtteam')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(row('Actie: Prikacties')).toHaveAttribute('aria-selected', 'true');
    // Left on a leaf goes to its parent row.
    await user.keyboard('{ArrowLeft}');
    expect(row('Subdoel: Minder zwerfafval')).toHaveFocus();

    // Left on an open goal collapses it; Right opens it again.
    await user.keyboard('{ArrowLeft}');
    expect(row('Subdoel: Minder zwerfafval')).toHaveAttribute('aria-expanded', 'false');
    expect(rows()).not.toContain('3 Actie: Prikacties');
    expect(row('Subdoel: Minder zwerfafval')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(row('Doel: Schone straten')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(row('Doel: Schone straten')).toHaveAttribute('aria-expanded', 'false');
    expect(rows()).toEqual(['1 Doel: Schone straten', '1 Doel: Veilig spelen', '1 Actie: Losse actie']);

    await user.keyboard('{ArrowRight}');
    expect(row('Doel: Schone straten')).toHaveAttribute('aria-expanded', 'true');
    expect(rows()).toContain('2 Subdoel: Meer groen');
    // Minder zwerfafval stays folded until opened itself.
    expect(rows()).not.toContain('3 Actie: Prikacties');
    await user.keyboard('{ArrowRight}');
    expect(row('Subdoel: Minder zwerfafval')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(rows()).toContain('3 Actie: Prikacties');
  });

  it('Tab adds a child and Enter a sibling, each with its title field open', async () => {
    const user = await renderEditor();
    await openOutline(user);
    await user.click(row('Doel: Veilig spelen'));
    await user.keyboard('{Tab}');
    const newRow = row('Subdoel: Nieuw subdoel');
    expect(newRow).toHaveAttribute('aria-level', '2');
    expect(newRow).toHaveTextContent('2.1 Subdoel');
    const input = within(newRow).getByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveValue('Nieuw subdoel');

    await user.keyboard('Speeltuin{Enter}');
    expect(row('Subdoel: Speeltuin')).toHaveFocus();
    expect(within(tree()).queryByRole('textbox')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');
    const sibling = row('Subdoel: Nieuw subdoel');
    expect(sibling).toHaveTextContent('2.2 Subdoel');
    await waitFor(() => expect(within(sibling).getByRole('textbox', { name: 'Titel' })).toHaveFocus());
    await user.keyboard('Trapveld{Enter}');

    expect(rows().slice(5)).toEqual(['1 Doel: Veilig spelen', '2 Subdoel: Speeltuin', '2 Subdoel: Trapveld', '1 Actie: Losse actie']);

    // Tab under an action adds its owner.
    await user.click(row('Actie: Losse actie'));
    await user.keyboard('{Tab}');
    await waitFor(() => expect(within(row('Eigenaar: Nieuwe eigenaar')).getByRole('textbox', { name: 'Titel' })).toHaveFocus());
    expect(row('Eigenaar: Nieuwe eigenaar')).toHaveAttribute('aria-level', '2');
  });
});

describe('Verplaats naar…', () => {
  it('moves a subgoal under another goal: its number and place in the tree change', async () => {
    const user = await renderEditor();
    await openOutline(user);
    await user.click(row('Subdoel: Minder zwerfafval'));
    await user.click(screen.getByRole('button', { name: 'Verplaats naar…' }));
    const dialog = screen.getByRole('dialog', { name: '"Minder zwerfafval" verplaatsen naar…' });
    const place = within(dialog).getByLabelText('Nieuwe plek') as HTMLSelectElement;
    expect(place).toHaveDisplayValue('1 Schone straten');
    // Only places the rules allow: not itself, no action.
    expect([...place.options].map((o) => o.textContent)).toEqual(['Bovenaan (hoofddoel)', '1 Schone straten', '1.2 Meer groen', '2 Veilig spelen']);

    await user.selectOptions(place, '2 Veilig spelen');
    await user.click(within(dialog).getByRole('button', { name: 'Verplaatsen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('"Minder zwerfafval" staat nu onder "Veilig spelen".');
    expect(row('Subdoel: Minder zwerfafval')).toHaveTextContent('2.1 Subdoel');
    expect(row('Subdoel: Meer groen')).toHaveTextContent('1.1 Subdoel');
    expect(rows()).toEqual([
      '1 Doel: Schone straten',
      '2 Subdoel: Meer groen',
      '1 Doel: Veilig spelen',
      '2 Subdoel: Minder zwerfafval',
      '3 Actie: Prikacties',
      '4 Eigenaar: Buurtteam',
      '1 Actie: Losse actie',
    ]);
  });

  it('"Annuleren" leaves the plan as it was', async () => {
    const user = await renderEditor();
    await openOutline(user);
    await user.click(row('Subdoel: Meer groen'));
    await user.click(screen.getByRole('button', { name: 'Verplaats naar…' }));
    const dialog = screen.getByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Nieuwe plek'), '2 Veilig spelen');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(row('Subdoel: Meer groen')).toHaveTextContent('1.2 Subdoel');
  });
});

describe('copy and paste', () => {
  /** A copy or paste event as the browser sends it, with a clipboard that keeps one text. */
  function clipboardEvent(type: 'copy' | 'paste', clipboard: { text: string }) {
    const event = new Event(type, { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', {
      value: {
        setData: (_format: string, text: string) => {
          clipboard.text = text;
        },
        getData: (format: string) => (format === 'text/plain' ? clipboard.text : ''),
      },
    });
    return event;
  }

  const nodeIds = () => [...document.querySelectorAll('.react-flow__node')].map((n) => n.getAttribute('data-id'));

  async function selectOnCanvas(label: string) {
    const title = label.replace(/^[^:]+: /, '');
    // Only the click: React Flow's node drag (d3-drag) throws on jsdom's mousedown, which has no `view`.
    fireEvent.click(within(screen.getByLabelText(label)).getByText(title));
    await waitFor(() => expect(within(details()).getByLabelText('Titel')).toHaveValue(title));
  }

  it('a copied subgoal pasted on another goal appears there again, with new ids, as one undo step', async () => {
    const user = await renderEditor();
    const before = nodeIds();
    expect(before).toHaveLength(7);
    await selectOnCanvas('Doel: Minder zwerfafval');
    const clipboard = { text: '' };
    const copy = clipboardEvent('copy', clipboard);
    act(() => {
      document.dispatchEvent(copy);
    });
    expect(copy.defaultPrevented).toBe(true);
    expect(status()).toHaveTextContent('3 knopen gekopieerd.');
    // A doelenboom file on the clipboard, so other plans and tabs can paste it.
    expect(JSON.parse(clipboard.text)).toMatchObject({ format: expect.any(String), plan: { nodes: expect.any(Array) } });
    expect(JSON.parse(clipboard.text).plan.nodes).toHaveLength(3);

    await selectOnCanvas('Doel: Veilig spelen');
    act(() => {
      document.dispatchEvent(clipboardEvent('paste', clipboard));
    });
    await waitFor(() => expect(nodeIds()).toHaveLength(10));
    expect(status()).toHaveTextContent('3 knopen geplakt.');
    const added = nodeIds().filter((id) => !before.includes(id));
    expect(added).toHaveLength(3);

    const copies = screen.getAllByLabelText('Doel: Minder zwerfafval');
    expect(copies).toHaveLength(2);
    expect(copies.map((c) => c.querySelector('.node-number')?.textContent).sort()).toEqual(['1.1', '2.1']);
    expect(screen.getAllByLabelText('Actie: Prikacties')).toHaveLength(2);
    expect(screen.getAllByLabelText('Eigenaar: Buurtteam')).toHaveLength(2);
    // The original is untouched and the copy stands alone below its new goal.
    expect(screen.getAllByLabelText('Eigenaar: Buurtteam').map((n) => n.textContent)).toEqual(['Eigenaar1 actieBuurtteam', 'Eigenaar1 actieBuurtteam']);
    expect(document.querySelectorAll('.react-flow__edge')).toHaveLength(4 + 3);

    await user.click(screen.getByRole('button', { name: 'Ongedaan maken' }));
    await waitFor(() => expect(nodeIds()).toHaveLength(7));
  });

  it('copy inside a text field is left to the browser', async () => {
    await renderEditor();
    await selectOnCanvas('Doel: Minder zwerfafval');
    const clipboard = { text: '' };
    const copy = clipboardEvent('copy', clipboard);
    act(() => {
      within(details()).getByLabelText('Titel').dispatchEvent(copy);
    });
    expect(copy.defaultPrevented).toBe(false);
    expect(clipboard.text).toBe('');
    expect(status()).toBeEmptyDOMElement();
  });

  it('pasting something that is not a doelenboom says there is nothing to paste', async () => {
    await renderEditor();
    await selectOnCanvas('Doel: Veilig spelen');
    act(() => {
      document.dispatchEvent(clipboardEvent('paste', { text: 'gewone tekst' }));
    });
    expect(status()).toHaveTextContent('Er is niets gekopieerd om te plakken.');
    expect(nodeIds()).toHaveLength(7);
  });
});
