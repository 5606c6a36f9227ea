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
  labelRequired: 'Geef de momentopname een naam, bijvoorbeeld "Sociale tafel maart 2026".',
  labelTooLong: 'Die naam is te lang: houd het onder de 200 tekens.',
  heading: 'Momentopnames',
  intro: 'Leg vast hoe het plan er nu voor staat, bijvoorbeeld bij een sociale tafel, en vergelijk later wat er veranderd is.',
  label: 'Naam van de momentopname',
  defaultLabel: (date: string) => `Momentopname ${date}`,
  make: 'Momentopname maken',
  made: (label: string) => `Momentopname "${label}" gemaakt.`,
  none: 'Nog geen momentopnames.',
  compare: 'Vergelijk',
  compareLabel: (label: string) => `Vergelijk "${label}" met nu`,
  stopCompare: 'Vergelijking sluiten',
  against: 'Vergelijken met',
  now: 'Nu (het plan zoals het is)',
  remove: 'Verwijderen',
  removeLabel: (label: string) => `Momentopname "${label}" verwijderen`,
  diffHeading: (label: string) => `Veranderd sinds "${label}"`,
  changeCount: (n: number) => (n === 1 ? '1 verandering; gemarkeerd in de doelenboom.' : `${n} veranderingen; gemarkeerd in de doelenboom.`),
  removedNote: 'Verwijderde onderdelen staan niet meer in de doelenboom.',
} as const;
