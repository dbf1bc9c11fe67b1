import { Allow, AnyRole } from '@fleet/auth-access';
import type { Account, AuthUser } from '@fleet/auth-model';
import { ZodValidationPipe } from '@fleet/http';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { newAccountRequest, password } from './account-requests.js';
import { AccountAdminService } from './account-admin.service.js';
import type { Principal, RequestOrigin } from './principal.js';
import { CurrentPrincipal, Origin } from './request-context.js';

const userIdParam = z.uuid('not a user id');
const updateAccount = z.strictObject({ disabled: z.boolean() });
const changePassword = z.strictObject({ currentPassword: z.string().min(1).max(256), newPassword: password });

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('api/v1')
export class AccountsController {
  constructor(@Inject(AccountAdminService) private readonly accounts: AccountAdminService) {}

  @Get('users')
  @Allow('admin')
  @ApiOperation({ summary: 'Every account (never password hashes)' })
  async list(): Promise<{ items: Account[] }> {
    return { items: await this.accounts.list() };
  }

  @Post('users')
  @Allow('admin')
  @ApiOperation({ summary: 'Create an account; an operator needs its enterprise' })
  create(
    @Body(new ZodValidationPipe(newAccountRequest)) body: z.infer<typeof newAccountRequest>,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<AuthUser> {
    return this.accounts.create(admin, body, origin);
  }

  @Patch('users/:id')
  @HttpCode(204)
  @Allow('admin')
  @ApiOperation({ summary: 'Disable (ending every session at once) or re-enable an account' })
  async update(
    @Param('id', new ZodValidationPipe(userIdParam)) id: string,
    @Body(new ZodValidationPipe(updateAccount)) body: z.infer<typeof updateAccount>,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.accounts.setDisabled(admin, id, body.disabled, origin);
  }

  @Delete('users/:id/sessions')
  @Allow('admin')
  @ApiOperation({ summary: 'End every session of an account (its tokens stop working within seconds)' })
  async revokeSessions(
    @Param('id', new ZodValidationPipe(userIdParam)) id: string,
    @CurrentPrincipal() admin: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<{ revoked: number }> {
    return { revoked: await this.accounts.revokeSessions(admin, id, origin) };
  }

  @Post('auth/password')
  @HttpCode(204)
  @AnyRole()
  @ApiOperation({ summary: 'Change the signed-in account’s password; its other sessions end' })
  async changePassword(
    @Body(new ZodValidationPipe(changePassword)) body: z.infer<typeof changePassword>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.accounts.changeOwnPassword(principal, body.currentPassword, body.newPassword, origin);
  }
}
