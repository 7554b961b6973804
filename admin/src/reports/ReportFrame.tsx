import { Box } from '@mui/material';

/**
 * A report page of the API (daily briefing, event report) shown as it prints. The frame is sandboxed
 * without scripts; the page itself is served with a policy that allows no script either.
 */
export const ReportFrame = ({ src, title }: { src: string; title: string }) => (
  <Box
    component="iframe"
    src={src}
    title={title}
    sandbox=""
    sx={{
      display: 'block',
      width: '100%',
      height: { xs: '70vh', md: '80vh' },
      border: 0,
      bgcolor: 'grey.100',
    }}
  />
);
