// Dutch words of momentopnames and measures: how a change between two moments is told.
import type { Change } from '../domain/snapshots/diff';
import { nl } from './nl';

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A measured value the Dutch way: 5,8 — 1.250 — 12,25. */
export const formatNumber = (n: number): string => numberFormat.format(n);

const kindWord = (kind: 'goal' | 'subgoal' | 'action' | 'owner') => nl.plan.nodeKind[kind];

export const nlSnapshots = {
  /** One change as a sentence, e.g. "Actie toegevoegd: Buurtbarbecue". */
  describe(change: Change): string {
    switch (change.type) {
      case 'added':
        return `${kindWord(change.kind)} toegevoegd: ${change.title}`;
      case 'removed':
        return `${kindWord(change.kind)} verwijderd: ${change.title}`;
      case 'renamed':
        return `${kindWord(change.kind)} hernoemd: "${change.from}" heet nu "${change.to}"`;
      case 'status':
        return `Status van "${change.title}": ${nl.plan.status[change.from]} → ${nl.plan.status[change.to]}`;
      case 'measure': {
        const unit = change.unit ? ` ${change.unit}` : '';
        const values = change.from === undefined ? `${formatNumber(change.to)}${unit}` : `${formatNumber(change.from)} → ${formatNumber(change.to)}${unit}`;
        return `${change.measure} bij "${change.goal}": ${values} (${change.at})`;
      }
    }
  },
  noChanges: 'Geen verschillen: de doelenboom is gelijk aan deze momentopname.',
} as const;
