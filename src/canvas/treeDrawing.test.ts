import { describe, expect, it } from 'vitest';
import { action, edges, goal, makePlan, owner } from '../domain/plan/testPlan';
import { drawTree, MIN_WIDTH, wrapTitle, xmlText } from './treeDrawing';

const header = { title: 'Wijkdoelen Presikhaaf', wijk: 'Presikhaaf', period: '2025–2026', date: '3 maart 2026' };

function plan(title = 'Iedereen doet mee') {
  return makePlan(
    [
      goal('g1', { title, position: { x: 0, y: 0 } }),
      goal('g2', { title: 'Jongeren hebben een plek', position: { x: 0, y: 200 } }),
      action('a1', { title: 'Pannakooi plaatsen', status: 'lopend', due: '2020-Q1', position: { x: 0, y: 400 } }),
      owner('o1', { title: 'Sportbedrijf', position: { x: 0, y: 600 } }),
      action('a2', { title: 'Sportinloop op vrijdag', status: 'gereed', position: { x: 300, y: 400 } }),
    ],
    edges('g1>g2', 'g2>a1', 'a1>o1', 'g2>a2'),
  );
}

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (doc: Document) => [...doc.querySelectorAll('text')].map((t) => t.textContent);

describe('drawTree', () => {
  it('draws every card with its kind, title, status, quarter and owner, and every edge', () => {
    const d = drawTree(plan(), { header, legend: true, today: new Date('2026-03-03') });
    const doc = parse(d.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(d.nodes).toBe(5);
    expect(doc.querySelectorAll('g.node')).toHaveLength(5);
    const words = texts(doc).join('\n');
    for (const w of ['1  DOEL', '1.1  SUBDOEL', 'Iedereen doet mee', 'ACTIE   ◐ Lopend', '2020-Q1', 'Eigenaar: Sportbedrijf', 'Geen eigenaar', 'EIGENAAR', 'Achter op schema']) {
      expect(words).toContain(w);
    }
    expect(doc.querySelector('path.edges')?.getAttribute('d')?.match(/M/g)).toHaveLength(4);
  });

  it('puts header and legend around the tree, at least 960 px wide', () => {
    const d = drawTree(plan(), { header, legend: true });
    const words = texts(parse(d.svg)).join('\n');
    expect(words).toContain('Wijkdoelen Presikhaaf');
    expect(words).toContain('Wijk: Presikhaaf');
    expect(words).toContain('Periode: 2025–2026');
    expect(words).toContain('Datum: 3 maart 2026');
    expect(words).toContain('Legenda:');
    expect(words).toContain('✓ Gereed');
    expect(d.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    // Without them the drawing is the tree alone: two columns of cards and the padding.
    const bare = drawTree(plan());
    expect(bare.width).toBe(300 + 260 + 80);
    expect(texts(parse(bare.svg)).join('\n')).not.toContain('Legenda');
  });

  it('escapes plan text and drops characters XML forbids, so a hostile title cannot break the image', () => {
    const d = drawTree(plan('<script>alert(1)</script> & \u0007"bel"'), { header: { ...header, title: '<b>' } });
    const doc = parse(d.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('script')).toBeNull();
    expect(doc.querySelector('b')).toBeNull();
    expect(texts(doc).join('\n')).toContain('<script>alert(1)</script>');
    expect(d.svg).not.toContain('\u0007');
    expect(xmlText('a<b>&"\'')).toBe('a&lt;b&gt;&amp;&quot;&#39;');
  });

  it('leaves out what hangs below a folded goal, says how much, and notes it in the legend', () => {
    const d = drawTree(plan(), { legend: true, collapsed: new Set(['g2']) });
    const doc = parse(d.svg);
    expect(d.nodes).toBe(2);
    expect(texts(doc).join('\n')).toContain('▸ 3 verborgen');
    expect(texts(doc).join('\n')).toContain('Eén tak is ingeklapt');
    expect(doc.querySelector('path.edges')?.getAttribute('d')?.match(/M/g)).toHaveLength(1);
  });

  it('makes each card a labelled button with its id only when asked (the web page)', () => {
    expect(drawTree(plan()).svg).not.toContain('data-id');
    const doc = parse(drawTree(plan(), { interactive: true, attributes: { id: 'boom', 'aria-label': 'Boom van "x"' } }).svg);
    const card = doc.querySelector('[data-id="a1"]');
    expect(card?.getAttribute('role')).toBe('button');
    expect(card?.getAttribute('tabindex')).toBe('0');
    expect(card?.getAttribute('aria-label')).toBe('Actie: Pannakooi plaatsen');
    expect(doc.documentElement.getAttribute('aria-label')).toBe('Boom van "x"');
  });

  it('scales the pixel size but not the coordinates, and names points that must have ink', () => {
    const d = drawTree(plan(), { header, scale: 2 });
    const root = parse(d.svg).documentElement;
    expect(root.getAttribute('width')).toBe(String(d.width * 2));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${d.width} ${d.height}`);
    expect(d.probes.length).toBeGreaterThan(0);
    for (const p of d.probes) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeGreaterThan(112);
      expect(p.y).toBeLessThan(d.height);
    }
  });

  it('shows a goal\'s first meetpunt as "name: latest → target (year)", and how many more', () => {
    const p = plan();
    const g1 = p.nodes[0]!;
    const measured = {
      ...p,
      nodes: [{ ...g1, measures: [
        { id: 'm1', name: 'Sociale samenhang', baseline: { value: 5.8, year: 2024 }, target: { value: 6.2, year: 2027 }, values: [] },
        { id: 'm2', name: 'Deelname', values: [] },
      ] }, ...p.nodes.slice(1)],
    } as typeof p;
    const words = texts(parse(drawTree(measured).svg)).join(' ');
    expect(words).toContain('Sociale samenhang: 5,8 → 6,2 (2027) +1');
    // The card grows by the measure's lines.
    const cardHeight = (svg: string) => Number(parse(svg).querySelector('g.node .card')?.getAttribute('height'));
    expect(cardHeight(drawTree(measured).svg)).toBeGreaterThan(cardHeight(drawTree(p).svg));
  });

  it('draws an empty plan as header and legend only', () => {
    const d = drawTree(makePlan(), { header, legend: true });
    expect(d.nodes).toBe(0);
    expect(parse(d.svg).querySelector('parsererror')).toBeNull();
  });

  it('draws 2,000 cards quickly', () => {
    const nodes = [];
    const pairs: string[] = [];
    for (let g = 0; g < 400; g++) {
      nodes.push(goal(`g${g}`, { position: { x: g * 300, y: 0 } }));
      for (let a = 0; a < 4; a++) {
        nodes.push(action(`a${g}-${a}`, { position: { x: g * 300, y: 200 + a * 150 } }));
        pairs.push(`g${g}>a${g}-${a}`);
      }
    }
    const start = performance.now();
    const d = drawTree(makePlan(nodes, edges(...pairs)), { header, legend: true });
    expect(performance.now() - start).toBeLessThan(1500);
    expect(d.nodes).toBe(2000);
  });
});

describe('wrapTitle', () => {
  it('wraps on words, cuts long words and ends a cut title with …', () => {
    expect(wrapTitle('Iedereen doet mee', 10)).toEqual(['Iedereen', 'doet mee']);
    expect(wrapTitle('a'.repeat(25), 10)).toEqual(['a'.repeat(10), 'a'.repeat(10), 'a'.repeat(5)]);
    const cut = wrapTitle('een twee drie vier vijf zes zeven acht', 9, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]?.endsWith('…')).toBe(true);
  });
});
