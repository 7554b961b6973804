import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { DeskDataProvider } from '../providers/dataProvider';

/**
 * GET a JSON view that is not a react-admin resource (history, facets, reports). `path` null skips the
 * call. A 404 means the API does not offer it (yet): `missing` lets the page say so instead of failing.
 */
export function useApi<T>(path: string | null, query?: Record<string, unknown>) {
  const dataProvider = useDataProvider<DeskDataProvider>();
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean; missing: boolean }>({
    loading: path !== null,
    missing: false,
  });
  const key = path === null ? null : `${path}?${JSON.stringify(query ?? {})}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for path and query
  const load = useCallback(async () => {
    if (key === null || path === null) return;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await dataProvider.getJson<T>(path, query);
      setState({ data, loading: false, missing: false });
    } catch (error) {
      const status = (error as { status?: number }).status;
      setState({ error: error as Error, loading: false, missing: status === 404 || status === 405 });
    }
  }, [key, dataProvider]);
  useEffect(() => {
    void load();
  }, [load]);
  return { ...state, reload: load };
}
