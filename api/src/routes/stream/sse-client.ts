/** A parsed server-sent event. */
export interface SseEvent {
  event: string;
  data: unknown;
  /** The stream id the server sent (`id:`), to reconnect with as Last-Event-ID. */
  id?: string;
}

/**
 * Read server-sent events from a streaming response until `until` accepts one or the time runs out;
 * cancels the stream either way. For tests and scripts that watch `GET /api/stream`.
 */
export async function readSseUntil(
  response: Response,
  until: (event: SseEvent) => boolean,
  timeoutMs: number,
): Promise<{ matched: SseEvent | null; seen: SseEvent[] }> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  const seen: SseEvent[] = [];
  let buffer = '';
  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      const chunk = await Promise.race([
        reader.read(),
        new Promise<null>((resolve) => setTimeout(() => resolve(null), Math.max(1, deadline - Date.now()))),
      ]);
      if (!chunk || chunk.done) break;
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\n\n');
        const event = frame.match(/^event: (.*)$/m)?.[1];
        const data = frame.match(/^data: (.*)$/m)?.[1];
        const id = frame.match(/^id: (.*)$/m)?.[1];
        if (!event || data === undefined) continue;
        const parsed: SseEvent = { event, data: JSON.parse(data) as unknown, ...(id ? { id } : {}) };
        seen.push(parsed);
        if (until(parsed)) return { matched: parsed, seen };
      }
    }
    return { matched: null, seen };
  } finally {
    await reader.cancel().catch(() => {});
  }
}
