import { Box } from '@mui/material';
import { diffChars } from 'diff';
import { useMemo } from 'react';

/**
 * Character diff (Chinese has no spaces, so a word diff would mark whole sentences). Parts are React
 * text nodes: a draft containing markup shows as text.
 */
export const DraftDiff = ({ before, after }: { before: string; after: string }) => {
  const parts = useMemo(() => diffChars(before, after), [before, after]);
  return (
    <Box
      data-testid="draft-diff"
      sx={{
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        typography: 'body2',
        p: 1.5,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
      }}
    >
      {parts.map((part, i) => (
        <Box
          // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts have no identity but their order
          key={i}
          component={part.added ? 'ins' : part.removed ? 'del' : 'span'}
          sx={
            part.added
              ? { bgcolor: '#d6f5d6', textDecoration: 'none' }
              : part.removed
                ? { bgcolor: '#fcd9d9', textDecoration: 'line-through' }
                : undefined
          }
        >
          {part.value}
        </Box>
      ))}
    </Box>
  );
};
