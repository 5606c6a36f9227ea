// The whole doelenboom as one image (PNG or SVG), drawn from the canvas the user sees: React
// Flow's "download image" approach (html-to-image on `.react-flow__viewport`, sized and moved
// with getNodesBounds + getViewportForBounds), on white, with a header and a legend around it.
import { getNodesBounds, getViewportForBounds, type Node } from '@xyflow/react';
import { serialize } from '../domain/file';
import { writeTextChunk } from '../domain/file/png';
import type { ActionStatus, Plan } from '../domain/plan/types';
import { nl, nlShare } from '../i18n';
import { STATUS_ICON } from './nodes/ActionNode';

export interface ImageHeader {
  title: string;
  wijk: string;
  period?: string | undefined;
  /** As it is to be printed, e.g. "3 maart 2026". */
  date: string;
}

export interface RenderOptions {
  format: 'png' | 'svg';
  header: ImageHeader;
  /** Draw the legend (kinds of node, the four statuses) below the tree. */
  legend: boolean;
}

/** An export that cannot be made; `message` is Dutch and tells the user what to do. */
export class ImageExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImageExportError';
  }
}

/** Limits kept well within Chromium's (32,767 px a side, ~268 M px): an oversize canvas comes back blank. */
export const MAX_SIDE = 16_384;
export const MAX_AREA = 100_000_000;
export const PREFERRED_RATIO = 2;
export const MIN_RATIO = 0.25;

/** The pixel ratio for an image of `width` × `height` CSS px: 2, or lower so it fits; null when even 0.25 does not. */
export function imageRatio(width: number, height: number): number | null {
  const fit = Math.min(PREFERRED_RATIO, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  // Rounded down to 1/100 so rounding up of the canvas size never crosses a limit.
  const ratio = Math.floor(fit * 100) / 100;
  return ratio >= MIN_RATIO ? ratio : null;
}

const PAD = 40;
const HEADER = 112;
const LEGEND = 96;
const MIN_WIDTH = 960;
const INK = '#1b2733';
const INK_SOFT = '#4a5663';
const GOAL = '#0b3d6b';
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const STATUS_COLOR: Record<ActionStatus, string> = { gepland: '#6b7785', lopend: '#0b4f8a', gereed: '#1d6b38', gestopt: '#a3192b' };
const STATUSES: ActionStatus[] = ['gepland', 'lopend', 'gereed', 'gestopt'];

interface Layout {
  viewport: HTMLElement;
  root: HTMLElement;
  treeW: number;
  treeH: number;
  width: number;
  height: number;
  treeX: number;
  transform: string;
  folded: number;
}

/** Where the tree is and how large the image gets, from the nodes that are drawn. */
function measure(plan: Plan, options: RenderOptions): Layout {
  const root = document.querySelector<HTMLElement>('.react-flow');
  const viewport = root?.querySelector<HTMLElement>('.react-flow__viewport');
  const elements = viewport ? [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')] : [];
  if (!root || !viewport || elements.length === 0) throw new ImageExportError(nlShare.noCanvas);
  const positions = new Map(plan.nodes.map((n) => [n.id, n.position]));
  const nodes: Node[] = elements.map((el) => {
    const id = el.dataset.id ?? '';
    const position = positions.get(id) ?? (() => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform === 'none' ? undefined : getComputedStyle(el).transform);
      return { x: m.m41, y: m.m42 };
    })();
    return { id, position, data: {}, measured: { width: el.offsetWidth, height: el.offsetHeight } };
  });
  const bounds = getNodesBounds(nodes);
  const treeW = Math.ceil(bounds.width + 2 * PAD);
  const treeH = Math.ceil(bounds.height + 2 * PAD);
  // Zoom 1: the image shows the nodes at their own size, the bounds centred with PAD around them.
  const vp = getViewportForBounds(bounds, treeW, treeH, 1, 1, 0);
  const width = Math.max(treeW, MIN_WIDTH);
  const height = HEADER + treeH + (options.legend ? LEGEND : 0);
  return {
    viewport,
    root,
    treeW,
    treeH,
    width,
    height,
    treeX: Math.floor((width - treeW) / 2),
    transform: `translate(${vp.x}px, ${vp.y}px) scale(${vp.zoom})`,
    folded: viewport.querySelectorAll('.node-fold[aria-expanded="false"]').length,
  };
}

/** Leave out what only makes sense on screen: handles and "Inklappen" buttons (a folded branch keeps its "▸ n verborgen"). */
function keep(node: HTMLElement): boolean {
  const cl = node.classList;
  if (!cl) return true;
  if (cl.contains('react-flow__handle')) return false;
  if (cl.contains('node-fold') && node.getAttribute('aria-expanded') === 'true') return false;
  return true;
}

/**
 * While the image is made: text drawn even when zoomed far out, no selection or focus rings.
 * Returns the function that puts everything back.
 */
function prepare(root: HTMLElement): () => void {
  const far = root.classList.contains('zoom-far');
  root.classList.remove('zoom-far');
  root.classList.add('exporting-image');
  const style = document.createElement('style');
  style.textContent =
    '.exporting-image .react-flow__node > .node { box-shadow: none !important; outline: none !important; }';
  document.head.append(style);
  return () => {
    style.remove();
    root.classList.remove('exporting-image');
    if (far) root.classList.add('zoom-far');
  };
}

function fitText(ctx: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let t = text;
  while (t.length > 1 && ctx.measureText(`${t}…`).width > maxWidth) t = t.slice(0, -1);
  return `${t}…`;
}

function headerLine(h: ImageHeader): string {
  return [nlShare.wijk(h.wijk), h.period ? nlShare.period(h.period) : '', nlShare.date(h.date)].filter(Boolean).join('   ·   ');
}

/** The header (title, wijk, period, date), drawn in CSS px. */
function drawHeader(ctx: CanvasRenderingContext2D, h: ImageHeader, width: number) {
  ctx.fillStyle = INK;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 30px ${FONT}`;
  ctx.fillText(fitText(ctx, h.title, width - 2 * PAD), PAD, 52);
  ctx.fillStyle = INK_SOFT;
  ctx.font = `400 18px ${FONT}`;
  ctx.fillText(fitText(ctx, headerLine(h), width - 2 * PAD), PAD, 84);
  ctx.fillStyle = '#d5dbe3';
  ctx.fillRect(PAD, HEADER - 8, width - 2 * PAD, 2);
}

interface LegendItem { kind: 'goal' | 'subgoal' | 'action' | 'owner' | 'status'; label: string; status?: ActionStatus }

function legendItems(): LegendItem[] {
  return [
    { kind: 'goal', label: nl.plan.nodeKind.goal },
    { kind: 'subgoal', label: nl.plan.nodeKind.subgoal },
    { kind: 'action', label: nl.plan.nodeKind.action },
    { kind: 'owner', label: nl.plan.nodeKind.owner },
    ...STATUSES.map((s): LegendItem => ({ kind: 'status', status: s, label: `${STATUS_ICON[s]} ${nl.plan.status[s]}` })),
  ];
}

function roundRect(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r: number) {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
}

/** The legend below the tree: the kinds of node as small swatches, then the four statuses with icon. */
function drawLegend(ctx: CanvasRenderingContext2D, top: number, width: number, folded: number) {
  ctx.fillStyle = '#d5dbe3';
  ctx.fillRect(PAD, top + 4, width - 2 * PAD, 2);
  ctx.textBaseline = 'middle';
  ctx.font = `700 15px ${FONT}`;
  ctx.fillStyle = INK;
  const y = top + 34;
  ctx.fillText(`${nlShare.legend}:`, PAD, y);
  let x = PAD + ctx.measureText(`${nlShare.legend}:`).width + 16;
  ctx.font = `600 15px ${FONT}`;
  for (const item of legendItems()) {
    ctx.lineWidth = 2;
    if (item.kind === 'status') {
      ctx.fillStyle = STATUS_COLOR[item.status!];
      ctx.fillRect(x, y - 9, 6, 18);
      x += 12;
    } else {
      roundRect(ctx, x, y - 9, 30, 18, item.kind === 'owner' ? 9 : 4);
      if (item.kind === 'goal') {
        ctx.fillStyle = GOAL;
        ctx.fill();
      } else if (item.kind === 'subgoal') {
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.lineWidth = 3;
        ctx.strokeStyle = GOAL;
        ctx.stroke();
      } else if (item.kind === 'action') {
        ctx.fillStyle = '#fff';
        ctx.fill();
        ctx.strokeStyle = '#8a96a3';
        ctx.stroke();
      } else {
        ctx.fillStyle = '#f6ecd0';
        ctx.fill();
        ctx.strokeStyle = '#8a6d1f';
        ctx.stroke();
      }
      x += 38;
    }
    ctx.fillStyle = INK;
    ctx.fillText(item.label, x, y);
    x += ctx.measureText(item.label).width + 22;
  }
  ctx.font = `400 14px ${FONT}`;
  ctx.fillStyle = INK_SOFT;
  const note = [folded ? nlShare.folded(folded) : '', nlShare.madeWith].filter(Boolean).join('   ');
  ctx.fillText(fitText(ctx, note, width - 2 * PAD), PAD, top + 70);
}

/** Whether a canvas has at least one pixel that is not (nearly) white, judged on a small copy. */
function hasInk(source: HTMLCanvasElement): boolean {
  const scale = Math.min(1, 1024 / source.width, 1024 / source.height);
  const w = Math.max(1, Math.round(source.width * scale));
  const h = Math.max(1, Math.round(source.height * scale));
  const probe = document.createElement('canvas');
  probe.width = w;
  probe.height = h;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return false;
  ctx.drawImage(source, 0, 0, w, h);
  const data = ctx.getImageData(0, 0, w, h).data;
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) return true;
  }
  return false;
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The legend as SVG (same content as on the PNG). */
function svgLegend(top: number, width: number, folded: number): string {
  const y = top + 34;
  const parts = [`<rect x="${PAD}" y="${top + 4}" width="${width - 2 * PAD}" height="2" fill="#d5dbe3"/>`];
  parts.push(`<text x="${PAD}" y="${y}" font-weight="700">${esc(nlShare.legend)}:</text>`);
  let x = PAD + 90;
  for (const item of legendItems()) {
    if (item.kind === 'status') {
      parts.push(`<rect x="${x}" y="${y - 9}" width="6" height="18" fill="${STATUS_COLOR[item.status!]}"/>`);
      x += 12;
    } else {
      const fill = item.kind === 'goal' ? GOAL : item.kind === 'owner' ? '#f6ecd0' : '#fff';
      const stroke = item.kind === 'action' ? '#8a96a3' : item.kind === 'owner' ? '#8a6d1f' : GOAL;
      parts.push(`<rect x="${x}" y="${y - 9}" width="30" height="18" rx="${item.kind === 'owner' ? 9 : 4}" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`);
      x += 38;
    }
    parts.push(`<text x="${x}" y="${y}" font-weight="600">${esc(item.label)}</text>`);
    x += item.label.length * 9 + 22;
  }
  const note = [folded ? nlShare.folded(folded) : '', nlShare.madeWith].filter(Boolean).join('   ');
  parts.push(`<text x="${PAD}" y="${top + 70}" font-size="14" fill="${INK_SOFT}">${esc(note)}</text>`);
  return `<g font-size="15" fill="${INK}" dominant-baseline="middle">${parts.join('')}</g>`;
}

/**
 * Renders the whole doelenboom as drawn on the canvas (a folded branch shows folded) to a PNG
 * (with the plan embedded, docs/file-format.md) or an SVG. Throws an `ImageExportError` with a
 * Dutch message when the tree does not fit in one image or the image came out empty.
 */
export async function renderTreeImage(plan: Plan, options: RenderOptions): Promise<Blob> {
  const layout = measure(plan, options);
  const ratio = imageRatio(layout.width, layout.height);
  if (ratio === null) throw new ImageExportError(nlShare.tooBig);
  const { toCanvas, toSvg } = await import('html-to-image');
  const htmlOptions = {
    backgroundColor: '#ffffff',
    width: layout.treeW,
    height: layout.treeH,
    skipFonts: true,
    filter: keep,
    style: { width: `${layout.treeW}px`, height: `${layout.treeH}px`, transform: layout.transform },
  };
  const restore = prepare(layout.root);
  try {
    if (options.format === 'svg') return await renderSvg(await toSvg(layout.viewport, htmlOptions), layout, options);
    const tree = await toCanvas(layout.viewport, { ...htmlOptions, pixelRatio: ratio });
    restore();
    if (tree.width === 0 || tree.height === 0 || !hasInk(tree)) throw new ImageExportError(nlShare.emptyImage);

    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(layout.width * ratio);
    canvas.height = Math.floor(layout.height * ratio);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new ImageExportError(nlShare.failed);
    ctx.scale(ratio, ratio);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, layout.width, layout.height);
    drawHeader(ctx, options.header, layout.width);
    ctx.drawImage(tree, layout.treeX, HEADER, layout.treeW, layout.treeH);
    if (options.legend) drawLegend(ctx, HEADER + layout.treeH, layout.width, layout.folded);
    tree.width = 0; // free the tree's pixels early

    const blob = await toBlob(canvas);
    canvas.width = 0;
    if (!blob || blob.size === 0) throw new ImageExportError(nlShare.emptyImage);
    const png = writeTextChunk(new Uint8Array(await blob.arrayBuffer()), 'doelenboom', serialize(plan));
    return new Blob([png.slice().buffer], { type: 'image/png' });
  } finally {
    restore();
  }
}

async function renderSvg(dataUrl: string, layout: Layout, options: RenderOptions): Promise<Blob> {
  const inner = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  if (!inner.includes('react-flow__node')) throw new ImageExportError(nlShare.emptyImage);
  const { width, height } = layout;
  const h = options.header;
  // The tree's own <svg> (a foreignObject with the nodes as HTML) is nested at its place.
  const tree = inner.replace(/^<svg\b/, `<svg x="${layout.treeX}" y="${HEADER}"`);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${esc(FONT)}">` +
    `<title>${esc(h.title)}</title>` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="${PAD}" y="52" font-size="30" font-weight="700" fill="${INK}">${esc(h.title)}</text>` +
    `<text x="${PAD}" y="84" font-size="18" fill="${INK_SOFT}">${esc(headerLine(h))}</text>` +
    `<rect x="${PAD}" y="${HEADER - 8}" width="${width - 2 * PAD}" height="2" fill="#d5dbe3"/>` +
    tree +
    (options.legend ? svgLegend(HEADER + layout.treeH, width, layout.folded) : '') +
    `</svg>`;
  return new Blob([svg], { type: 'image/svg+xml' });
}
