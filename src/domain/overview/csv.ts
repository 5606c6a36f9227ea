// The Stadsoverzicht as CSV, the same way as the Actielijst (actionList.ts): UTF-8 with a byte
// order mark, `;` between cells, CRLF line ends, so Excel with Dutch settings opens a table.
import { nlOverview } from '../../i18n/overview';
import { csvCell } from '../procesplaat/actionList';
import type { OwnerRow, WijkRow } from './overview';

const csv = (lines: string[][]) => `\uFEFF${lines.map((cells) => cells.map(csvCell).join(';')).join('\r\n')}\r\n`;

/** One line per wijk: Wijk;Plannen;Doelen;Subdoelen;Gepland;Lopend;Gereed;Gestopt;Acties;… */
export function wijkTableCsv(rows: readonly WijkRow[]): string {
  const lines: string[][] = [[...nlOverview.csv.wijkHeaders]];
  for (const r of rows) {
    lines.push([
      r.wijk, r.plans.length, r.topGoals, r.subGoals, r.actions.gepland, r.actions.lopend, r.actions.gereed,
      r.actions.gestopt, r.actionTotal, r.overdue, r.withoutOwner, r.withoutBasis, r.measuresOnTrack, r.measuresBehind, r.goalsWithoutMeasure,
    ].map(String));
  }
  return csv(lines);
}

/** One line per action of an owner: Eigenaar;Aantal wijken;Wijk;Plan;Actie;Status;Doel. */
export function ownerTableCsv(rows: readonly OwnerRow[]): string {
  const lines: string[][] = [[...nlOverview.csv.ownerHeaders]];
  for (const o of rows) {
    for (const w of o.wijken) {
      for (const a of w.actions) {
        lines.push([o.name, String(o.wijken.length), w.wijk, a.plan.title, a.title, nlOverview.status[a.status], a.goal]);
      }
    }
  }
  return csv(lines);
}
