// Dutch strings of the first three steps of the procesplaat (Wijkinformatie, Beleid,
// Wijkkrachten) and the reasons their domain operations give when they refuse.

/** Dutch uses the plural for 0 and for more than 1. */
function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** Shortens a text for use inside a message. */
function quote(text: string, max = 60): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export const nlSteps = {
  /** Reasons the operations of domain/procesplaat give when they refuse (no final full stop). */
  errors: {
    idRequired: 'Een onderdeel heeft een id nodig',
    duplicateId: 'Er is al een onderdeel met deze id',
    inputTextRequired: 'Typ eerst een signaal',
    inputSourceInvalid: 'Kies een bron uit de lijst',
    dateInvalid: 'Vul een bestaande datum in (jjjj-mm-dd)',
    unknownInput: 'Dit signaal bestaat niet (meer) in het plan',
    programmeRequired: 'Vul een programma in',
    policyGoalRequired: 'Vul het beleidsdoel in',
    unknownPolicy: 'Dit beleid bestaat niet (meer) in het plan',
    strengthNameRequired: 'Vul de naam van de wijkkracht in',
    strengthKindInvalid: 'Kies een soort uit de lijst',
    unknownStrength: 'Deze wijkkracht bestaat niet (meer) in het plan',
    forumNameRequired: 'Vul de naam van het overleg in',
    unknownForum: 'Dit overleg bestaat niet (meer) in het plan',
    goalTitleRequired: 'Geef het doel een titel',
    needOnderbouwing: 'Kies minstens één signaal of één beleidsdoel als onderbouwing',
    ownerExists: (name: string, actions: number) =>
      actions === 0
        ? `${quote(name)} is al eigenaar in de doelenboom, nog zonder acties`
        : `${quote(name)} is al eigenaar van ${actions} ${plural(actions, 'actie', 'acties')}`,
  },

  sources: { bewoners: 'Bewoners', partners: 'Partners', team: 'Team', monitor: 'Monitor', karakter: 'Karakter', overig: 'Overig' },
  strengthKinds: { organisatie: 'Organisatie', initiatief: 'Initiatief', bewoners: 'Bewoners', voorziening: 'Voorziening', overig: 'Overig' },

  common: {
    edit: 'Bewerken',
    delete: 'Verwijderen',
    save: 'Opslaan',
    cancel: 'Annuleren',
    undo: 'Ongedaan maken',
    /** Hidden after the visible button text, so each button has its own accessible name. */
    about: (what: string) => `: ${what.length > 80 ? `${what.slice(0, 79)}…` : what}`,
    usedIn: (n: number) => (n === 0 ? 'Nog in geen doel' : `Gebruikt in ${n} ${plural(n, 'doel', 'doelen')}`),
    error: (reason: string) => `${reason}.`,
    date: (iso: string) => {
      const d = new Date(`${iso}T00:00:00Z`);
      return Number.isNaN(d.getTime()) ? iso : dateFormat.format(d);
    },
  },

  wijkinformatie: {
    captureHeading: 'Snel invoeren',
    captureLabel: 'Nieuw signaal',
    captureHint: 'Enter voegt het signaal toe; het veld blijft klaar voor het volgende. Plak meerdere regels om meerdere signalen tegelijk toe te voegen.',
    add: 'Toevoegen',
    source: 'Bron',
    theme: 'Thema',
    date: 'Datum',
    text: 'Tekst',
    noTheme: 'Zonder thema',
    added: (text: string) => `Signaal ${quote(text)} toegevoegd.`,
    addedMany: (n: number) => `${n} ${plural(n, 'signaal', 'signalen')} toegevoegd.`,
    addedKarakter: (text: string) => `Karakterkenmerk ${quote(text)} toegevoegd.`,
    hiddenByFilter: (n: number) => (n === 1 ? 'Het filter verbergt het; kies "Filter wissen" om het te zien.' : 'Het filter verbergt ze; kies "Filter wissen" om ze te zien.'),
    /** Marks a signal added a moment ago, next to its source and theme. */
    justAdded: 'Net toegevoegd',
    newestFirst: 'nieuwste bovenaan',
    filterHeading: 'Filteren',
    filterSource: 'Toon bron',
    filterTheme: 'Toon thema',
    allSources: 'Alle bronnen',
    allThemes: "Alle thema's",
    clearFilter: 'Filter wissen',
    shown: (shown: number, total: number) =>
      shown === total ? `${total} ${plural(total, 'signaal', 'signalen')}` : `${shown} van ${total} ${plural(total, 'signaal', 'signalen')} getoond`,
    listHeading: 'Signalen',
    empty: 'Nog geen signalen. Typ of plak ze hierboven.',
    emptyFiltered: 'Geen signalen bij dit filter.',
    karakterHeading: 'Karakter van de wijk',
    karakterHint: 'Kenmerken van de wijk waar elk doel rekening mee houdt. Voeg ze toe met bron "Karakter".',
    karakterEmpty: 'Nog geen karakterkenmerken.',
    editHeading: 'Signaal bewerken',
    saved: 'Signaal opgeslagen.',
    deleted: (text: string, goals: number) =>
      goals === 0
        ? `Signaal ${quote(text)} is verwijderd.`
        : `Signaal ${quote(text)} is verwijderd en uit ${goals} ${plural(goals, 'doel', 'doelen')} gehaald.`,
  },

  beleid: {
    addHeading: 'Beleid toevoegen',
    programme: 'Programma',
    programmeHint: 'Het begrotingsprogramma, bijvoorbeeld Welzijn of Veiligheid. Kies uit de lijst of typ zelf.',
    goal: 'Beleidsdoel',
    add: 'Beleid toevoegen',
    added: (goal: string) => `Beleid ${quote(goal)} toegevoegd.`,
    listHeading: 'Beleid in dit plan',
    empty: 'Nog geen beleid. Voeg hierboven het stedelijk beleid toe dat in deze wijk telt.',
    editHeading: 'Beleid bewerken',
    saved: 'Beleid opgeslagen.',
    deleted: (goal: string, goals: number) =>
      goals === 0
        ? `Beleid ${quote(goal)} is verwijderd.`
        : `Beleid ${quote(goal)} is verwijderd en uit ${goals} ${plural(goals, 'doel', 'doelen')} gehaald.`,
    linkHeading: 'Van signalen en beleid naar een doel',
    linkHint: 'Vink de signalen en het beleid aan waar een doel op rust, en kies "Maak doel".',
    inputsLegend: 'Signalen per thema',
    policiesLegend: 'Beleid',
    noInputs: 'Nog geen signalen. Voeg ze toe in de stap Wijkinformatie.',
    noPolicies: 'Nog geen beleid.',
    noTheme: 'Zonder thema',
    karakter: 'Karakter van de wijk',
    selected: (inputs: number, policies: number) =>
      `${inputs} ${plural(inputs, 'signaal', 'signalen')} en ${policies} ${plural(policies, 'beleidsdoel', 'beleidsdoelen')} gekozen`,
    makeGoal: 'Maak doel',
    dialogTitle: 'Doel maken',
    goalTitle: 'Titel van het doel',
    goalTitleHint: 'Formuleer wat er in de wijk bereikt moet zijn.',
    onderbouwing: 'Onderbouwing',
    create: 'Aanmaken',
    goalMade: (title: string, inputs: number, policies: number) =>
      `Doel ${quote(title)} staat in de doelenboom, onderbouwd met ${inputs} ${plural(inputs, 'signaal', 'signalen')} en ${policies} ${plural(policies, 'beleidsdoel', 'beleidsdoelen')}.`,
  },

  wijkkrachten: {
    addHeading: 'Wijkkracht toevoegen',
    name: 'Naam',
    kind: 'Soort',
    offers: 'Wat kan deze wijkkracht bieden?',
    offersHint: 'Bijvoorbeeld ruimte, menskracht, kennis of een netwerk.',
    add: 'Wijkkracht toevoegen',
    added: (name: string) => `Wijkkracht ${quote(name)} toegevoegd.`,
    listHeading: 'Wijkkrachten in dit plan',
    empty: 'Nog geen wijkkrachten. Voeg de organisaties, initiatieven en bewonersgroepen toe die iets kunnen bijdragen.',
    editHeading: 'Wijkkracht bewerken',
    saved: 'Wijkkracht opgeslagen.',
    deleted: (name: string, wasOwner: boolean) =>
      wasOwner
        ? `Wijkkracht ${quote(name)} is verwijderd. De eigenaar met die naam blijft in de doelenboom staan.`
        : `Wijkkracht ${quote(name)} is verwijderd.`,
    makeOwner: 'Maak eigenaar',
    ownerMade: (name: string) =>
      `${quote(name)} staat nu als eigenaar in de doelenboom. Koppel er in de stap Acties & eigenaren acties aan.`,
    notOwner: 'Nog geen eigenaar',
    /** Instead of "Maak eigenaar" once the strength is an owner; the owner's title if it was renamed. */
    isOwner: 'Is eigenaar',
    isOwnerAs: (title: string) => `Is eigenaar als ${quote(title)}`,
    ownerOf: (n: number) => (n === 0 ? 'Eigenaar, nog zonder acties' : `Eigenaar van ${n} ${plural(n, 'actie', 'acties')}`),
    summary: (owners: number, total: number) => `Eigenaar in de doelenboom: ${owners} van ${total}.`,
  },
} as const;
