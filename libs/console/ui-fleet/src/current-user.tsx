import { Button, Dropdown, Flex, Tag, Typography } from 'antd';
import type { Role } from '@fleet/auth-model';
import { useI18n } from '@fleet/console-i18n';

export type CurrentUserProps = {
  displayName: string;
  role: Role;
  onChangePassword: () => void;
  onLogout: () => void;
};

/** Header block: who is signed in and in which role (a menu with "change password"), and the sign-out button. */
export function CurrentUser({ displayName, role, onChangePassword, onLogout }: CurrentUserProps) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={8} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'change-password',
              label: <span data-testid="change-password-open">{t('user.changePassword')}</span>,
            },
          ],
          onClick: ({ key }) => {
            if (key === 'change-password') onChangePassword();
          },
        }}
      >
        <Button type="text" size="small" data-testid="current-user" data-role={role} title={t('user.current')}>
          <Typography.Text
            strong
            ellipsis={{ tooltip: displayName }}
            style={{ maxWidth: 180, verticalAlign: 'middle' }}
          >
            {displayName}
          </Typography.Text>
          <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>{t(`role.${role}`)}</Tag>
        </Button>
      </Dropdown>
      <Button size="small" data-testid="logout" onClick={onLogout}>
        {t('user.logout')}
      </Button>
    </Flex>
  );
}
