// The worker's side of JOB_PORT: a page follows one job; every update goes to it as a message.
// Only the extension's own pages may follow, as with every other message (handler.ts).
import type { Brief } from '../core/types.ts';
import { parseFollowJob, type JobUpdate } from '../shared/messages.ts';
import type { BriefJobs } from './jobs.ts';

export interface PortLike {
  sender?: { id?: string; url?: string };
  postMessage(message: JobUpdate): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export function serveJobPort(port: PortLike, jobs: Pick<BriefJobs, 'follow'>, isOwnPage: (sender: PortLike['sender']) => boolean): void {
  if (!isOwnPage(port.sender)) {
    port.disconnect();
    return;
  }
  let stop: (() => void) | undefined;
  const post = (update: JobUpdate) => {
    try {
      port.postMessage(update);
    } catch {
      stop?.(); // the page went away between two updates
    }
  };
  port.onMessage.addListener((message) => {
    const follow = parseFollowJob(message);
    if (!follow || stop) return; // pings keep the worker awake and need no answer
    stop = jobs.follow(follow.job, {
      partial: (brief: Brief) => post({ type: 'job:partial', brief }),
      done: (brief: Brief) => post({ type: 'job:done', brief }),
    });
    if (!stop) post({ type: 'job:unknown' });
  });
  port.onDisconnect.addListener(() => stop?.());
}
