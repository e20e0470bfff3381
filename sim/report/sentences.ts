import { diffText, scenarioDiff } from './arms.js';
import { campaignSteps } from './campaign-steps.js';
import { bySizeThatMatters, differenceSentence, morrisSentence, sweepSentence } from './findings.js';
import { regularLoss } from './loss.js';
import { shownMeasures } from './metrics.js';
import type { Results, WindowResult } from './read/results.js';
import { statOf, type Stat } from './stat.js';
import { fixed, moved, pct, plural, withCi } from './text.js';
import { summarySentencesZh } from './sentences-zh.js';
import { tr, type Locale } from './locale.js';

const stat = (w: WindowResult | undefined, key: string): Stat | null => (w ? statOf(w.county[key]) : null);


/**
 * The report's opening: short sentences a teacher can read aloud, one finding each, with 95%
 * intervals when replicates exist, and a plain warning when the figures come from a single run.
 */
export function summarySentences(r: Results, locale: Locale = 'en'): string[] {
  if (locale !== 'en') return summarySentencesZh(r, locale);
  const exp = r.experiment;
  if (exp && exp.kind !== 'replicates' && exp.kind !== 'run') return experimentSentences(r);
  const out: string[] = [];
  const base = r.windows.find((w) => w.kind === 'baseline');
  const overall = r.windows.find((w) => w.kind === 'overall');
  const staff = r.departments.reduce((a, d) => a + d.headcount, 0);
  const scope = [
    overall ? `${overall.to - overall.from} days` : null,
    r.departments.length ? `${plural(r.departments.length, 'department')} with ${staff.toLocaleString('en-US')} staff` : null,
    plural(r.campaigns.length, 'campaign'),
  ].filter(Boolean);
  out.push(`This report covers the scenario "${r.name}": ${scope.join(', ')}.`);
  out.push(
    r.replicates > 1
      ? `Figures are means over ${r.replicates} replicates (runs with different random seeds); ranges in brackets are 95% confidence intervals of the mean.`
      : `These figures come from a single run${r.seed !== null ? ` (seed ${r.seed})` : ''}: chance alone can move them, so run replicates before drawing conclusions.`,
  );
  if (!base) return out;

  for (const c of r.campaigns) {
    const w = r.windows.find((x) => x.id === c.id);
    const pairs = [
      ['regular_done_per_staff_week', (x: number) => fixed(x), 0.05, 'regular work done', 'items per staff member per week'],
      ['shirk_rate', (x: number) => pct(x), 0.002, 'shirking', 'of hours at work'],
      ['fatigue_mean', (x: number) => fixed(x), 0.01, 'mean fatigue', '(0 = rested, 1 = exhausted)'],
    ] as const;
    const parts: string[] = [];
    for (const [key, f, tol, what, unit] of pairs) {
      const b = stat(base, key);
      const s = stat(w, key);
      if (!b || !s) continue;
      const verb = moved(b.mean, s.mean, tol);
      parts.push(
        (verb === 'stayed about the same'
          ? `${what} stayed about the same at ${withCi(s, f)} ${unit}`
          : `${what} ${verb} from ${f(b.mean)} to ${withCi(s, f)} ${unit}`) + (key === 'shirk_rate' ? shirkedHours(base, w) : ''),
      );
    }
    if (parts.length) out.push(`During the campaign “${c.name}”, compared with before the campaigns, ${joinAnd(parts)}.`);
  }

  out.push(...consecutiveCampaigns(r));

  const losses = regularLoss(r);
  const last = r.campaigns[r.campaigns.length - 1];
  const lastLoss = losses.filter((l) => l.campaign === last?.name && l.headcount > 0).sort((a, b) => a.headcount - b.headcount);
  if (lastLoss.length >= 4) {
    const k = Math.max(1, Math.floor(lastLoss.length / 4));
    const avg = (xs: typeof lastLoss) => xs.reduce((a, l) => a + l.loss_share, 0) / xs.length;
    const small = lastLoss.slice(0, k);
    const large = lastLoss.slice(-k);
    out.push(
      `In the campaign “${last.name}”, the ${k === 1 ? 'smallest department' : `${k} smallest departments`} (${small[small.length - 1].headcount} staff or fewer) lost ${pct(avg(small), 0)} of ${k === 1 ? 'its' : 'their'} usual regular output; the ${k === 1 ? 'largest' : `${k} largest`} (${large[0].headcount} staff or more) lost ${pct(avg(large), 0)}.`,
    );
  }

  const wasted = stat(overall, 'wasted_hours');
  const reversals = stat(overall, 'reversals');
  if (wasted && wasted.mean > 0) {
    out.push(
      `Policy reversals${reversals ? ` (${fixed(reversals.mean, reversals.mean % 1 ? 1 : 0)} in all)` : ''} threw away campaign work that had cost ${withCi(wasted, (x) => fixed(x, 0))} staff hours.`,
    );
  }
  const backlogBase = stat(base, 'regular_backlog_end');
  const after = r.windows.filter((w) => w.kind !== 'overall').at(-1);
  const backlogEnd = stat(after, 'regular_backlog_end');
  if (backlogBase && backlogEnd && after && after !== base) {
    out.push(
      `The backlog of regular work ${moved(backlogBase.mean, backlogEnd.mean, 1, 'grew', 'shrank')} from ${fixed(backlogBase.mean, 0)} open items before the campaigns to ${withCi(backlogEnd, (x) => fixed(x, 0))} at the end.`,
    );
  }
  return out;
}

/**
 * " (hours shirked per person a week 2.8 to 6.0)": beside a share shirked, the hours behind it,
 * which can double while the share barely moves (a longer day).
 */
function shirkedHours(from: WindowResult | undefined, to: WindowResult | undefined): string {
  const [a, b] = [stat(from, 'shirked_hours_per_staff_week'), stat(to, 'shirked_hours_per_staff_week')];
  return a && b ? ` (hours shirked per person a week: ${fixed(a.mean, 1)} to ${withCi(b, (x) => fixed(x, 1))})` : '';
}

function joinAnd(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Each campaign against the one before it, naming what the scenario changed between them (campaign-steps.ts). */
function consecutiveCampaigns(r: Results): string[] {
  const out: string[] = [];
  for (const { prev, cur, a, b, changes } of campaignSteps(r)) {
    const changed = diffText(changes, 6, `campaigns.${cur.id}.`);
    const parts: string[] = [];
    for (const [key, f, tol, what] of [
      ['shirk_rate', (x: number) => pct(x), 0.002, 'shirking'],
      ['regular_done_per_staff_week', (x: number) => fixed(x), 0.05, 'regular work done per person and week'],
      ['fatigue_mean', (x: number) => fixed(x), 0.01, 'mean fatigue'],
    ] as const) {
      const sa = stat(a, key);
      const sb = stat(b, key);
      if (!sa || !sb) continue;
      const verb = moved(sa.mean, sb.mean, tol);
      parts.push(
        (verb === 'stayed about the same' ? `${what} stayed about the same (${f(sb.mean)})` : `${what} ${verb} from ${f(sa.mean)} to ${withCi(sb, f)}`) + (key === 'shirk_rate' ? shirkedHours(a, b) : ''),
      );
    }
    if (parts.length) out.push(`From “${prev.name}” to “${cur.name}”${changed ? `, where the scenario changed ${changed}` : ''}: ${joinAnd(parts)}.`);
  }
  return out;
}

/** Compare, sweep and sensitivity: the findings first, then what was run, with the right counts. */
function experimentSentences(r: Results): string[] {
  const exp = r.experiment!;
  const measures = shownMeasures(r).map((m) => m.key);
  const runs = exp.points.length * exp.replicates;
  const out: string[] = [];
  if (exp.kind === 'compare' && exp.differences) {
    const overall = exp.differences.filter((d) => d.window === 'overall' && d.unit === 'county');
    const shown = overall.filter((x) => measures.includes(x.metric)).sort(bySizeThatMatters);
    for (const d of shown) out.push(differenceSentence(d) ?? '');
    const base = r.arms[0];
    out.push(
      `${exp.points.length} scenarios compared over ${plural(exp.replicates, 'paired replicate')} each (${plural(runs, 'run')}; replicate r of every scenario uses the same random seed key), ${plural(r.campaigns.length, 'campaign')}; figures are for the county over the whole run after the warm-up.`,
    );
    for (const a of r.arms) {
      const desc = typeof a.scenario.description === 'string' && a.scenario.description ? `: ${a.scenario.description.trim()}` : '';
      const diff = a === base ? '' : ` It differs from ${base.label} in ${diffText(scenarioDiff(base.scenario, a.scenario)) || 'nothing but its name'}.`;
      out.push(`${a.label}${a === base ? ' (the baseline)' : ''}${desc}${diff}`);
    }
  } else if (exp.kind === 'sweep' && exp.designFigure) {
    // A sample of the parameters (Sobol, discovery): the spread over it; its own figure has the finding.
    for (const m of measures) out.push(sweepSentence(m, exp.summary, []) ?? '');
    out.push(tr('sampleScope', 'en', { params: exp.parameters.join(', ') || 'the parameters', points: exp.points.length, replicates: exp.replicates, runs, scenario: String(r.scenario?.name ?? r.name) }));
  } else if (exp.kind === 'sweep') {
    for (const m of measures) out.push(sweepSentence(m, exp.summary, exp.parameters) ?? '');
    out.push(`A sweep of ${exp.parameters.join(', ')} over ${exp.points.length} points with ${plural(exp.replicates, 'replicate')} each (${plural(runs, 'run')}); every other parameter as in the scenario "${r.scenario?.name ?? r.name}".`);
  } else if (exp.kind === 'sensitivity' && exp.morris) {
    for (const m of measures.slice(0, 3)) out.push(morrisSentence(m, exp.morris, runs) ?? '');
    out.push(`A Morris screening of ${exp.parameters.length} parameters: ${exp.points.length} points x ${plural(exp.replicates, 'replicate')} = ${plural(runs, 'run')}; μ* is the mean absolute change in the measure across a parameter's whole range, σ how much that change depends on the other parameters.`);
  }
  return out.filter(Boolean);
}
