/**
 * The HTML report's own style sheet and script, inlined into the page. The script is plain
 * browser JavaScript (no build step), kept as text here so the page carries it; it draws the
 * charts with Chartist from the JSON data element, filters the table, and runs the copy and
 * download buttons. When it has finished it sets `data-ready` on <html> (the browser test waits
 * for it).
 */

export const CLIENT_STYLE = String.raw`
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1b1f; --muted: #5b5b66; --line: #d7d7de; --panel: #f4f4f7;
  --error: #b3261e; --error-bg: #fde7e4; --warning: #8a5300; --warning-bg: #fff1d6; --accent: #2f5bd3; --series-a: #2f5bd3; --series-b: #c2410c; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #141418; --fg: #ececf1; --muted: #a5a5b3; --line: #3a3a44; --panel: #1f1f26;
    --error: #ff8a80; --error-bg: #4a1d1a; --warning: #ffc46b; --warning-bg: #3d2c0c; --accent: #8fb0ff; --series-a: #8fb0ff; --series-b: #ff9a5c; }
}
* { box-sizing: border-box; }
/* Sections off screen are laid out only when scrolled to: a 2,000-row table then costs nothing at load. */
main > section { content-visibility: auto; contain-intrinsic-size: auto 1200px; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.25rem 3rem; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { font-size: 1.8rem; margin: .5rem 0; } h2 { font-size: 1.35rem; margin: 2.5rem 0 .75rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
a { color: var(--accent); } .url { color: var(--muted); word-break: break-all; }
.skip-link { position: absolute; left: -999px; } .skip-link:focus { left: 1rem; top: 1rem; background: var(--bg); padding: .5rem; z-index: 2; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.privacy { background: var(--panel); border-left: 4px solid var(--accent); padding: .5rem .75rem; }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
.stats { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .5rem; }
.stats div { background: var(--panel); padding: .5rem .75rem; border-radius: .4rem; } .stats dt { color: var(--muted); font-size: .85rem; } .stats dd { margin: 0; font-size: 1.2rem; font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
thead th { background: var(--panel); position: sticky; top: 0; white-space: nowrap; }
td:nth-child(n+2), th[scope=col] { overflow-wrap: anywhere; }
tr.spike th, tr.spike td { background: var(--error-bg); }
.chart-figure { margin: 1rem 0; } figcaption { font-weight: 600; }
.chart { height: 16rem; } #chart-posts, #chart-categories { height: auto; min-height: 10rem; }
.ct-label { fill: var(--muted); color: var(--muted); font-size: .75rem; }
.ct-grid { stroke: var(--line); }
.ct-series-a .ct-line, .ct-series-a .ct-point, .ct-series-a .ct-bar { stroke: var(--series-a); }
.ct-series-b .ct-line, .ct-series-b .ct-point, .ct-series-b .ct-bar { stroke: var(--series-b); }
.ct-series-b .ct-line { stroke-dasharray: 6 3; }
.ct-bar { stroke-width: 14px; } .ct-point { stroke-width: 5px; } .ct-point.ct-spike { stroke: var(--error) !important; stroke-width: 14px; }
.legend { display: flex; gap: 1.25rem; font-size: .85rem; color: var(--muted); margin: .25rem 0; } .legend span::before { content: ""; display: inline-block; width: 1.5rem; height: 3px; vertical-align: middle; margin-right: .35rem; background: var(--series-a); }
.legend .b::before { background: repeating-linear-gradient(90deg, var(--series-b) 0 6px, transparent 6px 9px); } .legend .spike::before { width: .7rem; height: .7rem; border-radius: 50%; background: var(--error); }
.chart-table summary, details summary { cursor: pointer; color: var(--muted); }
.chart-table table { max-width: 40rem; } .chart-table { max-height: 20rem; overflow: auto; }
mark { border-radius: .2rem; padding: 0 .1rem; color: inherit; } mark.error { background: var(--error-bg); outline: 1px solid var(--error); } mark.warning { background: var(--warning-bg); outline: 1px solid var(--warning); }
.badge { font-size: .75rem; font-weight: 700; text-transform: uppercase; padding: .05rem .35rem; border-radius: .25rem; } .badge.error { color: var(--error); border: 1px solid var(--error); } .badge.warning { color: var(--warning); border: 1px solid var(--warning); }
.export { background: var(--panel); padding: .75rem; border-radius: .4rem; margin: .75rem 0; } .export label { display: block; font-weight: 600; }
textarea { width: 100%; font: .9rem/1.4 ui-monospace, monospace; background: var(--bg); color: var(--fg); border: 1px solid var(--line); }
button { font: inherit; padding: .3rem .8rem; border-radius: .3rem; border: 1px solid var(--accent); background: var(--bg); color: var(--accent); cursor: pointer; }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.status-message { color: var(--muted); margin-left: .5rem; }
.note { color: var(--muted); font-size: .9rem; }
.worst { padding-left: 1.5rem; } .worst-item { margin-bottom: 1.25rem; } .where { color: var(--muted); font-size: .85rem; margin: 0; }
blockquote { margin: .25rem 0; padding: .4rem .75rem; border-left: 3px solid var(--line); font-size: 1.05rem; white-space: pre-wrap; }
.findings { margin: .25rem 0; } .kinder { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin: .5rem 0; } .filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); }
.filters input, .filters select { font: inherit; max-width: 18rem; background: var(--bg); color: var(--fg); border: 1px solid var(--line); padding: .2rem .3rem; }
.table-wrap { overflow-x: auto; } td.text { min-width: 18rem; white-space: pre-wrap; } .words, .location { color: var(--muted); font-size: .8rem; }
.status.read { color: var(--muted); } .status.skipped { color: var(--warning); } .status.failed, .problem { color: var(--error); }
@media print {
  main > section { content-visibility: visible; }
  body { max-width: none; font-size: 11pt; } nav, .buttons, .filters, .skip-link, #filter-count { display: none; }
  textarea { border: none; height: auto; overflow: visible; } thead th { position: static; }
  .chart-table { max-height: none; overflow: visible; } section { break-inside: auto; } tr, .worst-item { break-inside: avoid; }
  a { color: inherit; } mark.error, mark.warning { outline: 1px solid currentColor; }
}
@media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
`;

export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var dataElement = document.getElementById('kindness-data');
  var data = dataElement ? JSON.parse(dataElement.textContent || '{}') : {};

  function every(count, most) { return Math.max(1, Math.ceil(count / most)); }

  function legend(figureChart, entries) {
    var box = document.createElement('div');
    box.className = 'legend';
    box.setAttribute('aria-hidden', 'true');
    entries.forEach(function (entry) {
      var span = document.createElement('span');
      span.className = entry[0];
      span.textContent = entry[1];
      box.appendChild(span);
    });
    figureChart.parentNode.insertBefore(box, figureChart);
  }

  var pending = 0;
  function ready() { document.documentElement.dataset.ready = 'true'; }
  function whenCreated(chart) {
    pending++;
    chart.on('created', function () {
      pending--;
      if (pending === 0) ready();
    });
  }

  function drawCharts() {
    if (typeof Chartist === 'undefined') return;
    var time = data.time;
    var timeChart = document.getElementById('chart-time');
    if (timeChart && time && time.labels.length > 0) {
      var step = every(time.labels.length, 12);
      var chart = new Chartist.LineChart(timeChart, { labels: time.labels, series: [time.items, time.flagged] }, {
        fullWidth: true, low: 0, showArea: false, showPoint: true, lineSmooth: false,
        chartPadding: { right: 48 },
        axisX: { labelInterpolationFnc: function (value, index) { return index % step === 0 ? value : null; } },
        axisY: { onlyInteger: true }
      });
      whenCreated(chart);
      chart.on('draw', function (context) {
        if (context.type === 'point' && context.seriesIndex === 1 && time.spikes[context.index]) context.element.addClass('ct-spike');
      });
      legend(timeChart, [['a', 'all'], ['b', 'flagged'], ['spike', 'spike']]);
    }
    var bars = [['chart-categories', data.categories], ['chart-posts', data.posts]];
    bars.forEach(function (entry) {
      var element = document.getElementById(entry[0]);
      var values = entry[1];
      if (!element || !values || values.values.length === 0) return;
      element.style.height = (3 + values.values.length * 2) + 'rem';
      whenCreated(new Chartist.BarChart(element, { labels: values.labels.map(function (label) { return label.length > 40 ? label.slice(0, 39) + '\u2026' : label; }), series: [values.values] }, {
        horizontalBars: true, reverseData: true, low: 0, fullWidth: true,
        axisY: { offset: 220 }, axisX: { onlyInteger: true }, chartPadding: { right: 48 }
      }));
    });
  }

  var textOf = new Map();
  function filterTable() {
    var table = document.getElementById('flagged-table');
    if (!table) return;
    var query = (document.getElementById('filter-text') || {}).value || '';
    query = query.trim().toLowerCase();
    var get = function (id) { var element = document.getElementById(id); return element ? element.value : ''; };
    var category = get('filter-category'), severity = get('filter-severity'), post = get('filter-post'), author = get('filter-author');
    var rows = table.tBodies[0].rows, shown = 0;
    for (var index = 0; index < rows.length; index++) {
      var row = rows[index];
      var text = textOf.get(row);
      if (text === undefined) { text = row.textContent.toLowerCase(); textOf.set(row, text); }
      var visible = (!query || text.indexOf(query) !== -1) &&
        (!category || (' ' + row.dataset.cat + ' ').indexOf(' ' + category + ' ') !== -1) &&
        (!severity || row.dataset.sev === severity) &&
        (!post || row.dataset.post === post) &&
        (!author || row.dataset.author === author);
      row.hidden = !visible;
      if (visible) shown++;
    }
    var status = document.getElementById('filter-count');
    if (status) status.textContent = 'Showing ' + shown.toLocaleString('en-US') + ' of ' + rows.length.toLocaleString('en-US') + '.';
  }

  function say(button, message) {
    var status = button.parentNode.querySelector('.status-message');
    if (status) status.textContent = message;
  }

  function copyText(text) {
    if (navigator.clipboard && navigator.clipboard.writeText) return navigator.clipboard.writeText(text);
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = text;
      document.body.appendChild(area);
      area.select();
      var done = document.execCommand('copy');
      area.remove();
      if (done) resolve(); else reject(new Error('copy refused'));
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button') : null;
    if (!button) return;
    if (button.dataset.copy) {
      var source = document.getElementById(button.dataset.copy);
      copyText(source.value).then(function () {
        var lines = source.value.split('\n').length;
        say(button, 'Copied ' + lines + (lines === 1 ? ' line.' : ' lines.'));
      }, function () {
        source.hidden = false;
        source.select();
        say(button, 'Copying was refused: the text is selected, press Ctrl+C (\u2318C).');
      });
    } else if (button.dataset.download) {
      var text = document.getElementById(button.dataset.download).value;
      var link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([text + '\n'], { type: 'text/plain;charset=utf-8' }));
      link.download = button.dataset.filename || 'kindness.txt';
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      say(button, 'Saved ' + link.download + '.');
    }
  });

  ['filter-text', 'filter-category', 'filter-severity', 'filter-post', 'filter-author'].forEach(function (id) {
    var element = document.getElementById(id);
    if (element) element.addEventListener(id === 'filter-text' ? 'input' : 'change', filterTable);
  });
  var form = document.querySelector('form.filters');
  if (form) form.addEventListener('submit', function (event) { event.preventDefault(); });

  // Printed pages show every table, charts' included.
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (details) { details.open = true; });
  });

  drawCharts();
  // Chartist draws on the next tick; the page is ready when every chart has been created.
  if (pending === 0) ready();
})();
`;
