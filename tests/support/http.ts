import type { createApp } from '@desk/api';
import { DEMO_PASSWORD } from '@desk/core/store';

type App = ReturnType<typeof createApp>;

/** Sign in through the API as a demo account and return its bearer token. */
export async function loginAs(app: App, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}

/** Call the app with a bearer token and an optional JSON body. */
export function call(
  app: App,
  token: string | null,
  path: string,
  init: { method?: string; json?: unknown } = {},
) {
  const headers: Record<string, string> = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  return app.request(path, {
    method: init.method ?? (init.json === undefined ? 'GET' : 'POST'),
    headers,
    body: init.json === undefined ? undefined : JSON.stringify(init.json),
  });
}

/** A JSON response body as tests read it: loosely, so assertions can reach into nested fields. */
// biome-ignore lint/suspicious/noExplicitAny: tests assert on response shapes without declaring them
export type Json = Record<string, any>;
