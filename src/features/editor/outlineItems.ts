import { outlineNumbers } from '../../domain/plan/outline';
import { graphIndex } from '../../domain/plan/rules';
import type { NodeKind, Plan } from '../../domain/plan/types';

export interface OutlineItem {
  /** Unique per row: an owner shared by two actions appears twice. */
  key: string;
  id: string;
  kind: NodeKind;
  sub: boolean;
  title: string;
  number: string;
  level: number;
  parentKey: string | undefined;
  hasChildren: boolean;
  /** Goals with children can fold; `foldable` rows carry aria-expanded. */
  foldable: boolean;
  expanded: boolean;
  posinset: number;
  setsize: number;
}

/** The doelenboom as the rows of an ARIA tree, in reading order, skipping collapsed branches. */
export function outlineItems(plan: Plan, collapsed: ReadonlySet<string>): OutlineItem[] {
  const index = graphIndex(plan);
  const numbers = outlineNumbers(plan);
  const items: OutlineItem[] = [];
  const childrenOf = (id: string): readonly string[] => (index.node(id)?.kind === 'owner' ? [] : index.children(id));

  const visit = (ids: readonly string[], level: number, parentKey: string | undefined, seen: Set<string>) => {
    ids.forEach((id, i) => {
      const node = index.node(id);
      if (!node || seen.has(id)) return;
      const key = parentKey ? `${parentKey}/${id}` : id;
      const kids = childrenOf(id);
      // Only goals fold; an action always shows its owner.
      const expanded = node.kind !== 'goal' || !collapsed.has(id);
      items.push({
        key,
        id,
        kind: node.kind,
        sub: node.kind === 'goal' && index.parentGoal(id) !== undefined,
        title: node.title,
        number: numbers.get(id) ?? '',
        level,
        parentKey,
        hasChildren: kids.length > 0,
        foldable: node.kind === 'goal' && kids.length > 0,
        expanded: kids.length > 0 && expanded,
        posinset: i + 1,
        setsize: ids.length,
      });
      if (kids.length > 0 && expanded) visit(kids, level + 1, key, new Set([...seen, id]));
    });
  };

  const loose = plan.nodes
    .filter((n) => (n.kind === 'action' && !index.goalOfAction(n.id)) || (n.kind === 'owner' && index.actionsOfOwner(n.id).length === 0))
    .map((n) => n.id);
  visit([...index.roots, ...loose], 1, undefined, new Set());
  return items;
}
