import { Allow, OVERSIGHT } from '@fleet/auth-access';
import { ZodValidationPipe } from '@fleet/http';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { DeadLetterRepository, type DeadLetterView } from './dead-letter.repository.js';
import { deadLetterQuery } from './vehicle-queries.js';

@ApiTags('ingest')
@ApiBearerAuth()
// Dead letters hold raw bytes of any vehicle (and of unknown ones), so only those who oversee every fleet read them.
@Allow(...OVERSIGHT)
@Controller('api/v1/dead-letters')
export class DeadLettersController {
  constructor(@Inject(DeadLetterRepository) private readonly deadLetters: DeadLetterRepository) {}

  @Get()
  @ApiOperation({
    summary: 'Messages the ingest refused, newest first, with the reason and the start of the raw bytes',
  })
  @ApiQuery({ name: 'vehicleId', required: false })
  @ApiQuery({
    name: 'reason',
    required: false,
    description: 'e.g. malformed_protobuf, unknown_vehicle, topic_mismatch',
  })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  async list(
    @Query(new ZodValidationPipe(deadLetterQuery)) query: z.infer<typeof deadLetterQuery>,
  ): Promise<{ items: DeadLetterView[]; countsByReason: Record<string, number> }> {
    const [items, countsByReason] = await Promise.all([this.deadLetters.list(query), this.deadLetters.countByReason()]);
    return { items, countsByReason };
  }
}
