/** A request as the fake saw it; `body` is the parsed JSON (undefined without a body). */
export type SeenRequest = {
  method: string;
  url: string;
  accept: string | null;
  contentType: string | null;
  body: unknown;
};

type Answer = { status: number; body?: unknown } | { networkError: string };

/**
 * A hand-written stand-in for the server behind `fetch`: answers each `METHOD path?query` with what the test
 * scripted (404 otherwise) and records every request, so tests check both what was sent and how answers are read.
 */
export class ScriptedFetch {
  readonly requests: SeenRequest[] = [];
  private readonly answers = new Map<string, Answer>();

  /** Answers `METHOD url` (path with query, as sent) with this status and JSON body. */
  answer(method: string, url: string, status: number, body?: unknown): this {
    this.answers.set(`${method} ${url}`, { status, body });
    return this;
  }

  /** Makes `METHOD url` fail like an unreachable server. */
  failNetwork(method: string, url: string): this {
    this.answers.set(`${method} ${url}`, { networkError: 'Failed to fetch' });
    return this;
  }

  get last(): SeenRequest | undefined {
    return this.requests.at(-1);
  }

  readonly fetch: typeof fetch = (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const headers = new Headers(init?.headers);
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    this.requests.push({
      method,
      url,
      accept: headers.get('accept'),
      contentType: headers.get('content-type'),
      body,
    });
    const answer = this.answers.get(`${method} ${url}`) ?? {
      status: 404,
      body: { error: { code: 'not_found', message: 'not scripted' } },
    };
    if ('networkError' in answer) return Promise.reject(new TypeError(answer.networkError));
    const text = answer.body === undefined ? null : JSON.stringify(answer.body);
    return Promise.resolve(
      new Response(answer.status === 204 ? null : text, {
        status: answer.status,
        headers: { 'content-type': 'application/json' },
      }),
    );
  };
}
