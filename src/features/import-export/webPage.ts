// "Exporteren als webpagina": the plan as one self-contained, read-only HTML file for council
// members. It opens offline in any browser and loads nothing: styles, script, the doelenboom
// (an SVG drawn from the plan) and the plan's details are all inside, under a CSP that allows
// nothing else. All plan text is escaped; the details travel as JSON in a
// <script type="application/json"> with every '<' written as \u003c, and the inline script
// only ever puts them on the page as text.
import { drawTree } from '../../canvas/treeDrawing';
import { exportFileName } from '../../domain/file/fileName';
import { goalLabel, actionRows } from '../../domain/procesplaat/actionList';
import { goalRollup } from '../../domain/procesplaat/progress';
import { graphIndex } from '../../domain/plan/rules';
import type { Plan, PlanNode } from '../../domain/plan/types';
import { nlWebPage as t } from '../../i18n/webpage';
import { notify } from '../../ui/notices';
import { downloadBlob } from './exportPlan';

export const WEB_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:";

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON that can sit inside a <script> element: no '<' (so no "</script>" or "<!--"), no line separators. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface WebPageOptions {
  exportedAt: Date;
  /** Extra CSS appended to the page's own (the print stylesheet). */
  extraCss?: string;
  /** false: no script and no embedded details (for printing, where a script could not run anyway). */
  interactive?: boolean;
}

/** What the details panel shows for one node: all text, rendered by the page as text. */
interface NodeDetails {
  kind: string;
  title: string;
  fields: Array<[string, string]>;
  lists: Array<{ heading: string; items: string[]; empty?: string }>;
}

const h = escapeHtml;

function nodeKindWord(node: PlanNode, hasParent: boolean): string {
  if (node.kind === 'goal') return hasParent ? t.kinds.subgoal : t.kinds.goal;
  return t.kinds[node.kind];
}

function detailsOf(plan: Plan): Record<string, NodeDetails> {
  const index = graphIndex(plan);
  const inputs = new Map(plan.inputs.map((i) => [i.id, i]));
  const policies = new Map(plan.policies.map((p) => [p.id, p]));
  const forums = new Map(plan.forums.map((f) => [f.id, f.name]));
  const strengths = new Map(plan.strengths.map((s) => [s.id, s.name]));
  const title = (id: string | undefined) => (id === undefined ? t.none : (index.node(id)?.title ?? t.none));
  const out: Record<string, NodeDetails> = {};
  for (const node of plan.nodes) {
    const fields: Array<[string, string]> = [];
    const lists: NodeDetails['lists'] = [];
    if (node.description) fields.push([t.description, node.description]);
    const parent = index.parentGoal(node.id);
    if (node.kind === 'goal') {
      if (parent !== undefined) fields.push([t.parentGoal, title(parent)]);
      if (node.indicator) fields.push([t.indicator, node.indicator]);
      const r = goalRollup(plan, node.id);
      fields.push([t.progress, t.progressText(r.done, r.total)]);
      const signals = [...new Set(node.inputIds)].flatMap((id) => {
        const i = inputs.get(id);
        return i ? [`${i.text} (${t.sources[i.source]}${i.theme ? `, ${i.theme}` : ''})`] : [];
      });
      const beleid = [...new Set(node.policyIds)].flatMap((id) => {
        const p = policies.get(id);
        return p ? [`${p.goal} (${p.programme})`] : [];
      });
      const empty = signals.length === 0 && beleid.length === 0;
      lists.push({ heading: `${t.onderbouwing}: ${t.signals}`, items: signals, ...(empty ? { empty: t.noOnderbouwing } : {}) });
      lists.push({ heading: `${t.onderbouwing}: ${t.policies}`, items: beleid });
    } else if (node.kind === 'action') {
      fields.push([t.status, t.statusWords[node.status]]);
      fields.push([t.due, node.due ?? t.none]);
      fields.push([t.owner, title(index.ownerOfAction(node.id))]);
      fields.push([t.forum, node.forumId === undefined ? t.none : (forums.get(node.forumId) ?? t.none)]);
      fields.push([t.parentGoal, title(index.goalOfAction(node.id))]);
    } else {
      if (node.strengthId !== undefined) fields.push([t.strength, strengths.get(node.strengthId) ?? t.none]);
      lists.push({ heading: t.ownedActions, items: index.actionsOfOwner(node.id).map((id) => title(id)) });
    }
    out[node.id] = { kind: nodeKindWord(node, parent !== undefined), title: node.title, fields, lists };
  }
  return out;
}

const dateFormat = (d: Date) => d.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });

function list(items: string[], empty: string): string {
  return items.length === 0 ? `<p class="empty">${h(empty)}</p>` : `<ul>${items.join('')}</ul>`;
}

function inputsSection(plan: Plan): string {
  const signals = plan.inputs.filter((i) => i.source !== 'karakter');
  const karakter = plan.inputs.filter((i) => i.source === 'karakter');
  const item = (i: Plan['inputs'][number], withSource: boolean) => {
    const meta = [withSource ? t.sources[i.source] : '', i.theme ?? '', i.date ?? ''].filter(Boolean).join(' · ');
    return `<li>${h(i.text)}${meta ? ` <span class="meta">(${h(meta)})</span>` : ''}</li>`;
  };
  return (
    `<section aria-labelledby="kop-wijkinformatie"><h2 id="kop-wijkinformatie">${h(t.wijkinformatie)}</h2>` +
    `<h3>${h(t.signalsHeading)}</h3>${list(signals.map((i) => item(i, true)), t.noSignals)}` +
    `<h3>${h(t.karakter)}</h3><p class="hint">${h(t.karakterHint)}</p>${list(karakter.map((i) => item(i, false)), t.noKarakter)}` +
    `</section>`
  );
}

function policiesSection(plan: Plan): string {
  const items = plan.policies.map((p) => `<li>${h(p.goal)} <span class="meta">(${h(p.programme)})</span></li>`);
  return `<section aria-labelledby="kop-beleid"><h2 id="kop-beleid">${h(t.beleid)}</h2>${list(items, t.noPolicies)}</section>`;
}

function strengthsSection(plan: Plan): string {
  const items = plan.strengths.map(
    (s) => `<li><strong>${h(s.name)}</strong> <span class="meta">(${h(t.strengthKinds[s.kind])})</span>${s.offers ? ` – ${h(s.offers)}` : ''}</li>`,
  );
  return `<section aria-labelledby="kop-wijkkrachten"><h2 id="kop-wijkkrachten">${h(t.wijkkrachten)}</h2>${list(items, t.noStrengths)}</section>`;
}

function actionTable(plan: Plan): string {
  const rows = actionRows(plan);
  if (rows.length === 0) return `<p class="empty">${h(t.noActions)}</p>`;
  const c = t.columns;
  const head = [c.goal, c.title, c.owner, c.due, c.status, c.forum].map((x) => `<th scope="col">${h(x)}</th>`).join('');
  const body = rows
    .map((r) =>
      `<tr><td>${h(goalLabel(r))}</td><th scope="row">${h(r.title)}</th><td>${h(r.ownerName)}</td><td>${h(r.due)}</td>` +
      `<td>${h(t.statusWords[r.status])}</td><td>${h(r.forumName)}</td></tr>`,
    )
    .join('');
  return `<table><caption>${h(t.actionCaption(rows.length))}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

const STYLE = `
:root{color-scheme:light;--ink:#1b2733;--soft:#4a5663;--line:#c9d1d9;--bg:#f6f7f9;--goal:#0b3d6b;--accent:#0b4f8a}
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:var(--ink);background:#fff}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 1.25rem}
header{padding-top:1.25rem}
h1{font-size:1.75rem;margin:0 0 .25rem;color:var(--goal)}
h2{font-size:1.35rem;margin:2rem 0 .5rem;border-bottom:2px solid var(--line);padding-bottom:.25rem}
h3{font-size:1.1rem;margin:1.25rem 0 .25rem}
.sub,.hint,.meta,caption{color:var(--soft)}
.sub{margin:0}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
a{color:var(--accent)}
:focus-visible{outline:3px solid #b35c00;outline-offset:2px}
.boom-wrap{display:grid;grid-template-columns:minmax(0,1fr) 20rem;gap:1rem;align-items:start}
.canvas{border:1px solid var(--line);border-radius:8px;background:var(--bg);position:relative}
.tools{display:flex;gap:.5rem;padding:.5rem;border-bottom:1px solid var(--line)}
button{font:inherit;padding:.25rem .75rem;min-width:2.5rem;border:1px solid var(--soft);border-radius:6px;background:#fff;color:var(--ink);cursor:pointer}
button:hover{background:#e8eef5}
#boom,.canvas svg{display:block;width:100%;height:70vh;cursor:grab;touch-action:none;user-select:none}
#boom.dragging{cursor:grabbing}
.node[data-id]{cursor:pointer}
.node.selected .card{stroke:#b35c00;stroke-width:5}
.node:focus{outline:none}.node:focus-visible .card{stroke:#b35c00;stroke-width:6}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;padding:0;list-style:none;color:var(--soft);font-size:.9rem}
aside{border:1px solid var(--line);border-radius:8px;padding:.75rem 1rem;background:#fff;max-height:80vh;overflow:auto}
aside h2{margin-top:0;font-size:1.15rem;border:0}
aside dl{margin:0}aside dt{font-weight:600;margin-top:.5rem}aside dd{margin:0}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.4rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--bg)}
tbody th{font-weight:normal}
ul{padding-left:1.25rem}
li{margin:.2rem 0}
.empty{font-style:italic;color:var(--soft)}
footer{margin-top:2.5rem;padding-bottom:2rem;color:var(--soft);font-size:.9rem}
@media (max-width:800px){.boom-wrap{grid-template-columns:1fr}}
@media print{
  body{font-size:11pt}
  nav,.tools,aside,.hint.screen{display:none}
  .boom-wrap{display:block}
  .canvas{border:0;background:none}
  #boom,.canvas svg{height:auto;max-height:170mm}
  #actielijst{break-before:page}
  thead{display:table-header-group}
  tr{break-inside:avoid}
  h2,h3{break-after:avoid}
  a{color:inherit;text-decoration:none}
}
`;

// Pan and zoom by moving the viewBox; a click on a node shows its details (as text only).
const SCRIPT = `
(function(){
var data=JSON.parse(document.getElementById('plan-data').textContent);
var svg=document.querySelector('.canvas svg');var panel=document.getElementById('details');
function show(id){
  var d=data.details[id];if(!d)return;
  var sel=svg.querySelectorAll('.node.selected');for(var i=0;i<sel.length;i++)sel[i].classList.remove('selected');
  var el=svg.querySelector('[data-id="'+CSS.escape(id)+'"]');if(el)el.classList.add('selected');
  panel.textContent='';
  var h=document.createElement('h2');h.textContent=d.kind+': '+d.title;panel.appendChild(h);
  if(d.fields.length){var dl=document.createElement('dl');d.fields.forEach(function(f){var dt=document.createElement('dt');dt.textContent=f[0];var dd=document.createElement('dd');dd.textContent=f[1];dl.appendChild(dt);dl.appendChild(dd);});panel.appendChild(dl);}
  d.lists.forEach(function(l){
    if(!l.items.length&&!l.empty)return;
    var h3=document.createElement('h3');h3.textContent=l.heading;panel.appendChild(h3);
    if(!l.items.length){var p=document.createElement('p');p.className='empty';p.textContent=l.empty;panel.appendChild(p);return;}
    var ul=document.createElement('ul');l.items.forEach(function(x){var li=document.createElement('li');li.textContent=x;ul.appendChild(li);});panel.appendChild(ul);
  });
}
if(!svg)return;
var box=svg.getAttribute('viewBox');
var home=box?box.split(/[\\s,]+/).map(Number):[0,0,svg.width.baseVal.value||1000,svg.height.baseVal.value||1000];var vb=home.slice();
var world=document.getElementById('wereld')||svg;
function set(){svg.setAttribute('viewBox',vb.join(' '));}
function toSvg(x,y){var p=svg.createSVGPoint();p.x=x;p.y=y;return p.matrixTransform(world.getScreenCTM().inverse());}
function zoom(f,cx,cy){
  var w=vb[2]*f;if(w<home[2]/20||w>home[2]*4)return;
  vb=[cx-(cx-vb[0])*f,cy-(cy-vb[1])*f,w,vb[3]*f];set();
}
function zoomMid(f){zoom(f,vb[0]+vb[2]/2,vb[1]+vb[3]/2);}
document.getElementById('zoom-in').addEventListener('click',function(){zoomMid(1/1.25);});
document.getElementById('zoom-out').addEventListener('click',function(){zoomMid(1.25);});
document.getElementById('zoom-all').addEventListener('click',function(){vb=home.slice();set();});
svg.addEventListener('wheel',function(e){e.preventDefault();var p=toSvg(e.clientX,e.clientY);zoom(e.deltaY>0?1.15:1/1.15,p.x,p.y);},{passive:false});
var drag=null,moved=false;
svg.addEventListener('pointerdown',function(e){if(e.button!==0)return;drag={x:e.clientX,y:e.clientY,p:toSvg(e.clientX,e.clientY)};moved=false;});
window.addEventListener('pointermove',function(e){
  if(!drag)return;
  if(!moved&&Math.abs(e.clientX-drag.x)+Math.abs(e.clientY-drag.y)<5)return;
  moved=true;svg.classList.add('dragging');
  var p=toSvg(e.clientX,e.clientY);vb[0]-=p.x-drag.p.x;vb[1]-=p.y-drag.p.y;set();
});
window.addEventListener('pointerup',function(){drag=null;svg.classList.remove('dragging');});
svg.addEventListener('click',function(e){if(moved){moved=false;return;}var n=e.target.closest('[data-id]');if(n)show(n.getAttribute('data-id'));});
svg.addEventListener('keydown',function(e){if(e.key!=='Enter'&&e.key!==' ')return;var n=e.target.closest('[data-id]');if(n){e.preventDefault();show(n.getAttribute('data-id'));}});
window.addEventListener('beforeprint',function(){vb=home.slice();set();});
})();
`;

/** The whole web page as one HTML string. Pure: the same plan and options give the same page. */
export function buildWebPage(plan: Plan, options: WebPageOptions): string {
  // The same drawing as the PNG and SVG exports; each card a button that shows its details.
  const svg = plan.nodes.length === 0
    ? ''
    : drawTree(plan, {
      interactive: options.interactive !== false,
      background: false,
      attributes: { id: 'boom', role: 'group', 'aria-label': t.treeLabel(plan.title), preserveAspectRatio: 'xMidYMid meet' },
      // Inline in HTML the namespace is implied; leaving it out keeps the page free of any URL.
    }).svg.replace(' xmlns="http://www.w3.org/2000/svg"', '');
  const sub = [t.wijk(plan.wijk), plan.period ? t.period(plan.period) : '', t.exportedAt(dateFormat(options.exportedAt))]
    .filter(Boolean)
    .map((s) => h(s))
    .join(' · ');
  const tree = svg === ''
    ? `<p class="empty">${h(t.emptyTree)}</p>`
    : `<div class="boom-wrap"><div class="canvas">` +
      `<div class="tools" role="toolbar" aria-label="${h(t.tree)}">` +
      `<button type="button" id="zoom-in" aria-label="${h(t.zoomIn)}" title="${h(t.zoomIn)}">+</button>` +
      `<button type="button" id="zoom-out" aria-label="${h(t.zoomOut)}" title="${h(t.zoomOut)}">−</button>` +
      `<button type="button" id="zoom-all" title="${h(t.zoomAllLabel)}">${h(t.zoomAll)}</button></div>` +
      `${svg}</div>` +
      `<aside id="details" aria-live="polite" aria-label="${h(t.details)}"><h2>${h(t.details)}</h2><p class="empty">${h(t.detailsEmpty)}</p></aside></div>` +
      `<ul class="legend" aria-label="${h(t.legend)}"><li>${h(t.legendGoal)}</li><li>${h(t.legendAction)}</li><li>${h(t.legendOwner)}</li></ul>`;
  const data = options.interactive === false ? null : { details: detailsOf(plan) };
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${h(WEB_PAGE_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Wijkdoelen">
<title>${h(plan.title)} – ${h(t.tree)}</title>
<style>${STYLE}${options.extraCss ?? ''}</style>
</head>
<body>
<header>
<h1>${h(plan.title)}</h1>
<p class="sub">${sub}</p>
<p class="hint">${h(t.readOnly)}</p>
<nav aria-label="${h(t.contents)}"><ul>
<li><a href="#doelenboom">${h(t.tree)}</a></li><li><a href="#actielijst">${h(t.actionList)}</a></li>
<li><a href="#kop-wijkinformatie">${h(t.wijkinformatie)}</a></li><li><a href="#kop-beleid">${h(t.beleid)}</a></li>
<li><a href="#kop-wijkkrachten">${h(t.wijkkrachten)}</a></li></ul></nav>
</header>
<main>
<section id="doelenboom" aria-labelledby="kop-doelenboom"><h2 id="kop-doelenboom">${h(t.tree)}</h2>
<p class="hint screen">${h(t.treeHint)}</p>
${tree}
</section>
<section id="actielijst" aria-labelledby="kop-actielijst"><h2 id="kop-actielijst">${h(t.actionList)}</h2>
${actionTable(plan)}
</section>
${inputsSection(plan)}
${policiesSection(plan)}
${strengthsSection(plan)}
</main>
<footer><p>${h(t.madeWith)} · ${h(dateFormat(options.exportedAt))}</p></footer>
${options.interactive === false ? '' : `<script type="application/json" id="plan-data">${scriptJson(data)}</script>\n<script>${SCRIPT}</script>\n`}</body>
</html>
`;
}

/** "Exporteren als webpagina": builds the page and offers it as a download. */
export function exportPlanWebPage(plan: Plan): void {
  try {
    const html = buildWebPage(plan, { exportedAt: new Date() });
    const name = exportFileName(plan, 'html');
    downloadBlob(new Blob([html], { type: 'text/html;charset=utf-8' }), name);
    notify.status(t.downloaded(name));
  } catch (err) {
    console.error(err);
    notify.alert(t.failed);
  }
}
