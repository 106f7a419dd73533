// Next's standalone output (output: 'standalone' in next.config.ts): .next/standalone/server.js with
// the node_modules files it traced. Next leaves the browser assets out, expecting a CDN or a copy:
// they are copied in here once per build, so the folder serves on its own (and the Docker image
// ships just this folder for the web).
import { cpSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

export const STANDALONE_DIR = '.next/standalone';
export const STANDALONE_SERVER = path.join(STANDALONE_DIR, 'server.js');
const PEER_PRELOAD = path.resolve('scripts/peer-header.mjs');

/** Copies .next/static and public/ into the standalone folder (run after every `next build`). */
export function completeStandalone(): void {
  if (!existsSync(STANDALONE_SERVER)) throw new Error(`${STANDALONE_SERVER} is missing: is output 'standalone' set?`);
  const copies: [string, string][] = [
    ['.next/static', path.join(STANDALONE_DIR, '.next/static')],
    ['public', path.join(STANDALONE_DIR, 'public')],
  ];
  for (const [from, to] of copies) {
    rmSync(to, { recursive: true, force: true });
    if (existsSync(from)) cpSync(from, to, { recursive: true });
  }
}

export const standaloneIsComplete = () =>
  existsSync(STANDALONE_SERVER) && existsSync(path.join(STANDALONE_DIR, '.next/static'));

/**
 * The command and environment that run the standalone server on a port: Node with the peer-address
 * preload (scripts/peer-header.mjs). The server chdirs into its folder and listens on HOSTNAME,
 * which Docker sets to the container's name: all interfaces unless LISTEN_HOST says otherwise.
 */
export function standaloneServer(port: string, env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv } {
  return {
    args: ['--import', PEER_PRELOAD, path.resolve(STANDALONE_SERVER)],
    env: { ...env, NODE_ENV: 'production', PORT: port, HOSTNAME: env.LISTEN_HOST || '0.0.0.0' },
  };
}
