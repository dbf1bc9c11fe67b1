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
      const code: ApiErrorCode =
        status === 404
          ? 'not_found'
          : status === 413
            ? 'payload_too_large'
            : status < 500
              ? 'invalid_request'
              : 'internal';
      return { status, body: { code, message: exception.message } };
    }
    // Body-parser errors carry a status and type rather than being HttpExceptions.
    const status = (exception as { status?: unknown } | null)?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) {
      const code: ApiErrorCode = status === 413 ? 'payload_too_large' : 'invalid_request';
      return { status, body: { code, message: (exception as Error).message } };
    }
    this.onInternal(exception);
    return { status: 500, body: { code: 'internal', message: 'internal error' } };
  }
}
