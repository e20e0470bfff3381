import type { Scenario } from './schema/index.js';

/** Something valid that the model will not do as written; the user is told, the run goes on. */
export interface Warning {
  path: (string | number)[];
  message: string;
}

/**
 * Quotas every department must meet (minPerDepartment, perDepartment) that a department cannot give:
 * the model seconds at most maxShareOfDepartment of each department (sim/model/secondment.ts), so
 * the quota is cut there. Case A's campaign 3 does this on purpose (small units hollowed out), so it
 * is a warning, not an error.
 */
function secondmentCuts(s: Scenario): Warning[] {
  if (!s.mechanisms.secondment) return [];
  return s.campaigns.flatMap((c, i) => {
    const sec = c.secondment;
    const quota = sec.minPerDepartment + sec.perDepartment;
    const cap = (headcount: number) => Math.floor(sec.maxShareOfDepartment * headcount);
    const short = s.departments.filter((d) => quota > cap(d.headcount));
    if (quota === 0 || short.length === 0) return [];
    const asked = sec.minPerDepartment > 0 && sec.perDepartment > 0 ? `${sec.minPerDepartment} + ${sec.perDepartment} = ${quota}` : String(quota);
    const first = short.reduce((a, d) => (d.headcount < a.headcount ? d : a));
    const who = short.length === 1 ? `department "${first.id}"` : `${short.length} departments cannot give that many: "${first.id}"`;
    return [{
      path: ['campaigns', i, 'secondment', sec.minPerDepartment > 0 ? 'minPerDepartment' : 'perDepartment'],
      message:
        `campaign "${c.id}" asks every department for ${asked} people, but ${who} (headcount ${first.headcount}) may give only ${cap(first.headcount)} ` +
        `(maxShareOfDepartment ${sec.maxShareOfDepartment}); the model seconds only what each may give`,
    }];
  });
}

/** Every warning about a valid scenario, in a stable order. */
export function scenarioWarnings(s: Scenario): Warning[] {
  return secondmentCuts(s);
}
