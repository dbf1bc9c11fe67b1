import { Button, Flex, Tag, Typography } from 'antd';
import type { Role } from '@fleet/auth-model';
import { useI18n } from '@fleet/console-i18n';

export type CurrentUserProps = { displayName: string; role: Role; onLogout: () => void };

/** Header block: who is signed in, in which role, and the sign-out button. */
export function CurrentUser({ displayName, role, onLogout }: CurrentUserProps) {
  const { t } = useI18n();
  return (
    <Flex align="center" gap={8} style={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
      <span data-testid="current-user" data-role={role} title={t('user.current')}>
        <Typography.Text strong ellipsis={{ tooltip: displayName }} style={{ maxWidth: 180, verticalAlign: 'middle' }}>
          {displayName}
        </Typography.Text>
        <Tag style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>{t(`role.${role}`)}</Tag>
      </span>
      <Button size="small" data-testid="logout" onClick={onLogout}>
        {t('user.logout')}
      </Button>
    </Flex>
  );
}
