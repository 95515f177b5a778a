import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import type { Actor } from './actor.js';
import { jwtKey } from './jwt-key.js';
import { ActorRepository } from './actor.repository.js';

export interface AccessTokenPayload {
  sub: string;
  sid: string;
  exp?: number;
}

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(
    config: AppConfig,
    private readonly actors: ActorRepository,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types predate KeyObject; jsonwebtoken, which verifies, takes one.
      secretOrKeyProvider: (_req, _token, done) => done(null, jwtKey(config) as unknown as Buffer),
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  // Runs on every authenticated request: a revoked session or a deleted user ends access at
  // once, without waiting for the access token to expire.
  async validate(payload: AccessTokenPayload): Promise<Actor | null> {
    // A token that never expires is refused: every access token carries `exp`.
    if (typeof payload?.sub !== 'string' || typeof payload?.sid !== 'string' || typeof payload.exp !== 'number') return null;
    return this.actors.loadActive(payload.sub, payload.sid);
  }
}
