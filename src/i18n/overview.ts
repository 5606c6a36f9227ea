// Dutch strings of the Stadsoverzicht (route #/stadsoverzicht): all wijkplannen side by side.
import { nl } from './nl';

const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export const nlOverview = {
  heading: 'Stadsoverzicht',
  link: 'Stadsoverzicht',
  backToPlans: 'Mijn plannen',
  intro: 'Alle wijkplannen in deze browser naast elkaar: doelen, acties en eigenaren per wijk en per beleidsprogramma.',
  loading: 'Plannen laden…',
  listFailed: 'De opgeslagen plannen konden niet worden gelezen. Alleen toegevoegde bestanden worden getoond.',
  empty: 'Er zijn nog geen plannen. Maak een plan in Mijn plannen of voeg hieronder bestanden toe.',
  status: nl.plan.status,
  noWijk: '(geen wijk)',
  noProgramme: 'Zonder beleid',

  files: {
    heading: 'Plannen uit bestanden',
    label: 'Bestanden toevoegen aan overzicht',
    hint: 'Doelenboom-bestanden (JSON of PNG uit Wijkdoelen). Alleen voor dit overzicht; niet opgeslagen.',
    notStored: 'Alleen voor dit overzicht; niet opgeslagen',
    listLabel: 'Toegevoegde bestanden',
    remove: 'Verwijderen uit overzicht',
    removeLabel: (name: string) => `Verwijderen uit overzicht: ${name}`,
    added: (count: number) => `${n(count, 'bestand', 'bestanden')} toegevoegd aan het overzicht.`,
    refused: (name: string) => `Bestand "${name}" is niet toegevoegd.`,
    duplicate: (name: string) => `Bestand "${name}" is niet toegevoegd: dit plan staat al in het overzicht.`,
    entry: (fileName: string, title: string, wijk: string) => `${title} (${wijk}) – ${fileName}`,
  },

  filters: {
    heading: 'Filters',
    wijk: 'Wijk',
    programme: 'Programma',
    status: 'Status',
    owner: 'Eigenaar',
    all: 'Alle',
    clear: 'Filters wissen',
    active: (count: number) => (count === 0 ? 'Geen filters actief.' : `${n(count, 'filter', 'filters')} actief.`),
  },

  wijken: {
    heading: 'Per wijk',
    caption: (count: number, date: string) => `${n(count, 'wijk', 'wijken')}, stand van ${date}`,
    empty: 'Geen wijken met deze filters.',
    columns: {
      wijk: 'Wijk',
      plans: 'Plannen',
      topGoals: 'Doelen',
      subGoals: 'Subdoelen',
      total: 'Acties',
      overdue: 'Achter op schema',
      withoutOwner: 'Acties zonder eigenaar',
      withoutBasis: 'Doelen zonder onderbouwing',
      measuresOnTrack: 'Meetpunten op koers',
      measuresBehind: 'Meetpunten achter',
      goalsWithoutMeasure: 'Doelen zonder meetpunt',
    },
    total: 'Totaal',
    notStored: 'niet opgeslagen',
    exportCsv: 'Exporteren als CSV',
    exportPng: 'Exporteren als PNG',
    exportCsvLabel: 'Exporteren als CSV: tabel per wijk',
    exportPngLabel: 'Exporteren als PNG: tabel per wijk',
    exported: (name: string) => `Gedownload als ${name}.`,
    exportFailed: 'De afbeelding kon niet worden gemaakt.',
  },

  programmes: {
    heading: 'Doelen per beleidsprogramma',
    intro: 'Een doel staat onder elk programma van het beleid dat het als onderbouwing noemt.',
    empty: 'Geen doelen met deze filters.',
    summary: (goals: number, wijken: number) => `${n(goals, 'doel', 'doelen')} in ${n(wijken, 'wijk', 'wijken')}`,
    columns: { goal: 'Doel', wijk: 'Wijk', plan: 'Plan', actions: 'Acties' },
    subgoal: 'subdoel',
    actionCounts: (total: number, done: number) => `${total} (${done} gereed)`,
  },

  owners: {
    heading: 'Eigenaren in meerdere wijken',
    intro: 'Accounthouderschap: wie in meer dan één wijk acties heeft, staat bovenaan.',
    empty: 'Geen eigenaren met deze filters.',
    several: 'In meerdere wijken',
    single: 'In één wijk',
    wijkCount: (count: number) => n(count, 'wijk', 'wijken'),
    columns: { action: 'Actie', status: 'Status', goal: 'Doel' },
    exportCsvLabel: 'Exporteren als CSV: eigenaren',
    noGoal: 'Geen doel',
  },

  /** How "op koers" is judged, shown under the table. */
  measuresNote:
    'Op koers: de laatste meting ligt op of voorbij de rechte lijn van nulmeting (of eerste meting) naar streefwaarde. Meetpunten zonder streefwaarde of meting tellen niet mee.',

  csv: {
    wijkHeaders: [
      'Wijk', 'Plannen', 'Doelen', 'Subdoelen', 'Gepland', 'Lopend', 'Gereed', 'Gestopt', 'Acties',
      'Achter op schema', 'Acties zonder eigenaar', 'Doelen zonder onderbouwing',
      'Meetpunten op koers', 'Meetpunten achter', 'Doelen zonder meetpunt',
    ] as const,
    ownerHeaders: ['Eigenaar', 'Aantal wijken', 'Wijk', 'Plan', 'Actie', 'Status', 'Doel'] as const,
    wijkFileName: (date: string) => `stadsoverzicht-wijken-${date}.csv`,
    ownerFileName: (date: string) => `stadsoverzicht-eigenaren-${date}.csv`,
    pngFileName: (date: string) => `stadsoverzicht-${date}.png`,
  },
  png: {
    title: 'Stadsoverzicht',
    date: (date: string) => `Stand van ${date}`,
  },
};
