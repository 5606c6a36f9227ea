// Dutch strings of the back-up (src/domain/file/backup.ts, src/features/backup/) and of a
// browser window that cannot store plans at all.

const count = (n: number) => `${n} ${n === 1 ? 'plan' : 'plannen'}`;

export const nlBackup = {
  make: 'Back-up maken',
  restore: 'Back-up terugzetten',

  // Reading a back-up file: why it is refused.
  isDoelenboom:
    'Dit is een doelenboom-bestand met één plan, geen back-up. Gebruik "Importeren" om het te openen.',
  notBackup: 'Dit is geen back-up van Wijkdoelen',
  newerVersion: (version: number, current: number) =>
    `Deze back-up komt uit een nieuwere versie van Wijkdoelen (back-upversie ${version}); ` +
    `deze app kan back-ups tot en met versie ${current} terugzetten. Werk de app bij en probeer het opnieuw.`,
  unknownVersion: (version: number) => `Back-upversie ${version} bestaat niet`,
  /** An error of one plan in the back-up, e.g. `bestanden[2]: plan.nodes[3].title ontbreekt`. */
  inFile: (index: number, error: string) => `bestanden[${index}]: ${error}`,
  duplicatePlan: (index: number, id: string, firstIndex: number) =>
    `bestanden[${index}]: plan.id "${id}" komt al voor bij bestanden[${firstIndex}]`,

  // Making and restoring.
  made: (n: number, fileName: string) => `Back-up gemaakt van ${count(n)}: ${fileName}.`,
  nothingToBackUp: 'Er zijn nog geen plannen om een back-up van te maken.',
  makeFailed: 'De back-up kon niet worden gemaakt.',
  /** Why reading or writing the plans in this browser failed (a StorageProblem). */
  storageReason: {
    quota: 'De opslag van deze browser is vol. Maak ruimte vrij of verwijder oude plannen.',
    unavailable: 'Deze browser staat geen opslag toe (bijvoorbeeld in een privévenster).',
    blocked: 'Een ander tabblad met Wijkdoelen houdt de opslag vast. Sluit andere tabbladen met Wijkdoelen en probeer het opnieuw.',
    conflict: 'Een plan is intussen in een ander tabblad gewijzigd. Probeer het opnieuw.',
    unknown: 'Er ging iets mis bij het lezen of bewaren in deze browser.',
  },
  refusedHeading: (name: string) => `"${name}" is niet teruggezet`,
  moreErrors: (n: number) => `… en nog ${n} ${n === 1 ? 'fout' : 'fouten'}.`,
  nothingChanged: 'Er is niets veranderd aan je plannen.',
  unreadable: 'Het bestand kan niet worden gelezen.',
  empty: 'Deze back-up bevat geen plannen. Er is niets veranderd.',
  restored: (n: number) => `${count(n)} teruggezet.`,
  cancelled: 'Er is niets teruggezet.',
  restoreFailed: 'Het terugzetten is mislukt; er is niets veranderd.',

  // Asked for every plan of the back-up that is already stored.
  conflictTitle: 'Dit plan bestaat al',
  conflictText: (title: string, existingTitle: string) =>
    `Het plan "${title}" uit de back-up staat al in deze browser` +
    (existingTitle && existingTitle !== title ? ` (als "${existingTitle}")` : '') +
    '. Wil je het vervangen door de versie uit de back-up, of beide behouden?',
  conflictProgress: (i: number, n: number) => `Plan ${i} van ${n} dat al bestaat.`,
  applyToRest: (n: number) =>
    n === 1 ? 'Doe hetzelfde voor het volgende plan dat al bestaat' : `Doe hetzelfde voor de volgende ${n} plannen die al bestaan`,

  // Reminder on Mijn plannen.
  reminderLabel: 'Herinnering: back-up',
  reminderSince: (days: number) =>
    `Je hebt al ${days} dagen geen back-up gemaakt, en je plannen zijn sindsdien gewijzigd. ` +
    'Plannen staan alleen in deze browser: met een back-up raak je ze niet kwijt als de browser wordt gewist of je een andere computer gaat gebruiken.',
  reminderNever:
    'Je hebt nog geen back-up gemaakt van je plannen. ' +
    'Plannen staan alleen in deze browser: met een back-up raak je ze niet kwijt als de browser wordt gewist of je een andere computer gaat gebruiken.',

  // A window without storage (no IndexedDB, as in some private windows).
  noStorage:
    'In dit browservenster kunnen plannen niet worden bewaard, bijvoorbeeld omdat het een privévenster is. ' +
    'Je kunt hier wel een nieuw plan maken of een plan importeren en ermee werken, maar het verdwijnt als je het venster sluit of het plan verlaat: ' +
    'exporteer het als JSON om het te bewaren. Open Wijkdoelen in een gewoon venster om plannen in deze browser te bewaren.',
} as const;
