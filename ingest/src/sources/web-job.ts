import { type LinkReading, type SourcePreview, type WebJob, WebJobSchema } from '@desk/core';
import { readLink } from './link';
import { previewSource } from './preview';
import { readerFor, type WebDeps } from './web-source';

/** Pages read for a person waiting: a shorter timeout than scheduled pulls. */
const INTERACTIVE_TIMEOUT_MS = 10_000;

/** Run one web job (the `web` queue): a preview of a source's settings, or one pasted link. */
export async function runWebJob(payload: WebJob, deps: WebDeps): Promise<SourcePreview | LinkReading> {
  const job = WebJobSchema.parse(payload);
  const tuning = {
    ...deps.tuning,
    fetchTimeoutMs: Math.min(deps.tuning.fetchTimeoutMs, INTERACTIVE_TIMEOUT_MS),
  };
  if (job.kind === 'preview') return previewSource(job.source, readerFor({ ...deps, tuning }, true));
  return readLink(job.url, readerFor({ ...deps, tuning }, false));
}
