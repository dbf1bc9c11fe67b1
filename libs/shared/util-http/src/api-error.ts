/** Every error code the HTTP API can answer with. */
export type ApiErrorCode = 'invalid_request' | 'not_found' | 'payload_too_large' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The one mapping from error codes to HTTP status; adding a code without a status fails to compile. */
export function httpStatusOf(code: ApiErrorCode): number {
  switch (code) {
    case 'invalid_request':
      return 400;
    case 'not_found':
      return 404;
    case 'payload_too_large':
      return 413;
    case 'internal':
      return 500;
  }
}
