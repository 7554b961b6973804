import { Box, Typography } from '@mui/material';
import { Login, LoginForm, useTranslate } from 'react-admin';

/** Sign-in with the desk's name in Chinese first; the language switch lives in the app bar after login. */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login sx={{ backgroundImage: 'linear-gradient(135deg, #123a6b 0%, #2f6fb0 100%)' }}>
      <Box sx={{ px: 2, pt: 1, textAlign: 'center' }}>
        <Typography variant="h6" component="h1">
          {translate('desk.title')}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {translate('desk.login.subtitle')}
        </Typography>
      </Box>
      <LoginForm />
    </Login>
  );
};
