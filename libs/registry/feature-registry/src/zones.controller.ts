import { AuditService, CurrentPrincipal, Origin, type Principal, type RequestOrigin } from '@fleet/auth';
import { AnyRole, Allow, OVERSIGHT } from '@fleet/auth-access';
import { ZodValidationPipe } from '@fleet/http';
import { LiveBus } from '@fleet/live-bus';
import { ZoneRepository } from '@fleet/registry-data';
import { zonesToFeatureCollection, type Zone, type ZoneFeatureCollection } from '@fleet/registry-model';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { zoneImport } from './registry-requests.js';

@ApiTags('zones')
@ApiBearerAuth()
@Controller('api/v1/zones')
export class ZonesController {
  constructor(
    @Inject(ZoneRepository) private readonly zones: ZoneRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(LiveBus) private readonly bus: LiveBus,
  ) {}

  @Get()
  @AnyRole()
  @ApiOperation({ summary: 'Approved areas and road corridors as a GeoJSON FeatureCollection' })
  async list(): Promise<ZoneFeatureCollection> {
    return zonesToFeatureCollection(await this.zones.list());
  }

  @Post('import')
  @HttpCode(200)
  @Allow(...OVERSIGHT)
  @ApiOperation({
    summary: 'Import zones from a FeatureCollection (Polygon/MultiPolygon, or LineString with corridor_width_m)',
  })
  async import(
    @Body(new ZodValidationPipe(zoneImport)) body: z.infer<typeof zoneImport>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<{ imported: number }> {
    const zones = body.features.map((f): Zone =>
      f.geometry.type === 'LineString'
        ? {
            id: f.properties.id,
            nameZh: f.properties.name_zh,
            nameEn: f.properties.name_en,
            geometry: f.geometry,
            corridorWidthM: f.properties.corridor_width_m ?? 0,
          }
        : {
            id: f.properties.id,
            nameZh: f.properties.name_zh,
            nameEn: f.properties.name_en,
            geometry: f.geometry,
            corridorWidthM: null,
          },
    );
    await this.zones.upsert(zones);
    await this.audit.record(principal, origin, {
      action: 'zone.import',
      details: { zones: zones.map((z) => z.id) },
    });
    // Permits refer to zones by id: a changed shape changes what their vehicles may do.
    this.bus.publish({ type: 'permits-changed', permitIds: [] });
    return { imported: zones.length };
  }
}
