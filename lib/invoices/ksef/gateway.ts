// The process-wide KSeF gateway from the configuration: one client, so one authentication and one
// online session are shared by every submission in this process. A changed configuration (tests,
// `startLocalKsef`) gets a fresh client.
import { createKsefClient, type KsefClient } from './client/client';
import { ksefConfig } from './env';
import type { KsefGateway } from './types';

let current: { key: string; client: KsefClient } | null = null;

export function ksefClient(): KsefClient {
  const c = ksefConfig();
  const key = `${c.baseUrl}|${c.nip}|${c.token}`;
  if (current?.key !== key)
    current = { key, client: createKsefClient({ baseUrl: c.baseUrl, nip: c.nip, token: c.token }) };
  return current.client;
}

export function ksefGateway(): KsefGateway {
  return ksefClient();
}
