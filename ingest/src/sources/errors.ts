/**
 * Ingest failures fall in two kinds (ARCHITECTURE.md): a retryable one (network, timeout, 5xx, busy)
 * goes back to Bull's backoff; a permanent one (bad feed, too big, wrong encoding, bad payload) fails
 * the job at once with its reason recorded. Expected drops (duplicates, empty items) are not errors.
 */
export class PermanentIngestError extends Error {
  override readonly name = 'PermanentIngestError';
}

export class RetryableIngestError extends Error {
  override readonly name = 'RetryableIngestError';
}

export const isPermanent = (error: unknown): error is PermanentIngestError =>
  error instanceof PermanentIngestError;
