import { roleLabels } from '@desk/core/access';
import TranslateIcon from '@mui/icons-material/Translate';
import { Box, Chip, ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import {
  LoadingIndicator,
  LocalesMenuButton,
  Logout,
  AppBar as RaAppBar,
  TitlePortal,
  UserMenu,
  useLocaleState,
  useUserMenu,
} from 'react-admin';
import { NotificationsButton } from '../notifications/NotificationsButton';
import { useActor } from '../providers/useActor';

/** Below MUI's `sm` (a phone) the language switch moves into the user menu, so the title fits. */
const NOT_ON_PHONE = { xs: 'none', sm: 'inline-flex' } as const;
const ON_PHONE_ONLY = { xs: 'flex', sm: 'none' } as const;

/** The other language, one tap away in the user menu on a phone. */
const SwitchLanguage = forwardRef<HTMLLIElement>((props, ref) => {
  const [locale, setLocale] = useLocaleState();
  const menu = useUserMenu();
  const other = locale === 'en' ? { code: 'zh-CN', name: '中文' } : { code: 'en', name: 'English' };
  return (
    <MenuItem
      ref={ref}
      {...props}
      sx={{ display: ON_PHONE_ONLY }}
      data-testid="switch-language"
      onClick={() => {
        setLocale(other.code);
        menu?.onClose();
      }}
    >
      <ListItemIcon>
        <TranslateIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{other.name}</ListItemText>
    </MenuItem>
  );
});

/** The title, the signed-in role, and the language switch (中文 / English) on every page. */
export const AppBar = () => {
  const [locale] = useLocaleState();
  const actor = useActor();
  return (
    <RaAppBar
      userMenu={
        <UserMenu>
          <SwitchLanguage />
          <Logout />
        </UserMenu>
      }
      toolbar={
        <>
          <NotificationsButton />
          <Box sx={{ display: NOT_ON_PHONE }}>
            <LocalesMenuButton />
          </Box>
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal sx={(theme) => ({ [theme.breakpoints.down('sm')]: { fontSize: '1.05rem' } })} />
      {actor ? (
        <Chip
          size="small"
          color="default"
          sx={{ mr: { xs: 0.5, sm: 1 }, bgcolor: 'rgba(255,255,255,0.9)' }}
          label={roleLabels[actor.role]?.[locale === 'en' ? 'en' : 'zh'] ?? actor.role}
          data-testid="role-chip"
        />
      ) : null}
    </RaAppBar>
  );
};
