import { describe, expect, it, vi } from 'vitest';
import { BriefJobs } from '../../../src/background/jobs.ts';
import type { Brief } from '../../../src/core/types.ts';

const brief = (points: string[], partial = true): Brief => ({
  title: 'T', url: 'https://x.example/', lede: '', points, topics: [], source: { readingMinutes: 1 }, engine: 'openai', ...(partial ? { partial } : {}),
});

function controllable() {
  let push: (b: Brief) => void = () => undefined;
  let finish: (b: Brief) => void = () => undefined;
  let signal: AbortSignal | undefined;
  const run = (s: AbortSignal, onPartial: (b: Brief) => void) =>
    new Promise<Brief>((resolve) => {
      signal = s;
      push = onPartial;
      finish = resolve;
    });
  return { run, push: (b: Brief) => push(b), finish: (b: Brief) => finish(b), signal: () => signal };
}

describe('BriefJobs', () => {
  it('gives a follower the brief so far, every update, then the final brief', async () => {
    const jobs = new BriefJobs();
    const c = controllable();
    const id = jobs.start('1 https://x.example/', brief([]), c.run);
    const seen: string[][] = [];
    const done = vi.fn();
    jobs.follow(id, { partial: (b) => seen.push(b.points), done });
    c.push(brief(['a']));
    c.push(brief(['a', 'b']));
    c.finish(brief(['a', 'b', 'c'], false));
    await Promise.resolve();
    await Promise.resolve();
    expect(seen).toEqual([[], ['a'], ['a', 'b']]);
    expect(done).toHaveBeenCalledWith(brief(['a', 'b', 'c'], false));
  });

  it('lets a reopened popup join the running job, and a late one get the final brief', async () => {
    const jobs = new BriefJobs();
    const c = controllable();
    const id = jobs.start('1 u', brief([]), c.run);
    c.push(brief(['a']));
    expect(jobs.runningFor('1 u')).toEqual({ id, latest: brief(['a']) });
    c.finish(brief(['a', 'b', 'c'], false));
    await new Promise((r) => setTimeout(r, 0));
    expect(jobs.runningFor('1 u')).toBeUndefined();
    const done = vi.fn();
    jobs.follow(id, { partial: vi.fn(), done });
    expect(done).toHaveBeenCalledOnce();
    expect(jobs.follow('job-999', { partial: vi.fn(), done })).toBeUndefined();
  });

  it('keeps the worker awake exactly while a job runs, and cancels a tab\'s job', async () => {
    const jobs = new BriefJobs();
    const busy: boolean[] = [];
    jobs.onBusy = (b) => busy.push(b);
    const a = controllable();
    const b = controllable();
    jobs.start('1 u', brief([]), a.run);
    jobs.start('2 v', brief([]), b.run);
    jobs.cancelWhere((key) => key.startsWith('1 '));
    expect(a.signal()?.aborted).toBe(true);
    expect(b.signal()?.aborted).toBe(false);
    a.finish(brief([], false));
    await new Promise((r) => setTimeout(r, 0));
    expect(busy).toEqual([true]);
    b.finish(brief([], false));
    await new Promise((r) => setTimeout(r, 0));
    expect(busy).toEqual([true, false]);
  });
});
