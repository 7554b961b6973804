import { type WebProblem, type WebProblemCode, type WebProblemPlace, webProblem } from '@desk/core';

/**
 * Ingest failures fall in two kinds (ARCHITECTURE.md): a retryable one (network, timeout, 5xx, busy)
 * goes back to Bull's backoff; a permanent one (bad feed, too big, wrong encoding, bad payload) fails
 * the job at once with its reason recorded. Expected drops (duplicates, empty items) are not errors.
 * Fetch and page failures carry a problem code so the preview can say why in Chinese and English.
 */
export class PermanentIngestError extends Error {
  override readonly name = 'PermanentIngestError';
  constructor(
    message: string,
    readonly problem?: WebProblem,
  ) {
    super(message);
  }
}

export class RetryableIngestError extends Error {
  override readonly name = 'RetryableIngestError';
  constructor(
    message: string,
    readonly problem?: WebProblem,
  ) {
    super(message);
  }
}

export const isPermanent = (error: unknown): error is PermanentIngestError =>
  error instanceof PermanentIngestError;

/** A permanent failure whose message is the problem's bilingual text. */
export function pageFailure(code: WebProblemCode, place: WebProblemPlace = {}): PermanentIngestError {
  const problem = webProblem(code, place);
  return new PermanentIngestError(problem.message, problem);
}

/** The problem behind any error of a fetch or extraction (unknown errors count as network trouble). */
export function problemOf(error: unknown, url?: string): WebProblem {
  if (error instanceof PermanentIngestError || error instanceof RetryableIngestError)
    return error.problem ?? webProblem('network', { url, detail: error.message });
  return webProblem('network', { url, detail: error instanceof Error ? error.message : String(error) });
}
