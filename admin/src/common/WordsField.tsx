import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** A list of words (keywords, scheme words, regions) as small chips, text only. */
export const WordsField = ({
  source,
  max = 8,
  color,
}: {
  source: string;
  max?: number;
  label?: string;
  color?: 'default' | 'error';
}) => {
  const record = useRecordContext();
  const words = (record?.[source] ?? []) as string[];
  if (!words.length) return <span>—</span>;
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {words.slice(0, max).map((w) => (
        <Chip key={w} size="small" label={w} color={color} variant="outlined" />
      ))}
      {words.length > max ? <Chip size="small" label={`+${words.length - max}`} /> : null}
    </Stack>
  );
};
