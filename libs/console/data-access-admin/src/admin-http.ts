import { AdminApiError, type AdminApiErrorCode, type AdminApiIssue } from './admin-api-error.js';
import { isRecord, isString } from './guard-primitives.js';

const SERVER_CODES: readonly string[] = [
  'invalid_request',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'rate_limited',
  'internal',
] satisfies AdminApiErrorCode[];

type Guard<T> = (value: unknown) => value is T;

/**
 * JSON over the session's authorized fetch, with every refusal turned into an AdminApiError. Errors of the fetch
 * itself other than a network failure (the session's AuthError when signed out, an AbortError) pass through
 * unchanged, so the app can react to them as it already does.
 */
export class AdminHttp {
  constructor(
    private readonly fetchFn: typeof fetch,
    private readonly baseUrl: string,
  ) {}

  /** Sends the request and checks the JSON answer with `guard`. */
  async json<T>(method: string, path: string, guard: Guard<T>, body?: unknown, signal?: AbortSignal): Promise<T> {
    const res = await this.send(method, path, body, signal);
    const json: unknown = await res.json().catch(() => undefined);
    if (!guard(json)) throw new AdminApiError(res.status, 'unexpected_response', `${method} ${path}: not the contract`);
    return json;
  }

  /** For calls answered with 204 No Content. */
  async noContent(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<void> {
    await this.send(method, path, body, signal);
  }

  /** For file answers (CSV exports): the body as text and the file name the server suggests, if it names one. */
  async file(path: string, accept: string, signal?: AbortSignal): Promise<{ text: string; fileName: string | null }> {
    const res = await this.send('GET', path, undefined, signal, accept);
    return { text: await res.text(), fileName: fileNameOf(res.headers.get('content-disposition')) };
  }

  private async send(
    method: string,
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
    accept = 'application/json',
  ): Promise<Response> {
    const headers: Record<string, string> = { accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await this.fetchFn(`${this.baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (error) {
      // fetch rejects with a TypeError when no answer arrives at all.
      if (error instanceof TypeError) throw new AdminApiError(0, 'unreachable', `${method} ${path}: ${error.message}`);
      throw error;
    }
    if (!res.ok) throw await failureOf(res, `${method} ${path}`);
    return res;
  }
}

/** `attachment; filename="x.csv"` → `x.csv` (RFC 6266's `filename*=UTF-8''…` preferred when present). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // A malformed escape: fall back to the plain parameter below.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1]?.trim() ?? null;
}

async function failureOf(res: Response, what: string): Promise<AdminApiError> {
  const body: unknown = await res.json().catch(() => undefined);
  const error: Record<string, unknown> = isRecord(body) && isRecord(body['error']) ? body['error'] : {};
  const code = error['code'];
  const message = error['message'];
  const known = isString(code) && SERVER_CODES.includes(code) ? (code as AdminApiErrorCode) : null;
  return new AdminApiError(
    res.status,
    known ?? codeOfStatus(res.status),
    `${what} answered ${res.status}${isString(message) ? `: ${message}` : ''}`,
    issuesOf(error['details']),
  );
}

const isIssue = (v: unknown): v is AdminApiIssue => isRecord(v) && isString(v['path']) && isString(v['message']);

/** The validation problems of a 400; anything else in `details` is not for users and is dropped. */
function issuesOf(details: unknown): AdminApiIssue[] {
  return Array.isArray(details) ? details.filter(isIssue).map(({ path, message }) => ({ path, message })) : [];
}

function codeOfStatus(status: number): AdminApiErrorCode {
  switch (status) {
    case 400:
      return 'invalid_request';
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 429:
      return 'rate_limited';
    default:
      return status >= 500 ? 'internal' : 'unexpected_response';
  }
}
