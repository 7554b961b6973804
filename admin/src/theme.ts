import { defaultTheme } from 'react-admin';

/** MUI's `sm` breakpoint: below it a page is laid out for a phone held upright (see useIsPhone). */
const PHONE = '@media (max-width:599.95px)';

/**
 * Government-blue desk theme; card titles sized for dense work pages. On a phone a list's side panel
 * (facets, training, calculator) goes below the list, toolbar buttons wrap instead of leaving the screen,
 * and a main area never grows wider than the screen.
 */
export const theme = {
  ...defaultTheme,
  palette: { ...defaultTheme.palette, primary: { main: '#1f4e8c' }, secondary: { main: '#1f4e8c' } },
  typography: {
    ...defaultTheme.typography,
    fontFamily: [
      '-apple-system',
      '"PingFang SC"',
      '"Microsoft YaHei"',
      '"WenQuanYi Micro Hei"',
      'Roboto',
      'sans-serif',
    ].join(','),
  },
  components: {
    ...defaultTheme.components,
    RaList: {
      styleOverrides: {
        root: { [PHONE]: { flexDirection: 'column', '& > *': { maxWidth: '100%' } } },
      },
    },
    // react-admin's layout is at least as wide as its content (fit-content); on a phone it is the window's width.
    RaLayout: {
      styleOverrides: { root: { [PHONE]: { minWidth: 0, '& .RaLayout-content': { minWidth: 0 } } } },
    },
    RaTopToolbar: { styleOverrides: { root: { [PHONE]: { flexWrap: 'wrap', minHeight: 0 } } } },
    // A wide table on a phone (report tables, rows of figures) scrolls inside itself, never the page.
    MuiTable: {
      styleOverrides: { root: { [PHONE]: { display: 'block', overflowX: 'auto', maxWidth: '100%' } } },
    },
    // Grid items and cards may shrink below their content's width on a phone, so such a table scrolls inside.
    MuiGrid: { styleOverrides: { root: { [PHONE]: { minWidth: 0, maxWidth: '100%' } } } },
    MuiCard: { styleOverrides: { root: { [PHONE]: { minWidth: 0, maxWidth: '100%' } } } },
    RaListToolbar: { styleOverrides: { root: { [PHONE]: { maxWidth: '100%' } } } },
    MuiCardHeader: { defaultProps: { slotProps: { title: { variant: 'subtitle1', fontWeight: 600 } } } },
  },
};
