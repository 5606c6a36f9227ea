// Dutch strings of the Actielijst, the Overleg & voortgang step and the Doelen side panel.
import { nl, nlInspector } from './nl';

const acties = (n: number) => (n === 1 ? 'actie' : 'acties');
/** One name for "show this node in the doelenboom", wherever a title links to it. */
const showLabel = (title: string) => `Toon "${title}" in de doelenboom`;

export const nlProgress = {
  /** The status words: the very ones of the canvas and the Details panel ("één taal"). */
  status: nl.plan.status,
  overdue: 'Achter op schema',

  csv: {
    /** Column headers of the CSV export, in column order. */
    headers: ['Doel', 'Actie', 'Eigenaar', 'Kwartaal', 'Status', 'Overleg'] as const,
  },

  actionList: {
    heading: 'Actielijst',
    intro: 'Alle acties van het plan. Klik op een kolomkop om te sorteren; wijzigingen gelden direct in de doelenboom.',
    caption: (n: number) => `${n} ${acties(n)}`,
    empty: 'Nog geen acties. Voeg acties toe onder een doel in de doelenboom.',
    exportCsv: 'Exporteren als CSV',
    exported: (name: string) => `Actielijst gedownload als ${name}.`,
    columns: { goal: 'Doel', title: 'Actie', owner: 'Eigenaar', due: 'Kwartaal', status: 'Status', forum: 'Overleg' },
    sortBy: (column: string) => `Sorteer op ${column.toLowerCase()}`,
    noGoal: 'Geen doel',
    noOwner: 'Geen eigenaar',
    noForum: 'Geen overleg',
    strengthSuffix: 'wijkkracht',
    show: 'Toon',
    showLabel,
    titleLabel: (title: string) => `Titel van actie "${title}"`,
    ownerLabel: (title: string) => `Eigenaar van "${title}"`,
    dueLabel: (title: string) => `Kwartaal van "${title}"`,
    statusLabel: (title: string) => `Status van "${title}"`,
    forumLabel: (title: string) => `Overleg van "${title}"`,
    titleRequired: 'Een titel is verplicht; de vorige titel blijft staan.',
    dueHint: 'Bijvoorbeeld 2025-Q3',
    dueExample: '2025-Q3',
    dueInvalid: 'Schrijf het kwartaal als jaar-Q en een cijfer van 1 tot 4, bijvoorbeeld 2025-Q3.',
    fileSuffix: '.actielijst.csv',
  },

  overleg: {
    forumsHeading: 'Overleggen',
    forumsIntro: 'Waar bespreken we de voortgang? Bijvoorbeeld de sociale tafel, een netwerkbijeenkomst of het wijkplatform.',
    noForums: 'Nog geen overleggen. Voeg hieronder het eerste toe.',
    name: 'Naam',
    kind: 'Soort',
    frequency: 'Hoe vaak',
    frequencyHint: 'Bijvoorbeeld maandelijks of elk kwartaal',
    kindSuggestions: ['Sociale tafel', 'Netwerkbijeenkomst', 'Wijkplatform', 'Teamoverleg'],
    add: 'Overleg toevoegen',
    addHeading: 'Nieuw overleg',
    nameRequired: 'Geef het overleg een naam.',
    delete: 'Verwijderen',
    deleteLabel: (name: string) => `Overleg "${name}" verwijderen`,
    deleted: (name: string, n: number) =>
      n === 0 ? `Overleg "${name}" is verwijderd.` : `Overleg "${name}" is verwijderd; ${n} ${acties(n)} ${n === 1 ? 'volgt' : 'volgen'} nu geen overleg meer.`,
    added: (name: string) => `Overleg "${name}" is toegevoegd.`,
    ofForum: (name: string) => `van overleg "${name}"`,
    followed: (n: number) => `${n} ${acties(n)}`,

    progressHeading: 'Voortgang per doel',
    progressIntro: 'Per doel de acties die gereed zijn, ook die onder de subdoelen. Gestopte acties tellen niet mee.',
    noGoals: 'Nog geen doelen.',
    progressLabel: (title: string) => `Voortgang van "${title}"`,
    progressText: (done: number, total: number) =>
      total === 0 ? 'Nog geen acties' : `${done} van ${total} ${acties(total)} gereed`,

    overdueHeading: 'Achter op schema',
    overdueIntro: (quarter: string) => `Acties waarvan het geplande kwartaal voorbij is (nu: ${quarter}) en die nog niet gereed zijn.`,
    noOverdue: 'Geen acties achter op schema.',

    agendaHeading: 'Agenda per overleg',
    agendaIntro: 'Wat bespreken we aan de sociale tafel? Kies een overleg en zie welke acties het volgt.',
    agendaPick: 'Overleg kiezen',
    agendaTitle: (name: string) => `Agenda: ${name}`,
    agendaEmpty: 'Dit overleg volgt nog geen acties. Kies het overleg bij een actie onder Acties zonder overleg, in de Actielijst of in Details.',
    agendaNoForums: 'Voeg eerst een overleg toe onder Overleggen, verderop op deze pagina.',
    goal: 'Doel',
    owner: 'Eigenaar',
    due: 'Kwartaal',
    none: '—',
    groupCount: (n: number) => `(${n})`,
    showLabel,

    forum: 'Overleg',
    /** Completes the label of an action's forum field: 'Overleg van "Prikacties"', as in the Actielijst. */
    ofAction: (title: string) => `van "${title}"`,

    unfollowedHeading: 'Acties zonder overleg',
    unfollowedIntro: 'Kies per actie het overleg dat haar volgt. Een actie die je hier koppelt, blijft in de lijst staan, zodat je de keuze kunt herstellen.',
    unfollowedCount: (n: number) =>
      n === 0 ? 'Elke actie wordt in een overleg gevolgd.' : `Nog ${n} ${acties(n)} zonder overleg.`,
    showAllActions: 'Ook acties tonen die al een overleg hebben',
    noActions: 'Nog geen acties. Voeg acties toe onder een doel in de doelenboom.',
  },

  doelen: {
    heading: 'Onderbouwing',
    of: (title: string) => `Onderbouwing van "${title}"`,
    inputs: 'Signalen uit de wijk',
    policies: 'Beleid',
    noInputs: 'Dit doel noemt nog geen signalen.',
    noPolicies: 'Dit doel noemt nog geen beleid.',
    nothing: 'Dit doel heeft nog geen onderbouwing. Kies signalen en beleid in Details.',
    character: 'Karakter van de wijk',
    characterHint: 'Elk doel houdt rekening met deze kenmerken.',
    unusedHeading: 'Signalen zonder doel',
    unusedIntro: 'Signalen uit de wijk waar nog geen doel op rust. Selecteer een doel om zijn onderbouwing te zien.',
    noUnused: 'Elk signaal wordt door een doel gebruikt.',
    makeGoalHint: 'Maak er een doel van vanuit de stap Beleid, of koppel het aan een bestaand doel in Details.',
    tracedHeading: 'Welke doelen rusten op een signaal?',
    tracedIntro: 'Kies een signaal: de doelen die het noemen worden in de boom geselecteerd.',
    tracedCount: (n: number) => (n === 1 ? '1 doel' : `${n} doelen`),
    sources: nlInspector.sources,
  },
} as const;
