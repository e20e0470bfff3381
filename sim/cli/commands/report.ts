import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Argv } from 'yargs';
import { examplesText } from '../examples.js';
import { writeFileIn, writeFolderAtomicWith } from '../../runner/atomic.js';
import { summaryProblem } from '../../runner/contract.js';
import type { AddReport } from '../../runner/report-hook.js';
import type { TablesAsRead } from '../../report/read/results.js';
import type { ReportThread } from '../../report/thread.js';
import { changedWhy, ownedFiles } from '../../runner/output-folder.js';
import { sealManifest, someOf } from '../../runner/ownership.js';
import { UsageError } from '../fail.js';
import { metricOption, metricsOf } from './metric-option.js';
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

/** The real folder a path names (links followed), or a one-line refusal. */
function realFolder(given: string): string {
  let dir: string;
  try {
    dir = realpathSync(given);
  } catch {
    throw new UsageError(`${given}: no such folder; give the folder a run wrote, e.g. reports/three-campaigns`);
  }
  if (!statSync(dir).isDirectory()) throw new UsageError(`${given}: not a folder; give the folder a run wrote, e.g. reports/three-campaigns`);
  return dir;
}

/** `--png`, on every command that writes figures. */
const PNG_OPTION = { type: 'boolean', default: true, describe: 'also render PNG figures beside the SVGs (--no-png: SVG and HTML only, faster)' } as const;

/** `--style`, on every command that writes figures: one look for all of a report's figures. */
const STYLE_OPTION = {
  choices: FIGURE_STYLES,
  default: DEFAULT_STYLE,
  describe: `look of the figures: ${FIGURE_STYLES.map((s) => `${s} = ${STYLE_HELP[s]}`).join('; ')}`,
} as const;

/** `--lang`: the report's language, from sim/i18n's templates and glossary. */
const LANG_OPTION = {
  choices: LOCALES,
  default: 'en' as Locale,
  describe: 'language of the report: en, or zh-CN for Chinese sentences, tables and figures',
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
  /** The measure a screening's or Sobol design's own figure shows (sensitivity --metric). */
  designMetric?: string;
}

/** `--report`, `--png`, `--style` and `--lang`, for the commands that write results and then their report. */
export function reportOptions<T>(y: Argv<T>) {
  return langOption(y)
    .option('report', { type: 'boolean', default: true, describe: 'add report.html and plots to the results (--no-report: data only)' })
    .option('png', PNG_OPTION)
    .option('style', STYLE_OPTION);
}

/** The report step a command passes to the runner, or none with --no-report. */
export function reportStep(a: { report: boolean } & FigureArgs): AddReport | undefined {
  return a.report ? (files, dir, asRead) => reportFilesOrWarn(files, dir, { png: a.png, style: a.style, lang: a.lang, designMetric: a.designMetric }, asRead) : undefined;
}

export function registerReport(y: Argv): Argv {
  return y.command(
    'report <dir>',
    'Rebuild the report (report.html, report.md, plots/) of a results folder from its saved files, without rerunning',
    (a) =>
      langOption(metricOption(a))
        .positional('dir', { type: 'string', demandOption: true, describe: 'a folder written by run, compare, sweep, sensitivity, discover, calibrate or merge' })
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
      const given = argv.dir as string;
      const metrics = metricsOf(argv.metric);
      // A link is followed to the folder it names, which is rewritten there; the link stays a link.
      // (The real path also keeps `report .` from renaming the working folder by its name `.`.)
      const dir = realFolder(given);
      const out = argv.out === undefined ? null : reportFolder(dir, argv.out as string);
      // The folder is rewritten whole: only one whose every file its manifest lists, holding results
      // the contract describes. A table the user edited is carried over byte for byte (and keeps
      // its first hash, so it stays theirs); a changed report file would be replaced: refused.
      const { buildReport, ReportError, REPORT_FILES } = await reportModule();
      const owned = ownedFiles(dir);
      const refuse = (why: string) => new UsageError(`${given}: ${why}; report rebuilds only a results folder as deptsim wrote it`);
      if ('why' in owned) throw refuse(owned.why);
      if (owned.unlisted.length) throw refuse(`it holds files deptsim did not write: ${someOf(owned.unlisted)}`);
      const replaced = owned.changed.filter((f) => REPORT_FILES.test(f));
      if (replaced.length) throw refuse(changedWhy(replaced));
      const old = readFolder(dir);
      const problem = summaryProblem(old);
      if (problem) throw new UsageError(`${given}: ${problem}; report rebuilds only a results folder deptsim wrote`);
      const inputs: Record<string, string> = {};
      for (const [k, v] of Object.entries(old)) if (typeof v === 'string' && !REPORT_FILES.test(k)) inputs[k] = v;
      let report: Record<string, string | Uint8Array>;
      try {
        report = await buildReport(inputs, { png: argv.png as boolean, style: argv.style as FigureStyle, metrics, locale: argv.lang as Locale, ...(out === null ? {} : { resultsDir: given }) });
      } catch (e) {
        if (e instanceof ReportError) throw new UsageError(`${given}: ${e.message}`);
        throw e;
      }
      if (out !== null) {
        // Another folder for another style: DIR and its report stay as they are. The new folder's
        // manifest (the results' own, with the report's hashes) makes its files deptsim's, so a
        // later `--out` to it may replace them and nothing else.
        writeFolderAtomicWith(out, (tmp) => {
          for (const [name, content] of Object.entries(report)) writeFileIn(tmp, name, content);
          writeFileIn(tmp, 'manifest.json', JSON.stringify({ ...owned.manifest, report_of: dir }));
          sealManifest(tmp);
        });
        print(`Wrote ${reportWritten(report)} to ${out}/ (${given} untouched)\n`);
        return;
      }
      // The old report goes entirely (a figure the results no longer support must not linger: every
      // file of it is deptsim's, checked above); the results stay byte for byte, the manifest lists
      // the new files' hashes, and the folder is swapped in one rename.
      const kept = Object.fromEntries(Object.entries(old).filter(([k]) => !REPORT_FILES.test(k)));
      writeFolderAtomicWith(dir, (tmp) => {
        for (const [name, content] of Object.entries({ ...kept, ...report })) writeFileIn(tmp, name, content);
        sealManifest(tmp, Object.fromEntries(owned.changed.map((f) => [f, owned.listed[f]])));
      });
      print(`Wrote ${reportWritten(report)} to ${given}/\n`);
    },
  );
}

/** What a report holds, for the line that says it was written (an ABC calibration's is figures only). */
function reportWritten(report: Record<string, unknown>): string {
  const plots = Object.keys(report).filter((k) => k.endsWith('.svg')).length;
  const pages = ['report.html', 'report.md'].filter((k) => k in report);
  return `${pages.length ? `${pages.join(', ')} and ` : ''}${plots} figure${plots === 1 ? '' : 's'}`;
}

/**
 * The report files for a folder a command is about to write. A report that cannot be built (fonts
 * missing) must not cost the results: they are written anyway, the problem is printed as one line
 * and the exit code is 1; `deptsim report DIR` builds the report once the problem is fixed.
 */
export async function reportFilesOrWarn(
  files: Record<string, string>,
  dir: string,
  figures: FigureArgs = { png: true, style: DEFAULT_STYLE },
  asRead: TablesAsRead = {},
  thread?: ReportThread,
): Promise<Record<string, string | Uint8Array>> {
  const png = figures.png;
  const opts = { png: figures.png, style: figures.style, locale: figures.lang, designMetric: figures.designMetric };
  try {
    return thread ? await thread.build(files, opts, asRead) : await (await reportModule()).buildReport(files, opts, asRead);
  } catch (e) {
    // By name: a report built on its thread comes back as a plain error (ReportError's module loads vega).
    if (!(e instanceof Error && e.name === 'ReportError')) throw e;
    printError(`deptsim: results written, but no report: ${e.message}; then run \`deptsim report ${dir}\`${png ? ' (or with --no-png)' : ''}\n`);
    process.exitCode = 1;
    return {};
  }
}

/**
 * The folder `report --out` writes: new or empty, or one a `report --out` wrote whose every file its
 * manifest lists unchanged (replaced whole); never the results folder or a folder inside it, and
 * never a folder holding anything of the user's.
 */
function reportFolder(dir: string, out: string): string {
  const o = resolve(out);
  if (o === dir || o.startsWith(dir + sep)) throw new UsageError(`--out ${out}: give a folder outside ${dir} (the results folder keeps its own report)`);
  if (!existsSync(out)) return out;
  if (!statSync(out).isDirectory()) throw new UsageError(`--out ${out}: a file is in the way; give a new folder`);
  if (readdirSync(out).length === 0) return out;
  const owned = ownedFiles(out);
  if ('why' in owned) throw new UsageError(`--out ${out}: ${owned.why}; give a new folder`);
  if (owned.unlisted.length) throw new UsageError(`--out ${out} holds files deptsim did not write (${someOf(owned.unlisted)}); give a new folder`);
  if (owned.changed.length) throw new UsageError(`--out ${out}: ${changedWhy(owned.changed)}; give a new folder`);
  return out;
}
