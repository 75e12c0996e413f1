// A private X display for real-window browser tests: Xvfb plus openbox (without a window manager
// Firefox's panels never show), and the xdotool / xclip / import calls that act on it as a user
// would. Missing tools fail loudly: these tests are part of `npm test` and must never skip.
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian packages that provide each tool (.ci/run installs them). */
const TOOLS: Record<string, string> = { Xvfb: 'xvfb', openbox: 'openbox', xdotool: 'xdotool', xclip: 'xclip', xprop: 'x11-utils' };

export function missingTools(): string[] {
  return Object.keys(TOOLS).filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

export interface XDisplay {
  /** e.g. ":91" */
  name: string;
  env: NodeJS.ProcessEnv;
  /** xdotool with these arguments, on this display. */
  xdotool(...args: string[]): Promise<string>;
  /** Moves the pointer to (x, y) in screen pixels and clicks the left button. */
  click(x: number, y: number): Promise<void>;
  /** Presses a key combination as xdotool names it ("alt+shift+r", "ctrl+a"). */
  key(...combos: string[]): Promise<void>;
  /** The clipboard's content in one flavour ("text/html", "UTF8_STRING"); "" when it has none. */
  clipboard(target: string): Promise<string>;
  /** Saves a PNG of the screen, or of the region {x, y, width, height} (ImageMagick's import). */
  screenshot(path: string, region?: { x: number; y: number; width: number; height: number }): Promise<void>;
  close(): Promise<void>;
}

function freeDisplayNumber(): number {
  for (let n = 90; n < 190; n++) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('No free X display number between :90 and :189');
}

async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startDisplay({ width = 1280, height = 1000 } = {}): Promise<XDisplay> {
  const missing = missingTools();
  if (missing.length > 0) {
    throw new Error(
      `The real-window browser tests need ${missing.join(', ')}: apt-get install ${missing.map((t) => TOOLS[t]).join(' ')} (.ci/run does this).`,
    );
  }
  const number = freeDisplayNumber();
  const name = `:${number}`;
  const children: ChildProcess[] = [];
  const xvfb = spawn('Xvfb', [name, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  const env = { ...process.env, DISPLAY: name };
  // The socket appears before the server answers; a window manager started then would exit.
  await waitFor(() => spawnSync('xprop', ['-root'], { env, stdio: 'ignore' }).status === 0, `Xvfb on ${name}`);
  // openbox has been seen to exit at once on a server that had just started: try it a few times.
  let wm: ChildProcess | undefined;
  for (let attempt = 0; attempt < 3 && !wm; attempt++) {
    const child = spawn('openbox', ['--sm-disable'], { env, stdio: 'ignore' });
    const running = await waitFor(
      () => child.exitCode === null && spawnSync('xprop', ['-root', '_NET_SUPPORTING_WM_CHECK'], { env }).stdout?.toString().includes('window id') === true,
      'openbox to start',
      5_000,
    ).then(() => child.exitCode === null, () => false);
    if (running) wm = child;
    else child.kill();
  }
  if (!wm) {
    for (const child of children) child.kill();
    throw new Error(`openbox would not start on ${name}`);
  }
  children.push(wm);
  const xdotool = async (...args: string[]) => (await run('xdotool', args, { env })).stdout;

  return {
    name,
    env,
    xdotool,
    async click(x, y) {
      // No --sync: xdotool then waits for a motion event, and blocks when the pointer is already there.
      await xdotool('mousemove', String(Math.round(x)), String(Math.round(y)), 'click', '1');
    },
    async key(...combos) {
      for (const combo of combos) await xdotool('key', '--clearmodifiers', combo);
    },
    async clipboard(target) {
      try {
        return (await run('xclip', ['-o', '-selection', 'clipboard', '-t', target], { env, timeout: 5_000, maxBuffer: 16 << 20 })).stdout;
      } catch {
        return '';
      }
    },
    async screenshot(path, region) {
      const crop = region ? ['-crop', `${region.width}x${region.height}+${region.x}+${region.y}`, '+repage'] : [];
      await run('import', ['-window', 'root', ...crop, path], { env });
    },
    async close() {
      for (const child of children.reverse()) child.kill();
      await Promise.all(children.map((child) => (child.exitCode === null ? new Promise((resolve) => child.once('exit', resolve)) : undefined)));
    },
  };
}
