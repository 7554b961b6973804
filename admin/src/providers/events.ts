import { useEffect, useRef, useState } from 'react';

/** A live event from `GET /api/stream` (server-sent events); `type` names it, e.g. `message.new`. */
export interface DeskEvent {
  type: string;
  [key: string]: unknown;
}
type Listener = (event: DeskEvent) => void;
export type StreamStatus = 'connecting' | 'open' | 'error';

/** Named SSE events the desk reacts to; unnamed ones carry their `type` in the data. */
const NAMED = [
  'message.new',
  'alert.new',
  'alert.acknowledged',
  'event.updated',
  'case.updated',
  'notification',
];

const listeners = new Set<Listener>();
const statusListeners = new Set<(s: StreamStatus) => void>();
let source: EventSource | null = null;
let status: StreamStatus = 'connecting';

function setStatus(next: StreamStatus) {
  status = next;
  for (const l of statusListeners) l(next);
}

function dispatch(type: string | undefined, raw: string) {
  let data: Record<string, unknown> = {};
  try {
    data = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return; // keep-alive comments and malformed frames carry nothing to show
  }
  const event = { ...data, type: String(data.type ?? type ?? 'message') };
  for (const l of listeners) l(event);
}

/** One EventSource per tab, shared by every component and closed when the last one leaves. */
function connect() {
  if (source) return;
  setStatus('connecting');
  source = new EventSource('/api/stream');
  source.onopen = () => setStatus('open');
  source.onerror = () => setStatus(source?.readyState === EventSource.CLOSED ? 'error' : 'connecting');
  source.onmessage = (e) => dispatch(undefined, e.data);
  for (const name of NAMED) source.addEventListener(name, (e) => dispatch(name, (e as MessageEvent).data));
}

function disconnect() {
  if (listeners.size > 0 || statusListeners.size > 0) return;
  source?.close();
  source = null;
}

/** Call `handler` for every live event of the given types while the component is mounted. */
export function useDeskEvents(types: readonly string[], handler: Listener): void {
  const ref = useRef(handler);
  ref.current = handler;
  const key = types.join(',');
  useEffect(() => {
    const wanted = new Set(key.split(','));
    const listener: Listener = (event) => {
      if (wanted.has(event.type)) ref.current(event);
    };
    listeners.add(listener);
    connect();
    return () => {
      listeners.delete(listener);
      disconnect();
    };
  }, [key]);
}

export function useStreamStatus(): StreamStatus {
  const [value, setValue] = useState(status);
  useEffect(() => {
    statusListeners.add(setValue);
    connect();
    setValue(status);
    return () => {
      statusListeners.delete(setValue);
      disconnect();
    };
  }, []);
  return value;
}
