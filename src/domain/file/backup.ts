// The back-up file: every plan of this browser in one file (docs/decisions.md, "Back-up").
// Each plan in it is a doelenboom file object exactly as `serialize` writes it, and is read
// back through the same `parse` as any import, so a back-up can never let in what an import
// would refuse.
import { nlBackup } from '../../i18n/backup';
import { nlFile } from '../../i18n/file';
import type { Plan } from '../plan/types';
import { findForbiddenKeys, readJsonText } from './guards';
import { isDateTime } from './formats';
import { parse } from './parse';
import { toFileObject, type DoelenboomFile } from './serialize';
import { FILE_FORMAT } from './constants';

/** The value of `format` in every back-up file. */
export const BACKUP_FORMAT = 'wijkdoelen-backup';

/** The back-up format version this app writes, and the newest it reads. */
export const BACKUP_VERSION = 1;

/**
 * A back-up holds many plans, so it may be larger than one doelenboom file (20 MB, which is
 * still the limit for every plan in it). 200 MB is about two hundred of the largest
 * realistic plans (2,000 nodes ≈ 1 MB), and still a string a browser can hold and parse.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The object a back-up file holds. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  madeAt: string;
  files: DoelenboomFile[];
}

export type BackupParseResult = { ok: true; plans: Plan[]; madeAt?: string } | { ok: false; errors: string[] };

/** The text of a back-up of `plans`: JSON indented with two spaces, ending in a newline. */
export function serializeBackup(plans: readonly Plan[], madeAt: Date): string {
  const at = madeAt.toISOString();
  const backup: BackupFile = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    madeAt: at,
    files: plans.map((plan) => toFileObject(plan, at)),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

const refuse = (errors: string[]): BackupParseResult => ({ ok: false, errors: [...new Set(errors)] });

/**
 * Reads a back-up into its plans, or says in Dutch why it cannot. All or nothing: one bad plan
 * refuses the whole back-up. Never throws for bad input.
 */
export function parseBackup(text: string): BackupParseResult {
  const read = readJsonText(text, MAX_BACKUP_BYTES);
  if (!read.ok) return refuse([read.error]);
  const doc = read.doc;
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return refuse([nlBackup.notBackup]);
  const envelope = doc as Record<string, unknown>;

  // The envelope's own keys; each plan's keys are checked by `parse`, with its own paths.
  const keyErrors = findForbiddenKeys(Object.fromEntries(Object.entries(envelope).filter(([key]) => key !== 'files')));
  if (keyErrors.length > 0) return refuse(keyErrors);

  if (envelope.format === FILE_FORMAT) return refuse([nlBackup.isDoelenboom]);
  if (envelope.format !== BACKUP_FORMAT) return refuse([nlBackup.notBackup]);
  const { version, madeAt, files } = envelope;
  if (version === undefined) return refuse([nlFile.missing('version')]);
  if (typeof version !== 'number' || !Number.isInteger(version)) return refuse([nlFile.notInteger('version')]);
  if (version > BACKUP_VERSION) return refuse([nlBackup.newerVersion(version, BACKUP_VERSION)]);
  if (version < 1) return refuse([nlBackup.unknownVersion(version)]);

  const errors: string[] = [];
  if (madeAt !== undefined && (typeof madeAt !== 'string' || !isDateTime(madeAt))) errors.push(nlFile.badDateTime('madeAt'));
  if (files === undefined) return refuse([...errors, nlFile.missing('files')]);
  if (!Array.isArray(files)) return refuse([...errors, nlFile.wrongType('files', 'array')]);

  const plans: Plan[] = [];
  const firstIndex = new Map<string, number>();
  files.forEach((file: unknown, i) => {
    // The very text an import of this plan alone would read: same size limit, same guards.
    const result = parse(JSON.stringify(file) ?? '');
    if (!result.ok) {
      for (const error of result.errors) errors.push(nlBackup.inFile(i, error));
      return;
    }
    const seen = firstIndex.get(result.plan.id);
    // Two versions of one plan: which one to restore would be a guess.
    if (seen !== undefined) errors.push(nlBackup.duplicatePlan(i, result.plan.id, seen));
    else firstIndex.set(result.plan.id, i);
    plans.push(result.plan);
  });
  if (errors.length > 0) return refuse(errors);
  return typeof madeAt === 'string' ? { ok: true, plans, madeAt } : { ok: true, plans };
}

/** `wijkdoelen-back-up-YYYY-MM-DD.json`, the date of `madeAt` where the user is. */
export function backupFileName(madeAt: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `wijkdoelen-back-up-${madeAt.getFullYear()}-${two(madeAt.getMonth() + 1)}-${two(madeAt.getDate())}.json`;
}
