import { defaultTheme } from 'react-admin';

/** Government-blue desk theme; card titles sized for dense work pages. */
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
    MuiCardHeader: { defaultProps: { slotProps: { title: { variant: 'subtitle1', fontWeight: 600 } } } },
  },
};
