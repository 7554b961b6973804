import { useRef, useState } from 'react';
import { type RaRecord, useDataProvider } from 'react-admin';
import { useDeskEvents } from '../providers/events';

/** Wait this long after an event for more before fetching: a burst becomes one request. */
const BATCH_MS = 250;

/**
 * Messages announced over SSE (`message.new` carries the id) since the page opened, newest first,
 * fetched through the API so the role's scope and masking apply.
 */
export function useArrivals() {
  const dataProvider = useDataProvider();
  const [arrivals, setArrivals] = useState<RaRecord[]>([]);
  const pending = useRef(new Set<number>());
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const flush = async () => {
    const ids = [...pending.current];
    pending.current.clear();
    if (ids.length === 0) return;
    try {
      const { data } = await dataProvider.getMany('messages', { ids });
      setArrivals((prev) => {
        const known = new Set(prev.map((m) => m.id));
        const fresh = data.filter((m) => !known.has(m.id)).sort((a, b) => Number(b.id) - Number(a.id));
        return [...fresh, ...prev];
      });
    } catch {
      // A message the role may not see, or a hiccup: the list's refresh will show what there is.
    }
  };

  useDeskEvents(['message.new'], (event) => {
    const id = Number(event.id);
    if (!Number.isFinite(id)) return;
    pending.current.add(id);
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, BATCH_MS);
  });

  return { arrivals, clear: () => setArrivals([]) };
}
