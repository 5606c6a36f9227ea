// The whole doelenboom as one image file: the drawing of treeDrawing.ts as SVG, or rasterised
// by the browser's own SVG renderer onto a canvas and written as PNG with the plan inside.
import { serialize } from '../domain/file';
import { writeTextChunk } from '../domain/file/png';
import type { Plan } from '../domain/plan/types';
import { nlShare } from '../i18n';
import { drawTree, type ImageHeader, type TreeDrawing } from './treeDrawing';

export type { ImageHeader } from './treeDrawing';

export interface RenderOptions {
  format: 'png' | 'svg';
  header: ImageHeader;
  /** Draw the legend (kinds of node, the four statuses) below the tree. */
  legend: boolean;
  /** Goals folded on the canvas: the image shows them folded too. */
  collapsed?: ReadonlySet<string>;
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
// Area kept lower than Chromium allows: a 2,000-node tree at 50 Mpx is a ~25 MB PNG made in
// seconds, with text still about 13 px high.
export const MAX_AREA = 50_000_000;
export const PREFERRED_RATIO = 2;
export const MIN_RATIO = 0.25;

/** The pixel ratio for an image of `width` × `height` CSS px: 2, or lower so it fits; null when even 0.25 does not. */
export function imageRatio(width: number, height: number): number | null {
  const fit = Math.min(PREFERRED_RATIO, MAX_SIDE / width, MAX_SIDE / height, Math.sqrt(MAX_AREA / (width * height)));
  // Rounded down to 1/100 so rounding up of the canvas size never crosses a limit.
  const ratio = Math.floor(fit * 100) / 100;
  return ratio >= MIN_RATIO ? ratio : null;
}

/**
 * Whether the tree came out: ink in small squares where cards have their border. Reading a few
 * pixels is instant, where scanning a 100-megapixel canvas took half a minute.
 */
function hasInk(ctx: CanvasRenderingContext2D, probes: TreeDrawing['probes'], ratio: number): boolean {
  const side = Math.max(1, Math.round(8 * ratio));
  return probes.some((p) => {
    const data = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), side, side).data;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0 && (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235)) return true;
    }
    return false;
  });
}

const toBlob = (canvas: HTMLCanvasElement) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));

async function loadSvg(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Renders the whole doelenboom (a folded branch shows folded) to a PNG (with the plan embedded,
 * docs/file-format.md) or an SVG. Throws an `ImageExportError` with a Dutch message when the
 * tree does not fit in one image or the image came out empty.
 */
export async function renderTreeImage(plan: Plan, options: RenderOptions): Promise<Blob> {
  if (plan.nodes.length === 0) throw new ImageExportError(nlShare.emptyTree);
  const draw = { header: options.header, legend: options.legend, ...(options.collapsed ? { collapsed: options.collapsed } : {}) };
  if (options.format === 'svg') {
    const { svg } = drawTree(plan, draw);
    return new Blob([svg], { type: 'image/svg+xml' });
  }
  const size = drawTree(plan, draw);
  const ratio = imageRatio(size.width, size.height);
  if (ratio === null) throw new ImageExportError(nlShare.tooBig);
  // The SVG's own size is the bitmap's, so the browser draws the text sharp at that size.
  const { svg } = drawTree(plan, { ...draw, scale: ratio });
  let img: HTMLImageElement;
  try {
    img = await loadSvg(svg);
  } catch {
    throw new ImageExportError(nlShare.failed);
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.floor(size.width * ratio);
  canvas.height = Math.floor(size.height * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ImageExportError(nlShare.failed);
  try {
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    if (!hasInk(ctx, size.probes, ratio)) throw new ImageExportError(nlShare.emptyImage);
    const blob = await toBlob(canvas);
    if (!blob || blob.size === 0) throw new ImageExportError(nlShare.emptyImage);
    const png = writeTextChunk(new Uint8Array(await blob.arrayBuffer()), 'doelenboom', serialize(plan));
    return new Blob([png.slice().buffer], { type: 'image/png' });
  } finally {
    // Free the bitmap's memory at once rather than at the next garbage collection.
    canvas.width = 0;
  }
}
