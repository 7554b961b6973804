import { roleLabels } from '@desk/core/access';
import { Chip } from '@mui/material';
import {
  LoadingIndicator,
  LocalesMenuButton,
  AppBar as RaAppBar,
  TitlePortal,
  useLocaleState,
} from 'react-admin';
import { useActor } from '../providers/useActor';
import { NotificationsButton } from './NotificationsButton';

/** The title, the signed-in role, and the language switch (中文 / English) on every page. */
export const AppBar = () => {
  const [locale] = useLocaleState();
  const actor = useActor();
  return (
    <RaAppBar
      toolbar={
        <>
          <NotificationsButton />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
      {actor ? (
        <Chip
          size="small"
          color="default"
          sx={{ mr: 1, bgcolor: 'rgba(255,255,255,0.9)' }}
          label={roleLabels[actor.role]?.[locale === 'en' ? 'en' : 'zh'] ?? actor.role}
          data-testid="role-chip"
        />
      ) : null}
    </RaAppBar>
  );
};
