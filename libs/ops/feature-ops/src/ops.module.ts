import { Module } from '@nestjs/common';
import { OpsController } from './ops.controller.js';

/** `/health` and `/metrics`, for every process that serves HTTP. */
@Module({ controllers: [OpsController] })
export class OpsModule {}
