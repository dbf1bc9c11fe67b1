import type { LiveHandshakeAuth } from '@fleet/auth-model';

/** Where the live feed gets its access tokens (the console's AuthSession fits this shape). */
export type LiveTokenSource = {
  /** The token to send now (refreshed first if it is about to expire); undefined when signed out. */
  current(): Promise<string | undefined>;
  /** A token newer than `rejected`, which the server refused; undefined when the session is over. */
  renew(rejected: string | undefined): Promise<string | undefined>;
};

export type LiveAuthRecoveryOptions = {
  tokens: LiveTokenSource;
  /** Opens the socket again: socket.io does not retry by itself after the server refused the handshake. */
  reconnect: () => void;
  /** The session is over (no token could be had): stay disconnected, the app shows the login page. */
  onSessionEnded: () => void;
  /** Wait before the second attempt in a row; doubles on each further one up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  onError?: (error: unknown) => void;
};

/**
 * Keeps the `/live` socket authenticated: supplies the handshake token on every (re)connect, and when the
 * server refuses it (connect_error 'unauthenticated') or drops the socket because the token expired, renews
 * the token and connects again. The first attempt is immediate; repeated refusals back off, so a server that
 * keeps refusing fresh tokens does not get a refresh-and-connect loop.
 */
export class LiveAuthRecovery {
  private sentToken: string | undefined;
  private attemptsInARow = 0;
  /** Bumped by stop(): answers of renewals started before are ignored. */
  private epoch = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly retryDelayMs: number;
  private readonly maxRetryDelayMs: number;

  constructor(private readonly options: LiveAuthRecoveryOptions) {
    this.retryDelayMs = options.retryDelayMs ?? 1_000;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 30_000;
  }

  /** socket.io's `auth` callback, called on every connect and reconnect, so each one sends the current token. */
  readonly handshake = (send: (auth: LiveHandshakeAuth) => void): void => {
    this.options.tokens.current().then(
      (token) => {
        this.sentToken = token;
        send({ token: token ?? '' });
      },
      (error: unknown) => {
        // No token could be had (server unreachable): the refusal that follows goes through recover().
        this.options.onError?.(error);
        this.sentToken = undefined;
        send({ token: '' });
      },
    );
  };

  /** The handshake was accepted: the next refusal starts again with an immediate attempt. */
  connected(): void {
    this.attemptsInARow = 0;
  }

  /** The server refused the token sent or disconnected the socket: renew it, then connect again. */
  recover(): void {
    const epoch = this.epoch;
    const attempt = ++this.attemptsInARow;
    const delay = attempt <= 1 ? 0 : Math.min(this.maxRetryDelayMs, this.retryDelayMs * 2 ** (attempt - 2));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.renewAndReconnect(epoch), delay);
  }

  stop(): void {
    this.epoch++;
    this.attemptsInARow = 0;
    clearTimeout(this.timer);
  }

  private async renewAndReconnect(epoch: number): Promise<void> {
    try {
      const token = await this.options.tokens.renew(this.sentToken);
      if (epoch !== this.epoch) return;
      if (token) this.options.reconnect();
      else this.options.onSessionEnded();
    } catch (error) {
      if (epoch !== this.epoch) return;
      this.options.onError?.(error);
      this.recover();
    }
  }
}
