import { AuditService, CurrentPrincipal, CurrentScope, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { Allow, AnyRole, OVERSIGHT } from '@fleet/auth-access';
import type { DataScope } from '@fleet/auth-model';
import type { VehicleEventList, VehicleSummary, VehicleTrack } from '@fleet/fleet-model';
import { VehicleRegistryRepository } from '@fleet/fleet-registry';
import { ApiError, ZodValidationPipe } from '@fleet/http';
import { Body, Controller, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { LiveBus } from '@fleet/live-bus';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { TrackRepository } from './track.repository.js';
import { bucketMsFor, MAX_EVENTS, MAX_RAW_POINTS } from './track-window.js';
import { VehicleEventRepository } from './vehicle-event.repository.js';
import { newVehicle } from './registry-requests.js';
import { listVehiclesQuery, trackQuery, vehicleIdParam } from './vehicle-queries.js';

@ApiTags('vehicles')
@ApiBearerAuth()
@Controller('api/v1/vehicles')
export class VehiclesController {
  constructor(
    @Inject(VehicleRegistryRepository) private readonly registry: VehicleRegistryRepository,
    @Inject(TrackRepository) private readonly tracks: TrackRepository,
    @Inject(VehicleEventRepository) private readonly events: VehicleEventRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(LiveBus) private readonly bus: LiveBus,
  ) {}

  @Post()
  @Allow(...OVERSIGHT)
  @ApiOperation({
    summary: 'Register a vehicle: VIN checked (form and check digit), plate, category, level, enterprise',
  })
  async register(
    @Body(new ZodValidationPipe(newVehicle)) body: z.infer<typeof newVehicle>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<VehicleSummary> {
    const outcome = await this.registry.register(body);
    if (outcome === 'taken') throw new ApiError('conflict', `vehicle id ${body.id} or VIN ${body.vin} is registered`);
    if (outcome === 'unknown_enterprise')
      throw new ApiError('invalid_request', `unknown enterprise ${body.enterpriseId}`);
    await this.audit.record(principal, origin, {
      action: 'vehicle.register',
      target: { type: 'vehicle', id: body.id },
      details: { vin: body.vin, enterpriseId: body.enterpriseId },
    });
    this.bus.publish({ type: 'vehicles-changed', vehicleIds: [body.id] });
    return (await this.registry.get({ kind: 'all' }, body.id))!;
  }

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Registered vehicles with their latest state' })
  @ApiQuery({ name: 'q', required: false, description: 'Search plate, VIN or id' })
  @ApiQuery({ name: 'limit', required: false, type: Number })
  @ApiQuery({ name: 'offset', required: false, type: Number })
  @ApiOkResponse({ description: '{ items: VehicleSummary[], total: number }' })
  async list(
    @Query(new ZodValidationPipe(listVehiclesQuery)) query: z.infer<typeof listVehiclesQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<{ items: VehicleSummary[]; total: number }> {
    const [items, total] = await Promise.all([
      this.registry.list(scope, { search: query.q, limit: query.limit, offset: query.offset }),
      this.registry.count(scope, query.q),
    ]);
    return { items, total };
  }

  @Get(':id')
  @AnyRole()
  @ApiOperation({ summary: 'One vehicle with its latest state' })
  @ApiParam({ name: 'id', example: 'RT-0001' })
  async get(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @CurrentScope() scope: DataScope,
  ): Promise<VehicleSummary> {
    const vehicle = await this.registry.get(scope, id);
    if (!vehicle) throw new ApiError('not_found', `vehicle ${id} not found`);
    return vehicle;
  }

  @Get(':id/track')
  @AnyRole()
  @ApiOperation({ summary: 'A vehicle track; downsampled on the server when the range holds many samples' })
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601 time; default one hour before `to`' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601 time; default now' })
  async track(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @Query(new ZodValidationPipe(trackQuery)) { fromMs, toMs }: z.infer<typeof trackQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<VehicleTrack> {
    if (!(await this.registry.exists(scope, id))) throw new ApiError('not_found', `vehicle ${id} not found`);
    const raw = await this.tracks.raw(scope, id, fromMs, toMs, MAX_RAW_POINTS + 1);
    if (raw.length <= MAX_RAW_POINTS) return { vehicleId: id, fromMs, toMs, bucketMs: null, points: raw };
    const bucketMs = bucketMsFor(fromMs, toMs);
    return {
      vehicleId: id,
      fromMs,
      toMs,
      bucketMs,
      points: await this.tracks.downsampled(scope, id, fromMs, toMs, bucketMs),
    };
  }

  @Get(':id/events')
  @AnyRole()
  @ApiOperation({ summary: 'Events a vehicle reported in a time range, oldest first (replay timelines)' })
  @ApiParam({ name: 'id', example: 'RT-0001' })
  @ApiQuery({ name: 'from', required: false, description: 'ISO 8601 time; default one hour before `to`' })
  @ApiQuery({ name: 'to', required: false, description: 'ISO 8601 time; default now' })
  async eventsInRange(
    @Param('id', new ZodValidationPipe(vehicleIdParam)) id: string,
    @Query(new ZodValidationPipe(trackQuery)) { fromMs, toMs }: z.infer<typeof trackQuery>,
    @CurrentScope() scope: DataScope,
  ): Promise<VehicleEventList> {
    if (!(await this.registry.exists(scope, id))) throw new ApiError('not_found', `vehicle ${id} not found`);
    const rows = await this.events.inRange(scope, id, fromMs, toMs, MAX_EVENTS + 1);
    return { vehicleId: id, fromMs, toMs, items: rows.slice(0, MAX_EVENTS), truncated: rows.length > MAX_EVENTS };
  }
}
