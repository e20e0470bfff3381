import { describe, expect, it } from 'vitest';
import { debrief, ignoringAssessment } from '../../sim/classroom/debrief.js';
import { collectRun } from '../../sim/library/collect-run.js';
import { loadScenario } from '../../sim/scenario/load.js';

const teach = loadScenario('scenarios/teach-county.yaml');

describe('the debrief', () => {
  it('sets the class beside model heads and heads who ignore the assessment, same seed, and says the trade-off', () => {
    // A class whose heads all put campaign work first from the campaign's start.
    const keen = { ...teach, decisions: teach.departments.map((d) => ({ week: 13, department: d.id, campaignWeight: 4, extraSecondment: 0, shared: 'model' as const, tolerateSlack: false })) };
    const d = debrief(collectRun(keen, '7', { daily: true }), teach, '7');
    const [cls, model, ignore] = d.arms.map((a) => a.totals);
    // Putting the campaign first buys campaign tasks with citizens' requests.
    expect(cls.campaignDone).toBeGreaterThan(model.campaignDone);
    expect(model.campaignDone).toBeGreaterThan(ignore.campaignDone);
    expect(cls.dropped).toBeGreaterThan(ignore.dropped);
    expect(d.sentence.en).toMatch(/^Same county, same random numbers: against heads who ignore the assessment, your class finished [\d,]+ more campaign tasks and left [\d,]+ more requests never served\./);
    expect(d.sentence['zh-CN']).toMatch(/本班多完成了 [\d,]+ 件攻坚任务，逾期未办即作废的群众事项多了 [\d,]+ 件。/);
    // A class that ignores the assessment itself finishes fewer, not "−N more".
    const own = debrief(collectRun(ignoringAssessment(teach), '7', { daily: true }), teach, '7');
    expect(own.sentence.en).toMatch(/finished 0 more campaign tasks/);
    expect(own.sentence.en).not.toMatch(/−/);
  });
});
