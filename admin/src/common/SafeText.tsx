import { Typography, type TypographyProps } from '@mui/material';
import { useRecordContext } from 'react-admin';

/**
 * Citizen-written text, always rendered as text: React escapes it, so `<script>` or `<img onerror>` in a
 * message shows literally. Never use dangerouslySetInnerHTML for message, draft or reply text.
 */
export const SafeText = ({
  text,
  clamp,
  ...props
}: { text: string | null | undefined; clamp?: number } & TypographyProps) => (
  <Typography
    variant="body2"
    component="div"
    {...props}
    sx={{
      whiteSpace: 'pre-wrap',
      overflowWrap: 'anywhere',
      ...(clamp
        ? { display: '-webkit-box', WebkitLineClamp: clamp, WebkitBoxOrient: 'vertical', overflow: 'hidden' }
        : {}),
      ...props.sx,
    }}
  >
    {text ?? ''}
  </Typography>
);

/** SafeText for a field of the current record (lists and show pages). */
export const SafeTextField = ({ source, clamp }: { source: string; clamp?: number; label?: string }) => {
  const record = useRecordContext();
  const value = record?.[source];
  return <SafeText text={value == null ? '' : String(value)} clamp={clamp} />;
};
