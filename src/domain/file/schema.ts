// The doelenboom file, version 2, as a zod schema: a mirror of docs/doelenboom-2.schema.json
// (required fields, enums, lengths, formats, ranges). Older files reach it through the
// migrations. Unknown fields are stripped; defaults are filled in. `version` is checked by the
// envelope step of parse, before migration, so it is not part of this schema.
import * as z from 'zod/mini';
import { nlFile } from '../../i18n/file';
import { ACTION_STATUSES, INPUT_SOURCES, NODE_KINDS, STRENGTH_KINDS } from '../plan/types';
import { fitsLength, isDate, isDateTime, isQuarter, isYearOrDate } from './formats';

type Format = 'date' | 'date-time' | 'quarter' | 'year-or-date';

/** Custom issues carry one of these as `params`, so messages can be made from them. */
type CheckParams =
  | { rule: 'maxLength'; max: number }
  | { rule: 'format'; format: Format }
  | { rule: 'year'; min: number; max: number }
  | { rule: 'goalOnly' };

const maxChars = (max: number) =>
  z.refine<string>((s) => fitsLength(s, max), { params: { rule: 'maxLength', max } satisfies CheckParams });

/** A string of at most `max` characters; non-empty if `required`. */
const text = (max: number, required = false) =>
  required ? z.string().check(z.minLength(1), maxChars(max)) : z.string().check(maxChars(max));

const formatted = (format: Format, test: (s: string) => boolean) =>
  z.string().check(z.refine<string>(test, { params: { rule: 'format', format } satisfies CheckParams }));

const id = text(200, true);
const shortText = text(500, true);
const longText = text(5000);
const dateTime = formatted('date-time', isDateTime);

const position = z.object({ x: z.number(), y: z.number() });

const YEAR_MIN = 1900;
const YEAR_MAX = 2200;
// One check, so a year out of range and a fractional year get the same one message.
const year = z.number().check(
  z.refine<number>((n) => Number.isInteger(n) && n >= YEAR_MIN && n <= YEAR_MAX, {
    params: { rule: 'year', min: YEAR_MIN, max: YEAR_MAX } satisfies CheckParams,
  }),
);

// Measured numbers must be finite. zod's number refuses Infinity and NaN, and JSON.parse turns
// a literal such as 1e999 into Infinity, so that is refused; JSON Schema cannot say it.
const yearValue = z.object({ value: z.number(), year });

const measure = z.object({
  id,
  name: text(200, true),
  source: z.optional(text(200)),
  unit: z.optional(text(40)),
  baseline: z.optional(yearValue),
  target: z.optional(yearValue),
  values: z.array(z.object({ value: z.number(), at: formatted('year-or-date', isYearOrDate) })),
});

/**
 * A field only goals may have, on another kind: refused rather than stripped like other
 * fields of the wrong kind, so measures are never lost without a word.
 */
const goalOnly = z.optional(z.custom<never>(() => false, { params: { rule: 'goalOnly' } satisfies CheckParams }));

const input = z.object({
  id,
  text: text(5000, true),
  source: z.enum(INPUT_SOURCES),
  theme: z.optional(text(200)),
  date: z.optional(formatted('date', isDate)),
});

const policy = z.object({ id, programme: shortText, goal: shortText });

const strength = z.object({
  id,
  name: shortText,
  kind: z.enum(STRENGTH_KINDS),
  offers: z.optional(longText),
});

const forum = z.object({
  id,
  name: shortText,
  kind: z.optional(text(200)),
  frequency: z.optional(text(200)),
});

// A node is the fields every kind has, and (like the schema's allOf/if/then) the fields of
// its own kind. An intersection reports a bad `kind` and the common fields' errors together.
const nodeBase = z.object({
  id,
  kind: z.enum(NODE_KINDS),
  title: shortText,
  description: z.optional(longText),
  position: z.optional(position),
});

const nodeOwnFields = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('goal'),
    inputIds: z._default(z.array(id), () => []),
    policyIds: z._default(z.array(id), () => []),
    indicator: z.optional(longText),
    measures: z.optional(z.array(measure)),
  }),
  z.object({
    kind: z.literal('action'),
    status: z._default(z.enum(ACTION_STATUSES), 'gepland'),
    due: z.optional(formatted('quarter', isQuarter)),
    forumId: z.optional(id),
    measures: goalOnly,
  }),
  z.object({
    kind: z.literal('owner'),
    strengthId: z.optional(id),
    measures: goalOnly,
  }),
]);

const node = z.intersection(nodeBase, nodeOwnFields);

const edge = z.object({ id, source: id, target: id });

/** What a plan holds besides its identity, dates and momentopnamen: also a momentopname's `plan`. */
const planContent = z.object({
  title: shortText,
  wijk: shortText,
  period: z.optional(text(100)),
  inputs: z.array(input),
  policies: z.array(policy),
  strengths: z.array(strength),
  forums: z.array(forum),
  nodes: z.array(node),
  edges: z.array(edge),
});

const snapshot = z.object({
  id,
  label: text(200, true),
  createdAt: dateTime,
  plan: planContent,
});

const plan = z.extend(planContent, {
  id,
  createdAt: z.optional(dateTime),
  updatedAt: z.optional(dateTime),
  snapshots: z.optional(z.array(snapshot)),
});

export const fileSchema = z.object({
  format: z.literal('doelenboom'),
  exportedAt: z.optional(dateTime),
  plan,
});

/** A file as the schema lets it through: nodes may still lack a position, dates may be absent. */
export type ParsedFile = z.output<typeof fileSchema>;
export type ParsedPlan = ParsedFile['plan'];
export type ParsedPlanContent = z.output<typeof planContent>;
export type ParsedNode = ParsedPlanContent['nodes'][number];

/** `['plan', 'nodes', 3, 'title']` → `plan.nodes[3].title`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Whether the key at the end of `path` is absent from `doc`. */
function isMissing(doc: unknown, path: readonly PropertyKey[]): boolean {
  let value: unknown = doc;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return true;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return false;
}

/** One Dutch message for a zod issue; `doc` is the validated value, to tell "missing" from "wrong". */
function message(issue: z.core.$ZodIssue, doc: unknown): string {
  const path = formatPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(doc, issue.path) ? nlFile.missing(path) : nlFile.wrongType(path, issue.expected);
    case 'too_small':
      return nlFile.empty(path);
    case 'invalid_value':
      return nlFile.oneOf(path, issue.values);
    case 'invalid_union':
      // A node whose `kind` matches no kind (also reported as invalid_value: deduplicated).
      return 'options' in issue && issue.options ? nlFile.oneOf(path, issue.options) : nlFile.invalid(path);
    case 'custom': {
      const params = issue.params as CheckParams | undefined;
      if (params?.rule === 'maxLength') return nlFile.tooLong(path, params.max);
      if (params?.rule === 'year') return nlFile.badYear(path, params.min, params.max);
      if (params?.rule === 'goalOnly') return nlFile.goalOnly(path);
      if (params?.rule === 'format') {
        if (params.format === 'date') return nlFile.badDate(path);
        if (params.format === 'date-time') return nlFile.badDateTime(path);
        if (params.format === 'year-or-date') return nlFile.badYearOrDate(path);
        return nlFile.badQuarter(path);
      }
      return nlFile.invalid(path);
    }
    default:
      return nlFile.invalid(path);
  }
}

/** Validates a (migrated) document against the schema; errors are Dutch, in document order. */
export function validateFile(doc: unknown): { ok: true; file: ParsedFile } | { ok: false; errors: string[] } {
  const result = fileSchema.safeParse(doc);
  if (result.success) return { ok: true, file: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => message(issue, doc)) };
}
