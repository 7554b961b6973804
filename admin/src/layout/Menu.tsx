import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import ViewListIcon from '@mui/icons-material/ViewList';
import { ListItemIcon, ListItemText, ListSubheader, MenuItem as MuiMenuItem } from '@mui/material';
import { Menu as RaMenu, useResourceDefinitions, useSidebarState, useTranslate } from 'react-admin';
import { canAccess } from '../providers/access';
import { useActor } from '../providers/useActor';
import { type MenuEntry, menuGroups } from './menuGroups';

/** Role-aware menu: a group appears only if the role may open something in it (the API decides). */
export const Menu = () => {
  const translate = useTranslate();
  const role = useActor()?.role;
  const resources = useResourceDefinitions();
  const [open] = useSidebarState();
  const visible = (e: MenuEntry) =>
    canAccess(role, e.resource, e.action ?? 'list') &&
    (e.to !== undefined || Boolean(resources[e.resource]?.hasList));
  return (
    <RaMenu data-testid="main-menu">
      <RaMenu.DashboardItem />
      {menuGroups.map((group) => {
        const entries = group.entries.filter(visible);
        if (entries.length === 0) return null;
        return [
          open ? (
            <ListSubheader key={group.key} sx={{ lineHeight: '32px', bgcolor: 'transparent' }}>
              {translate(`desk.menu.groups.${group.key}`)}
            </ListSubheader>
          ) : null,
          ...entries.map((e) => <Entry key={`${group.key}-${e.to ?? e.resource}`} entry={e} />),
        ];
      })}
    </RaMenu>
  );
};

const Entry = ({ entry }: { entry: MenuEntry }) => {
  const translate = useTranslate();
  const resources = useResourceDefinitions();
  if (entry.external)
    return (
      <MuiMenuItem component="a" href={entry.to} target="_blank" rel="noopener">
        <ListItemIcon>
          <OpenInNewIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate(entry.label ?? entry.resource)}</ListItemText>
      </MuiMenuItem>
    );
  if (!entry.to) return <RaMenu.ResourceItem name={entry.resource} />;
  const Icon = resources[entry.resource]?.icon ?? ViewListIcon;
  return (
    <RaMenu.Item to={entry.to} primaryText={translate(entry.label ?? entry.resource)} leftIcon={<Icon />} />
  );
};
