// Dutch UI strings. Labels of main controls follow ../shared/docs/ui-words.md exactly.
import type { StorageProblem } from '../persistence/errors';

const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export const nl = {
  appName: 'Wijkdoelen',
  tagline: 'Van signalen uit de wijk naar doelen, acties en eigenaren',
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
    confirmDelete: (title: string) => `Plan "${title}" verwijderen? Je kunt dit direct daarna nog ongedaan maken.`,
    listFailed: 'De plannen in deze browser kunnen niet worden gelezen.',
  },

  planForm: {
    newTitle: 'Nieuw plan',
    renameTitle: 'Naam wijzigen',
    title: 'Titel',
    wijk: 'Wijk',
    period: 'Periode',
    periodHint: 'Bijvoorbeeld 2025–2026',
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
    notAFile: 'Alleen bestanden kunnen worden geïmporteerd.',
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
    stepPlaceholder: 'Deze stap wordt binnenkort uitgewerkt. De doelenboom hieronder laat zien wat er nu in het plan staat.',
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
