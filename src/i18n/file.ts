// Dutch messages of the doelenboom file (src/domain/file/): why an import is refused.
// Every message says what is wrong and where, with the JSON path (e.g. `plan.nodes[3].title`).

import type { NodeKind } from '../domain/plan/types';

/** How a kind of node is called in a message. */
const kindWord: Record<NodeKind, string> = { goal: 'doel', action: 'actie', owner: 'eigenaar' };

/** How many ids of a cycle a message shows before it ends with "…". */
const CYCLE_SHOWN = 10;

export const nlFile = {
  notJson: 'Dit is geen JSON-bestand',
  notDoelenboom: 'Dit is geen doelenboom-bestand',
  tooLarge: (limitMb: number) =>
    `Dit bestand is groter dan ${limitMb} MB. Zo'n groot bestand kan Wijkdoelen niet openen.`,
  newerVersion: (version: number, current: number) =>
    `Dit bestand komt uit een nieuwere versie van Wijkdoelen (bestandsversie ${version}); ` +
    `deze app kan bestanden tot en met versie ${current} openen. Werk de app bij en probeer het opnieuw.`,
  unknownVersion: (version: number) => `Bestandsversie ${version} bestaat niet en kan niet worden omgezet`,
  migrationFailed: (from: number, to: number) =>
    `Het omzetten van bestandsversie ${from} naar versie ${to} is mislukt`,
  forbiddenKey: (path: string, key: string) => `${path} is niet toegestaan: een sleutel mag niet "${key}" heten`,

  // Schema: the shape of the file.
  missing: (path: string) => `${path} ontbreekt`,
  wrongType: (path: string, expected: string) => {
    const what: Record<string, string> = {
      string: 'tekst',
      number: 'een getal',
      array: 'een lijst',
      object: 'een object',
    };
    return `${path} moet ${what[expected] ?? `van het type ${expected}`} zijn`;
  },
  notInteger: (path: string) => `${path} moet een geheel getal zijn`,
  empty: (path: string) => `${path} mag niet leeg zijn`,
  tooLong: (path: string, max: number) => `${path} is langer dan ${max} tekens`,
  oneOf: (path: string, values: readonly unknown[]) => `${path} moet een van ${values.join(', ')} zijn`,
  badDate: (path: string) => `${path} moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2025-01-31`,
  badDateTime: (path: string) =>
    `${path} moet een datum en tijd zijn volgens ISO 8601, bijvoorbeeld 2025-01-31T09:00:00.000Z`,
  badQuarter: (path: string) => `${path} moet een kwartaal zijn in de vorm JJJJ-Qn, bijvoorbeeld 2025-Q3`,
  badYear: (path: string, min: number, max: number) => `${path} moet een jaartal zijn van ${min} tot en met ${max}`,
  badYearOrDate: (path: string) =>
    `${path} moet een jaar zijn (JJJJ, bijvoorbeeld 2026) of een datum (JJJJ-MM-DD, bijvoorbeeld 2026-03-01)`,
  goalOnly: (path: string) => `${path} mag alleen bij een doel staan`,
  invalid: (path: string) => `${path} is ongeldig`,

  // Rules of the doelenboom and references between lists.
  duplicateId: (path: string, id: string, firstPath: string) =>
    `${path} "${id}" komt al voor bij ${firstPath}`,
  unknownNode: (path: string, id: string) => `${path} verwijst naar een onbekende knoop "${id}"`,
  unknownInput: (path: string, id: string) => `${path} verwijst naar onbekende wijkinformatie "${id}"`,
  unknownPolicy: (path: string, id: string) => `${path} verwijst naar onbekend beleid "${id}"`,
  unknownForum: (path: string, id: string) => `${path} verwijst naar een onbekend overleg "${id}"`,
  unknownStrength: (path: string, id: string) => `${path} verwijst naar een onbekende wijkkracht "${id}"`,
  forbiddenEdge: (path: string, source: NodeKind, sourceId: string, target: NodeKind, targetId: string) =>
    `${path} verbindt ${kindWord[source]} "${sourceId}" met ${kindWord[target]} "${targetId}"; ` +
    'alleen doel → doel, doel → actie en actie → eigenaar zijn toegestaan',
  twoParentGoals: (path: string, id: string, edgePaths: readonly string[]) =>
    `${path} (doel "${id}") heeft meer dan één bovenliggend doel: ${edgePaths.join(', ')}`,
  twoGoals: (path: string, id: string, edgePaths: readonly string[]) =>
    `${path} (actie "${id}") hoort bij meer dan één doel: ${edgePaths.join(', ')}`,
  twoOwners: (path: string, id: string, edgePaths: readonly string[]) =>
    `${path} (actie "${id}") heeft meer dan één eigenaar: ${edgePaths.join(', ')}`,
  cycle: (path: string, ids: readonly string[]) => {
    const quoted = ids.slice(0, CYCLE_SHOWN).map((id) => `"${id}"`);
    const end = ids.length > CYCLE_SHOWN ? '…' : quoted[0];
    return `${path} bevat een kringverwijzing: ${[...quoted, end].join(' → ')}`;
  },
} as const;
