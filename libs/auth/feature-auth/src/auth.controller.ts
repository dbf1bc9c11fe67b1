import { authUserOf, type AuthTokens, type AuthUser } from '@fleet/auth-model';
import { ZodValidationPipe } from '@fleet/http';
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { AnyRole, Public } from '@fleet/auth-access';
import { loginRequest, logoutRequest, refreshRequest } from './auth-requests.js';
import { AuthService } from './auth.service.js';
import type { Principal, RequestOrigin } from './principal.js';
import { CurrentPrincipal, Origin } from './request-context.js';

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @Public('signing in is how a token is obtained')
  @ApiOperation({
    summary: 'Sign in with user name and password → access token (15 min) and single-use refresh token',
  })
  login(
    @Body(new ZodValidationPipe(loginRequest)) body: z.infer<typeof loginRequest>,
    @Origin() origin: RequestOrigin,
  ): Promise<AuthTokens> {
    return this.auth.login(body.username, body.password, origin);
  }

  @Post('refresh')
  @HttpCode(200)
  @Public('the refresh token itself is the credential')
  @ApiOperation({ summary: 'Exchange a refresh token for new tokens (the old refresh token stops working)' })
  refresh(
    @Body(new ZodValidationPipe(refreshRequest)) body: z.infer<typeof refreshRequest>,
    @Origin() origin: RequestOrigin,
  ): Promise<AuthTokens> {
    return this.auth.refresh(body.refreshToken, origin);
  }

  @Post('logout')
  @HttpCode(204)
  @AnyRole()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: revokes the session, its access and refresh tokens' })
  async logout(
    @Body(new ZodValidationPipe(logoutRequest)) _body: z.infer<typeof logoutRequest>,
    @CurrentPrincipal() principal: Principal,
    @Origin() origin: RequestOrigin,
  ): Promise<void> {
    await this.auth.logout(principal, origin);
  }

  @Get('me')
  @AnyRole()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in account' })
  me(@CurrentPrincipal() principal: Principal): AuthUser {
    return authUserOf(principal);
  }
}
