import { z } from 'zod';
import { NonNegative, Positive, Share } from './common.js';

/** Behaviour and physiology shared by all staff; departments may override a few fields. */
export const Staff = z
  .object({
    /** Contracted hours on an ordinary working day. */
    hoursPerDay: z.number().min(1).max(16).default(8),
    /** Motivation at the start, drawn per person from a normal distribution clipped to [0, 1]. */
    motivation: z
      .object({ mean: Share.default(0.6), sd: z.number().min(0).max(1).default(0.15) })
      .strict()
      .prefault({}),
    /** Skill (output per hour at zero fatigue), drawn per person: mean 1. */
    skillSd: z.number().min(0).max(1).default(0.15),
    fatigue: z
      .object({
        /** Daily hours (work and reporting) that can be kept up for ever without building fatigue. */
        sustainableHours: z.number().min(1).max(16).default(8),
        /** Fatigue added per hour worked beyond the sustainable level. */
        buildPerHour: NonNegative.default(0.006),
        /** Extra fatigue per day worked after this many days in a row without a rest day. */
        streakDays: z.number().int().min(1).max(60).default(6),
        buildPerStreakDay: NonNegative.default(0.01),
        /** Share of fatigue shed on a rest (or sick) day. */
        recoveryRest: Share.default(0.3),
        /** Share of fatigue shed overnight after a working day. */
        recoveryWork: Share.default(0.04),
      })
      .strict()
      .prefault({}),
    productivity: z
      .object({
        /** Hours in a day after which each further hour yields less. */
        kneeHours: z.number().min(1).max(24).default(8.5),
        /** Hours in a day at which a further hour yields nothing. */
        zeroHours: z.number().min(1).max(24).default(13),
        /** Share of output per hour lost at fatigue 1 (linear in fatigue). */
        fatigueLoss: Share.default(0.45),
        /** Optional mathjs formula for output per hour by `fatigue` in [0,1]; replaces fatigueLoss. */
        formula: z.string().min(1).optional(),
        /** Share of output that is faulty and must be redone, at fatigue 0 and at fatigue 1. */
        errorRate: Share.default(0.03),
        errorRateAtFullFatigue: Share.default(0.25),
      })
      .strict()
      .prefault({}),
    sickness: z
      .object({
        /** Fatigue above which sick days become possible. */
        threshold: Share.default(0.3),
        /** Chance of a sick day per day at fatigue 1 (linear from the threshold). */
        maxDailyChance: Share.default(0.05),
      })
      .strict()
      .prefault({}),
    shirking: z
      .object({
        /** Felt cost of an hour of effort, in units of one hour's pay. */
        effortCost: NonNegative.default(1),
        /** How much fatigue raises the cost of effort (cost x (1 + this x fatigue)). */
        fatigueCost: NonNegative.default(1.5),
        /** Value of an hour's work from motivation (x motivation). */
        motivationValue: NonNegative.default(1.2),
        /** Value of an ordinary hour from regular pay and the career (assessment) it protects. */
        regularValue: NonNegative.default(0.8),
        /** Decision noise: larger = less sharp switch between working and shirking. */
        noise: Positive.default(0.35),
        /** Largest share of a block of hours a person can shirk unnoticed by colleagues. */
        maxShare: Share.default(0.5),
        /** Motivation lost per campaign day worked over the sustainable hours (war-weariness). */
        weariness: NonNegative.default(0.0015),
        /** Share of the gap to starting motivation regained per day outside campaigns. */
        motivationRecovery: Share.default(0.01),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type Staff = z.infer<typeof Staff>;

/** What a spot check costs a shirker and how staff learn the odds of one. */
export const Inspection = z
  .object({
    /** Chance per staff member per working day of a spot check outside campaigns. */
    rate: Share.default(0.002),
    /** Penalty when caught shirking, in hours' pay equivalents per shirked hour of the day. */
    penalty: NonNegative.default(15),
    /** Perceived chance of a check at the start. */
    initialPerceivedRate: Share.default(0.01),
    /** Weight of today's observed checks in perceived risk (exponential learning). */
    learningRate: Share.default(0.05),
    /** Extra weight a catch seen in one's own department carries (salience). */
    catchSalience: NonNegative.default(5),
    /** A person caught believes the check rate at least this high afterwards. */
    caughtBelief: Share.default(0.3),
  })
  .strict();
export type Inspection = z.infer<typeof Inspection>;

export const Pay = z
  .object({
    /** Value of an overtime hour's pay relative to an ordinary hour's pay (0 = unpaid). */
    overtimeRate: NonNegative.default(0.6),
  })
  .strict();
export type Pay = z.infer<typeof Pay>;

export { Positive };
