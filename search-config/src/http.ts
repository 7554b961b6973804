import { MeilisearchApiError } from 'meilisearch';
import { Agent, request } from 'undici';

/**
 * Kept-alive connections to Meilisearch, shared by every client of the process: undici's `request`
 * writes a request in one go and reads the answer without the WHATWG streams of `fetch`, which cost
 * the API about a quarter of its CPU per search (tests/bench/api.bench.ts).
 */
const meilisearchAgent = new Agent({ keepAliveTimeout: 30_000 });

/**
 * The Meilisearch client's HTTP call (its `httpClient`): the parsed JSON body, or the client's own
 * MeilisearchApiError for an error status (the client wraps it in a MeilisearchRequestError).
 */
export async function meilisearchRequest(input: string | URL | Request, init: RequestInit = {}) {
  const response = await request(input instanceof Request ? input.url : input, {
    dispatcher: meilisearchAgent,
    method: (init.method ?? 'GET') as 'GET',
    headers: Object.fromEntries(new Headers(init.headers)),
    body: typeof init.body === 'string' ? init.body : undefined,
    signal: init.signal ?? undefined,
  });
  const text = await response.body.text();
  const body = text === '' ? undefined : JSON.parse(text);
  if (response.statusCode >= 400)
    throw new MeilisearchApiError(new Response(text, { status: response.statusCode }), body);
  return body;
}
