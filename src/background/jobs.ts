// Briefs a model engine is still writing. The popup gets the job's id with its first answer and
// follows it over a port; a popup closed mid-way leaves the job running, and one reopened on the
// same page joins it (or finds the finished brief in the cache). While any job runs the worker
// is kept awake (see index.ts): MV3 stops a worker after 30 s without extension events, and a
// fetch waiting on a model is not one.
import type { Brief } from '../core/types.ts';

export interface JobListener {
  partial(brief: Brief): void;
  done(brief: Brief): void;
}

interface Job {
  key: string;
  latest: Brief;
  final?: Brief;
  listeners: Set<JobListener>;
  controller: AbortController;
}

export type JobRun = (signal: AbortSignal, onPartial: (brief: Brief) => void) => Promise<Brief>;

export class BriefJobs {
  private readonly jobs = new Map<string, Job>();
  private next = 1;
  /** Called with true when the first job starts and false when the last one ends. */
  onBusy: (busy: boolean) => void = () => undefined;

  /** Starts a job for `key` (tab and URL) with `initial` as its brief so far; returns its id. */
  start(key: string, initial: Brief, run: JobRun): string {
    this.cancel(key);
    const id = `job-${this.next++}`;
    const job: Job = { key, latest: initial, listeners: new Set(), controller: new AbortController() };
    this.jobs.set(id, job);
    if (this.running() === 1) this.onBusy(true);
    void run(job.controller.signal, (brief) => {
      if (job.final) return;
      job.latest = brief;
      for (const l of job.listeners) l.partial(brief);
    }).then((brief) => this.finish(id, job, brief));
    return id;
  }

  private finish(id: string, job: Job, brief: Brief): void {
    job.final = brief;
    for (const l of job.listeners) l.done(brief);
    job.listeners.clear();
    // A finished job stays a moment for a popup that connects late, then the cache has it.
    setTimeout(() => {
      if (this.jobs.get(id) === job) this.jobs.delete(id);
    }, 60_000);
    if (this.running() === 0) this.onBusy(false);
  }

  private running(): number {
    let n = 0;
    for (const job of this.jobs.values()) if (!job.final) n++;
    return n;
  }

  /** The id of the job still writing the brief for `key`, if any. */
  runningFor(key: string): { id: string; latest: Brief } | undefined {
    for (const [id, job] of this.jobs) if (job.key === key && !job.final) return { id, latest: job.latest };
    return undefined;
  }

  /** Follows a job: the brief so far at once, then every change; false for an unknown job. */
  follow(id: string, listener: JobListener): (() => void) | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    if (job.final) {
      listener.done(job.final);
      return () => undefined;
    }
    listener.partial(job.latest);
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Stops the jobs for `key` (its tab closed or navigated, or a new brief replaces it). */
  cancel(key: string): void {
    for (const job of this.jobs.values()) if (job.key === key && !job.final) job.controller.abort();
  }

  cancelWhere(match: (key: string) => boolean): void {
    for (const job of this.jobs.values()) if (match(job.key) && !job.final) job.controller.abort();
  }
}
