import { fetchUtils, HttpError } from 'react-admin';

/** Same-origin JSON requests; the httpOnly session cookie authenticates them. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  const headers = new Headers(options.headers ?? { Accept: 'application/json' });
  try {
    return await fetchUtils.fetchJson(url, { ...options, headers, credentials: 'same-origin' });
  } catch (error) {
    // Our API error body is { code, message, requestId }; show its bilingual message.
    if (
      error instanceof HttpError &&
      error.body &&
      typeof error.body === 'object' &&
      'message' in error.body
    ) {
      throw new HttpError(String(error.body.message), error.status, error.body);
    }
    throw error;
  }
}
