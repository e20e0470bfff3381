import { randomBytes } from 'node:crypto';
import { stringify } from 'yaml';
import { singleRunSeedKey } from '../runner/seeds.js';
import type { Scenario } from '../scenario/schema/index.js';
import { parseScenario } from '../scenario/text.js';
import { readSessionLog, repairTail, SessionLog, type SessionHeader } from './log.js';
import { Session } from './session.js';

/**
 * A scenario as YAML that parses back to the same scenario: every field written out, defaults
 * filled, `extends` resolved, so the file stands alone. `decisions` replaces any list it had.
 */
export function scenarioYaml(scenario: Scenario, decisions?: Scenario['decisions']): string {
  const { decisions: _old, ...rest } = scenario;
  return stringify(decisions ? { ...rest, decisions } : rest, { lineWidth: 0 });
}

export interface OpenSession {
  session: Session;
  log: SessionLog;
  header: SessionHeader;
}

function sessionOf(header: SessionHeader): Session {
  // The session runs the scenario as the log holds it, so a resume (and the export) runs the same one.
  return new Session(parseScenario(header.scenario, 'session.jsonl'), singleRunSeedKey(header.seed));
}

/** Start a session in `dir` (which must not hold one). */
export function startSession(scenario: Scenario, source: string, dir: string): OpenSession {
  const header: SessionHeader = { e: 'open', format: 1, scenario: scenarioYaml(scenario), seed: scenario.seed, source, key: randomBytes(12).toString('base64url') };
  const session = sessionOf(header);
  return { session, log: SessionLog.create(dir, header), header };
}

/** Continue the session logged in `dir`: replay every event, then append to the same log. */
export function resumeSession(dir: string): OpenSession {
  const { header, events } = readSessionLog(dir);
  repairTail(dir);
  const session = sessionOf(header);
  for (const ev of events) session.apply(ev);
  return { session, log: SessionLog.reopen(dir), header };
}
