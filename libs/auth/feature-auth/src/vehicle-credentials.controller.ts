import type { DataScope, IssuedVehicleCredential, VehicleCredential } from '@fleet/auth-model';
import { ZodValidationPipe } from '@fleet/http';
import { VEHICLE_ID_PATTERN } from '@fleet/telemetry-contract';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AnyRole, WRITERS, Allow } from '@fleet/auth-access';
import type { Principal, RequestOrigin } from './principal.js';
import { CurrentPrincipal, CurrentScope, Origin } from './request-context.js';
import { VehicleCredentialService } from './vehicle-credential.service.js';

const vehicleIdParam = z.string().regex(VEHICLE_ID_PATTERN, 'not a vehicle id');
const credentialIdParam = z.uuid('not a credential id');
const issueRequest = z
  .strictObject({
    /** Keep the vehicle's current secrets valid this long, so the new one can be rolled out first (max 7 days). */
    previousValidForSeconds: z
      .number()
      .int()
      .min(0)
      .max(7 * 86_400)
      .default(0),
  })
  .default({ previousValidForSeconds: 0 });

@ApiTags('vehicle credentials')
@ApiBearerAuth()
@Controller('api/v1/vehicles/:id/credentials')
export class VehicleCredentialsController {
  constructor(@Inject(VehicleCredentialService) private readonly credentials: VehicleCredentialService) {}

  @Post()
  @Allow(...WRITERS)
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiOperation({
    summary: 'Issue (or rotate) the vehicle’s MQTT credentials; the secret is in this answer only, stored hashed',
  })
  issue(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @Body(new ZodValidationPipe(issueRequest)) body: z.infer<typeof issueRequest>,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<IssuedVehicleCredential> {
    return this.credentials.issue(principal, scope, id, body.previousValidForSeconds * 1_000, origin);
  }

  @Get()
  @AnyRole()
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiOperation({ summary: 'The vehicle’s credentials (never the secrets)' })
  async list(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @CurrentScope() scope: DataScope,
  ): Promise<{ items: VehicleCredential[] }> {
    return { items: await this.credentials.list(scope, id) };
  }

  @Delete()
  @Allow(...WRITERS)
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiOperation({ summary: 'Revoke all of the vehicle’s credentials; connected terminals are disconnected' })
  async revokeAll(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<{ revoked: string[] }> {
    return { revoked: await this.credentials.revoke(principal, scope, id, undefined, origin) };
  }

  @Delete(':credentialId')
  @HttpCode(200)
  @Allow(...WRITERS)
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiOperation({ summary: 'Revoke one credential' })
  async revokeOne(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @Param('credentialId', new ZodValidationPipe(credentialIdParam)) credentialId: string,
    @CurrentPrincipal() principal: Principal,
    @CurrentScope() scope: DataScope,
    @Origin() origin: RequestOrigin,
  ): Promise<{ revoked: string[] }> {
    return { revoked: await this.credentials.revoke(principal, scope, id, credentialId, origin) };
  }
}
