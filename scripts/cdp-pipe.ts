/**
 * Chromium driven through the DevTools protocol over a pipe (--remote-debugging-pipe), with no
 * automation library in between: the page gets only the protocol domains a script enables.
 * Playwright and Lighthouse enable the Runtime domain on every page, and with it V8 records a
 * detailed stack for every Error created, and parses the functions on the stack again for their
 * source positions (React DOM's five start-up sentinel errors did that to the whole bundle's top
 * level and React DOM's module: 60-70 ms of CPU unthrottled on this machine, until the build made
 * them stackless: scripts/vite-plugin-react-sentinels.ts). A visitor's browser does none of that,
 * so measuring what a visitor gets needs a page without that domain.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

export interface CdpMessage {
  id?: number;
  method?: string;
  sessionId?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export interface CdpBrowser {
  /** Sends a command to the browser, or to a page's session; resolves with its result. */
  send(
    method: string,
    params?: Record<string, unknown>,
    sessionId?: string,
  ): Promise<Record<string, unknown>>;
  /** Calls `listener` with every event the browser sends. */
  onEvent(listener: (message: CdpMessage) => void): () => void;
  close(): Promise<void>;
}

export async function launchOverPipe(
  executable: string,
  args: readonly string[] = [],
): Promise<CdpBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'cdp-pipe-'));
  const child: ChildProcess = spawn(
    executable,
    [
      '--headless=new',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-gpu',
      // Root in a container has no user namespace for the sandbox (Playwright passes this too).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const pending = new Map<
    number,
    { ok: (r: Record<string, unknown>) => void; fail: (e: Error) => void }
  >();
  const listeners = new Set<(message: CdpMessage) => void>();
  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.fail(error);
    pending.clear();
  };
  child.once('exit', (code) => failAll(new Error(`Chromium exited (code ${code})`)));
  fromBrowser.on('error', failAll);
  toBrowser.on('error', failAll);
  let buffer = '';
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end: number;
    while ((end = buffer.indexOf('\0')) >= 0) {
      const message = JSON.parse(buffer.slice(0, end)) as CdpMessage;
      buffer = buffer.slice(end + 1);
      if (message.id !== undefined) {
        const waiting = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) waiting?.fail(new Error(message.error.message));
        else waiting?.ok(message.result ?? {});
      } else for (const listener of listeners) listener(message);
    }
  });
  let nextId = 0;
  return {
    send(method, params = {}, sessionId) {
      const id = ++nextId;
      return new Promise((ok, fail) => {
        pending.set(id, { ok, fail });
        toBrowser.write(
          `${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`,
        );
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
