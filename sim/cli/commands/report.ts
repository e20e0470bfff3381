import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { writeFolderAtomic } from '../../runner/atomic.js';
import type { AddReport } from '../../runner/report-hook.js';
import { filesNotOurs } from '../../runner/output-folder.js';
import { UsageError } from '../fail.js';
import { metricOption, metricsOf } from './metric-option.js';
import { REPORT_FILES } from '../../report/report-files.js';
import { DEFAULT_STYLE, FIGURE_STYLES, STYLE_HELP, type FigureStyle } from '../../report/plots/style.js';
import { print, printError } from '../terminal-text.js';
import { LOCALES, type Locale } from '../../i18n/format.js';

// The report builder pulls in vega, vega-lite and the renderer (about half a second): loaded only
// when a report is built, so --help, --no-report and validate start fast.
const reportModule = () => import('../../report/index.js');

/** Every file of a folder by relative path, as text or bytes (PNGs must survive the round trip). */
function readFolder(dir: string): Record<string, string | Uint8Array> {
  const out: Record<string, string | Uint8Array> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p).split('\\').join('/')] = /\.(json|csv|md|html|svg|txt|yaml|yml|jsonl)$/i.test(name) ? readFileSync(p, 'utf8') : readFileSync(p);
    }
  };
  walk(dir);
  return out;
}

/** `--png`, on every command that writes figures. */
const PNG_OPTION = { type: 'boolean', default: true, describe: 'also render PNG figures beside the SVGs (--no-png: SVG and HTML only, faster)' } as const;

/** `--style`, on every command that writes figures: one look for all of a report's figures. */
const STYLE_OPTION = {
  choices: FIGURE_STYLES,
  default: DEFAULT_STYLE,
  describe: `look of the figures: ${FIGURE_STYLES.map((s) => `${s} = ${STYLE_HELP[s]}`).join('; ')}`,
} as const;

/** `--lang`: the report's language, from sim/i18n's templates and glossary (runs so far). */
const LANG_OPTION = {
  choices: LOCALES,
  default: 'en' as Locale,
  describe: 'language of the report: en, or zh-CN for Chinese sentences, tables and figures (run and compare)',
} as const;

/** `--lang`, on the commands whose report can be written in Chinese. */
export function langOption<T>(y: Argv<T>) {
  return y.option('lang', LANG_OPTION);
}

/** How the report draws: PNGs or not, in which style and language. */
export interface FigureArgs {
  png: boolean;
  style: FigureStyle;
  /** --lang; English when not given. */
  lang?: Locale;
}

/** `--report`, `--png` and `--style`, for the commands that write results and then their report. */
export function reportOptions<T>(y: Argv<T>) {
  return y
    .option('report', { type: 'boolean', default: true, describe: 'add report.html and plots to the results (--no-report: data only)' })
    .option('png', PNG_OPTION)
    .option('style', STYLE_OPTION);
}

/** The report step a command passes to the runner, or none with --no-report. */
export function reportStep(a: { report: boolean } & FigureArgs): AddReport | undefined {
  return a.report ? (files, dir) => reportFilesOrWarn(files, dir, { png: a.png, style: a.style, lang: a.lang }) : undefined;
}

export function registerReport(y: Argv): Argv {
  return y.command(
    'report <dir>',
    'Rebuild the report (report.html, report.md, plots/) of a results folder from its saved files, without rerunning',
    (a) =>
      langOption(metricOption(a))
        .positional('dir', { type: 'string', demandOption: true, describe: 'a folder written by run, compare, sweep or sensitivity' })
        .option('png', PNG_OPTION)
        .option('style', STYLE_OPTION)
        .option('out', { type: 'string', describe: 'write the report (report.html, report.md, plots/) to this folder instead, leaving DIR untouched' })
        .epilogue(
        examplesText([
          ['deptsim report reports/three-campaigns', 'redraw the figures after a deptsim update'],
          ['deptsim report reports/three-campaigns --style slides --out talk', 'figures for a projector in ./talk, the paper ones kept'],
          ['deptsim report reports/three-campaigns --lang zh-CN --out zh', 'the report in Chinese in ./zh'],
        ]),
      ),
    async (argv) => {
      const dir = argv.dir as string;
      const metrics = metricsOf(argv.metric);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir}: no such folder; give the folder a run wrote, e.g. reports/three-campaigns`);
      // The folder is rewritten whole: only one that holds nothing but deptsim's files.
      const strangers = filesNotOurs(dir);
      if (strangers.length) {
        throw new UsageError(`${dir} holds files deptsim did not write (${strangers.slice(0, 3).join(', ')}); report rebuilds only a results folder as deptsim wrote it`);
      }
      const out = argv.out === undefined ? null : reportFolder(dir, argv.out as string);
      const { buildReport, ReportError } = await reportModule();
      const old = readFolder(dir);
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(old)) if (typeof v === 'string' && !REPORT_FILES.test(k)) inputs[k] = v;
      let report: Record<string, string | Uint8Array>;
      try {
        report = await buildReport(inputs, { png: argv.png as boolean, style: argv.style as FigureStyle, metrics, locale: argv.lang as Locale });
      } catch (e) {
        if (e instanceof ReportError) throw new UsageError(`${dir}: ${e.message}`);
        throw e;
      }
      if (out !== null) {
        // Another folder for another style: DIR and its report stay as they are.
        writeFolderAtomic(out, report);
        print(`Wrote report.html, report.md and ${Object.keys(report).filter((k) => k.endsWith('.svg')).length} figures to ${out}/ (${dir} untouched)\n`);
        return;
      }
      // The old report goes entirely (a figure the results no longer support must not linger); the
      // results stay byte for byte, and the folder is swapped in one rename.
      const kept = Object.fromEntries(Object.entries(old).filter(([k]) => !REPORT_FILES.test(k)));
      writeFolderAtomic(dir, { ...kept, ...report });
      const plots = Object.keys(report).filter((k) => k.endsWith('.svg')).length;
      print(`Wrote report.html, report.md and ${plots} figures to ${dir}/\n`);
    },
  );
}

/**
 * The folder `report --out` writes: new, or one holding only a report deptsim wrote (which it
 * replaces whole); never the results folder itself or a folder inside it, which would then hold
 * files that are not results.
 */
function reportFolder(dir: string, out: string): string {
  const [d, o] = [resolve(dir), resolve(out)];
  if (o === d || o.startsWith(d + sep)) throw new UsageError(`--out ${out}: give a folder outside ${dir} (the results folder keeps its own report)`);
  if (existsSync(out)) {
    if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out}: a file is in the way; give a folder`);
    const strangers = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => relative(out, join(e.parentPath, e.name)).split('\\').join('/'))
      .filter((k) => !REPORT_FILES.test(k));
    if (strangers.length) throw new UsageError(`--out ${out} holds files that are not a deptsim report (${strangers.slice(0, 3).join(', ')}); give a new folder`);
  }
  return out;
}

/**
 * The report files for a folder a command is about to write. A report that cannot be built (fonts
 * missing) must not cost the results: they are written anyway, the problem is printed as one line
 * and the exit code is 1; `deptsim report DIR` builds the report once the problem is fixed.
 */
export async function reportFilesOrWarn(files: Record<string, string>, dir: string, figures: FigureArgs = { png: true, style: DEFAULT_STYLE }): Promise<Record<string, string | Uint8Array>> {
  const { buildReport, ReportError } = await reportModule();
  const png = figures.png;
  try {
    return await buildReport(files, { png: figures.png, style: figures.style, locale: figures.lang });
  } catch (e) {
    if (!(e instanceof ReportError)) throw e;
    printError(`deptsim: results written, but no report: ${e.message}; then run \`deptsim report ${dir}\`${png ? ' (or with --no-png)' : ''}\n`);
    process.exitCode = 1;
    return {};
  }
}
