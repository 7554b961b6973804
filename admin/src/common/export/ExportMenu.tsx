import DownloadIcon from '@mui/icons-material/Download';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState } from 'react';
import { useDataProvider, useListContext, useNotify, usePermissions, useTranslate } from 'react-admin';
import { canExport } from '../../providers/access';
import type { DeskDataProvider } from '../../providers/dataProvider';
import { shanghaiParts } from '../timeZone';
import { toCsv } from './csv';
import { downloadBlob } from './download';
import { fetchAll } from './fetchAll';
import { withReferenceNames } from './references';
import { type ExportColumn, inferColumns, toRows } from './table';
import { toXlsx } from './xlsx';

/** `20261205-1505`, Shanghai time: when the file was made, in its name. */
const stamp = () => {
  const { date, time } = shanghaiParts(Date.now());
  return `${date.replace(/-/g, '')}-${time.slice(0, 5).replace(':', '')}`;
};

/** "导出" → CSV or Excel of the whole filtered list, only when the role may export this resource. */
export const ExportMenu = ({ columns }: { columns?: ExportColumn[] }) => {
  const { resource, filterValues, sort, total } = useListContext();
  const { permissions: role } = usePermissions<string>();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  if (!canExport(role, resource)) return null;

  const run = async (format: 'csv' | 'xlsx') => {
    setAnchor(null);
    setBusy(true);
    try {
      const records = await fetchAll(dataProvider, resource, filterValues, sort);
      const header = (source: string) => translate(`resources.${resource}.fields.${source}`, { _: source });
      const cols = await withReferenceNames(dataProvider, records, columns ?? inferColumns(records, header));
      const headers = cols.map((c) => c.header);
      const rows = toRows(records, cols);
      const name = translate(`resources.${resource}.name`, { smart_count: 2, _: resource });
      const blob = format === 'csv' ? toCsv(headers, rows) : await toXlsx(name, headers, rows);
      // Recorded before the file is handed over: no export without an audit entry.
      await (dataProvider as DeskDataProvider).postJson('exports', {
        resource,
        format,
        count: records.length,
        filter: filterValues,
      });
      // Named as the reader calls the list (工单-20261205-1505.xlsx), not by the API's resource name.
      downloadBlob(blob, `${name}-${stamp()}.${format}`);
      notify('desk.export.done', { messageArgs: { count: records.length } });
    } catch (error) {
      notify(error instanceof Error ? error.message : String(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        disabled={busy || total === 0}
        onClick={(e) => setAnchor(e.currentTarget)}
        data-testid="export-button"
      >
        {translate('ra.action.export')}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => run('xlsx')}>{translate('desk.export.xlsx')}</MenuItem>
        <MenuItem onClick={() => run('csv')}>{translate('desk.export.csv')}</MenuItem>
      </Menu>
    </>
  );
};
