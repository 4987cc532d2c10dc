"""The report's inline stylesheet and script (no external asset: the file works offline).

Agent pages are drawn by the script from the JSON embedded in the report when a reader
opens one (or follows a link to it), so a report of thousands of agents stays light.
"""

CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.2em 3em;
color:#1d1d1d}
h1{margin:.6em 0 .2em}h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:1.6em}
h4{margin:1em 0 .3em}
.sim{background:#fff3cd;border:1px solid #e0c36a;padding:.4em .8em;border-radius:4px}
table{border-collapse:collapse;margin:.3em 0}td,th{padding:2px 10px;text-align:left;
border-bottom:1px solid #eee;vertical-align:top}th{background:#f6f6f6}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
code,pre,.id{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12.5px}
pre{background:#f7f7f7;padding:.6em;overflow-x:auto;white-space:pre-wrap;border-radius:4px}
.diff .add{color:#116329;background:#e6ffec}.diff .del{color:#82071e;background:#ffebe9}
.diff .hunk{color:#0550ae}.diff .file{font-weight:bold}
.tree ul{list-style:none;padding-left:1.3em;margin:0;border-left:1px dotted #bbb}
.tree>ul{border-left:none;padding-left:0}.tree summary{cursor:pointer}
.tree li{margin:1px 0}.tree .leaf{padding-left:1.1em}
.path>.node,.path>details>summary .node{font-weight:bold;color:#b71c1c}
.best .star{color:#e6a100}.rejected{color:#888}.deep{color:#888;font-size:12px}
details.agent{border:1px solid #ddd;border-radius:5px;margin:.4em 0;padding:.2em .8em}
details.agent[open]{background:#fcfcfc}details.agent>summary{cursor:pointer;padding:.2em 0}
.resolved{color:#116329;font-weight:bold}.failed{color:#82071e}
.toolbar{margin:.5em 0}.toolbar input{width:22em;padding:2px 6px}
img.plot{max-width:100%;border:1px solid #eee}
"""

JS = r"""
let DATA=null;
function data(){if(!DATA)DATA=JSON.parse(document.getElementById('agent-data').textContent);
return DATA}
function el(tag,cls,text){const e=document.createElement(tag);if(cls)e.className=cls;
if(text!=null)e.textContent=String(text);return e}
function link(id){const a=el('a','id',id);a.href='#agent-'+id;return a}
function num(x,d){return x==null?'-':Number(x).toLocaleString('en-US',
{minimumFractionDigits:d,maximumFractionDigits:d})}
function facts(rows){const t=el('table','facts');for(const[k,v]of rows){const tr=el('tr');
tr.append(el('th',null,k));const td=el('td');if(v instanceof Node)td.append(v);
else td.textContent=v;tr.append(td);t.append(tr)}return t}
function links(ids){const s=el('span');ids.forEach((id,i)=>{if(i)s.append(' ');
s.append(link(id))});if(!ids.length)s.textContent='-';return s}
function reused(id){const s=el('span');s.append('reused from ',link(id),
' (same task agent)');return s}
function outcome(t){return t[2]?'resolved':t[5]?'timed out':'failed'}
function patchText(t){return t[3]?'empty':t[4]===0?'did not apply':t[4]?'applied':'-'}
function tasks(a,names){const t=el('table');const head=el('tr');
['task','repeat','outcome','patch','agent s','tokens','usd'].forEach((h,i)=>
head.append(el('th',i==1||i>3?'num':null,h)));t.append(head);
for(const r of a.t){const tr=el('tr');const o=outcome(r);
[names[r[0]],r[1],o,patchText(r),num(r[6],1),num(r[7],0),num(r[8],4)].forEach((v,i)=>{
const td=el('td',i==1||i>3?'num':null);if(i==2)td.append(el('span',o=='resolved'?
'resolved':'failed',v));else td.textContent=v;tr.append(td)});t.append(tr)}return t}
function diff(a){const pre=el('pre','diff');for(const line of a.diff.split('\n')){
const c=/^(diff --git|\+\+\+ |--- )/.test(line)?'file':line[0]=='+'?'add':line[0]=='-'?
'del':line.startsWith('@@')?'hunk':'';pre.append(c?el('span',c,line):line,'\n')}
if(a.cut)pre.append(el('span','hunk','… '+a.cut+' more lines; see `dgm diff`'));return pre}
function render(det){if(det.dataset.drawn)return;det.dataset.drawn='1';const d=data();
const a=d.agents[det.id.slice(6)];if(!a)return;
const sci=(v,ci)=>v==null?'-':num(v,3)+(ci?' ['+num(ci[0],2)+', '+num(ci[1],2)+']':'');
const resolved=a.t.filter(r=>r[2]).length;
const roles=a.roles.map(r=>r[0]+': $'+num(r[1],4)+', '+num(r[2],0)+' tokens, '+
(r[4]||r[5]?num(r[4],0)+' cache read, '+num(r[5],0)+' cache write, ':'')+r[3]+
' calls').join('; ')||'-';
det.append(facts([['parent',a.p?link(a.p):'- (seed agent)'],
['iteration / depth',a.it+' / '+a.d],['status',a.st],['score (selection)',sci(a.sc,a.ci)],
['score (held-out)',sci(a.ho,a.hoci)],
['tasks',resolved+'/'+a.t.length+' resolved (from the '+a.src+')'],
['cost','$'+num(a.usd,4)+', '+num(a.tok,0)+' tokens'],['by role',roles],
...(a.pt?[['parts',a.pt]]:[]),
...(a.sf?[['scores',reused(a.sf)]]:[]),...(a.og?[['origin',a.og]]:[]),
['attempt',a.att||'-'],['created',a.at||'-'],['children',links(a.kids)]]),
el('h4',null,'Problem statement'),el('pre',null,a.ps||'(none: the seed agent)'),
el('h4',null,'Per-task results'),tasks(a,d.tasks),el('h4',null,'Diff against parent'),
a.p?diff(a):el('p',null,'(the seed agent has no parent)'))}
function setAll(sel,open){document.querySelectorAll(sel).forEach(d=>{
if(open&&d.matches('details.agent'))render(d);d.open=open})}
function openHash(){const id=decodeURIComponent(location.hash.slice(1));if(!id)return;
const e=document.getElementById(id);if(e&&e.tagName==='DETAILS'){render(e);e.open=true;
e.scrollIntoView()}}
function filterAgents(q){q=q.trim().toLowerCase();let n=0;
document.querySelectorAll('details.agent').forEach(d=>{const hit=!q||
d.dataset.search.includes(q);d.style.display=hit?'':'none';n+=hit});
document.getElementById('agent-count').textContent=n}
function markPlots(){document.querySelectorAll('img.plot').forEach(i=>{
i.dataset.loaded=String(i.complete&&i.naturalWidth>0)})}
document.addEventListener('toggle',e=>{const t=e.target;if(t.matches&&
t.matches('details.agent')&&t.open)render(t)},true);
window.addEventListener('hashchange',openHash);
window.addEventListener('load',()=>{markPlots();openHash();
document.body.dataset.loadMs=String(Math.round(performance.now()))});
"""
