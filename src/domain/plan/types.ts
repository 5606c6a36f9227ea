// The glossary of docs/domain.md as types. Code names in English, UI words in Dutch (see i18n/).

export const INPUT_SOURCES = ['bewoners', 'partners', 'team', 'monitor', 'karakter', 'overig'] as const;
export type InputSource = (typeof INPUT_SOURCES)[number];

export const STRENGTH_KINDS = ['organisatie', 'initiatief', 'bewoners', 'voorziening', 'overig'] as const;
export type StrengthKind = (typeof STRENGTH_KINDS)[number];

export const ACTION_STATUSES = ['gepland', 'lopend', 'gereed', 'gestopt'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const NODE_KINDS = ['goal', 'action', 'owner'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

/** Wijkinformatie / signaal. `source: 'karakter'` makes it a karakterkenmerk. */
export interface Input {
  id: string;
  text: string;
  source: InputSource;
  theme?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
}

/** Beleid: a city policy goal within a budget programme. */
export interface Policy {
  id: string;
  programme: string;
  goal: string;
}

/** Wijkkracht. */
export interface Strength {
  id: string;
  name: string;
  kind: StrengthKind;
  offers?: string;
}

/** Overleg. */
export interface Forum {
  id: string;
  name: string;
  kind?: string;
  frequency?: string;
}

export interface Position {
  x: number;
  y: number;
}

interface NodeBase {
  id: string;
  title: string;
  description?: string;
  /** Always set inside the app; files may omit it and the importer lays such nodes out. */
  position: Position;
}

/** A measured value of a measure: `at` is a year (`YYYY`) or a day (`YYYY-MM-DD`). */
export interface MeasurePoint {
  value: number;
  at: string;
}

/** A value tied to a year: a measure's baseline (nulmeting) or target (streefwaarde). */
export interface YearValue {
  value: number;
  /** A whole year, 1900–2200. */
  year: number;
}

/**
 * Meetpunt of a goal (file format 2), e.g. "Sociale samenhang" from the Leefbare Wijken
 * Monitor. Its id is unique among all measures of the plan, so a momentopname can be compared
 * with the plan measure by measure.
 */
export interface Measure {
  id: string;
  name: string;
  source?: string;
  unit?: string;
  baseline?: YearValue;
  target?: YearValue;
  /** In the order given; the app sorts by `at` where it shows them. */
  values: MeasurePoint[];
}

/** Doel or subdoel (a goal with a parent goal). */
export interface Goal extends NodeBase {
  kind: 'goal';
  /** The onderbouwing: the inputs and policies this goal rests on. */
  inputIds: string[];
  policyIds: string[];
  indicator?: string;
  /** Absent: none (every plan of file format 1). */
  measures?: Measure[];
}

/** Actie. */
export interface Action extends NodeBase {
  kind: 'action';
  status: ActionStatus;
  /** Planned quarter, `YYYY-Qn`. */
  due?: string;
  forumId?: string;
}

/** Eigenaar / verantwoordelijke. */
export interface Owner extends NodeBase {
  kind: 'owner';
  strengthId?: string;
}

export type PlanNode = Goal | Action | Owner;

/** goal → goal (subgoal), goal → action, action → owner. */
export interface Edge {
  id: string;
  source: string;
  target: string;
}

/** One procesplaat run for one wijk and period. */
export interface Plan {
  id: string;
  title: string;
  wijk: string;
  period?: string;
  /** ISO date-time. */
  createdAt: string;
  /** ISO date-time of the last change to the plan's content. */
  updatedAt: string;
  inputs: Input[];
  policies: Policy[];
  strengths: Strength[];
  forums: Forum[];
  nodes: PlanNode[];
  edges: Edge[];
  /** Momentopnamen, in the order given. Absent: none (every plan of file format 1). */
  snapshots?: Snapshot[];
}

/** What a momentopname keeps of a plan: its content, without identity, dates and momentopnamen. */
export type PlanContent = Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'snapshots'>;

/** Momentopname: the plan's content as it was at one moment, e.g. a sociale tafel. */
export interface Snapshot {
  id: string;
  label: string;
  /** ISO date-time. */
  createdAt: string;
  plan: PlanContent;
}

/** The outcome of an operation that the doelenboom rules may refuse. */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };
