// Dutch words of meetpunten (measures on goals): the Details panel, the goal card and refusals.
import { formatNumber } from './snapshots';

export const nlMeasures = {
  problems: {
    'no-goal': 'Een meetpunt hoort bij een doel. Kies eerst een doel.',
    'name-missing': 'Geef het meetpunt een naam, bijvoorbeeld "Sociale samenhang".',
    'bad-number': 'Vul een getal in, bijvoorbeeld 6,2.',
    'bad-year': 'Vul een jaar in van vier cijfers, bijvoorbeeld 2027.',
    'bad-date': 'Vul een jaar (2026) of een datum (2026-03-15) in.',
  },
  heading: 'Meetpunten',
  intro: 'Waaraan zien we dat dit doel dichterbij komt? Bijvoorbeeld een cijfer uit de Leefbare Wijken Monitor.',
  none: 'Nog geen meetpunt.',
  add: 'Meetpunt toevoegen',
  edit: 'Bewerken',
  remove: 'Verwijderen',
  removeLabel: (name: string) => `Meetpunt "${name}" verwijderen`,
  editLabel: (name: string) => `Meetpunt "${name}" bewerken`,
  save: 'Opslaan',
  cancel: 'Annuleren',
  name: 'Naam',
  source: 'Bron',
  unit: 'Eenheid',
  baseline: 'Nulmeting',
  target: 'Streefwaarde',
  value: 'Waarde',
  year: 'Jaar',
  at: 'Jaar of datum',
  measured: 'Metingen',
  addPoint: 'Meting toevoegen',
  removePoint: (at: string) => `Meting van ${at} verwijderen`,
  noPoints: 'Nog niet gemeten.',
  chartLabel: (name: string) => `Verloop van ${name}`,
  /** The goal card's line: "5,8 → 6,2 (2027)". */
  summary(s: { from?: number; fromAt?: string; to?: number; toYear?: number }, unit?: string): string {
    const u = unit ? ` ${unit}` : '';
    if (s.from !== undefined && s.to !== undefined) return `${formatNumber(s.from)} → ${formatNumber(s.to)}${u} (${s.toYear})`;
    if (s.to !== undefined) return `doel ${formatNumber(s.to)}${u} (${s.toYear})`;
    if (s.from !== undefined) return `${formatNumber(s.from)}${u} (${s.fromAt})`;
    return 'nog niet gemeten';
  },
  more: (n: number) => `+${n}`,
} as const;
