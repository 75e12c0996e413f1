// A minimal client for Firefox's Marionette protocol (length-prefixed JSON over TCP), for the
// real-window Firefox harness. Marionette installs the temporary add-on, opens pages and, in the
// chrome context, reports where the toolbar button is on screen; the clicks and keys themselves
// are real X events (xdotool), never synthesized here.
import { connect, type Socket } from 'node:net';

type Reply = { resolve(value: unknown): void; reject(error: Error): void };

export class Marionette {
  #socket: Socket;
  #buffer = Buffer.alloc(0);
  #nextId = 1;
  #pending = new Map<number, Reply>();
  #hello: Promise<void>;

  private constructor(socket: Socket) {
    this.#socket = socket;
    let greeted: () => void;
    this.#hello = new Promise((resolve) => (greeted = resolve));
    let first = true;
    socket.on('data', (chunk: Buffer) => {
      this.#buffer = Buffer.concat([this.#buffer, chunk]);
      for (let message = this.#take(); message !== undefined; message = this.#take()) {
        if (first) {
          first = false;
          greeted!();
          continue;
        }
        this.#dispatch(message);
      }
    });
    socket.on('close', () => {
      for (const reply of this.#pending.values()) reply.reject(new Error('Marionette connection closed'));
      this.#pending.clear();
    });
  }

  /** Connects to a running Firefox's Marionette port, retrying while Firefox starts. */
  static async connect(port: number, timeoutMs = 30_000): Promise<Marionette> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        const socket = await new Promise<Socket>((resolve, reject) => {
          const s = connect(port, '127.0.0.1', () => resolve(s));
          s.once('error', reject);
        });
        const client = new Marionette(socket);
        await client.#hello;
        return client;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`Marionette did not answer on port ${port}: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** Sends one command and resolves with its result (rejects with Marionette's error). */
  send<T = unknown>(name: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.#nextId++;
    const body = Buffer.from(JSON.stringify([0, id, name, params]));
    this.#socket.write(`${body.length}:`);
    this.#socket.write(body);
    return new Promise<T>((resolve, reject) => this.#pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
  }

  /** Runs `script` (a function body; `arguments` holds args) and returns its value. */
  async execute<T = unknown>(script: string, args: unknown[] = [], context: 'chrome' | 'content' = 'chrome'): Promise<T> {
    await this.send('Marionette:SetContext', { value: context });
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteScript', { script, args });
    return value;
  }

  /** Like execute, but the script calls `arguments[arguments.length - 1]` with its result. */
  async executeAsync<T = unknown>(script: string, args: unknown[] = [], context: 'chrome' | 'content' = 'chrome'): Promise<T> {
    await this.send('Marionette:SetContext', { value: context });
    const { value } = await this.send<{ value: T }>('WebDriver:ExecuteAsyncScript', { script, args });
    return value;
  }

  close(): void {
    this.#socket.destroy();
  }

  #take(): unknown {
    const colon = this.#buffer.indexOf(0x3a);
    if (colon < 0) return undefined;
    const length = Number(this.#buffer.subarray(0, colon).toString());
    if (this.#buffer.length < colon + 1 + length) return undefined;
    const body = this.#buffer.subarray(colon + 1, colon + 1 + length).toString();
    this.#buffer = this.#buffer.subarray(colon + 1 + length);
    return JSON.parse(body);
  }

  #dispatch(message: unknown): void {
    if (!Array.isArray(message) || message[0] !== 1) return;
    const [, id, error, result] = message as [number, number, { error: string; message: string } | null, unknown];
    const reply = this.#pending.get(id);
    if (!reply) return;
    this.#pending.delete(id);
    if (error) reply.reject(new Error(`${error.error}: ${error.message}`));
    else reply.resolve(result);
  }
}
