/** A job ran past its time limit; its signal was aborted with this error. */
export class TimeLimitError extends Error {
  override readonly name = 'TimeLimitError';
  constructor(readonly limitMs: number) {
    super(`超过时限 ${limitMs / 1000} 秒 / time limit of ${limitMs / 1000} s exceeded`);
  }
}

/**
 * Run `work` for at most `limitMs`: past it, the returned promise rejects with a TimeLimitError and the
 * signal given to `work` is aborted, so fetches and waits inside it stop too. A synchronous loop cannot
 * be interrupted this way; inputs are bounded where they are parsed so such loops cannot start.
 */
export async function withTimeLimit<T>(
  limitMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new TimeLimitError(limitMs);
      controller.abort(error);
      reject(error);
    }, limitMs);
  });
  const running = work(controller.signal);
  // After the limit the work may still settle; its outcome no longer matters to anyone.
  running.catch(() => {});
  try {
    return await Promise.race([running, expired]);
  } finally {
    clearTimeout(timer);
  }
}
