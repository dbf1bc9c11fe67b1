import { useCallback, useEffect, useState } from 'react';
import type { AuthSession, SignedOutReason } from '@fleet/console-auth';
import { useI18n } from '@fleet/console-i18n';
import { LoginPanel, type LoginCredentials } from '@fleet/console-ui';
import { useSecondsLeft } from '../hooks/use-seconds-left.js';
import { loginFailureOf, loginMessageOf, type LoginFailure } from '../utils/login-messages.js';

export type LoginPageProps = {
  session: AuthSession;
  /** Why the page is shown (signed out, session expired…), told to the user until they try to sign in. */
  reason: SignedOutReason;
};

/** Signs the user in through the session; the app switches to the map when the session says signed-in. */
export function LoginPage({ session, reason }: LoginPageProps) {
  const { t } = useI18n();
  const [submitting, setSubmitting] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [failure, setFailure] = useState<LoginFailure | null>(null);
  const secondsLeft = useSecondsLeft(failure?.kind === 'rate-limited' ? failure.untilMs : null);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  const onSubmit = useCallback(
    ({ username, password }: LoginCredentials) => {
      setSubmitting(true);
      setAttempted(true);
      setFailure(null);
      session
        .login(username, password)
        .catch((error: unknown) => {
          const next = loginFailureOf(error, Date.now());
          setFailure(next);
          // Wrong passwords and rate limits are the user's business; anything else is worth a trace.
          if (next.kind === 'unavailable') console.warn('[console] login failed', error);
        })
        .finally(() => setSubmitting(false));
    },
    [session],
  );

  return (
    <LoginPanel
      submitting={submitting}
      submitBlocked={secondsLeft > 0}
      message={loginMessageOf(failure, secondsLeft, attempted ? null : reason)}
      onSubmit={onSubmit}
    />
  );
}
