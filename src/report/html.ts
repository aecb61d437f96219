/**
 * `claims report`: one self-contained HTML page (no network: data, script and style inline).
 * The page embeds the extract result (the same object as `--format json`), the compare result
 * and the article texts once, as JSON in a script tag, escaped so that no article text can
 * close the tag or run; the page's script renders every view from that data with textContent.
 */
import type { CompareResult } from '../compare/compare.js';
import { segment } from '../segment/index.js';
import type { ExtractResult } from '../types.js';

export interface ReportData {
  result: ExtractResult;
  compare: CompareResult;
  /** Article text by document id (what claim offsets point into). */
  texts: Record<string, string>;
  /**
   * Where each article's body starts in its text (UTF-16 index, `SourceDocument.bodyStart`):
   * the front matter before it is not shown. Absent: the whole text is the body.
   */
  bodyStart?: Record<string, number>;
  title: string;
}

/** What the page embeds: the article bodies (no front matter) and the sentences conflicts quote. */
interface PageData {
  result: ExtractResult;
  compare: CompareResult;
  /** Each article's body, by document id. */
  texts: Record<string, string>;
  /** Code points before the body in the article's text: claim offsets minus this index the body. */
  offsets: Record<string, number>;
  /** The whole sentence of each claim a conflict cites, by claim id. */
  sentences: Record<string, string>;
  title: string;
}

const table = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

function pageData(data: ReportData): PageData {
  const texts = table<string>();
  const offsets = table<number>();
  for (const id of Object.keys(data.texts)) {
    const full = data.texts[id]!;
    const start = Math.min(Math.max(0, data.bodyStart?.[id] ?? 0), full.length);
    texts[id] = full.slice(start);
    offsets[id] = Array.from(full.slice(0, start)).length;
  }
  // the sentence a conflict's claim sits in: the segmenter's own sentences, as extract numbered them
  const sentences = table<string>();
  const segmented = new Map<string, string[]>();
  for (const k of data.compare.conflicts) {
    for (const v of k.values) {
      for (const g of v.claims) {
        const full = Object.hasOwn(data.texts, g.doc) ? data.texts[g.doc]! : null;
        if (full === null) continue;
        let list = segmented.get(g.doc);
        if (!list) {
          list = segment(full, data.bodyStart?.[g.doc] ?? 0).map((x) => x.text.replace(/\s+/g, ' ').trim());
          segmented.set(g.doc, list);
        }
        const sentence = list[g.sentence];
        if (sentence !== undefined && sentence.includes(g.text.replace(/\s+/g, ' ').trim())) sentences[g.id] = sentence;
      }
    }
  }
  return { result: data.result, compare: data.compare, texts, offsets, sentences, title: data.title };
}

/** JSON safe inside <script>: no "<", ">", "&", U+2028/2029 left as such. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const esc = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function renderReport(data: ReportData): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(data.title)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
  <h1>${esc(data.title)}</h1>
  <div class="filters" role="search">
    <label>Search <input id="q" type="search" placeholder="who, verb, words…" autocomplete="off"></label>
    <label>Article <select id="doc"><option value="">all</option></select></label>
    <label>From <input id="since" type="date"></label>
    <label>To <input id="until" type="date"></label>
    <span id="entity-filter" hidden>Entity: <b id="entity-name"></b> <button id="clear-entity" type="button">clear</button></span>
  </div>
</header>
<main>
  <section id="events" aria-labelledby="h-events"><h2 id="h-events">Events</h2><p class="legend muted">Each article's main event, as its headline and lead state it. Click a column to sort, a row to read the article.</p><div class="body"></div></section>
  <section id="conflicts" aria-labelledby="h-conflicts"><h2 id="h-conflicts">Conflicts</h2><div class="body"></div></section>
  <section id="matrix" aria-labelledby="h-matrix"><h2 id="h-matrix">Source matrix</h2><div class="body"></div></section>
  <section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2><div class="body"></div></section>
  <section id="entities" aria-labelledby="h-entities"><h2 id="h-entities">Entities</h2><div class="body"></div></section>
  <section id="article" aria-labelledby="h-article"><h2 id="h-article">Article view</h2>
    <p class="legend"><span class="f-who">who</span> <span class="f-what">what</span> <span class="f-where">where</span> <span class="f-when">when</span> <span class="f-source">source</span></p>
    <div class="body"></div></section>
</main>
<script id="claims-data" type="application/json">${scriptJson(pageData(data))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const CSS = `
:root{--bg:#fff;--fg:#1b1b1f;--mute:#5d5d66;--line:#d8d8de;--card:#f6f6f8;--accent:#1f5fbf;--warn:#b3261e;--warnbg:#fdecea;
--who:#fde68a;--what:#bfdbfe;--where:#bbf7d0;--when:#fbcfe8;--source:#ddd6fe;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#16161a;--fg:#ececf1;--mute:#a0a0ab;--line:#34343c;--card:#202027;--accent:#7fb0ff;--warn:#ffb4ab;--warnbg:#3b1816;
--who:#6b5a12;--what:#1e3a66;--where:#14532d;--when:#6b1d45;--source:#3f2d73}}
*{box-sizing:border-box}body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;background:var(--bg);color:var(--fg)}
header{position:sticky;top:0;z-index:4;background:var(--bg);border-bottom:1px solid var(--line);padding:.6rem 1rem}
h1{font-size:1.15rem;margin:0 0 .4rem}h2{font-size:1.05rem;margin:0 0 .5rem}h3{font-size:1rem;margin:0}
.filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
.filters label{display:inline-flex;align-items:center;gap:.3rem;max-width:100%;min-width:0;white-space:nowrap}
input,select,button{font:inherit;color:inherit;background:var(--card);border:1px solid var(--line);border-radius:4px;padding:.2rem .4rem;max-width:100%}
select{min-width:0;width:auto;max-width:min(24rem,calc(100vw - 7rem));text-overflow:ellipsis}
h1,.conflict,.tl,.doc-meta,#matrix th,.tools{overflow-wrap:anywhere}#events table{min-width:44rem}
:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
main{display:grid;grid-template-columns:minmax(0,1fr);gap:1rem;padding:1rem;max-width:1400px;margin:auto}
@media (min-width:1000px){main{grid-template-columns:minmax(0,2fr) minmax(0,1fr);align-items:start}#events,#conflicts,#matrix,#article{grid-column:1/-1}}
@media (max-width:600px){main{padding:.5rem}section{padding:.5rem}}
th button.sort{all:unset;cursor:pointer;font-weight:600}th button.sort:focus-visible{outline:2px solid var(--accent)}#events tbody tr{cursor:pointer}
section{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.8rem;min-width:0}
.scroll{overflow-x:auto}table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.3rem .4rem;vertical-align:top;text-align:left}
th{font-weight:600;font-size:.85rem}
.box{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:4px;background:var(--bg)}
.box table{border-collapse:separate;border-spacing:0}.box th,.box td{border-width:0 1px 1px 0}
.box thead th{position:sticky;top:0;z-index:1;background:var(--card)}
#matrix .box table{width:max-content;min-width:100%}
#matrix tbody th{position:sticky;left:0;z-index:1;background:var(--card);width:min(16rem,45vw);min-width:min(16rem,45vw);max-width:min(16rem,45vw);font-weight:400}
#matrix thead th:first-child{left:0;z-index:2;width:min(16rem,45vw)}
#matrix th.col{width:4.6rem;min-width:4.6rem;max-width:4.6rem;font-size:.75rem;line-height:1.25}
#matrix th.col .outlet{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}
td.cell{font-size:.8rem;width:4.6rem;min-width:4.6rem;max-width:4.6rem}td.cell span{display:block;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.st-asserted{color:var(--fg)}.st-attributed{color:var(--accent)}.st-hedged{font-style:italic;color:var(--mute)}.st-negated{color:var(--warn)}.st-none{color:var(--mute)}
.copy{font-size:.75rem;color:var(--mute)}
.tools{display:flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:center;margin:0 0 .5rem}
.pager{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0 0}
.conflict{background:var(--warnbg);border-left:4px solid var(--warn);padding:.4rem .6rem;margin:.4rem 0;border-radius:4px}
.conflict b{color:var(--warn)}
.conflict-values{margin:.3rem 0 0;padding-left:1.1rem}.conflict-values ul{margin:.1rem 0 .3rem;padding-left:1rem}
.conflict-values a{color:inherit}.conflict-values li.more{list-style:none}.conflict-values .open{margin-left:.3rem;white-space:nowrap}
.tl{list-style:none;margin:0;padding:0}.tl li{display:grid;grid-template-columns:7rem minmax(0,1fr);gap:.5rem;padding:.25rem 0;border-bottom:1px solid var(--line)}
.axis{position:relative;height:6px;background:var(--line);border-radius:3px;margin:.2rem 0}.axis span{position:absolute;top:-2px;height:10px;min-width:4px;background:var(--accent);border-radius:3px}
.ent{display:inline-block;margin:.15rem;padding:.1rem .45rem;border-radius:999px;border:1px solid var(--line);cursor:pointer;background:var(--bg)}
.ent[aria-pressed=true]{background:var(--accent);color:var(--bg)}
.doc-meta{margin:.1rem 0 .5rem}
.doc-text{white-space:pre-wrap;max-height:32rem;overflow:auto;background:var(--bg);padding:.6rem;border-radius:4px;border:1px solid var(--line)}
mark{color:inherit;border-radius:2px}mark.claim{background:transparent;border-bottom:2px solid var(--accent)}
.f-who{background:var(--who)}.f-what{background:var(--what)}.f-where{background:var(--where)}.f-when{background:var(--when)}.f-source{background:var(--source)}
.legend span{padding:0 .3rem;border-radius:3px}.muted{color:var(--mute)}
`;

// The page's script: plain DOM, textContent only (article text is never parsed as HTML).
const SCRIPT = `
(function(){
'use strict';
var D=JSON.parse(document.getElementById('claims-data').textContent);
var R=D.result,C=D.compare,T=D.texts,OFF=D.offsets||{},SENT=D.sentences||{};
function own(o,k){return Object.prototype.hasOwnProperty.call(o,k)?o[k]:undefined;}
function table(){return Object.create(null);}
var byId=table();R.claims.forEach(function(c){byId[c.id]=c;});
var docs=table();R.documents.forEach(function(d){docs[d.id]=d;});
var copyOf=table();C.copies.forEach(function(s){s.copies.forEach(function(c){copyOf[c]=s.original;});});
var state={q:'',doc:'',since:'',until:'',entity:''};
// long lists come a page at a time: rows per page, and the page each list shows
var PAGE={matrix:25,timeline:25,conflicts:10,entities:60};var pages=table();var showSingle=false;
function el(tag,attrs,text){var e=document.createElement(tag);if(attrs)for(var k in attrs){if(k==='class')e.className=attrs[k];else e.setAttribute(k,attrs[k]);}if(text!=null)e.textContent=text;return e;}
function cp(s){return Array.from(s);}
function domain(d){try{return d.url?new URL(d.url).hostname.replace(/^www\\./,''):'';}catch(e){return '';}}
// an article's name in columns and lists: its outlet, else its file name (never a bare id)
function fileName(d){if(!d.path||d.path==='-')return d.id;var n=d.path.split(/[\\\\/]/).pop()||d.id;var h=d.id.lastIndexOf('#');return h>0?n+d.id.slice(h):n;}
function nameOf(id){var d=docs[id];return d?(d.outlet||domain(d)||fileName(d)):id;}
function entityOf(c){var n=state.entity;if(!n)return true;var e=R.entities.find(function(x){return x.name===n;});var names=[n].concat(e?e.aliases:[]);
  function hit(v){return v&&names.indexOf(v)>=0;}
  return hit(c.who&&c.who.entity)||hit(c.who&&c.who.text)||c.where.some(function(w){return hit(w.entity)||hit(w.text);})||hit(c.source&&c.source.entity)||names.some(function(x){return c.text.indexOf(x)>=0;});}
function dateOk(c){if(!state.since&&!state.until)return true;return c.when.some(function(w){if(!w.start||!w.end)return false;return(!state.since||w.end.slice(0,state.since.length)>=state.since)&&(!state.until||w.start.slice(0,state.until.length)<=state.until);});}
function textOk(c){if(!state.q)return true;var q=state.q.toLowerCase();return[c.text,c.verb,c.who&&c.who.text,c.who&&c.who.entity,c.source&&c.source.text].some(function(v){return v&&v.toLowerCase().indexOf(q)>=0;});}
function keep(c){return c&&(!state.doc||c.doc===state.doc)&&entityOf(c)&&dateOk(c)&&textOk(c);}
function status(c){if(c.negated)return['negated','negated'];if(c.hedged)return['hedged','hedged'];if(c.source)return['attributed','per '+(c.source.entity||c.source.text)];return['asserted','asserted'];}
// one page of ITEMS into LIST, and a pager after it in BOX when there is more than a page
function paged(key,box,list,items,one,again){var size=PAGE[key],n=items.length,last=Math.max(0,Math.ceil(n/size)-1);var pg=Math.min(pages[key]||0,last);pages[key]=pg;
  items.slice(pg*size,pg*size+size).forEach(function(x){list.appendChild(one(x));});box.dataset.total=String(n);
  if(n<=size)return;var nav=el('nav',{class:'pager','aria-label':key+' pages'});
  function go(to){return function(){pages[key]=to;again();var s=document.querySelector('#'+key+' .pager [data-go="'+(to>pg?'next':'prev')+'"]');if(s&&!s.disabled)s.focus();};}
  var prev=el('button',{type:'button','data-go':'prev'},'‹ Previous');prev.disabled=pg===0;prev.addEventListener('click',go(pg-1));
  var next=el('button',{type:'button','data-go':'next'},'Next ›');next.disabled=pg===last;next.addEventListener('click',go(pg+1));
  nav.appendChild(prev);nav.appendChild(el('span',{class:'muted','aria-live':'polite'},(pg*size+1)+'–'+Math.min(n,pg*size+size)+' of '+n));nav.appendChild(next);box.appendChild(nav);}
function openClaim(doc,id){state.doc=doc;document.getElementById('doc').value=doc;resetPages();render(id);}
function renderConflicts(){var b=document.querySelector('#conflicts .body');b.textContent='';
  var list=C.conflicts.filter(function(k){return k.values.some(function(v){return v.claims.some(function(g){return keep(byId[g.id]);});});});
  if(!list.length){b.appendChild(el('p',{class:'muted'},'No conflicting values.'));return;}
  var wrap=el('div');b.appendChild(wrap);
  paged('conflicts',b,wrap,list,function(k){var d=el('div',{class:'conflict','data-kind':k.kind});d.appendChild(el('b',null,k.about+' ('+k.kind+')'));
    var ul=el('ul',{class:'conflict-values'});
    k.values.forEach(function(v){var li=el('li');li.appendChild(el('strong',null,v.value));var inner=el('ul'),target=inner;
      // the first few sentences of a value show; the rest open on demand
      var more=null;v.claims.forEach(function(g,n){var c=byId[g.id];var it=el('li',{'data-claim':g.id});var doc=docs[g.doc];
        if(n===3){more=el('details');more.appendChild(el('summary',null,(v.claims.length-3)+' more article'+(v.claims.length===4?'':'s')+' with this value'));target=el('ul');more.appendChild(target);var ml=el('li',{class:'more'});ml.appendChild(more);inner.appendChild(ml);}
        // the whole sentence, quoted; it opens the article at that sentence
        var a=el('a',{href:'#article',title:'read it in the article'},'“'+(own(SENT,g.id)||g.text)+'”');a.addEventListener('click',function(){openClaim(g.doc,g.id);});
        it.appendChild(a);if(doc&&doc.title)it.title=doc.title;it.appendChild(el('span',{class:'muted'},' — '+nameOf(g.doc)+(c&&c.source?', per '+(c.source.entity||c.source.text):'')+', sentence '+(g.sentence+1)));target.appendChild(it);});
      li.appendChild(inner);ul.appendChild(li);});
    d.appendChild(ul);return d;},renderConflicts);}
function renderMatrix(){var b=document.querySelector('#matrix .body');b.textContent='';
  var cols=R.documents.filter(function(d){return !state.doc||d.id===state.doc;});
  function match(g){return g.claims.some(function(x){return keep(byId[x.id]);});}
  var multi=C.groups.filter(function(g){return g.sources>=2&&match(g);});
  var single=C.groups.filter(function(g){return g.sources<2&&match(g);});
  var tools=el('div',{class:'tools'});b.appendChild(tools);
  tools.appendChild(el('span',{class:'muted'},multi.length+' claim'+(multi.length===1?'':'s')+' made by two or more independent articles'));
  if(single.length){var tg=el('button',{type:'button',class:'toggle-single','aria-expanded':String(showSingle)},(showSingle?'Hide the ':'Show the ')+single.length+' claim'+(single.length===1?'':'s')+' only one source makes');
    tg.addEventListener('click',function(){showSingle=!showSingle;pages.matrix=0;renderMatrix();var t=document.querySelector('#matrix .toggle-single');if(t)t.focus();});tools.appendChild(tg);}
  var rows=showSingle?multi.concat(single):multi;
  if(!rows.length){b.appendChild(el('p',{class:'muted'},'No claim made by two or more independent articles matches the filters.'));return;}
  var box=el('div',{class:'box',tabindex:'0','aria-label':'source matrix: scroll for more articles and claims'});var t=el('table');var h=el('tr');h.appendChild(el('th',{scope:'col'},'Claim'));
  cols.forEach(function(d){var name=nameOf(d.id);var th=el('th',{scope:'col',class:'col','data-doc':d.id,title:name+(d.title?' — '+d.title:'')});th.appendChild(el('div',{class:'outlet'},name));if(d.published)th.appendChild(el('div',{class:'muted'},d.published));
    if(copyOf[d.id])th.appendChild(el('div',{class:'copy'},'copy of '+nameOf(copyOf[d.id])));h.appendChild(th);});
  var thead=el('thead');thead.appendChild(h);t.appendChild(thead);var tb=el('tbody');t.appendChild(tb);box.appendChild(t);b.appendChild(box);
  paged('matrix',b,tb,rows,function(g){var tr=el('tr',{'data-group':g.id});if(g.sources<2)tr.className='single';var th=el('th',{scope:'row'});th.appendChild(el('div',null,g.summary));th.appendChild(el('div',{class:'muted'},[g.who,g.verb].filter(Boolean).join(' · ')+' · '+g.sources+' source'+(g.sources===1?'':'s')));tr.appendChild(th);
    cols.forEach(function(d){var cs=g.claims.filter(function(x){return x.doc===d.id;}).map(function(x){return byId[x.id];}).filter(Boolean);var td=el('td',{class:'cell'});
      if(!cs.length){td.appendChild(el('span',{class:'st-none'},'—'));}else{var s=status(cs[0]);var sp=el('span',{class:'st-'+s[0],tabindex:'0',title:s[1]+': '+cs[0].text,'aria-label':s[1]+': '+cs[0].text},s[1]);td.appendChild(sp);td.dataset.status=s[0];}
      tr.appendChild(td);});return tr;},renderMatrix);}
function toNum(d){var p=d.split('-').map(Number);return Date.UTC(p[0],(p[1]||1)-1,p[2]||1);}
function endNum(d){var p=d.split('-').map(Number);if(p.length===1)return Date.UTC(p[0]+1,0,1);if(p.length===2)return Date.UTC(p[0],p[1],1);return Date.UTC(p[0],p[1]-1,p[2]+1);}
function renderTimeline(){var b=document.querySelector('#timeline .body');b.textContent='';
  var items=[];R.claims.forEach(function(c){if(!keep(c))return;c.when.forEach(function(w){if(w.date&&w.start&&w.end)items.push({c:c,w:w});});});
  if(!items.length){b.appendChild(el('p',{class:'muted'},'No dated claims.'));return;}
  items.sort(function(a,b){return a.w.start<b.w.start?-1:a.w.start>b.w.start?1:a.w.end<b.w.end?-1:a.w.end>b.w.end?1:0;});
  var lo=Infinity,hi=-Infinity;items.forEach(function(i){lo=Math.min(lo,toNum(i.w.start));hi=Math.max(hi,endNum(i.w.end));});var span=Math.max(1,hi-lo);
  var ul=el('ul',{class:'tl'});b.appendChild(ul);paged('timeline',b,ul,items,function(i){var li=el('li',{'data-claim':i.c.id});li.appendChild(el('time',{datetime:i.w.start},i.w.date));
    var right=el('div');var ax=el('div',{class:'axis','aria-hidden':'true'});var m=el('span');m.style.left=((toNum(i.w.start)-lo)/span*100)+'%';m.style.width=Math.max(0.5,(endNum(i.w.end)-toNum(i.w.start))/span*100)+'%';ax.appendChild(m);right.appendChild(ax);
    var a=el('a',{href:'#article'},i.c.text);a.addEventListener('click',function(){openClaim(i.c.doc,i.c.id);});right.appendChild(a);
    right.appendChild(el('div',{class:'muted'},nameOf(i.c.doc)+' · “'+i.w.text+'”'));li.appendChild(right);return li;},renderTimeline);}
function renderEntities(){var b=document.querySelector('#entities .body');b.textContent='';
  var list=R.entities.filter(function(e){return !state.doc||e.docs.indexOf(state.doc)>=0;});var wrap=el('div');b.appendChild(wrap);
  paged('entities',b,wrap,list,function(e){var x=el('button',{class:'ent',type:'button','aria-pressed':String(state.entity===e.name),title:(e.aliases.length?'also: '+e.aliases.join(', ')+' · ':'')+e.docs.length+' articles'},e.name+' ('+e.type+')');
    x.dataset.entity=e.name;x.addEventListener('click',function(){state.entity=state.entity===e.name?'':e.name;resetPages();render();});return x;},renderEntities);}
function renderArticle(focus){var b=document.querySelector('#article .body');b.textContent='';
  var id=state.doc||(R.documents[0]&&R.documents[0].id);if(!id||own(T,id)==null){b.appendChild(el('p',{class:'muted'},'No article.'));return;}
  // the body only: front matter is shown as the header (title, outlet, date, file), not as text
  var d=docs[id];b.appendChild(el('h3',null,(d&&d.title)||nameOf(id)));
  if(d){var meta=[nameOf(id),d.published,fileName(d)!==nameOf(id)?fileName(d):''].filter(Boolean);b.appendChild(el('p',{class:'muted doc-meta'},meta.join(' · ')));}
  var chars=cp(own(T,id));var off=own(OFF,id)||0;
  var claims=R.claims.filter(function(c){return c.doc===id;}).sort(function(a,z){return a.start-z.start||z.end-a.end;});
  var pre=el('div',{class:'doc-text',tabindex:'0'});var at=0;
  claims.forEach(function(c){var cs=c.start-off,ce=c.end-off;if(cs<at||cs<0)return;pre.appendChild(document.createTextNode(chars.slice(at,cs).join('')));
    var m=el('mark',{class:'claim','data-claim':c.id,title:[c.who&&('who: '+c.who.text),'verb: '+c.verb,c.where.length&&('where: '+c.where.map(function(w){return w.text;}).join(', ')),c.when.length&&('when: '+c.when.map(function(w){return w.text+(w.date?' = '+w.date:'');}).join(', ')),c.source&&('source: '+c.source.text)].filter(Boolean).join('\\n')});
    var text=chars.slice(cs,ce).join('');var parts=[];
    function add(field,s){if(!s)return;var i=text.indexOf(s);if(i>=0&&!parts.some(function(p){return i<p.e&&p.s<i+s.length;}))parts.push({s:i,e:i+s.length,f:field});}
    add('who',c.who&&c.who.text);add('source',c.source&&c.source.text);c.where.forEach(function(w){add('where',w.text);});c.when.forEach(function(w){add('when',w.text);});add('what',c.what);
    parts.sort(function(a,z){return a.s-z.s;});var k=0;parts.forEach(function(p){m.appendChild(document.createTextNode(text.slice(k,p.s)));m.appendChild(el('mark',{class:'f-'+p.f},text.slice(p.s,p.e)));k=p.e;});m.appendChild(document.createTextNode(text.slice(k)));
    pre.appendChild(m);at=ce;});
  pre.appendChild(document.createTextNode(chars.slice(at).join('')));b.appendChild(pre);
  if(focus){var f=pre.querySelector('[data-claim="'+focus+'"]');if(f&&f.scrollIntoView)f.scrollIntoView({block:'center'});}}
var evSort={key:'',dir:1};
function eventRow(d){var e=d.event||null;var w=e&&e.when[0];return{doc:d.id,title:d.title||nameOf(d.id),outlet:d.outlet||domain(d),published:d.published||'',
  who:e&&e.who?(e.who.entity&&e.who.text.indexOf(e.who.entity)<0?e.who.text+' ('+e.who.entity+')':e.who.text):'',what:e?e.what:'',
  where:e?e.where.map(function(x){return x.entity||x.text;}).join('; '):'',when:w?(w.date||w.text):'',source:e&&e.source?(e.source.entity||e.source.text):'',has:!!e};}
function renderEvents(){var b=document.querySelector('#events .body');b.textContent='';
  var cols=[['title','Article'],['outlet','Outlet'],['published','Published'],['who','Who'],['what','What'],['where','Where'],['when','When'],['source','Source']];
  var rows=R.documents.map(eventRow);
  if(!rows.length){b.appendChild(el('p',{class:'muted'},'No articles.'));return;}
  if(evSort.key){rows.sort(function(a,z){var x=a[evSort.key],y=z[evSort.key];return (x<y?-1:x>y?1:0)*evSort.dir||(a.doc<z.doc?-1:a.doc>z.doc?1:0);});}
  var t=el('table');var h=el('tr');cols.forEach(function(c){var th=el('th',{scope:'col','aria-sort':evSort.key===c[0]?(evSort.dir>0?'ascending':'descending'):'none'});
    var bt=el('button',{class:'sort',type:'button'},c[1]+(evSort.key===c[0]?(evSort.dir>0?' ▲':' ▼'):''));bt.dataset.key=c[0];
    bt.addEventListener('click',function(){if(evSort.key===c[0])evSort.dir=-evSort.dir;else{evSort.key=c[0];evSort.dir=1;}renderEvents();});th.appendChild(bt);h.appendChild(th);});
  var thead=el('thead');thead.appendChild(h);t.appendChild(thead);var tb=el('tbody');
  rows.forEach(function(r){var tr=el('tr',{'data-doc':r.doc,tabindex:'0'});cols.forEach(function(c){var td=el('td',c[0]==='what'&&!r.has?{class:'muted'}:null,c[0]==='what'&&!r.has?'no event':r[c[0]]);tr.appendChild(td);});
    function open(){state.doc=r.doc;document.getElementById('doc').value=r.doc;resetPages();render();var a=document.getElementById('article');if(a.scrollIntoView)a.scrollIntoView();}
    tr.addEventListener('click',open);tr.addEventListener('keydown',function(ev){if(ev.key==='Enter')open();});tb.appendChild(tr);});
  // a long list of articles scrolls in its own box, under its sticky column headers
  t.appendChild(tb);var box=el('div',{class:'box'});box.appendChild(t);b.appendChild(box);}
function resetPages(){pages=table();}
function render(focus){document.getElementById('entity-filter').hidden=!state.entity;document.getElementById('entity-name').textContent=state.entity;
  renderEvents();renderConflicts();renderMatrix();renderTimeline();renderEntities();renderArticle(focus);}
var sel=document.getElementById('doc');R.documents.forEach(function(d){var name=nameOf(d.id);sel.appendChild(el('option',{value:d.id},d.title&&d.title!==name?name+' — '+d.title:name));});
sel.addEventListener('change',function(){state.doc=sel.value;resetPages();render();});
document.getElementById('q').addEventListener('input',function(e){state.q=e.target.value;resetPages();render();});
document.getElementById('since').addEventListener('change',function(e){state.since=e.target.value;resetPages();render();});
document.getElementById('until').addEventListener('change',function(e){state.until=e.target.value;resetPages();render();});
document.getElementById('clear-entity').addEventListener('click',function(){state.entity='';resetPages();render();});
render();
})();
`;
