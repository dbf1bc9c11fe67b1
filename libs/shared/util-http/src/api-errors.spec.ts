import { BadRequestException, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error.js';
import { ApiExceptionFilter } from './api-exception.filter.js';
import { ZodValidationPipe } from './zod-validation.pipe.js';

function render(exception: unknown) {
  const headers: Record<string, string> = {};
  const res = {
    status: vi.fn().mockReturnThis(),
    json: vi.fn(),
    setHeader: (name: string, value: string) => (headers[name] = value),
  };
  const host = { switchToHttp: () => ({ getResponse: () => res }) } as unknown as ArgumentsHost;
  const internal = vi.fn();
  new ApiExceptionFilter(internal).catch(exception, host);
  return {
    status: res.status.mock.calls[0]![0] as number,
    body: res.json.mock.calls[0]![0] as unknown,
    headers,
    internal,
  };
}

describe(ApiExceptionFilter.name, () => {
  it('maps platform error codes to their HTTP status with details', () => {
    expect(render(new ApiError('not_found', 'vehicle X not found'))).toMatchObject({
      status: 404,
      body: { error: { code: 'not_found', message: 'vehicle X not found' } },
    });
  });

  it('asks for a bearer token on 401 and says when to retry on 429', () => {
    expect(render(new ApiError('unauthenticated', 'token expired'))).toMatchObject({
      status: 401,
      headers: { 'WWW-Authenticate': 'Bearer' },
    });
    expect(render(new ApiError('rate_limited', 'slow down', undefined, 12.2))).toMatchObject({
      status: 429,
      headers: { 'Retry-After': '13' },
    });
    expect(render(new ApiError('forbidden', 'role')).status).toBe(403);
  });

  it('maps Nest and body-parser errors without leaking internals', () => {
    expect(render(new NotFoundException()).status).toBe(404);
    expect(render(new BadRequestException('bad')).body).toMatchObject({ error: { code: 'invalid_request' } });
    const tooLarge = Object.assign(new Error('request entity too large'), { status: 413, type: 'entity.too.large' });
    expect(render(tooLarge)).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
  });

  it('answers 500 with a generic message for anything unexpected and reports it', () => {
    const result = render(new TypeError('cannot read x of undefined at /secret/path.ts'));
    expect(result).toMatchObject({ status: 500, body: { error: { code: 'internal', message: 'internal error' } } });
    expect(JSON.stringify(result.body)).not.toContain('secret');
    expect(result.internal).toHaveBeenCalledOnce();
  });
});

describe(ZodValidationPipe.name, () => {
  const pipe = new ZodValidationPipe(z.object({ limit: z.coerce.number().int().max(10), q: z.string().max(3) }));

  it('converts valid input', () => {
    expect(pipe.transform({ limit: '5', q: 'ab' })).toEqual({ limit: 5, q: 'ab' });
  });

  it('refuses invalid input listing every problem', () => {
    let error: unknown;
    try {
      pipe.transform({ limit: '99', q: 'abcdef' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('invalid_request');
    expect((error as ApiError).details).toHaveLength(2);
  });
});
