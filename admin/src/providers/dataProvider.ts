import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, Identifier, RaRecord } from 'react-admin';
import { httpClient } from './http';

const base = simpleRestProvider('/api', httpClient);

const json = (body: unknown) => (body === undefined ? undefined : JSON.stringify(body));

/** Calls beyond CRUD: workflow actions, unmasking, uploads and read-only views such as reports. */
export interface DeskMethods {
  /** `POST /api/<resource>/<id>/actions/<action>` → the updated record. */
  action<T extends RaRecord = RaRecord>(
    resource: string,
    id: Identifier,
    action: string,
    body?: unknown,
  ): Promise<{ data: T }>;
  /** Any JSON GET under /api (query object encoded as search params; objects as JSON). */
  getJson<T = unknown>(path: string, query?: Record<string, unknown>): Promise<T>;
  /** Any JSON POST under /api. */
  postJson<T = unknown>(path: string, body?: unknown, method?: string): Promise<T>;
  /** Upload raw text (CSV / JSONL) to an endpoint. */
  upload<T = unknown>(path: string, file: File): Promise<T>;
}

export type DeskDataProvider = DataProvider & DeskMethods;

export function apiUrl(path: string, query?: Record<string, unknown>): string {
  const url = new URL(`/api/${path.replace(/^\/+/, '')}`, window.location.origin);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    url.searchParams.set(key, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  return url.pathname + url.search;
}

/** Admin resources listed below their API path (the calendar's overrides; same names everywhere else). */
export const resourcePaths: Record<string, string> = { calendar: 'calendar/overrides' };
const pathOf = (resource: string) => resourcePaths[resource] ?? resource;

/** The simple-rest provider with each resource name mapped to its API path. */
const crud = Object.fromEntries(
  Object.entries(base).map(([name, method]) => [
    name,
    typeof method === 'function'
      ? (resource: string, ...rest: unknown[]) =>
          (method as (...a: unknown[]) => unknown)(pathOf(resource), ...rest)
      : method,
  ]),
) as DataProvider;

export const dataProvider: DeskDataProvider = {
  ...crud,
  async action(resource, id, action, body) {
    const { json: data } = await httpClient(apiUrl(`${resource}/${id}/actions/${action}`), {
      method: 'POST',
      body: json(body ?? {}),
    });
    return { data };
  },
  async getJson(path, query) {
    return (await httpClient(apiUrl(path, query))).json;
  },
  async postJson(path, body, method = 'POST') {
    return (await httpClient(apiUrl(path), { method, body: json(body ?? {}) })).json;
  },
  async upload(path, file) {
    const headers = new Headers({ 'Content-Type': file.type || 'text/plain; charset=utf-8' });
    return (await httpClient(apiUrl(path), { method: 'POST', body: file, headers })).json;
  },
};
