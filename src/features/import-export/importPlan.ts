import { checkFileSize, parse } from '../../domain/file';
import { isPng, PngError, readTextChunk } from '../../domain/file/png';
import { newId } from '../../domain/plan/operations';
import type { Plan } from '../../domain/plan/types';
import { getPlan, planExists, savePlan } from '../../persistence';
import { nl, nlShare } from '../../i18n';

const MAX_SHOWN_ERRORS = 10;

export type ReadOutcome =
  | { ok: true; plan: Plan; exists: boolean }
  | { ok: false; heading: string; errors: string[] };

/** Reads a chosen or dropped file through the one validated parse path. Changes nothing. */
export async function readPlanFile(file: File): Promise<ReadOutcome> {
  const refuse = (errors: string[]): ReadOutcome => ({ ok: false, heading: nl.importing.refusedHeading(file.name), errors: shortList(errors) });
  const sizeError = checkFileSize(file.size);
  if (sizeError) return refuse([sizeError]);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return refuse([nl.importing.unreadable]);
  }
  let text: string;
  if (isPng(bytes)) {
    // A PNG exported by the app carries the doelenboom file in an iTXt chunk (docs/file-format.md).
    try {
      const found = await readTextChunk(bytes, 'doelenboom');
      if (found === null) return refuse([nlShare.noDoelenboomInPng]);
      text = found;
    } catch (err) {
      return refuse([err instanceof PngError && err.code === 'corrupt' ? nlShare.corruptPng : nlShare.unreadablePngText]);
    }
  } else {
    text = new TextDecoder().decode(bytes);
  }
  const result = parse(text);
  if (!result.ok) return refuse(result.errors);
  // Storage that cannot be read holds no plan to clash with; storing it then fails as it must.
  return { ok: true, plan: result.plan, exists: await planExists(result.plan.id).catch(() => false) };
}

function shortList(errors: string[]): string[] {
  if (errors.length <= MAX_SHOWN_ERRORS) return [...errors, nl.importing.nothingChanged];
  return [...errors.slice(0, MAX_SHOWN_ERRORS), nl.importing.moreErrors(errors.length - MAX_SHOWN_ERRORS), nl.importing.nothingChanged];
}

export type ImportMode = 'new' | 'replace' | 'keep-both';

/** Stores a read plan. `replace` overwrites the stored plan with that id, by the user's choice. */
export async function storeImportedPlan(plan: Plan, mode: ImportMode): Promise<Plan> {
  if (mode === 'keep-both') {
    const copy = { ...plan, id: newId('plan'), title: `${plan.title}${nl.plans.copySuffix}`.slice(0, 500) };
    await savePlan(copy, 0);
    return copy;
  }
  if (mode === 'replace') {
    await savePlan(plan, 'force');
    return plan;
  }
  await savePlan(plan, 0);
  return plan;
}

export async function storedTitle(id: string): Promise<string> {
  return (await getPlan(id))?.plan.title ?? '';
}
