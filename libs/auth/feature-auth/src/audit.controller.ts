import { AuditLogRepository, type AuditRecord } from '@fleet/auth-data';
import { ZodValidationPipe } from '@fleet/http';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Allow } from '@fleet/auth-access';
import { auditQuery } from './auth-requests.js';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1/audit')
export class AuditController {
  constructor(@Inject(AuditLogRepository) private readonly log: AuditLogRepository) {}

  @Get()
  @Allow('admin', 'regulator')
  @ApiOperation({ summary: 'The audit log, newest first (keyset paging with beforeId)' })
  async list(
    @Query(new ZodValidationPipe(auditQuery)) q: z.infer<typeof auditQuery>,
  ): Promise<{ items: AuditRecord[] }> {
    return {
      items: await this.log.list({
        actorId: q.actorId,
        action: q.action,
        fromMs: q.from,
        toMs: q.to,
        beforeId: q.beforeId,
        limit: q.limit,
      }),
    };
  }
}
