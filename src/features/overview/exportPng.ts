// The per-wijk table as a PNG for a memo or a slide: drawn on a canvas, not a screenshot, so it
// looks the same in every browser and stays sharp when printed.
import type { CityOverview } from '../../domain/overview';
import { nlOverview } from '../../i18n';

const SCALE = 2;
const PAD = 32;
const ROW = 40;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Header, one line per wijk and a total line, as a PNG blob. */
export async function wijkTablePng(overview: CityOverview, dateLabel: string): Promise<Blob> {
  const c = nlOverview.wijken.columns;
  const s = nlOverview.status;
  const headers = [c.wijk, c.plans, c.topGoals, c.subGoals, s.gepland, s.lopend, s.gereed, s.gestopt, c.total, c.overdue, c.withoutOwner, c.withoutBasis, c.measuresOnTrack, c.measuresBehind, c.goalsWithoutMeasure];
  const line = (r: Omit<CityOverview['wijken'][number], 'key' | 'wijk' | 'plans'>, wijk: string, plans: number) =>
    [wijk, plans, r.topGoals, r.subGoals, r.actions.gepland, r.actions.lopend, r.actions.gereed, r.actions.gestopt, r.actionTotal, r.overdue, r.withoutOwner, r.withoutBasis, r.measuresOnTrack, r.measuresBehind, r.goalsWithoutMeasure].map(String);
  const rows = overview.wijken.map((r) => line(r, r.wijk, r.plans.length));
  const total = line(overview.totals, nlOverview.wijken.total, overview.totals.plans);

  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('no 2d context');
  // Column widths from the widest cell; headers wrap onto two lines when long.
  const headerLines = headers.map((h) => wrap(h));
  measure.font = `600 17px ${FONT}`;
  const widths = headers.map((_, i) => {
    const cells = [...rows, total].map((r) => r[i] ?? '');
    const headerWidth = Math.max(...(headerLines[i] ?? []).map((t) => measure.measureText(t).width));
    return Math.ceil(Math.max(headerWidth, ...cells.map((t) => measure.measureText(t).width), 40)) + 24;
  });
  const width = PAD * 2 + widths.reduce((a, b) => a + b, 0);
  const headerHeight = 56;
  const height = PAD * 2 + 90 + headerHeight + ROW * (rows.length + 1);

  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  ctx.scale(SCALE, SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);

  ctx.fillStyle = '#17202b';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(nlOverview.png.title, PAD, PAD + 30);
  ctx.font = `400 18px ${FONT}`;
  ctx.fillStyle = '#44505e';
  ctx.fillText(nlOverview.png.date(dateLabel), PAD, PAD + 60);

  let y = PAD + 90;
  ctx.fillStyle = '#0b3d6b';
  ctx.fillRect(PAD, y, width - PAD * 2, headerHeight);
  ctx.fillStyle = '#ffffff';
  ctx.font = `600 15px ${FONT}`;
  let x = PAD;
  headers.forEach((_, i) => {
    const parts = headerLines[i] ?? [];
    parts.forEach((t, k) => ctx.fillText(t, x + 12, y + (parts.length === 1 ? 34 : 24 + k * 19)));
    x += widths[i] ?? 0;
  });
  y += headerHeight;

  const drawRow = (cells: string[], bold: boolean, shade: boolean) => {
    if (shade) {
      ctx.fillStyle = '#f3f5f8';
      ctx.fillRect(PAD, y, width - PAD * 2, ROW);
    }
    ctx.fillStyle = '#17202b';
    ctx.font = `${bold ? 700 : 400} 17px ${FONT}`;
    let cx = PAD;
    cells.forEach((t, i) => {
      const w = widths[i] ?? 0;
      // Numbers right-aligned so columns compare at a glance; the wijk name left.
      if (i === 0) ctx.fillText(t, cx + 12, y + 26);
      else ctx.fillText(t, cx + w - 12 - ctx.measureText(t).width, y + 26);
      cx += w;
    });
    ctx.strokeStyle = '#c3cbd5';
    ctx.beginPath();
    ctx.moveTo(PAD, y + ROW - 0.5);
    ctx.lineTo(width - PAD, y + ROW - 0.5);
    ctx.stroke();
    y += ROW;
  };
  rows.forEach((r, i) => drawRow(r, false, i % 2 === 1));
  drawRow(total, true, false);

  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'));
}

/** Splits a header of more than one word at its middle space into two lines. */
function wrap(text: string): string[] {
  const words = text.split(' ');
  if (words.length < 2) return [text];
  const half = Math.ceil(words.length / 2);
  return [words.slice(0, half).join(' '), words.slice(half).join(' ')];
}
