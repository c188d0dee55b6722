/**
 * The timeline page's own style and script, inline: HtmlService's sandbox (and a file opened from
 * disk) loads nothing from elsewhere. The script only filters rows, shows the tooltip and asks the
 * Sheet to select a row; it builds no markup from strings, so nothing it shows can run.
 */

/**
 * Pixels of the column of authorities' names, and of one authority's row. Rows out of view are
 * not drawn until scrolled to (content-visibility), nor is the table for screen readers, which
 * stays in the accessibility tree: a thousand authorities show in about half the time.
 */
export const LABEL_WIDTH = 200;
export const ROW_HEIGHT = 24;

/** The Okabe-Ito palette: these stay apart for readers with any common colour blindness. */
export const COLOURS = {
  blue: '#0072B2',
  orange: '#E69F00',
  vermilion: '#D55E00',
  green: '#009E73',
  purple: '#CC79A7',
} as const;

const { blue, orange, vermilion, green, purple } = COLOURS;

export const STYLE = `body{font:12px Arial,Helvetica,sans-serif;color:#222;margin:0 8px 8px}
p{margin:6px 0}select{font:inherit}
.legend{display:flex;flex-wrap:wrap;gap:2px 14px;margin:6px 0;align-items:center}
.legend>span{display:inline-flex;align-items:center;gap:3px}
#axis{position:sticky;top:0;z-index:3;background:#fff;display:flex;border-bottom:1px solid #999}
#rows{position:relative;width:max-content}
.row{display:flex;height:${ROW_HEIGHT}px;border-bottom:1px solid #eee;position:relative;z-index:1;content-visibility:auto;contain-intrinsic-size:auto ${ROW_HEIGHT}px}
.row:nth-of-type(even){background:rgba(0,0,0,.025)}.row:hover{background:rgba(0,0,0,.07)}
.label{width:${LABEL_WIDTH}px;flex:none;display:flex;align-items:center;gap:3px;overflow:hidden}
.name{flex:1;min-width:0;text-align:left;background:none;border:0;padding:0 4px 0 0;font:inherit;color:#0b4f8a;cursor:pointer;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.name:hover,.name:focus{text-decoration:underline}
.badge{flex:none;width:13px;height:13px;border-radius:50%;background:#000;color:#fff;font-weight:bold;font-size:10px;line-height:13px;text-align:center}
.badge.blank{background:none}
svg{display:block;overflow:visible}
.grid,.today-line{position:absolute;top:0;left:${LABEL_WIDTH}px;height:100%;pointer-events:none}
.grid{z-index:0}.today-line{z-index:2}
.grid line{stroke:#e4e4e4}.grid .new-year{stroke:#9a9a9a}.grid rect{fill:#f3f3f3}.grid .earlier{fill:#e6e6e6}
.today-line line,.now{stroke:#000;stroke-width:2}
.month-label{font-size:10px;fill:#444}.year-label{font-size:11px;font-weight:bold;fill:#222}.today-label{font-size:11px;font-weight:bold;fill:#fff}#axis rect{fill:#000}
.framework{fill:url(#hatch);stroke:${blue};stroke-opacity:.45}
.forecast{fill:${blue}}
.focused{stroke:${orange};stroke-width:3;stroke-dasharray:5 2}
.passed{stroke:#000;stroke-width:6}
.due{fill:${blue};fill-opacity:.6}
.mark{stroke:#fff;stroke-width:1}
.monitoring{fill:${vermilion}}.meeting{fill:${green}}.self-evaluation{fill:${purple}}.inspection{fill:${blue}}
.done{fill:#fff;stroke-width:2}.done.monitoring{stroke:${vermilion}}.done.meeting{stroke:${green}}.done.self-evaluation{stroke:${purple}}.done.inspection{stroke:${blue}}
.overdue{stroke:#000;stroke-width:2.5}
.chevron{fill:none;stroke-width:2}
.no-dates{font-size:11px;fill:#666;font-style:italic}
#tip{position:fixed;display:none;z-index:4;max-width:380px;background:#fff;border:1px solid #333;border-radius:3px;padding:6px 8px;box-shadow:0 2px 6px rgba(0,0,0,.25);pointer-events:none;white-space:pre-line}
.sr-only{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden;white-space:nowrap;content-visibility:auto;contain-intrinsic-size:1px 1px}`;

/** The hatching of the framework's window: faint, and unlike any solid fill. */
export const DEFS = `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${blue}" fill-opacity=".08"/><line x1="0" y1="0" x2="0" y2="6" stroke="${blue}" stroke-opacity=".4" stroke-width="2"/></pattern></defs></svg>`;

/** Filter by region and pathway, the tooltip, and a click on a name selecting its row. */
export function pageScript(statusColumn: number): string {
  return `(function(){
var rows=document.querySelectorAll('#rows .row'),facts=document.querySelectorAll('#facts tbody tr');
var fg=document.getElementById('fg'),fp=document.getElementById('fp'),shown=document.getElementById('shown');
var msg=document.getElementById('msg'),tip=document.getElementById('tip'),box=document.getElementById('rows');
function filter(){var n=0;for(var i=0;i<rows.length;i++){var r=rows[i];
var on=(fg.value===''||r.getAttribute('data-g')===fg.value)&&(fp.value===''||r.getAttribute('data-p')===fp.value);
r.style.display=on?'':'none';if(facts[i])facts[i].style.display=on?'':'none';if(on)n++;}
shown.textContent=n+' of '+rows.length+(rows.length===1?' authority':' authorities');}
fg.addEventListener('change',filter);fp.addEventListener('change',filter);
function move(e){if(tip.style.display!=='block')return;var x=e.clientX+14,y=e.clientY+14;
if(x+tip.offsetWidth>innerWidth-4)x=e.clientX-tip.offsetWidth-14;if(y+tip.offsetHeight>innerHeight-4)y=e.clientY-tip.offsetHeight-14;
tip.style.left=Math.max(4,x)+'px';tip.style.top=Math.max(4,y)+'px';}
box.addEventListener('mouseover',function(e){var el=e.target,t=el.querySelector&&el.querySelector(':scope>title');
if(t){el.setAttribute('data-t',t.textContent);el.removeChild(t);}
var text=el.getAttribute&&el.getAttribute('data-t'),r=el.closest&&el.closest('.row');
if(!text||!r){tip.style.display='none';return;}
var cells=(facts[+r.getAttribute('data-i')]||{}).cells||[],b=document.createElement('b');
b.textContent=cells[0]?cells[0].textContent:'';tip.textContent='';tip.appendChild(b);
tip.appendChild(document.createTextNode('\\n'+text+(cells[${statusColumn}]?'\\nStatus: '+cells[${statusColumn}].textContent:'')));
tip.style.display='block';move(e);});
box.addEventListener('mousemove',move);
box.addEventListener('mouseleave',function(){tip.style.display='none';});
box.addEventListener('click',function(e){var b=e.target.closest&&e.target.closest('button[data-row]');if(!b)return;
var row=+b.getAttribute('data-row'),name=b.textContent,g=window.google,run=g&&g.script&&g.script.run;
if(!run){msg.textContent=name+' is row '+row+' of the Tracker: in the Sheet, clicking it selects that row.';return;}
msg.textContent='Selecting '+name+', row '+row+'...';
run.withSuccessHandler(function(){g.script.host.close();}).withFailureHandler(function(error){msg.textContent=(error&&error.message)||String(error);}).selectTrackerRow(row);});
})();`;
}
