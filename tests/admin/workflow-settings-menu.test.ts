import { describe, expect, it } from 'vitest';
import { menuGroups } from '../../admin/src/layout/menuGroups';
import { canAccess } from '../../admin/src/providers/access';

const entry = menuGroups.find((g) => g.key === 'admin')?.entries.find((e) => e.to === '/workflow-settings');

describe('the workflow settings page in the menu', () => {
  it('sits under administration and is offered to the administrator only, as the API allows its edit', () => {
    expect(entry).toMatchObject({ resource: 'workflow-settings', action: 'edit' });
    const offered = ['admin', 'duty', 'handler', 'reviewer', 'leader'].filter((role) =>
      canAccess(role, entry!.resource, entry!.action!),
    );
    expect(offered).toEqual(['admin']);
  });
});
