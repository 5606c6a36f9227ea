// Dutch UI strings. Labels of main controls follow ../shared/docs/ui-words.md exactly.
import type { StorageProblem } from '../persistence/errors';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const nl = {
  appName: 'Wijkdoelen',
  skipToContent: 'Naar de inhoud',
  loading: 'Laden…',
  close: 'Sluiten',
  cancel: 'Annuleren',
  undo: 'Ongedaan maken',

  plans: {
    heading: 'Mijn plannen',
    intro: 'Plannen worden alleen in deze browser bewaard. Exporteer een plan om het te delen of te bewaren.',
    empty: 'Nog geen plannen. Maak een nieuw plan of importeer een doelenboom-bestand.',
    newPlan: 'Nieuw plan',
    import: 'Importeren',
    dropHint: 'Of sleep een doelenboom-bestand (.json) naar dit venster.',
    dropOverlay: 'Laat los om te importeren',
    open: 'Openen',
    rename: 'Naam wijzigen',
    duplicate: 'Dupliceren',
    delete: 'Verwijderen',
    exportJson: 'Exporteren als JSON',
    copySuffix: ' (kopie)',
    columns: { title: 'Plan', wijk: 'Wijk', period: 'Periode', updatedAt: 'Laatst gewijzigd', goals: 'Doelen', actions: 'Acties', actionsCol: 'Handelingen' },
    counts: (goals: number, actions: number) =>
      `${goals} ${goals === 1 ? 'doel' : 'doelen'}, ${actions} ${actions === 1 ? 'actie' : 'acties'}`,
    updated: (iso: string) => dateFormat.format(new Date(iso)),
    deleted: (title: string) => `Plan "${title}" is verwijderd.`,
    restored: (title: string) => `Plan "${title}" is teruggezet.`,
    duplicated: (title: string) => `Kopie gemaakt: "${title}".`,
    renamed: (title: string) => `Naam gewijzigd in "${title}".`,
    listFailed: 'De plannen in deze browser kunnen niet worden gelezen. Mogelijk staat deze browser geen opslag toe (bijvoorbeeld in een privévenster); open Wijkdoelen in een gewoon venster.',
  },

  planForm: {
    newTitle: 'Nieuw plan',
    renameTitle: 'Naam wijzigen',
    title: 'Titel',
    wijk: 'Wijk',
    period: 'Periode',
    periodHint: 'Bijvoorbeeld 2025–2026',
    startWith: 'Beginnen met',
    templateEmpty: 'Een leeg plan',
    templateExample: 'Het voorbeeldplan (Presikhaaf): om te verkennen, daarna weg te gooien',
    exampleTitle: 'Voorbeeldplan Presikhaaf',
    exampleWijk: 'Presikhaaf',
    examplePeriod: '2025–2026',
    create: 'Aanmaken',
    save: 'Opslaan',
    required: (field: string) => `Vul een ${field.toLowerCase()} in.`,
    tooLong: (field: string, max: number) => `${field} mag hoogstens ${max} tekens lang zijn.`,
  },

  importing: {
    refusedHeading: (name: string) => `"${name}" is niet geïmporteerd`,
    moreErrors: (n: number) => `… en nog ${n} ${n === 1 ? 'fout' : 'fouten'}.`,
    nothingChanged: 'Er is niets veranderd aan je plannen.',
    conflictTitle: 'Dit plan bestaat al',
    conflictText: (title: string) =>
      `Er staat al een plan met dezelfde herkomst in deze browser: "${title}". Wil je het vervangen door het bestand, of beide behouden?`,
    replace: 'Vervangen',
    keepBoth: 'Beide behouden',
    imported: (title: string) => `Plan "${title}" is geïmporteerd.`,
    unreadable: 'Het bestand kan niet worden gelezen.',
  },

  plan: {
    backToPlans: 'Mijn plannen',
    notFound: 'Dit plan staat niet (meer) in deze browser.',
    steps: 'Stappen van de procesplaat',
    doelenboom: 'Doelenboom',
    export: 'Exporteren',
    exportJson: 'Exporteren als JSON',
    canvasLabel: (title: string) => `Doelenboom van ${title}`,
    nodeKind: { goal: 'Doel', subgoal: 'Subdoel', action: 'Actie', owner: 'Eigenaar' },
    status: { gepland: 'Gepland', lopend: 'Lopend', gereed: 'Gereed', gestopt: 'Gestopt' },
    noOwner: 'Geen eigenaar',
    actionsOwned: (n: number) => `${n} ${n === 1 ? 'actie' : 'acties'}`,
    progress: (done: number, total: number) => `${done}/${total} gereed`,
    stepLabel: (n: number) => `Stap ${n}:`,
    // Not 'Doelenboom': a link named like the step 'Doelen' would be ambiguous to find.
    treeTab: 'Boom',
  },

  save: {
    saved: 'Alles opgeslagen',
    pending: 'Wijzigingen worden opgeslagen…',
    saving: 'Opslaan…',
    retry: 'Opnieuw proberen',
    failed: (problem: StorageProblem) => `Opslaan is mislukt: ${storageProblem(problem)} Je wijzigingen staan nog in dit venster; exporteer het plan als JSON om niets te verliezen.`,
    conflict: 'Dit plan is in een ander tabblad of venster gewijzigd terwijl jij hier ook wijzigingen had.',
    keepTheirs: 'Versie van het andere tabblad laden',
    keepMine: 'Mijn versie bewaren',
  },

  storage: {
    openFailed: (problem: StorageProblem) => `Dit plan kan niet worden geopend: ${storageProblem(problem)}`,
  },
} as const;

function storageProblem(problem: StorageProblem): string {
  switch (problem) {
    case 'quota':
      return 'de opslag van deze browser is vol. Maak ruimte vrij of verwijder oude plannen.';
    case 'unavailable':
      return 'deze browser staat geen opslag toe (bijvoorbeeld in een privévenster).';
    case 'blocked':
      return 'een ander tabblad met een oudere versie van Wijkdoelen houdt de opslag vast. Sluit andere tabbladen met Wijkdoelen en probeer het opnieuw.';
    case 'conflict':
      return 'het plan is intussen in een ander tabblad gewijzigd.';
    default:
      return 'er ging iets mis bij het bewaren in deze browser.';
  }
}

/** React Flow's own labels, in Dutch. */
export const canvasAria = {
  'node.a11yDescription.default': 'Druk op Enter of spatie om een knoop te selecteren.',
  'node.a11yDescription.keyboardDisabled': 'Druk op Enter of spatie om een knoop te selecteren. Verplaats hem daarna met de pijltjestoetsen.',
  'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }: { direction: string; x: number; y: number }) =>
    `Knoop verplaatst naar ${direction}. Nieuwe positie: x ${x}, y ${y}.`,
  'edge.a11yDescription.default': 'Druk op Enter of spatie om een verbinding te selecteren.',
  'controls.ariaLabel': 'Zoomknoppen',
  'controls.zoomIn.ariaLabel': 'Inzoomen',
  'controls.zoomOut.ariaLabel': 'Uitzoomen',
  'controls.fitView.ariaLabel': 'Alles in beeld',
  'controls.interactive.ariaLabel': 'Vergrendelen of ontgrendelen',
  'minimap.ariaLabel': 'Overzichtskaart',
  'handle.ariaLabel': 'Verbindingspunt',
} as const;

export const nlEditor = {
  toolbar: 'Bewerken',
  addGoal: 'Doel toevoegen',
  addSubgoal: 'Subdoel toevoegen',
  addAction: 'Actie toevoegen',
  addOwner: 'Eigenaar toevoegen',
  autoLayout: 'Automatisch ordenen',
  undo: 'Ongedaan maken',
  redo: 'Opnieuw',
  delete: 'Verwijderen',
  moveTo: 'Verplaats naar…',
  shortcuts: 'Sneltoetsen',
  search: 'Zoeken',
  searchPlaceholder: 'Zoek op titel',
  searchNone: (q: string) => `Niets gevonden voor "${q}".`,
  searchHit: (i: number, n: number, title: string) => `${i} van ${n}: ${title}`,
  minimap: 'Overzichtskaart',
  resizeBelow: 'Verdeling tussen boom en Actielijst (pijltjestoetsen)',
  viewCanvas: 'Boom',
  viewOutline: 'Lijst',
  viewLabel: 'Weergave',
  collapse: 'Inklappen',
  expand: 'Uitklappen',
  hiddenCount: (n: number) => `${n} verborgen`,
  needGoal: 'Selecteer eerst een doel.',
  needAction: 'Selecteer eerst een actie.',
  needSelection: 'Selecteer eerst een doel, actie of eigenaar.',
  canvasHelp: 'Doelenboom. Pijltjes: door de boom lopen. Tab: onderliggende knoop toevoegen. Enter: knoop op hetzelfde niveau. F2: titel bewerken. Delete: verwijderen. Vraagteken: alle sneltoetsen.',
  newTitle: { goal: 'Nieuw doel', subgoal: 'Nieuw subdoel', action: 'Nieuwe actie', owner: 'Nieuwe eigenaar' },
  titleLabel: 'Titel',
  deleted: (n: number, first: string) => (n === 1 ? `"${first}" is verwijderd.` : `"${first}" en ${n - 1} onderliggende ${n - 1 === 1 ? 'knoop' : 'knopen'} zijn verwijderd.`),
  refused: (reason: string) => `Niet verbonden: ${reason}.`,
  connected: 'Verbonden.',
  moved: (title: string, parent: string) => `"${title}" staat nu onder "${parent}".`,
  copied: (n: number) => `${n} ${n === 1 ? 'knoop' : 'knopen'} gekopieerd.`,
  pasted: (n: number) => `${n} ${n === 1 ? 'knoop' : 'knopen'} geplakt.`,
  nothingToPaste: 'Er is niets gekopieerd om te plakken.',
  laidOut: 'De doelenboom is opnieuw geordend.',
  undone: 'Ongedaan gemaakt.',
  redone: 'Opnieuw gedaan.',
  moveDialogTitle: (title: string) => `"${title}" verplaatsen naar…`,
  moveDialogLabel: 'Nieuwe plek',
  moveDialogConfirm: 'Verplaatsen',
  moveNone: 'Bovenaan (hoofddoel)',
} as const;

export const nlInspector = {
  heading: 'Details',
  empty: 'Selecteer een doel, actie of eigenaar om de details te zien en te bewerken.',
  several: (n: number) => `${n} onderdelen geselecteerd.`,
  title: 'Titel',
  titleRequired: 'Een titel is verplicht; de vorige titel blijft staan.',
  description: 'Beschrijving',
  indicator: 'Indicator (hoe weten we dat het doel bereikt is?)',
  onderbouwing: 'Onderbouwing',
  onderbouwingHint: 'Op welke signalen en welk beleid rust dit doel?',
  inputs: 'Signalen uit de wijk',
  policies: 'Beleid',
  noInputs: 'Nog geen signalen. Voeg ze toe in de stap Wijkinformatie.',
  noPolicies: 'Nog geen beleid. Voeg het toe in de stap Beleid.',
  status: 'Status',
  due: 'Gepland kwartaal',
  dueHint: 'Bijvoorbeeld 2025-Q3',
  dueInvalid: 'Schrijf het kwartaal als jaar-Q en een cijfer van 1 tot 4, bijvoorbeeld 2025-Q3.',
  forum: 'Overleg',
  noForum: 'Geen overleg',
  owner: 'Eigenaar',
  strength: 'Wijkkracht',
  noStrength: 'Geen wijkkracht',
  goalOf: 'Hoort bij doel',
  none: '—',
  sources: { bewoners: 'Bewoners', partners: 'Partners', team: 'Team', monitor: 'Monitor', karakter: 'Karakter', overig: 'Overig' },
} as const;

export const nlChecks = {
  heading: 'Kwaliteitscheck',
  none: 'Geen punten: de doelenboom is compleet.',
  count: (n: number) => `${n} ${n === 1 ? 'punt' : 'punten'}`,
  show: 'Toon',
} as const;

export const nlShortcuts = {
  heading: 'Sneltoetsen',
  intro: 'Selecteer een knoop in de boom of de lijst (klik, of Tab naar de boom en gebruik de pijltjes).',
  rows: [
    ['Tab', 'Onderliggende knoop toevoegen (subdoel of actie onder een doel, eigenaar onder een actie)'],
    ['Enter', 'Knoop op hetzelfde niveau toevoegen'],
    ['F2 of gewoon typen', 'Titel bewerken'],
    ['Enter of Escape (tijdens bewerken)', 'Titel bevestigen'],
    ['Shift+Enter (tijdens bewerken)', 'Nieuwe regel in de titel'],
    ['Pijltjes', 'Naar bovenliggende, onderliggende of naastgelegen knoop'],
    ['Alt+pijltjes', 'Geselecteerde knoop verschuiven'],
    ['Spatie', 'Tak van een doel inklappen of uitklappen'],
    ['Delete of Backspace', 'Geselecteerde knoop verwijderen (met ongedaan maken)'],
    ['Ctrl+Z', 'Ongedaan maken'],
    ['Ctrl+Shift+Z of Ctrl+Y', 'Opnieuw'],
    ['Ctrl+C / Ctrl+V', 'Tak kopiëren en plakken, ook naar een ander plan'],
    ['Shift+klik', 'Meer knopen selecteren'],
    ['Escape', 'Selectie opheffen (daarna verlaat Tab de boom)'],
    ['?', 'Dit overzicht'],
  ] as ReadonlyArray<readonly [string, string]>,
} as const;

export const nlOutline = {
  label: (title: string) => `Doelenboom van ${title} als lijst`,
  empty: 'De doelenboom is nog leeg. Kies "Doel toevoegen" om te beginnen.',
  loose: 'Los',
} as const;
