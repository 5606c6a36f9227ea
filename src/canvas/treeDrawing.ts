// The whole doelenboom as one SVG drawn straight from the plan: the same cards, words and
// colours as on the canvas, at the nodes' own positions, with a header and a legend. Drawing
// from the plan (not copying the canvas DOM) keeps a 2,000-node image to well under a second
// and makes the image independent of what is on screen; PNG, SVG and the web page all use it.
import { NODE_WIDTH } from '../domain/layout';
import type { ActionStatus, Plan } from '../domain/plan/types';
import { nl, nlEditor, nlProgress, nlShare } from '../i18n';
import { toFlowNodes, type PlanFlowNode } from './flowModel';
import { STATUS_ICON } from './nodes/ActionNode';

export interface ImageHeader {
  title: string;
  wijk: string;
  period?: string | undefined;
  /** As it is to be printed, e.g. "3 maart 2026". */
  date: string;
}

export interface DrawOptions {
  /** Title, wijk, period and date above the tree; none: the tree alone. */
  header?: ImageHeader;
  /** The kinds of node and the four statuses below the tree. */
  legend?: boolean;
  /** Goals shown folded: what hangs below them is left out, as on the canvas. */
  collapsed?: ReadonlySet<string>;
  /** For "Achter op schema"; defaults to now. */
  today?: Date;
  /** Each card a focusable button with `data-id` (the web page shows its details on a click). */
  interactive?: boolean;
  /** Width and height attributes are the drawing's size times this (the viewBox stays in CSS px). */
  scale?: number;
  /** A white background (images); false: transparent (the web page has its own). */
  background?: boolean;
  /** More attributes of the root <svg> (id, role, aria-label), as plain text: they are escaped here. */
  attributes?: Record<string, string>;
}

export interface TreeDrawing {
  svg: string;
  /** In CSS px. */
  width: number;
  height: number;
  /** Number of cards drawn. */
  nodes: number;
  /** Top-left corners (CSS px) of 8 × 8 squares on the left border of a few cards: never white when the tree came out. */
  probes: Array<{ x: number; y: number }>;
}

export const PAD = 40;
export const HEADER_HEIGHT = 112;
export const LEGEND_HEIGHT = 96;
export const MIN_WIDTH = 960;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";
const INK = '#17202b';
const INK_SOFT = '#44505e';
const GOAL = '#0b3d6b';
const OWNER = '#f7f1e1';
const OWNER_LINE = '#8a6d1f';
const DANGER = '#a3192b';
export const STATUS_COLOR: Record<ActionStatus, string> = { gepland: '#6b7785', lopend: '#0b4f8a', gereed: '#1d6b38', gestopt: '#a3192b' };
const STATUSES: ActionStatus[] = ['gepland', 'lopend', 'gereed', 'gestopt'];

// Card geometry, matching the canvas's .node styles (16 px text, 13 px head line).
const INSET = 12;
const HEAD_Y = 22;
const LINE = 21;
const TITLE_CHARS = 23;
const TITLE_LINES = 4;
const MEASURE_CHARS = 30;

/** Text for XML: escaped, and without the control characters XML forbids (they would void the whole image). */
export function xmlText(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Splits a title into at most `max` lines of about `width` characters; the last gets "…" if cut. */
export function wrapTitle(text: string, width = TITLE_CHARS, max = TITLE_LINES): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (let word of words) {
    while (word.length > width) {
      if (line) {
        lines.push(line);
        line = '';
      }
      lines.push(word.slice(0, width));
      word = word.slice(width);
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  const last = kept[max - 1] as string;
  kept[max - 1] = `${last.slice(0, width - 1)}…`;
  return kept;
}

/** A line cut to about `chars` characters, with "…" when cut. */
function cut(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

const upper = (s: string) => s.toLocaleUpperCase('nl-NL');

interface Card {
  node: PlanFlowNode;
  lines: string[];
  height: number;
}

function cardOf(node: PlanFlowNode): Card {
  const lines = wrapTitle(node.data.title);
  let body = HEAD_Y + 10 + lines.length * LINE;
  if (node.type === 'action') body += (node.data.overdue ? 22 : 0) + 24;
  if (node.type === 'goal' && node.data.measure) body += 20 * wrapTitle(node.data.measure, MEASURE_CHARS, 2).length + 2;
  if (node.type === 'goal' && node.data.collapsed) body += 26;
  const min = node.type === 'owner' ? 64 : 84;
  return { node, lines, height: Math.max(min, body + 8) };
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${x}" y="${y}" ${attrs}>${xmlText(content)}</text>`;
}

function titleText(card: Card, top: number, color: string, size: number): string {
  const spans = card.lines.map((l, i) => `<tspan x="${INSET}" y="${top + i * LINE}">${xmlText(l)}</tspan>`).join('');
  return `<text class="title" font-size="${size}" font-weight="650" fill="${color}">${spans}</text>`;
}

function drawCard(card: Card, interactive: boolean): string {
  const { node, height: h } = card;
  const w = NODE_WIDTH;
  const { x, y } = node.position;
  const parts: string[] = [];
  let kindWord: string;
  let cls: string;
  let titleTop = HEAD_Y + 24;
  if (node.type === 'goal') {
    const d = node.data;
    kindWord = d.sub ? nl.plan.nodeKind.subgoal : nl.plan.nodeKind.goal;
    cls = d.sub ? 'goal subgoal' : 'goal';
    const fg = d.sub ? GOAL : '#dbe7f3';
    parts.push(d.sub
      ? `<rect class="card" x="1.5" y="1.5" width="${w - 3}" height="${h - 3}" rx="10" fill="#ffffff" stroke="${GOAL}" stroke-width="3"/>`
      : `<rect class="card" width="${w}" height="${h}" rx="10" fill="${GOAL}" stroke="${GOAL}" stroke-width="2"/>`);
    const head = [d.number, upper(kindWord)].filter(Boolean).join('  ');
    parts.push(text(INSET, HEAD_Y, head, `class="kind" font-size="13" font-weight="700" fill="${fg}" letter-spacing="0.4"`));
    if (d.total > 0) parts.push(text(w - INSET, HEAD_Y, nl.plan.progress(d.done, d.total), `class="kind" font-size="13" font-weight="600" fill="${fg}" text-anchor="end"`));
    parts.push(titleText(card, titleTop, d.sub ? INK : '#ffffff', 17));
    let below = titleTop + card.lines.length * LINE + 4;
    for (const line of d.measure ? wrapTitle(d.measure, MEASURE_CHARS, 2) : []) {
      parts.push(text(INSET, below, line, `class="measure" font-size="14" font-weight="600" fill="${fg}"`));
      below += 20;
    }
    if (d.measure) below += 2;
    if (d.collapsed) {
      parts.push(text(INSET, below, `▸ ${nlEditor.hiddenCount(d.hiddenCount)}`, `class="kind" font-size="13" font-weight="600" fill="${d.sub ? GOAL : '#ffffff'}"`));
    }
  } else if (node.type === 'action') {
    const d = node.data;
    kindWord = nl.plan.nodeKind.action;
    cls = `action ${d.status}`;
    parts.push(`<rect class="card" x="1" y="1" width="${w - 2}" height="${h - 2}" rx="10" fill="#ffffff" stroke="#6b7785" stroke-width="2"/>`);
    parts.push(`<path class="status-bar" d="M10 0A10 10 0 0 0 0 10V${h - 10}A10 10 0 0 0 10 ${h}H8V0Z" fill="${STATUS_COLOR[d.status]}"/>`);
    const head = `${upper(kindWord)}   ${STATUS_ICON[d.status]} ${nl.plan.status[d.status]}`;
    parts.push(text(INSET + 4, HEAD_Y, head, `class="kind" font-size="13" font-weight="700" fill="${INK_SOFT}"`));
    if (d.due) parts.push(text(w - INSET, HEAD_Y, d.due, `class="kind" font-size="13" font-weight="600" fill="${INK_SOFT}" text-anchor="end"`));
    if (d.overdue) {
      parts.push(`<rect class="badge" x="${INSET + 4}" y="${HEAD_Y + 6}" width="${nlProgress.overdue.length * 8 + 14}" height="19" rx="4" fill="${DANGER}"/>`);
      parts.push(text(INSET + 9, HEAD_Y + 20, nlProgress.overdue, `class="badge-text" font-size="13" font-weight="700" fill="#ffffff"`));
      titleTop += 22;
    }
    parts.push(titleText(card, titleTop, INK, 16).replace(new RegExp(`x="${INSET}"`, 'g'), `x="${INSET + 4}"`));
    const ownerLine = d.owner ? `${nl.plan.nodeKind.owner}: ${d.owner}` : nl.plan.noOwner;
    parts.push(text(INSET + 4, titleTop + card.lines.length * LINE + 6, cut(ownerLine, 32), d.owner ? `class="kind" font-size="14" fill="${INK_SOFT}"` : `class="kind" font-size="14" font-weight="600" fill="${DANGER}"`));
  } else {
    const d = node.data;
    kindWord = nl.plan.nodeKind.owner;
    cls = 'owner';
    parts.push(`<rect class="card" x="1" y="1" width="${w - 2}" height="${h - 2}" rx="${Math.min(30, (h - 2) / 2)}" fill="${OWNER}" stroke="${OWNER_LINE}" stroke-width="2"/>`);
    parts.push(text(INSET + 8, HEAD_Y, upper(kindWord), `class="kind" font-size="13" font-weight="700" fill="#5e4a10"`));
    parts.push(text(w - INSET - 8, HEAD_Y, nl.plan.actionsOwned(d.actions), `class="kind" font-size="13" font-weight="600" fill="#5e4a10" text-anchor="end"`));
    parts.push(titleText(card, titleTop, INK, 16).replace(new RegExp(`x="${INSET}"`, 'g'), `x="${INSET + 8}"`));
  }
  const label = `${kindWord}: ${node.data.title}`;
  const open = interactive
    ? `<g class="node ${cls}" data-id="${xmlText(node.id)}" transform="translate(${x} ${y})" tabindex="0" role="button" aria-label="${xmlText(label)}">`
    : `<g class="node ${cls}" transform="translate(${x} ${y})">`;
  return `${open}<title>${xmlText(label)}</title>${parts.join('')}</g>`;
}

function headerSvg(h: ImageHeader, width: number): string {
  const sub = [nlShare.wijk(h.wijk), h.period ? nlShare.period(h.period) : '', nlShare.date(h.date)].filter(Boolean).join('   ·   ');
  // About 0.55 em per character: long titles are cut rather than run off the image.
  const chars = (size: number) => Math.floor((width - 2 * PAD) / (size * 0.55));
  return (
    text(PAD, 52, cut(h.title, chars(30)), `font-size="30" font-weight="700" fill="${INK}"`) +
    text(PAD, 84, cut(sub, chars(18)), `font-size="18" fill="${INK_SOFT}"`) +
    `<rect x="${PAD}" y="${HEADER_HEIGHT - 8}" width="${width - 2 * PAD}" height="2" fill="#d5dbe3"/>`
  );
}

function legendSvg(top: number, width: number, folded: number): string {
  const y = top + 34;
  const parts = [`<rect x="${PAD}" y="${top + 4}" width="${width - 2 * PAD}" height="2" fill="#d5dbe3"/>`];
  parts.push(text(PAD, y, `${nlShare.legend}:`, 'font-weight="700"'));
  let x = PAD + 90;
  const swatch = (kind: 'goal' | 'subgoal' | 'action' | 'owner', x: number) => {
    const fill = kind === 'goal' ? GOAL : kind === 'owner' ? OWNER : '#ffffff';
    const stroke = kind === 'action' ? '#6b7785' : kind === 'owner' ? OWNER_LINE : GOAL;
    return `<rect x="${x}" y="${y - 9}" width="30" height="18" rx="${kind === 'owner' ? 9 : 4}" fill="${fill}" stroke="${stroke}" stroke-width="${kind === 'subgoal' ? 3 : 2}"/>`;
  };
  const kinds = ['goal', 'subgoal', 'action', 'owner'] as const;
  for (const kind of kinds) {
    const label = nl.plan.nodeKind[kind];
    parts.push(swatch(kind, x));
    x += 38;
    parts.push(text(x, y, label, 'font-weight="600"'));
    x += label.length * 9 + 22;
  }
  for (const s of STATUSES) {
    parts.push(`<rect x="${x}" y="${y - 9}" width="6" height="18" fill="${STATUS_COLOR[s]}"/>`);
    x += 12;
    const label = `${STATUS_ICON[s]} ${nl.plan.status[s]}`;
    parts.push(text(x, y, label, 'font-weight="600"'));
    x += label.length * 9 + 22;
  }
  const note = [folded ? nlShare.folded(folded) : '', nlShare.madeWith].filter(Boolean).join('   ');
  parts.push(text(PAD, top + 70, note, `font-size="14" fill="${INK_SOFT}"`));
  return `<g font-size="15" fill="${INK}" dominant-baseline="middle">${parts.join('')}</g>`;
}

/**
 * The doelenboom as an SVG: every card that is not folded away, the edges between them, and
 * optionally header and legend. Empty plans give an SVG with only header and legend.
 */
export function drawTree(plan: Plan, options: DrawOptions = {}): TreeDrawing {
  const collapsed = options.collapsed ?? new Set<string>();
  const flow = toFlowNodes(plan, [], { editing: null, collapsed, selection: new Set(), ...(options.today ? { today: options.today } : {}) });
  const cards = new Map<string, Card>();
  for (const node of flow) if (!node.hidden) cards.set(node.id, cardOf(node));

  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const c of cards.values()) {
    minX = Math.min(minX, c.node.position.x);
    minY = Math.min(minY, c.node.position.y);
    maxX = Math.max(maxX, c.node.position.x + NODE_WIDTH);
    maxY = Math.max(maxY, c.node.position.y + c.height);
  }
  if (cards.size === 0) minX = minY = maxX = maxY = 0;
  const treeW = Math.ceil(maxX - minX + 2 * PAD);
  const treeH = Math.ceil(maxY - minY + 2 * PAD);
  const top = options.header ? HEADER_HEIGHT : 0;
  const width = options.header || options.legend ? Math.max(treeW, MIN_WIDTH) : treeW;
  const height = top + treeH + (options.legend ? LEGEND_HEIGHT : 0);
  // The tree centred below the header, its top-left card PAD from the edges.
  const dx = Math.floor((width - treeW) / 2) + PAD - minX;
  const dy = top + PAD - minY;

  const edges: string[] = [];
  for (const e of plan.edges) {
    const s = cards.get(e.source);
    const t = cards.get(e.target);
    if (!s || !t) continue;
    const x1 = s.node.position.x + NODE_WIDTH / 2;
    const y1 = s.node.position.y + s.height;
    const x2 = t.node.position.x + NODE_WIDTH / 2;
    const y2 = t.node.position.y;
    const my = (y1 + y2) / 2;
    edges.push(`M${x1} ${y1}C${x1} ${my} ${x2} ${my} ${x2} ${y2}`);
  }
  const interactive = options.interactive ?? false;
  const body = [...cards.values()].map((c) => drawCard(c, interactive)).join('');
  const folded = flow.filter((n) => n.type === 'goal' && n.data.collapsed && !n.hidden).length;
  const scale = options.scale ?? 1;
  const extra = Object.entries(options.attributes ?? {}).map(([k, v]) => ` ${k}="${xmlText(v)}"`).join('');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${extra} width="${Math.floor(width * scale)}" height="${Math.floor(height * scale)}" viewBox="0 0 ${width} ${height}" font-family="${xmlText(FONT)}">` +
    (options.header ? `<title>${xmlText(options.header.title)}</title>` : '') +
    (options.background === false ? '' : `<rect width="${width}" height="${height}" fill="#ffffff"/>`) +
    (options.header ? headerSvg(options.header, width) : '') +
    `<g class="tree" transform="translate(${dx} ${dy})">` +
    (edges.length ? `<path class="edges" d="${edges.join('')}" fill="none" stroke="#56606c" stroke-width="2"/>` : '') +
    body +
    `</g>` +
    (options.legend ? legendSvg(top + treeH, width, folded) : '') +
    `</svg>`;
  const probes = [...cards.values()].slice(0, 3).map((c) => ({ x: c.node.position.x + dx, y: c.node.position.y + dy + c.height / 2 - 4 }));
  return { svg, width, height, nodes: cards.size, probes };
}
