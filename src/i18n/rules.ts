// Dutch strings of the doelenboom rules, the kwaliteitscheck and the procesplaat steps.

/** Shortens a text for use inside a message, so one long signal does not flood the list. */
function quote(text: string, max = 80): string {
  const t = text.trim().replace(/\s+/g, ' ');
  const shown = t === '' ? '(zonder tekst)' : t.length > max ? `${t.slice(0, max - 1)}…` : t;
  return `"${shown}"`;
}

/** Dutch uses the plural for 0 and for more than 1. */
function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

export const nlRules = {
  /** Reasons `canConnect` and the operations give when they refuse. */
  connect: {
    missingNode: 'Dit onderdeel bestaat niet (meer) in het plan',
    selfLoop: 'Een onderdeel kan niet met zichzelf verbonden worden',
    duplicate: 'Deze verbinding bestaat al',
    cycle: 'Dit zou een kringverwijzing maken',
    goalHasParent: 'Een subdoel kan maar één bovenliggend doel hebben',
    actionHasGoal: 'Een actie kan maar bij één doel horen',
    actionHasOwner: 'Een actie kan maar één eigenaar hebben',
    ownerAboveAction: 'Een eigenaar kan niet boven een actie staan',
    ownerAboveGoal: 'Een eigenaar kan niet boven een doel staan',
    ownerAboveOwner: 'Een eigenaar kan niet boven een andere eigenaar staan',
    actionAboveGoal: 'Een actie kan niet boven een doel staan',
    actionAboveAction: 'Een actie kan niet boven een andere actie staan',
    goalAboveOwner: 'Een eigenaar hoort bij een actie, niet direct bij een doel',
  },
  operations: {
    duplicateNodeId: 'Er is al een onderdeel met deze id',
    duplicateEdgeId: 'Er is al een verbinding met deze id',
    reparentOwnerNeedsAction: 'Een eigenaar kan alleen onder een actie komen',
    reparentNeedsGoal: 'Dit onderdeel kan alleen onder een doel komen',
    reparentOwnerNeedsParent: 'Kies de actie waar deze eigenaar bij hoort',
    titleRequired: 'Geef het plan een titel',
    wijkRequired: 'Vul de wijk in',
  },
  /** The kwaliteitscheck. */
  checks: {
    untitled: '(zonder titel)',
    actionWithoutGoal: (title: string) => `Actie ${quote(title)} hoort bij geen doel`,
    actionWithoutOwner: (title: string) => `Actie ${quote(title)} heeft geen eigenaar`,
    goalWithoutOnderbouwing: (title: string) =>
      `Doel ${quote(title)} heeft geen onderbouwing: koppel er een signaal of beleid aan`,
    goalWithoutChildren: (title: string) => `Doel ${quote(title)} heeft nog geen acties of subdoelen`,
    goalWithoutMeasure: (title: string) => `Doel ${quote(title)} heeft geen meetpunt: hoe zien we of het doel dichterbij komt?`,
    ownerWithoutActions: (title: string) => `Eigenaar ${quote(title)} is aan geen actie gekoppeld`,
    inputUnused: (text: string) => `Signaal ${quote(text)} wordt door geen doel gebruikt`,
  },
  /** The six steps of the procesplaat (names as in docs/ui-words.md). */
  steps: {
    wijkinformatie: {
      name: 'Wijkinformatie',
      explanation: 'Verzamel signalen van bewoners en partners, cijfers uit de wijkmonitor en kenmerken van de wijk.',
      unit: (n: number) => plural(n, 'signaal', 'signalen'),
    },
    beleid: {
      name: 'Beleid',
      explanation: 'Voeg het stedelijk beleid toe dat hier telt en koppel de signalen eraan.',
      unit: (n: number) => plural(n, 'beleidsdoel', 'beleidsdoelen'),
    },
    wijkkrachten: {
      name: 'Wijkkrachten',
      explanation: 'Zet de organisaties, initiatieven en bewoners op een rij die iets kunnen bijdragen, en wat ze bieden.',
      unit: (n: number) => plural(n, 'wijkkracht', 'wijkkrachten'),
    },
    doelen: {
      name: 'Doelen',
      explanation: 'Formuleer doelen en subdoelen en onderbouw elk doel met signalen en beleid.',
      unit: (n: number) => plural(n, 'doel', 'doelen'),
    },
    acties: {
      name: 'Acties & eigenaren',
      explanation: 'Zet acties onder de doelen, elk met één eigenaar, een kwartaal en een status.',
      unit: (n: number) => plural(n, 'actie', 'acties'),
    },
    overleg: {
      name: 'Overleg & voortgang',
      explanation: 'Leg vast in welk overleg elke actie gevolgd wordt en houd de voortgang bij.',
      unit: (n: number) => plural(n, 'overleg', 'overleggen'),
    },
  },
} as const;
