// The migration chain of the doelenboom file. `migrations[n]` turns a version-n document
// into a version n+1 document; parse runs them one after another up to CURRENT_VERSION.
// A migration, once released, never changes: add a new step instead. Each step lives in a
// file of its own (e.g. `./v1-to-v2.ts`) with a before/after test.
import { v1ToV2 } from './v1-to-v2';

/** Turns a document of version n into one of version n+1. Pure; may throw on nonsense. */
export type Migration = (doc: unknown) => unknown;

export type Migrations = Readonly<Record<number, Migration>>;

export const migrations: Migrations = {
  1: v1ToV2,
};
