import { escapeHtml } from '../domain/text/html';
import { HISTORY_URL, MAX_FILE_CHARACTERS } from '../domain/tracker/national-update';

/**
 * The Update national data dialog's page: a file input, where to download the history file, then
 * the preview the script gives for the chosen file and, once asked, what replacing it did. The
 * browser reads the file (FileReader) and hands its text to previewNationalData and
 * replaceNationalData (google.script.run), so the script needs no permission beyond its own
 * spreadsheet. Inline style and script only (HtmlService's sandbox loads nothing); the script puts
 * what the script answers into the page as text (textContent), never as markup.
 */

const STYLE =
  '<style>body{font:13px/1.4 Arial,sans-serif;margin:8px 12px;color:#222}p{margin:6px 0}' +
  'ul{margin:4px 0;padding-left:22px}a{color:#0b4f8a}.pick{margin:12px 0;padding:10px;' +
  'border:1px solid #ccc;background:#fafafa}label{font-weight:bold;margin-right:8px}' +
  '.bad{color:#a50e0e;font-weight:bold}.good{color:#1e6b2e;font-weight:bold}' +
  '.warn{background:#fff4e0;padding:4px 8px;border-left:3px solid #e69f00}' +
  '#changes{max-height:300px;overflow:auto;border:1px solid #e4e4e4}button{font:inherit;padding:6px 14px}' +
  '#replace{background:#0b57d0;color:#fff;border:0;border-radius:4px}</style>';

/** The page's script: reads the file, asks the script for the preview, then to replace. */
const SCRIPT = `(function(){
var $=function(id){return document.getElementById(id)},input=$('file'),status=$('status'),out=$('out'),go=$('replace'),text=null;
function add(tag,words,cls,to){var e=document.createElement(tag);e.textContent=words;e.className=cls||'';(to||out).appendChild(e);return e}
function list(items,id){var ul=add('ul','','',out);ul.id=id;items.forEach(function(item){add('li',item,'',ul)})}
function end(){input.disabled=go.disabled=false;status.textContent=''}
function refused(problems){add('p','This file cannot replace the National data, so nothing was changed:','bad');list(problems,'problems')}
function failed(error){end();add('p','The script could not finish: '+(error&&error.message||error),'bad')}
function show(p){end();if(!p.ok)return refused(p.problems);add('p',p.summary);
p.warnings.forEach(function(w){add('p',w,'warn')});add('p',p.changesIntro);
if(p.changes.length)list(p.changes.concat(p.moreChanges?['... and '+p.moreChanges+' more.']:[]),'changes');
go.hidden=!p.canReplace}
function done(r){end();go.hidden=true;if(!r.ok)return refused(r.problems);add('p',r.message,'good')}
function run(then){input.disabled=go.disabled=true;return google.script.run.withSuccessHandler(then).withFailureHandler(failed)}
input.onchange=function(){var file=input.files[0];out.textContent='';go.hidden=true;text=null;if(!file)return;
if(file.size>${MAX_FILE_CHARACTERS})return refused([file.name+' is '+Math.round(file.size/1e3)+' KB, more than any National data file (the inspection history is about 500 KB).']);
status.textContent='Reading '+file.name+'...';var reader=new FileReader();
reader.onload=function(){text=String(reader.result);status.textContent='Checking '+file.name+'...';run(show).previewNationalData(text)};
reader.onerror=function(){end();refused(['The browser could not read '+file.name+'.'])};reader.readAsText(file)};
go.onclick=function(){status.textContent='Replacing the National data and recalculating...';run(done).replaceNationalData(text)};
})();`;

/** The page, with `current` (what the National data holds now) as its first line. */
export function nationalDialogHtml(current: string): string {
  const url = escapeHtml(HISTORY_URL);
  return (
    `${STYLE}<p>${escapeHtml(current)}</p>` +
    '<p>To bring it up to date, download the inspection history, updated daily by the ' +
    `ofsted-ilacs-scrape-tool: <a href="${url}" target="_blank" rel="noopener">${url}</a> ` +
    "(or use the tool's own National data CSV, in the columns of " +
    '<code>english-la-latest-inspections.csv</code>). Then choose the file here: you see what ' +
    'would change before anything is replaced, and a file that cannot be read whole changes nothing.</p>' +
    '<div class="pick"><label for="file">The downloaded file (.csv)</label>' +
    '<input type="file" id="file" accept=".csv,text/csv"></div>' +
    '<p id="status" role="status"></p><div id="out" role="status"></div>' +
    '<p><button id="replace" type="button" hidden>Replace the National data</button></p>' +
    `<script>${SCRIPT}</script>`
  );
}
