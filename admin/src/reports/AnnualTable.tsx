import {
  Alert,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useEnumLabel } from '../common/EnumField';

interface Table3 {
  columns: readonly string[];
  rows: { key: string; label: string; level: number; values: Record<string, number> }[];
  check: { rule: string; left: number; right: number; ok: boolean };
}

/** Table 三 of the national annual-report template, with its printed check 一 + 二 = 三 + 四. */
export const AnnualTable = ({ table }: { table: Table3 }) => {
  const label = useEnumLabel();
  return (
    <>
      <Alert severity={table.check.ok ? 'success' : 'error'} sx={{ mb: 1 }}>
        {table.check.rule}: {table.check.left} = {table.check.right}
      </Alert>
      <TableContainer>
        <Table size="small" data-testid="annual-table3">
          <TableHead>
            <TableRow>
              <TableCell />
              {table.columns.map((c) => (
                <TableCell key={c} align="right">
                  {c === 'total' ? '总计' : label('applicantType', c)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {table.rows.map((r) => (
              <TableRow key={r.key}>
                <TableCell sx={{ pl: 1 + r.level * 2, minWidth: 180 }}>
                  <Typography variant="body2" sx={{ fontWeight: r.level === 0 ? 600 : 400 }}>
                    {r.label}
                  </Typography>
                </TableCell>
                {table.columns.map((c) => (
                  <TableCell key={c} align="right">
                    {r.values[c] ?? 0}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </>
  );
};
