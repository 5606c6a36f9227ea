// The agenda of one overleg: the actions it follows, grouped by status, so a sociale tafel
// starts with what is under way and ends with what is done or stopped.
import type { ActionStatus, Forum, Plan } from '../plan/types';
import { actionRows, goalLabel } from './actionList';
import { isOverdue } from './progress';

/** The order of the groups on an agenda. */
export const AGENDA_ORDER: readonly ActionStatus[] = Object.freeze(['lopend', 'gepland', 'gereed', 'gestopt']);

export interface AgendaItem {
  id: string;
  title: string;
  goalId: string | undefined;
  /** "1.2 Title", '' without goal. */
  goalTitle: string;
  ownerName: string;
  due: string;
  status: ActionStatus;
  overdue: boolean;
}

export interface AgendaGroup {
  status: ActionStatus;
  items: AgendaItem[];
}

export interface Agenda {
  forum: Forum | undefined;
  /** Only groups with items, in the order lopend, gepland, gereed, gestopt. Items in tree order. */
  groups: AgendaGroup[];
  /** Number of actions on the agenda. */
  count: number;
}

export function forumAgenda(plan: Pick<Plan, 'nodes' | 'edges' | 'forums'>, forumId: string, today: Date): Agenda {
  const forum = plan.forums.find((f) => f.id === forumId);
  const byStatus = new Map<ActionStatus, AgendaItem[]>(AGENDA_ORDER.map((s) => [s, []]));
  let count = 0;
  if (forum) {
    for (const row of actionRows(plan)) {
      if (row.forumId !== forumId) continue;
      count++;
      byStatus.get(row.status)?.push({
        id: row.id,
        title: row.title,
        goalId: row.goalId,
        goalTitle: goalLabel(row),
        ownerName: row.ownerName,
        due: row.due,
        status: row.status,
        overdue: isOverdue(row, today),
      });
    }
  }
  const groups = AGENDA_ORDER.map((status) => ({ status, items: byStatus.get(status) ?? [] })).filter((g) => g.items.length > 0);
  return { forum, groups, count };
}
