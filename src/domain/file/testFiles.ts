// Helpers for the tests of the doelenboom file (not used by the app).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The repository root (docs/, tests/fixtures/). */
export const repoDir = path.resolve(__dirname, '../../..');

/** The JSON Schema of the format this app writes (version 2); version 1's is in shared/. */
export const schemaV2Path = path.join(repoDir, 'docs', 'doelenboom-2.schema.json');

/**
 * The project's shared folder (docs, schema, examples, tools): `../shared` beside the repo
 * root, or wherever WIJKDOELEN_SHARED points.
 */
export function sharedDir(): string {
  const dir = process.env.WIJKDOELEN_SHARED ?? path.resolve(__dirname, '../../../../shared');
  if (!existsSync(path.join(dir, 'schema', 'doelenboom-1.schema.json'))) {
    throw new Error(`shared/ not found at ${dir}: put it beside the repo or set WIJKDOELEN_SHARED`);
  }
  return dir;
}

type Item = Record<string, unknown>;

/** A document as a test may bend it: every field writable, any value allowed (nodes and snapshots included). */
export interface TestDoc {
  [key: string]: unknown;
  format: unknown;
  version: unknown;
  exportedAt?: unknown;
  plan: TestContent & { snapshots?: (Item & { plan: TestContent })[] };
}

type TestContent = Item & { inputs: Item[]; policies: Item[]; strengths: Item[]; forums: Item[]; nodes: Item[]; edges: Item[] };

/**
 * A small, valid document of the current version with one of everything version 1 has (no
 * measures, no momentopnamen: so `{ ...validDoc(), version: 1 }` is a valid version-1
 * document too); a fresh copy on every call.
 */
export function validDoc(): TestDoc {
  return {
    format: 'doelenboom',
    version: 2,
    exportedAt: '2026-01-15T10:30:00.000Z',
    plan: {
      id: 'plan-1',
      title: 'Wijkdoelen Presikhaaf',
      wijk: 'Presikhaaf',
      period: '2025–2026',
      createdAt: '2025-01-10T09:00:00.000Z',
      updatedAt: '2026-01-15T10:29:00.000Z',
      inputs: [
        { id: 'i1', text: 'Jongeren missen een plek om te sporten', source: 'bewoners', theme: 'Jeugd', date: '2025-01-08' },
        { id: 'i2', text: 'Een jonge wijk', source: 'karakter' },
      ],
      policies: [{ id: 'p1', programme: 'Welzijn', goal: 'Meer jongeren sporten en bewegen' }],
      strengths: [{ id: 's1', name: 'Buurthuis De Overkant', kind: 'voorziening', offers: 'Ruimte op woensdagmiddag' }],
      forums: [{ id: 'f1', name: 'Sociale tafel Presikhaaf', kind: 'sociale tafel', frequency: 'maandelijks' }],
      nodes: [
        { id: 'g1', kind: 'goal', title: 'Een wijk waar iedereen meedoet', inputIds: ['i2'], policyIds: ['p1'], position: { x: 0, y: 0 } },
        { id: 'g2', kind: 'goal', title: 'Jongeren hebben een veilige plek', description: 'Sport en ontmoeting', inputIds: ['i1'], policyIds: ['p1'], indicator: 'Minder meldingen', position: { x: 0, y: 160 } },
        { id: 'a1', kind: 'action', title: 'Pannakooi plaatsen', status: 'lopend', due: '2025-Q3', forumId: 'f1', position: { x: 0, y: 320 } },
        { id: 'o1', kind: 'owner', title: 'Buurthuis De Overkant', strengthId: 's1', position: { x: 0, y: 480 } },
      ],
      edges: [
        { id: 'e1', source: 'g1', target: 'g2' },
        { id: 'e2', source: 'g2', target: 'a1' },
        { id: 'e3', source: 'a1', target: 'o1' },
      ],
    },
  };
}

/** A version-2 file with measures on two goals and two momentopnamen (tests/fixtures); a fresh copy on every call. */
export function measuresDoc(): TestDoc {
  return JSON.parse(readFileSync(path.join(repoDir, 'tests', 'fixtures', 'metingen-momentopnamen.doelenboom.json'), 'utf8')) as TestDoc;
}

/** The text of a document, as a file would hold it. */
export const fileText = (doc: unknown): string => JSON.stringify(doc, null, 2);
