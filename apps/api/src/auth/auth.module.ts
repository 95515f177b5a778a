import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { AppConfig } from '../config/app-config.js';
import { UsersModule } from '../modules/users/users.module.js';
import { DiscoveryModule } from '@nestjs/core';
import { AccessGuard } from './access.guard.js';
import { OperationAccess } from './operation-access.js';
import { jwtKey } from './jwt-key.js';
import { ActorRepository } from './actor.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsRepository } from './sessions.repository.js';
import { TotpService } from './totp.service.js';

@Module({
  imports: [
    DiscoveryModule,
    PassportModule,
    UsersModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secretOrKeyProvider: () => jwtKey(config), signOptions: { algorithm: 'HS256' } }),
    }),
  ],
  providers: [
    AuthService,
    AuthResolver,
    JwtStrategy,
    ActorRepository,
    SessionsRepository,
    PasswordHasher,
    TotpService,
    LoginThrottle,
    { provide: APP_GUARD, useClass: AccessGuard },
    OperationAccess,
  ],
  exports: [PasswordHasher, TotpService, OperationAccess, ActorRepository],
})
export class AuthModule {}
