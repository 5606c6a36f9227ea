// The Stadsoverzicht: every wijkplan side by side, as the council asks for it ("één taal",
// uitvoeringsplan Van Wijken Weten): per wijk, per beleidsprogramma and per eigenaar.
// Pure: plans in, figures out. Filters narrow the plans first, so every figure on the page
// answers the same question.
import { nlOverview } from '../../i18n/overview';
import { measureTrack } from '../plan/measures';
import { graphIndex, type GraphIndex } from '../plan/rules';
import { ACTION_STATUSES, type ActionStatus, type Goal, type Plan } from '../plan/types';
import { isOverdue } from '../procesplaat/progress';

/** Wijk, programme and owner names match without case and surrounding spaces. */
export const nameKey = (s: string | undefined): string => (s ?? '').trim().toLowerCase();

/** The programme key of goals that cite no policy (no real programme key is empty). */
export const NO_PROGRAMME = '';

export interface OverviewFilter {
  /** nameKey of a wijk. */
  wijk?: string;
  /** nameKey of a programme, or NO_PROGRAMME. */
  programme?: string;
  status?: ActionStatus;
  /** nameKey of an owner. */
  owner?: string;
}

export type StatusCounts = Record<ActionStatus, number>;

export interface PlanRef {
  id: string;
  title: string;
}

export interface WijkRow {
  key: string;
  /** First spelling met (trimmed). */
  wijk: string;
  plans: PlanRef[];
  topGoals: number;
  subGoals: number;
  actions: StatusCounts;
  actionTotal: number;
  overdue: number;
  withoutOwner: number;
  /** Goals with neither inputs nor policies as onderbouwing. */
  withoutBasis: number;
  /** Meetpunten with a target whose latest value is on course or reached (measureTrack). */
  measuresOnTrack: number;
  /** Meetpunten behind the straight line from start to target. */
  measuresBehind: number;
  /** Top goals without any meetpunt (the kwaliteitscheck reports them too). */
  goalsWithoutMeasure: number;
}

export interface ProgrammeGoal {
  goalId: string;
  title: string;
  isSubgoal: boolean;
  wijk: string;
  plan: PlanRef;
  /** Actions directly under this goal: a subgoal with the same programme is listed itself. */
  actions: StatusCounts;
  actionTotal: number;
}

export interface ProgrammeGroup {
  key: string;
  programme: string;
  goals: ProgrammeGoal[];
  wijkCount: number;
  actions: StatusCounts;
  actionTotal: number;
}

export interface OwnerAction {
  title: string;
  status: ActionStatus;
  /** '' without goal. */
  goal: string;
  plan: PlanRef;
}

export interface OwnerWijk {
  wijk: string;
  actions: OwnerAction[];
}

export interface OwnerRow {
  key: string;
  name: string;
  wijken: OwnerWijk[];
}

export interface CityOverview {
  wijken: WijkRow[];
  totals: Omit<WijkRow, 'key' | 'wijk' | 'plans'> & { plans: number };
  programmes: ProgrammeGroup[];
  /** Owners in two or more wijken first (most wijken first), then the rest; by name within. */
  owners: OwnerRow[];
}

export interface FilterOptions {
  wijken: { key: string; label: string }[];
  programmes: { key: string; label: string }[];
  owners: { key: string; label: string }[];
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });
const zeroCounts = (): StatusCounts => ({ gepland: 0, lopend: 0, gereed: 0, gestopt: 0 });

const wijkLabel = (plan: Plan) => plan.wijk.trim() || nlOverview.noWijk;

/** The programme keys (and first spellings) of the policies a goal cites, each once. */
function goalProgrammes(goal: Goal, policies: Map<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const id of goal.policyIds) {
    const programme = policies.get(id);
    if (programme === undefined) continue;
    const label = programme.trim();
    const key = nameKey(label);
    if (key !== NO_PROGRAMME && !out.has(key)) out.set(key, label);
  }
  if (out.size === 0) out.set(NO_PROGRAMME, nlOverview.noProgramme);
  return out;
}

const policyMap = (plan: Plan) => new Map(plan.policies.map((p) => [p.id, p.programme]));

function ownerName(index: GraphIndex, actionId: string): string | undefined {
  const ownerId = index.ownerOfAction(actionId);
  const owner = ownerId === undefined ? undefined : index.node(ownerId);
  return owner?.kind === 'owner' ? owner.title : undefined;
}

/**
 * The plans narrowed by the filter: plans of the wijk; goals citing the programme (with the
 * actions under them); actions of the status and owner; owners of the kept actions. Edges
 * between kept nodes stay. A subgoal kept without its parent goal counts as a top goal of the
 * filtered view: within that programme, nothing is above it.
 */
export function filterOverview(plans: readonly Plan[], filter: OverviewFilter): Plan[] {
  const { wijk, programme, status, owner } = filter;
  const out: Plan[] = [];
  for (const plan of plans) {
    if (wijk !== undefined && nameKey(wijkLabel(plan)) !== wijk) continue;
    if (programme === undefined && status === undefined && owner === undefined) {
      out.push(plan);
      continue;
    }
    const index = graphIndex(plan);
    const policies = policyMap(plan);
    const keep = new Set<string>();
    for (const n of plan.nodes) {
      if (n.kind === 'goal' && (programme === undefined || goalProgrammes(n, policies).has(programme))) keep.add(n.id);
    }
    for (const n of plan.nodes) {
      if (n.kind !== 'action') continue;
      if (programme !== undefined) {
        const goalId = index.goalOfAction(n.id);
        if (goalId === undefined || !keep.has(goalId)) continue;
      }
      if (status !== undefined && n.status !== status) continue;
      if (owner !== undefined && nameKey(ownerName(index, n.id)) !== owner) continue;
      keep.add(n.id);
    }
    const actionsFiltered = programme !== undefined || status !== undefined || owner !== undefined;
    for (const n of plan.nodes) {
      if (n.kind !== 'owner') continue;
      const owned = index.actionsOfOwner(n.id);
      if (!actionsFiltered || owned.some((a) => keep.has(a))) keep.add(n.id);
    }
    out.push({
      ...plan,
      nodes: plan.nodes.filter((n) => keep.has(n.id)),
      edges: plan.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    });
  }
  return out;
}

/** Everything the filters can choose from, from the unfiltered plans. */
export function filterOptions(plans: readonly Plan[]): FilterOptions {
  const wijken = new Map<string, string>();
  const programmes = new Map<string, string>();
  const owners = new Map<string, string>();
  let goalWithoutPolicy = false;
  for (const plan of plans) {
    const w = wijkLabel(plan);
    if (!wijken.has(nameKey(w))) wijken.set(nameKey(w), w);
    const policies = policyMap(plan);
    for (const n of plan.nodes) {
      if (n.kind === 'goal') {
        for (const [key, label] of goalProgrammes(n, policies)) {
          if (key === NO_PROGRAMME) goalWithoutPolicy = true;
          else if (!programmes.has(key)) programmes.set(key, label);
        }
      } else if (n.kind === 'owner') {
        const label = n.title.trim();
        if (label !== '' && !owners.has(nameKey(label))) owners.set(nameKey(label), label);
      }
    }
    for (const p of plan.policies) {
      const label = p.programme.trim();
      if (label !== '' && !programmes.has(nameKey(label))) programmes.set(nameKey(label), label);
    }
  }
  const sorted = (m: Map<string, string>) =>
    [...m].map(([key, label]) => ({ key, label })).sort((a, b) => collator.compare(a.label, b.label));
  const programmeList = sorted(programmes);
  if (goalWithoutPolicy) programmeList.push({ key: NO_PROGRAMME, label: nlOverview.noProgramme });
  return { wijken: sorted(wijken), programmes: programmeList, owners: sorted(owners) };
}

/**
 * The Stadsoverzicht of these plans on the day `today`, narrowed by `filter` first. With a
 * programme filter, a goal that cites several programmes is listed under the chosen one only.
 */
export function cityOverview(allPlans: readonly Plan[], today: Date, filter: OverviewFilter = {}): CityOverview {
  const plans = filterOverview(allPlans, filter);
  const wijken = new Map<string, WijkRow>();
  const programmes = new Map<string, ProgrammeGroup>();
  const programmeWijken = new Map<string, Set<string>>();
  const owners = new Map<string, { name: string; wijken: Map<string, OwnerWijk> }>();

  for (const plan of plans) {
    const label = wijkLabel(plan);
    const wKey = nameKey(label);
    let row = wijken.get(wKey);
    if (!row) {
      row = { key: wKey, wijk: label, plans: [], topGoals: 0, subGoals: 0, actions: zeroCounts(), actionTotal: 0, overdue: 0, withoutOwner: 0, withoutBasis: 0, measuresOnTrack: 0, measuresBehind: 0, goalsWithoutMeasure: 0 };
      wijken.set(wKey, row);
    }
    const ref: PlanRef = { id: plan.id, title: plan.title };
    row.plans.push(ref);
    const index = graphIndex(plan);
    const policies = policyMap(plan);

    for (const n of plan.nodes) {
      if (n.kind === 'goal') {
        const isSubgoal = index.parentGoal(n.id) !== undefined;
        if (isSubgoal) row.subGoals++;
        else row.topGoals++;
        if (n.inputIds.length === 0 && n.policyIds.length === 0) row.withoutBasis++;
        if (!isSubgoal && !n.measures?.length) row.goalsWithoutMeasure++;
        for (const m of n.measures ?? []) {
          const track = measureTrack(m);
          if (track === 'op-koers' || track === 'bereikt') row.measuresOnTrack++;
          else if (track === 'achter') row.measuresBehind++;
        }

        const direct = zeroCounts();
        let directTotal = 0;
        for (const child of index.children(n.id)) {
          const c = index.node(child);
          if (c?.kind === 'action') {
            direct[c.status]++;
            directTotal++;
          }
        }
        for (const [pKey, pLabel] of goalProgrammes(n, policies)) {
          let group = programmes.get(pKey);
          if (!group) {
            group = { key: pKey, programme: pLabel, goals: [], wijkCount: 0, actions: zeroCounts(), actionTotal: 0 };
            programmes.set(pKey, group);
            programmeWijken.set(pKey, new Set());
          }
          group.goals.push({ goalId: n.id, title: n.title, isSubgoal, wijk: label, plan: ref, actions: { ...direct }, actionTotal: directTotal });
          for (const s of ACTION_STATUSES) group.actions[s] += direct[s];
          group.actionTotal += directTotal;
          programmeWijken.get(pKey)?.add(wKey);
        }
      } else if (n.kind === 'action') {
        row.actions[n.status]++;
        row.actionTotal++;
        if (isOverdue(n, today)) row.overdue++;
        const name = ownerName(index, n.id);
        if (name === undefined) {
          row.withoutOwner++;
          continue;
        }
        const oKey = nameKey(name);
        if (oKey === '') continue;
        let o = owners.get(oKey);
        if (!o) {
          o = { name: name.trim(), wijken: new Map() };
          owners.set(oKey, o);
        }
        let ow = o.wijken.get(wKey);
        if (!ow) {
          ow = { wijk: label, actions: [] };
          o.wijken.set(wKey, ow);
        }
        const goalId = index.goalOfAction(n.id);
        const goal = goalId === undefined ? undefined : index.node(goalId);
        ow.actions.push({ title: n.title, status: n.status, goal: goal?.title ?? '', plan: ref });
      }
    }
  }

  const wijkRows = [...wijken.values()].sort((a, b) => collator.compare(a.wijk, b.wijk));
  const totals: CityOverview['totals'] = { plans: 0, topGoals: 0, subGoals: 0, actions: zeroCounts(), actionTotal: 0, overdue: 0, withoutOwner: 0, withoutBasis: 0, measuresOnTrack: 0, measuresBehind: 0, goalsWithoutMeasure: 0 };
  for (const r of wijkRows) {
    totals.plans += r.plans.length;
    totals.topGoals += r.topGoals;
    totals.subGoals += r.subGoals;
    for (const s of ACTION_STATUSES) totals.actions[s] += r.actions[s];
    totals.actionTotal += r.actionTotal;
    totals.overdue += r.overdue;
    totals.withoutOwner += r.withoutOwner;
    totals.withoutBasis += r.withoutBasis;
    totals.measuresOnTrack += r.measuresOnTrack;
    totals.measuresBehind += r.measuresBehind;
    totals.goalsWithoutMeasure += r.goalsWithoutMeasure;
  }

  const groups = [...programmes.values()].filter((g) => filter.programme === undefined || g.key === filter.programme);
  for (const g of groups) {
    g.wijkCount = programmeWijken.get(g.key)?.size ?? 0;
    g.goals.sort((a, b) => collator.compare(a.wijk, b.wijk));
  }
  // "Zonder beleid" last: it is what is missing, not a programme.
  groups.sort((a, b) => (a.key === NO_PROGRAMME ? 1 : b.key === NO_PROGRAMME ? -1 : collator.compare(a.programme, b.programme)));

  const ownerRows: OwnerRow[] = [...owners].map(([key, o]) => ({
    key,
    name: o.name,
    wijken: [...o.wijken.values()].sort((a, b) => collator.compare(a.wijk, b.wijk)),
  }));
  ownerRows.sort((a, b) => {
    const several = Number(b.wijken.length >= 2) - Number(a.wijken.length >= 2);
    if (several !== 0) return several;
    if (a.wijken.length !== b.wijken.length) return b.wijken.length - a.wijken.length;
    return collator.compare(a.name, b.name);
  });

  return { wijken: wijkRows, totals, programmes: groups, owners: ownerRows };
}
