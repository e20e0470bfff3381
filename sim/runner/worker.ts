import { runJob, type JobTask, type JobOutput } from './job.js';

/** piscina's entry point: one job per task (replicate-level tasks balance well; see TOOLING.md). */
export default function work(task: JobTask): JobOutput {
  return runJob(task);
}
