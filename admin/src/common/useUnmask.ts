import { useState } from 'react';
import { useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { UnmaskResponse } from '../providers/api-types';
import type { DeskDataProvider } from '../providers/dataProvider';

/**
 * The audited unmask action: `POST /api/<resource>/<id>/unmask` returns the personal data in clear and
 * writes an audit entry. Asked only after a confirmation, never prefetched.
 */
export function useUnmask<R extends keyof UnmaskResponse>(resource: R) {
  const record = useRecordContext();
  const dataProvider = useDataProvider<DeskDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [data, setData] = useState<UnmaskResponse[R]>();
  const [loading, setLoading] = useState(false);
  const run = async () => {
    if (!record || !window.confirm(translate('desk.pii.unmask_confirm'))) return;
    setLoading(true);
    try {
      setData(await dataProvider.postJson<UnmaskResponse[R]>(`${resource}/${record.id}/unmask`));
      notify('desk.pii.unmasked', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setLoading(false);
    }
  };
  return { data, loading, run };
}
