import DownloadIcon from '@mui/icons-material/Download';
import PreviewIcon from '@mui/icons-material/Preview';
import {
  Button,
  Card,
  CardContent,
  CardHeader,
  Grid,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useApi } from '../common/useApi';
import { canAccess } from '../providers/access';
import type { AnnualReportResponse } from '../providers/api-types';
import { useActor } from '../providers/useActor';
import { AnnualTable } from './AnnualTable';
import { ReportFrame } from './ReportFrame';

const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** Downloads are plain links: same origin, the session cookie authenticates, the API audits the export. */
const Download = ({ href, label }: { href: string; label: string }) => (
  <Button size="small" variant="outlined" startIcon={<DownloadIcon />} href={href}>
    {label}
  </Button>
);

/** The year's statistics (annual-report tables), inquiries by type, and the daily briefing. */
const ReportsPage = () => {
  const translate = useTranslate();
  const role = useActor()?.role;
  const [year, setYear] = useState(new Date().getFullYear());
  const [params] = useSearchParams();
  const [day, setDay] = useState(() => {
    const asked = params.get('date');
    return asked && /^\d{4}-\d{2}-\d{2}$/.test(asked) ? asked : today();
  });
  const [preview, setPreview] = useState(params.has('date'));
  const annual = useApi<AnnualReportResponse>(
    canAccess(role, 'reports', 'annual') ? 'reports/annual' : null,
    { year },
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title={translate('desk.menu.reports')} />
      <Grid container spacing={2}>
        {canAccess(role, 'reports', 'daily') ? (
          <Grid size={{ xs: 12, md: 4 }}>
            <Card>
              <CardHeader title={translate('desk.reports.daily')} />
              <CardContent>
                <Stack spacing={2}>
                  <Typography variant="body2" color="text.secondary">
                    {translate('desk.reports.daily_hint')}
                  </Typography>
                  <TextField type="date" size="small" value={day} onChange={(e) => setDay(e.target.value)} />
                  <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
                    <Button
                      size="small"
                      variant="contained"
                      startIcon={<PreviewIcon />}
                      onClick={() => setPreview(true)}
                    >
                      {translate('desk.reports.preview')}
                    </Button>
                    <Download href={`/api/reports/daily.docx?date=${day}`} label="Word (DOCX)" />
                  </Stack>
                </Stack>
              </CardContent>
            </Card>
          </Grid>
        ) : null}
        {canAccess(role, 'reports', 'annual') ? (
          <Grid size={{ xs: 12, md: 8 }}>
            <Card>
              <CardHeader title={translate('desk.reports.annual')} />
              <CardContent>
                <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
                  <TextField
                    type="number"
                    size="small"
                    fullWidth={false}
                    label={translate('desk.reports.year')}
                    value={year}
                    onChange={(e) => setYear(Number(e.target.value))}
                  />
                  <Download href={`/api/reports/annual.xlsx?year=${year}`} label="Excel (XLSX)" />
                  <Download href={`/api/reports/annual.docx?year=${year}`} label="Word (DOCX)" />
                </Stack>
              </CardContent>
            </Card>
          </Grid>
        ) : null}
      </Grid>
      {preview && canAccess(role, 'reports', 'daily') ? (
        <Card>
          <CardHeader title={`${translate('desk.reports.daily')} ${day}`} />
          <ReportFrame src={`/api/reports/daily.html?date=${day}`} title={translate('desk.reports.daily')} />
        </Card>
      ) : null}
      {annual.data ? (
        <Card>
          <CardHeader
            title={translate('desk.reports.inquiries', {
              received: annual.data.inquiries.received,
              handled: annual.data.inquiries.handled,
            })}
          />
          <CardContent>
            <TableContainer>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    {['type', 'received', 'completed', 'completedOnTime', 'openOverdue'].map((h) => (
                      <TableCell key={h}>{translate(`desk.reports.columns.${h}`)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {annual.data.inquiries.byType.map((r) => (
                    <TableRow key={r.type}>
                      <TableCell>{r.label}</TableCell>
                      <TableCell>{r.received}</TableCell>
                      <TableCell>{r.completed}</TableCell>
                      <TableCell>{r.completedOnTime}</TableCell>
                      <TableCell>{r.openOverdue}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          </CardContent>
        </Card>
      ) : null}
      {annual.data ? (
        <Card>
          <CardHeader title={translate('desk.reports.table3')} />
          <CardContent>
            <AnnualTable table={annual.data.disclosure.table3} />
          </CardContent>
        </Card>
      ) : null}
    </Stack>
  );
};

export default ReportsPage;
