import { z } from 'zod';
import { NonNegative, Positive, Share } from './common.js';

/** Behaviour and physiology shared by all staff; departments may override a few fields. */
export const Staff = z
  .object({
    hoursPerDay: z.number().min(1).max(16).default(8).meta({ description: 'Contracted hours on an ordinary working day.', unit: 'hours/day', source: 'statutory 8-hour day, 40-hour week' }),
    motivation: z
      .object({
        mean: Share.default(0.615).meta({ description: 'Mean starting motivation (0 = none, 1 = full).', unit: 'motivation', source: 'calibrated (scenarios/calibration/case-a.yaml, docs/CALIBRATION.md): baseline shirking 8% of working hours, the centre of 6–10%, with noise at its default; not identified by the joint fit of scenarios/calibration/case-a-joint.yaml, whose targets tie it to noise' }),
        sd: z.number().min(0).max(1).default(0.15).meta({ description: 'Spread of starting motivation across staff (standard deviation).', unit: 'motivation', source: 'set by hand: no data give the spread; only the mean is fitted (docs/CALIBRATION.md)' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'Motivation at the start, drawn per person from a normal distribution clipped to [0, 1].' }),
    skillSd: z.number().min(0).max(1).default(0.15).meta({ description: 'Skill (output per hour at zero fatigue), drawn per person: mean 1.', unit: 'output/hour', source: 'spread of individual output; makes "skilled" secondment meaningful; not estimated' }),
    fatigue: z
      .object({
        sustainableHours: z.number().min(1).max(16).default(8).meta({ description: 'Daily hours at the workplace that can be kept up for ever without building fatigue.', unit: 'hours/day', source: 'hours that build no fatigue; Pencavel\'s proportional range (~48 h over six days)' }),
        buildPerHour: NonNegative.default(0.006).meta({ description: 'Fatigue added per hour at the workplace (the scheduled day, shirked and idle hours included) beyond the sustainable level.', unit: 'fatigue/hour', source: 'set by hand against P9 (Pencavel 2014); fatigueLoss is fitted with it fixed' }),
        streakDays: z.number().int().min(1).max(60).default(6).meta({ description: 'Extra fatigue per day worked after this many days in a row without a rest day.', unit: 'days', source: 'a weekly rest day' }),
        buildPerStreakDay: NonNegative.default(0.01).meta({ description: 'Extra fatigue per day worked beyond `streakDays` in a row without a rest day.', unit: 'fatigue/day', source: 'set by hand: a seventh working day adds nothing (P9)' }),
        recoveryRest: Share.default(0.3).meta({ description: 'Share of fatigue shed on a rest (or sick) day.', unit: 'share/day', source: 'set by hand against P9; gives P10\'s weeks of recovery' }),
        recoveryWork: Share.default(0.04).meta({ description: 'Share of fatigue shed overnight after a working day.', unit: 'share/day', source: 'set by hand against P9 (Pencavel 2014)' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'How fatigue builds with long hours and days without rest, and recovers (0 = fresh, 1 = exhausted).' }),
    productivity: z
      .object({
        kneeHours: z.number().min(1).max(24).default(8.5).meta({ description: 'Hours in a day after which each further hour yields less.', unit: 'hours/day', source: 'set by hand: output in proportion to hours up to ≈ 51 h over six days (P9)' }),
        zeroHours: z.number().min(1).max(24).default(13).meta({ description: 'Hours in a day at which a further hour yields nothing.', unit: 'hours/day', source: 'set by hand against P9' }),
        fatigueLoss: Share.default(0.87).meta({ description: 'Share of output per hour lost at fatigue 1 (linear in fatigue).', unit: 'share', source: 'calibrated (scenarios/calibration/hours-output.yaml): weekly output at 63 h above 56 h and at 72 h below 63 h (Pencavel 2014)' }),
        formula: z.string().min(1).optional().meta({ description: 'Optional mathjs formula for output per hour by `fatigue` in [0,1]; replaces fatigueLoss.', unit: 'output/hour', source: 'none shipped: for a user\'s own curve, replacing fatigueLoss' }),
        errorRate: Share.default(0.03).meta({ description: 'Share of output that is faulty and must be redone, at fatigue 0.', unit: 'share', source: 'rework when rested; plausible order of magnitude, not estimated' }),
        errorRateAtFullFatigue: Share.default(0.25).meta({ description: 'Share of output that is faulty and must be redone, at fatigue 1 (linear in between from errorRate).', unit: 'share', source: 'errors rise with fatigue (Dembe et al. 2005 on long hours and errors/injuries)' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'Output per hour by hours in the day and by fatigue, and rework from errors.' }),
    sickness: z
      .object({
        threshold: Share.default(0.2).meta({ description: 'Fatigue above which sick days become possible.', unit: 'fatigue', source: 'set by hand: sick days only under sustained long hours (above a six-day week of about 70 h, or weeks without rest)' }),
        maxDailyChance: Share.default(0.1).meta({ description: 'Chance of a sick day per day at fatigue 1 (linear from the threshold).', unit: 'chance/day', source: 'set by hand, no data on sick leave under campaigns: about one sick day per person per campaign of case A, two to three for the most tired tenth' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'Sick days that sustained high fatigue brings.' }),
    shirking: z
      .object({
        effortCost: NonNegative.default(1).meta({ description: 'Felt cost of an hour of effort, in units of one hour\'s pay.', unit: 'hour\'s pay/hour', source: 'numéraire' }),
        fatigueCost: NonNegative.default(1.5).meta({ description: 'How much fatigue raises the cost of effort (cost x (1 + this x fatigue)).', unit: 'factor', source: 'tired people find effort costlier; drives P3 with weariness' }),
        motivationValue: NonNegative.default(1.2).meta({ description: 'Value of an hour\'s work from motivation (x motivation).', unit: 'hour\'s pay/hour', source: 'set by hand: with regularValue and noise only their combination with motivation.mean shows in baseline shirking, so the mean is fitted and these are fixed' }),
        regularValue: NonNegative.default(0.8).meta({ description: 'Value of an ordinary hour from regular pay and the career (assessment) it protects.', unit: 'hour\'s pay/hour', source: 'pay and career an ordinary hour protects; set by hand (see motivationValue)' }),
        noise: Positive.default(0.35).meta({ description: 'Decision noise: larger = less sharp switch between working and shirking.', unit: 'hour\'s pay/hour', source: 'heterogeneity of the choice; set by hand (see motivationValue); not identified by case A\'s targets, which tie it to motivation.mean (scenarios/calibration/case-a-joint.yaml)' }),
        maxShare: Share.default(0.5).meta({ description: 'Largest share of a block of hours a person can shirk unnoticed by colleagues.', unit: 'share', source: 'no one can be away all day unnoticed' }),
        weariness: NonNegative.default(0.0025).meta({ description: 'Motivation lost per campaign day worked over the sustainable hours (war-weariness).', unit: 'motivation/day', source: 'case A: "war-weariness" after three campaigns; set by hand: the smallest round value at which P3\'s first step is significant; not identified by case A\'s targets (scenarios/calibration/case-a-joint.yaml)' }),
        motivationRecovery: Share.default(0.01).meta({ description: 'Share of the gap to starting motivation regained per day outside campaigns.', unit: 'share/day', source: 'motivation regained slowly (months)' }),
      })
      .strict()
      .prefault({})
      .meta({ description: 'The choice between working and shirking an hour: value of work against effort cost and expected penalty.' }),
  })
  .strict();
export type Staff = z.infer<typeof Staff>;

/** What a spot check costs a shirker and how staff learn the odds of one. */
export const Inspection = z
  .object({
    rate: Share.default(0.002).meta({ description: 'Chance per staff member per working day of a spot check outside campaigns.', unit: 'chance/person/day', source: 'routine checks are rare' }),
    penalty: NonNegative.default(150).meta({ description: 'Penalty when caught shirking (discipline referral), in hours\' pay, once per catch. A check finds a person away with chance shirked / scheduled hours, so one more shirked hour risks perceived check chance x penalty / scheduled hours.', unit: 'hours\' pay/catch', source: 'case A: those caught were referred for discipline (about a month\'s pay); set by hand so that P3 and P4 hold; not identified by case A\'s targets (scenarios/calibration/case-a-joint.yaml)' }),
    initialPerceivedRate: Share.default(0.01).meta({ description: 'Perceived chance of a check at the start.', unit: 'chance/person/day', source: 'people overrate rare checks a little' }),
    learningRate: Share.default(0.05).meta({ description: 'Weight of today\'s observed checks in perceived risk (exponential learning).', unit: 'weight/day', source: 'beliefs settle over weeks' }),
    catchSalience: NonNegative.default(5).meta({ description: 'A catch seen in one\'s own department counts as this many checks more than a check that finds no one away (salience).', unit: 'checks/catch', source: 'a colleague caught weighs more than a quiet check' }),
    caughtBelief: Share.default(0.3).meta({ description: 'A person caught believes the check rate at least this high afterwards.', unit: 'chance/person/day', source: 'being caught teaches fear' }),
  })
  .strict();
export type Inspection = z.infer<typeof Inspection>;

export const Pay = z
  .object({
    overtimeRate: NonNegative.default(0.6).meta({ description: 'Value of an overtime hour\'s pay relative to an ordinary hour\'s pay (0 = unpaid).', unit: 'hour\'s pay/hour', source: 'value of a paid overtime hour; case A campaign 3 banned it' }),
  })
  .strict();
export type Pay = z.infer<typeof Pay>;

export { Positive };
