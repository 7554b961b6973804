import { Box, type Theme, useMediaQuery } from '@mui/material';
import type { ReactNode } from 'react';
import { Datagrid, type DatagridProps, SimpleList, type SimpleListProps } from 'react-admin';

/** Below 600 px (MUI's `sm`): a phone held upright. One definition for every page that adapts. */
export const useIsPhone = (): boolean =>
  useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'), { noSsr: true });

/** What a row shows as a card on a phone: the primary line, a second line, and a short note on the right. */
export type PhoneRow = Pick<
  SimpleListProps,
  'primaryText' | 'secondaryText' | 'tertiaryText' | 'rightIcon' | 'leftIcon' | 'rowSx'
>;

/**
 * A table on a desk screen, a card list (react-admin's SimpleList, as in its demo) on a phone, so no list
 * scrolls sideways at 390 px. Rows open what the table's rows open; "expand" rows stay put on a phone.
 */
export const ResponsiveDatagrid = ({ phone, ...props }: DatagridProps & { phone: PhoneRow }) => {
  const isPhone = useIsPhone();
  if (!isPhone) return <Datagrid {...props} />;
  const rowClick =
    props.rowClick === 'expand' || props.rowClick === 'toggleSelection' ? false : props.rowClick;
  return <SimpleList rowClick={rowClick ?? false} empty={props.empty} {...phone} data-testid="phone-list" />;
};

/** Several short fields on one line of a phone card, wrapping rather than widening the card. */
export const PhoneLine = ({ children }: { children: ReactNode }) => (
  <Box
    component="span"
    sx={{
      display: 'inline-flex',
      flexWrap: 'wrap',
      columnGap: 1,
      rowGap: 0.5,
      alignItems: 'center',
      maxWidth: '100%',
    }}
  >
    {children}
  </Box>
);
