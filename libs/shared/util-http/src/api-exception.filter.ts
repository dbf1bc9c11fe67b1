import { Catch, HttpException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { ApiError, httpStatusOf, type ApiErrorCode } from './api-error.js';

/** Renders every error as `{ error: { code, message, details? } }`; internals never leak to the client. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  constructor(private readonly onInternal: (error: unknown) => void) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const { status, body } = this.describe(exception);
    if (exception instanceof ApiError) {
      if (exception.code === 'unauthenticated') res.setHeader('WWW-Authenticate', 'Bearer');
      if (exception.retryAfterS !== undefined) res.setHeader('Retry-After', String(Math.ceil(exception.retryAfterS)));
    }
    res.status(status).json({ error: body });
  }

  private describe(exception: unknown): {
    status: number;
    body: { code: ApiErrorCode; message: string; details?: unknown };
  } {
    if (exception instanceof ApiError) {
      return {
        status: httpStatusOf(exception.code),
        body: { code: exception.code, message: exception.message, details: exception.details },
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const code = codeOfStatus(status);
      return { status, body: { code, message: exception.message } };
    }
    // Body-parser errors carry a status and type rather than being HttpExceptions.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code = codeOfStatus(status);
      return { status, body: { code, message: (exception as Error).message } };
    }
    this.onInternal(exception);
    return { status: 500, body: { code: 'internal', message: 'internal error' } };
  }
}

function codeOfStatus(status: number): ApiErrorCode {
  switch (status) {
    case 401:
      return 'unauthenticated';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 429:
      return 'rate_limited';
    default:
      return status < 500 ? 'invalid_request' : 'internal';
  }
}
