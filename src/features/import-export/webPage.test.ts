import { describe, expect, it } from 'vitest';
import { action, edges, goal, input, makePlan, owner } from '../../domain/plan/testPlan';
import type { Plan } from '../../domain/plan/types';
import { buildWebPage, escapeHtml, scriptJson, WEB_PAGE_CSP } from './webPage';

const exportedAt = new Date('2026-03-03T12:00:00Z');
const HOSTILE = '<img src=x onerror=alert(1)>';

function plan(extra: Partial<Plan> = {}): Plan {
  return makePlan(
    [
      goal('g1', { title: 'Iedereen doet mee', inputIds: ['i1', 'k1'], policyIds: ['p1'], position: { x: 0, y: 0 } }),
      goal('g2', { title: 'Jongeren hebben een plek', position: { x: 0, y: 200 } }),
      action('a1', { title: 'Pannakooi plaatsen', status: 'lopend', due: '2025-Q3', forumId: 'f1', position: { x: 0, y: 400 } }),
      owner('o1', { title: 'Sportbedrijf', strengthId: 's1', position: { x: 0, y: 600 } }),
      action('a2', { title: 'Sportinloop op vrijdag', status: 'gereed', position: { x: 300, y: 400 } }),
    ],
    edges('g1>g2', 'g2>a1', 'a1>o1', 'g2>a2'),
    {
      inputs: [input('i1', { text: 'Geen plek om te sporten', theme: 'Jeugd' }), input('k1', { text: 'Veel groen in de wijk', source: 'karakter' })],
      policies: [{ id: 'p1', programme: 'Sport en bewegen', goal: 'Meer mensen bewegen' }],
      strengths: [{ id: 's1', name: 'Sportbedrijf', kind: 'organisatie', offers: 'Trainers' }],
      forums: [{ id: 'f1', name: 'Sociale tafel' }],
      ...extra,
    },
  );
}

/** The embedded details, as the page's script reads them. */
function embedded(html: string): { details: Record<string, { kind: string; title: string; lists: Array<{ items: string[] }> }> } {
  const m = /<script type="application\/json" id="plan-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m?.[1] ?? 'null') as ReturnType<typeof embedded>;
}

describe('escapeHtml', () => {
  it('escapes markup, ampersands and both quotes', () => {
    expect(escapeHtml('<script>alert("x")</script>')).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(escapeHtml('Sport & Spel')).toBe('Sport &amp; Spel');
    expect(escapeHtml(`'a' "b"`)).toBe('&#39;a&#39; &quot;b&quot;');
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('scriptJson', () => {
  it('cannot close its script element', () => {
    const json = scriptJson({ title: '</script><script>alert(1)</script><!--' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script><!--' });
  });
});

describe('buildWebPage', () => {
  const html = buildWebPage(plan(), { exportedAt });

  it('is a Dutch HTML document with the CSP', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(WEB_PAGE_CSP)}">`);
    expect(WEB_PAGE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:");
    expect(html).toContain('<h1>Wijkdoelen Presikhaaf</h1>');
    expect(html).toContain('3 maart 2026');
  });

  it('draws every node of the doelenboom, with its kind for assistive technology', () => {
    expect(html).toContain('<svg id="boom"');
    expect(html).toContain('aria-label="Doel: Iedereen doet mee"');
    expect(html).toContain('aria-label="Subdoel: Jongeren hebben een plek"');
    expect(html).toContain('aria-label="Actie: Pannakooi plaatsen"');
    expect(html).toContain('aria-label="Eigenaar: Sportbedrijf"');
    expect(html.match(/<g class="node /g)).toHaveLength(5);
    const edgePath = /<path class="edges" d="([^"]*)"/.exec(html)?.[1] ?? '';
    expect(edgePath.match(/M/g)).toHaveLength(4);
    expect(html).toMatch(/ACTIE\s+◐ Lopend<\/text><text[^>]*>2025-Q3</);
  });

  it('has the Actielijst as a table with headers, one row per action', () => {
    const table = /<table>[\s\S]*<\/table>/.exec(html)?.[0] ?? '';
    for (const col of ['Doel', 'Actie', 'Eigenaar', 'Kwartaal', 'Status', 'Overleg']) expect(table).toContain(`<th scope="col">${col}</th>`);
    expect(table).toContain('<caption>2 acties</caption>');
    expect(table).toContain(
      '<tr><td>1.1 Jongeren hebben een plek</td><th scope="row">Pannakooi plaatsen</th><td>Sportbedrijf</td><td>2025-Q3</td><td>Lopend</td><td>Sociale tafel</td></tr>',
    );
    expect(table).toContain('<th scope="row">Sportinloop op vrijdag</th>');
    expect(table.match(/<tr>/g)).toHaveLength(3);
  });

  it('lists signals, karakter apart, beleid and wijkkrachten', () => {
    const info = /<section aria-labelledby="kop-wijkinformatie">[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    const [signals = '', karakter = ''] = info.split('<h3>Karakter van de wijk</h3>');
    expect(signals).toContain('Geen plek om te sporten');
    expect(signals).not.toContain('Veel groen');
    expect(karakter).toContain('Veel groen in de wijk');
    expect(html).toContain('Meer mensen bewegen');
    expect(html).toContain('<strong>Sportbedrijf</strong> <span class="meta">(Organisatie)</span> – Trainers');
  });

  it('embeds each node\'s details and onderbouwing', () => {
    const { details } = embedded(html);
    expect(Object.keys(details)).toEqual(['g1', 'g2', 'a1', 'o1', 'a2']);
    expect(details.g1?.lists.flatMap((l) => l.items)).toEqual([
      'Geen plek om te sporten (Bewoners, Jeugd)',
      'Veel groen in de wijk (Karakter)',
      'Meer mensen bewegen (Sport en bewegen)',
    ]);
    expect(details.o1?.lists[0]?.items).toEqual(['Pannakooi plaatsen']);
  });

  it('escapes a hostile title everywhere', () => {
    const hostile = plan({ title: HOSTILE, wijk: '"Wijk" & co' });
    const nodes = hostile.nodes.map((n) => (n.id === 'a1' ? { ...n, title: `${HOSTILE}</script>` } : n));
    const page = buildWebPage({ ...hostile, nodes }, { exportedAt });
    expect(page).not.toContain('<img');
    expect(page).not.toMatch(/<\/script>(?!\n<script>|\n<\/body>)/);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).toContain('&quot;Wijk&quot; &amp; co');
    expect(embedded(page).details.a1?.title).toBe(`${HOSTILE}</script>`);
  });

  it('loads nothing from anywhere: no URLs, no external resources', () => {
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<(link|img|iframe|object|embed)\b/i);
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
  });

  it('keeps URLs in plan text as text only', () => {
    const page = buildWebPage(plan({ title: 'Zie https://example.org/plan' }), { exportedAt });
    const urls = page.match(/https?:\/\/[^\s<"]*/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u).toBe('https://example.org/plan');
    expect(page).not.toMatch(/(href|src)="https?:/);
  });

  it('shows an empty plan without a tree', () => {
    const page = buildWebPage(makePlan(), { exportedAt });
    expect(page).toContain('De doelenboom heeft nog geen doelen.');
    expect(page).toContain('Nog geen acties.');
    expect(page).not.toContain('<svg');
  });

  it('draws the tree inline without a namespace URL, so the page names no address at all', () => {
    expect(html).toContain('<svg id="boom" role="group"');
    expect(html).not.toMatch(/https?:\/\//);
  });
});

describe('buildWebPage on a large plan', () => {
  it('builds a 2,000-node page quickly', () => {
    const nodes: Plan['nodes'] = [];
    const pairs: string[] = [];
    for (let g = 0; g < 400; g++) {
      nodes.push(goal(`g${g}`, { position: { x: g * 300, y: 0 } }));
      if (g > 0) pairs.push(`g${Math.floor((g - 1) / 4)}>g${g}`);
      for (let a = 0; a < 4; a++) {
        nodes.push(action(`a${g}-${a}`, { position: { x: g * 300 + a * 10, y: 200 } }));
        pairs.push(`g${g}>a${g}-${a}`);
      }
    }
    const start = performance.now();
    const page = buildWebPage(makePlan(nodes, edges(...pairs)), { exportedAt });
    expect(performance.now() - start).toBeLessThan(3000);
    expect(page.match(/<g class="node /g)).toHaveLength(2000);
  });
});
