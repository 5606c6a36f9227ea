// The Actielijst: every action of a plan as one row, in tree order, sortable, and as CSV that
// Excel with Dutch settings opens as a table.
import { nlProgress } from '../../i18n/progress';
import { outlineNumbers } from '../plan/outline';
import { graphIndex } from '../plan/rules';
import { ACTION_STATUSES, type ActionStatus, type Plan } from '../plan/types';

export interface ActionRow {
  id: string;
  /** The goal the action belongs to; undefined for an action without goal. */
  goalId: string | undefined;
  /** Outline number of the goal ("1.2"), '' without goal. */
  goalNumber: string;
  /** '' without goal. */
  goalTitle: string;
  title: string;
  ownerId: string | undefined;
  /** '' without owner. */
  ownerName: string;
  /** Planned quarter `YYYY-Qn`, '' when none. */
  due: string;
  status: ActionStatus;
  forumId: string | undefined;
  /** '' without forum (or when the forum no longer exists). */
  forumName: string;
}

/**
 * One row per action, in tree order: top goals in node order, under each goal its children in
 * edge order (subgoals depth-first); actions without goal last, in node order.
 */
export function actionRows(plan: Pick<Plan, 'nodes' | 'edges' | 'forums'>): ActionRow[] {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const forums = new Map(plan.forums.map((f) => [f.id, f.name]));
  const ordered: string[] = [];
  const seen = new Set<string>();
  const visit = (goalId: string) => {
    // Iterative depth-first walk: deep plans must not overflow the stack.
    const stack = [goalId];
    while (stack.length > 0) {
      const id = stack.pop() as string;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = index.node(id);
      if (node?.kind === 'action') {
        ordered.push(id);
      } else if (node?.kind === 'goal') {
        const kids = index.children(id);
        for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as string);
      }
    }
  };
  for (const root of index.roots) visit(root);
  for (const n of plan.nodes) {
    if (n.kind === 'action' && !seen.has(n.id)) {
      seen.add(n.id);
      ordered.push(n.id);
    }
  }

  const rows: ActionRow[] = [];
  for (const id of ordered) {
    const node = index.node(id);
    if (node?.kind !== 'action') continue;
    const goalId = index.goalOfAction(id);
    const ownerId = index.ownerOfAction(id);
    const goal = goalId === undefined ? undefined : index.node(goalId);
    const owner = ownerId === undefined ? undefined : index.node(ownerId);
    rows.push({
      id,
      goalId,
      goalNumber: goalId === undefined ? '' : (numbers.get(goalId) ?? ''),
      goalTitle: goal?.title ?? '',
      title: node.title,
      ownerId,
      ownerName: owner?.title ?? '',
      due: node.due ?? '',
      status: node.status,
      forumId: node.forumId,
      forumName: node.forumId === undefined ? '' : (forums.get(node.forumId) ?? ''),
    });
  }
  return rows;
}

export const SORT_KEYS = ['goal', 'title', 'owner', 'due', 'status', 'forum'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
/** The values of `aria-sort`, so the table can pass them on as they are. */
export type SortDirection = 'ascending' | 'descending';

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const statusRank = (s: ActionStatus) => ACTION_STATUSES.indexOf(s);

/** The text a column sorts on; '' sorts last in both directions. */
function sortText(row: ActionRow, key: Exclude<SortKey, 'status'>): string {
  switch (key) {
    case 'goal':
      return row.goalId === undefined ? '' : `${row.goalNumber} ${row.goalTitle}`;
    case 'title':
      return row.title;
    case 'owner':
      return row.ownerName;
    case 'due':
      return row.due;
    case 'forum':
      return row.forumName;
  }
}

/**
 * A sorted copy. Text sorts the Dutch way (Intl.Collator 'nl', numbers by value, so goal
 * "1.10" after "1.9"); status in its order gepland, lopend, gereed, gestopt; empty cells last
 * in both directions; equal rows keep their order.
 */
export function sortRows(rows: readonly ActionRow[], key: SortKey, direction: SortDirection): ActionRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'status') return sign * (statusRank(a.status) - statusRank(b.status));
    const ta = sortText(a, key);
    const tb = sortText(b, key);
    if (ta === '' || tb === '') return ta === tb ? 0 : ta === '' ? 1 : -1;
    return sign * collator.compare(ta, tb);
  });
}

/** Goal cell of the list and the CSV: "1.2 Title", '' without goal. */
export function goalLabel(row: Pick<ActionRow, 'goalNumber' | 'goalTitle'>): string {
  return [row.goalNumber, row.goalTitle].filter(Boolean).join(' ');
}

/**
 * One CSV cell. A cell that a spreadsheet would read as a formula (starting with = + - @, or a
 * tab or carriage return) gets a leading apostrophe; a cell with ; " or a line break is quoted,
 * with its quotes doubled.
 */
export function csvCell(value: string): string {
  let v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  if (/[;"\r\n]/.test(v)) v = `"${v.replace(/"/g, '""')}"`;
  return v;
}

/**
 * The Actielijst as CSV for Excel with Dutch settings: UTF-8 with a byte order mark, `;`
 * between cells, CRLF after every line, Dutch headers (Doel;Actie;Eigenaar;Kwartaal;Status;
 * Overleg) and status words.
 */
export function actionListCsv(rows: readonly ActionRow[]): string {
  const lines = [nlProgress.csv.headers.map(csvCell).join(';')];
  for (const r of rows) {
    lines.push([goalLabel(r), r.title, r.ownerName, r.due, nlProgress.status[r.status], r.forumName].map(csvCell).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
