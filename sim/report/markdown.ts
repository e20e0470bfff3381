import type { Page } from './html.js';
import type { Table } from './tables.js';
import { escapeMd as m } from './text.js';
import { tr } from './locale.js';

function tableMd(t: Table): string {
  const row = (cells: string[]) => `| ${cells.map(m).join(' | ')} |`;
  return [row(t.header), `|${t.header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`, ...t.rows.map(row), '', `*${m(t.note)}*`].join('\n');
}

/**
 * report.md: the same report for a repository or a paper draft; figures as PNG images, or as SVG
 * images when no PNGs were rendered (--no-png), so every link points at a file that exists.
 */
export function reportMarkdown(page: Page): string {
  const parts = [`# ${m(page.title)}`, ''];
  if (page.description) parts.push(m(page.description), '');
  parts.push(`## ${tr('summary', page.locale)}`, '', ...page.sentences.map((s) => `- ${m(s)}`), '', `## ${tr('figures', page.locale)}`, '');
  for (const { plot: p } of page.plots) {
    parts.push(
      `### ${m(p.title)}`,
      '',
      `![${m(p.title)}](plots/${p.name}.${page.png ? 'png' : 'svg'})`,
      '',
      m(p.caption),
      '',
      `${m(tr('files', page.locale))} [SVG](plots/${p.name}.svg) · [${m(tr('vegaSpec', page.locale))}](plots/${p.name}.vl.json) · [${m(tr('data', page.locale))}](plots/${p.name}.csv)`,
      '',
    );
  }
  for (const t of [...page.tables, ...(page.parameters ? [page.parameters] : [])]) parts.push(`## ${m(t.title)}`, '', tableMd(t), '');
  parts.push('---', '', m(page.footer), '');
  return parts.join('\n');
}
