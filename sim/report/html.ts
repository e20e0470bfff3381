import { browserScripts, inlineScript } from './assets.js';
import { CJK_FAMILY, FONT_FAMILY } from './font-family.js';
import type { Plot } from './plots/plot.js';
import type { Table } from './tables.js';
import { escapeHtml as h, scriptJson } from './text.js';
import { tr, type Locale } from './locale.js';

export interface Page {
  title: string;
  description: string;
  sentences: string[];
  plots: { plot: Plot; vega: unknown }[];
  /** Whether plots/<name>.png were rendered: the pages link only files that exist. */
  png: boolean;
  tables: Table[];
  /** The scenario's parameters: last, folded (it is long). */
  parameters: Table | null;
  footer: string;
  /** The report's language: its headings, links and figures. */
  locale: Locale;
}

/**
 * The page's policy allows inline scripts and styles, and fonts from data: URLs (the embedded
 * subsets, embed-fonts.ts), and nothing from anywhere else, so the report cannot fetch anything even
 * by mistake. 'unsafe-eval' is needed because vega compiles its expressions to functions at run time.
 */
const CSP = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

const STYLE = `
body { font-family: ${FONT_FAMILY}; color: #222; margin: 0; background: #fafafa; line-height: 1.5; }
main { max-width: 1000px; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; background: #fff; }
h1 { font-size: 1.7rem; margin: 0.2rem 0 0.4rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
h3 { font-size: 1.05rem; margin: 1.6rem 0 0.4rem; }
.lede { color: #444; }
ul.summary { font-size: 1.08rem; padding-left: 1.2rem; }
ul.summary li { margin: 0.45rem 0; }
figure { margin: 0 0 1.5rem; }
figcaption { color: #444; font-size: 0.92rem; max-width: 760px; }
figcaption .files { display: block; color: #666; font-size: 0.85rem; margin-top: 0.2rem; }
.plot { overflow-x: auto; min-height: 100px; }
.plot svg { max-width: 100%; height: auto; } /* slides figures are 1920 px wide: shrink them to the page */
table { border-collapse: collapse; font-size: 0.88rem; margin: 0.5rem 0 0.3rem; }
th, td { border-bottom: 1px solid #e3e3e3; padding: 0.25rem 0.6rem; text-align: right; vertical-align: top; }
th:first-child, td:first-child { text-align: left; }
th { background: #f3f3f3; font-weight: 600; }
.table-wrap { overflow-x: auto; }
.note { color: #555; font-size: 0.88rem; }
td.nowrap { white-space: nowrap; }
td.param { font-family: "DejaVu Sans Mono", Menlo, Consolas, "${CJK_FAMILY}", monospace; font-size: 0.82rem; }
footer { margin-top: 2.5rem; color: #777; font-size: 0.82rem; }
`;

/** Draw every figure with vega-embed from the pre-compiled vega specs; report failures visibly. */
const BOOT = `
(function () {
  var specs = JSON.parse(document.getElementById('vega-specs').textContent);
  var opts = { mode: 'vega', renderer: 'svg', actions: { export: true, source: false, compiled: false, editor: false } };
  document.querySelectorAll('.plot[data-plot]').forEach(function (el) {
    var name = el.getAttribute('data-plot');
    vegaEmbed(el, specs[name], opts).catch(function (err) {
      el.textContent = 'This figure could not be drawn (' + err.message + '); see plots/' + name + '.svg';
      console.error(err);
    });
  });
})();
`;

function tableHtml(t: Table, paramStyle = false): string {
  const head = `<tr>${t.header.map((c) => `<th>${h(c)}</th>`).join('')}</tr>`;
  const cls = (i: number) => (paramStyle && i === 0 ? ' class="param"' : t.nowrap?.includes(i) ? ' class="nowrap"' : '');
  const body = t.rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${h(c)}</td>`).join('')}</tr>`).join('\n');
  return `<div class="table-wrap"><table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody></table></div>\n<p class="note">${h(t.note)}</p>`;
}

function figureHtml(p: Plot, png: boolean, locale: Locale): string {
  const n = h(p.name);
  const pngLink = png ? ` · <a href="plots/${n}.png">PNG</a>` : '';
  return `<figure id="fig-${n}">
<h3>${h(p.title)}</h3>
<div class="plot" id="plot-${n}" data-plot="${n}" role="img" aria-label="${h(p.title)}"></div>
<figcaption>${h(p.caption)}<span class="files">${h(tr('files', locale))} <a href="plots/${n}.svg">SVG</a>${pngLink} · <a href="plots/${n}.vl.json">${h(tr('vegaSpec', locale))}</a> · <a href="plots/${n}.csv">${h(tr('dataCsv', locale))}</a></span></figcaption>
</figure>`;
}

/** report.html: self-contained (scripts, specs and data inline), every scenario text escaped. */
export function reportHtml(page: Page): string {
  const { vega, vegaEmbed } = browserScripts();
  const specs = Object.fromEntries(page.plots.map((p) => [p.plot.name, p.vega]));
  const paramTable = page.parameters;
  const t = (key: Parameters<typeof tr>[0], values?: Parameters<typeof tr>[2]) => h(tr(key, page.locale, values));
  return `<!doctype html>
<html lang="${page.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t('htmlTitle', { title: page.title })}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${h(page.title)}</h1>
${page.description ? `<p class="lede">${h(page.description)}</p>` : ''}
<section id="summary">
<h2>${t('summary')}</h2>
<ul class="summary">
${page.sentences.map((s) => `<li>${h(s)}</li>`).join('\n')}
</ul>
</section>
<section id="figures">
<h2>${t('figures')}</h2>
<noscript><p class="note">${t('noScript')}</p></noscript>
${page.plots.map((p) => figureHtml(p.plot, page.png, page.locale)).join('\n')}
</section>
${page.tables.map((t) => `<section><h2>${h(t.title)}</h2>\n${tableHtml(t)}</section>`).join('\n')}
${paramTable ? `<section id="parameters"><h2>${t('parameters')}</h2>\n<details><summary>${t('parametersFolded', { n: paramTable.rows.length })}</summary>\n${tableHtml(paramTable, true)}</details></section>` : ''}
<footer>${h(page.footer)}</footer>
</main>
<script>${inlineScript(vega)}</script>
<script>${inlineScript(vegaEmbed)}</script>
<script type="application/json" id="vega-specs">${scriptJson(specs)}</script>
<script>${BOOT}</script>
</body>
</html>
`;
}
