import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { badField, badInput, conflict, DomainError, type Message } from '../common/domain-error.js';
import { isUniqueViolation } from '../common/sql.js';
import { AppConfig } from '../config/app-config.js';
import type { UserEntity } from '../modules/users/user.entity.js';
import { NameGuard } from '../modules/users/name-guard.service.js';
import { UsersRepository } from '../modules/users/users.repository.js';
import type { Actor } from './actor.js';
import type { LoginInput, RegisterInput } from './graphql/auth.types.js';
import type { AccessTokenPayload } from './jwt.strategy.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsRepository } from './sessions.repository.js';
import { TotpService } from './totp.service.js';

export interface ClientInfo {
  ip: string;
  userAgent?: string;
}

export interface IssuedSession {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  user: UserEntity;
}

const invalidCredentials = () => new DomainError('UNAUTHENTICATED', { key: 'errors.invalidCredentials' });
const invalidRefresh = () => new DomainError('UNAUTHENTICATED', { key: 'errors.invalidRefreshToken' });

@Injectable()
export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    private readonly hasher: PasswordHasher,
    private readonly totp: TotpService,
    private readonly throttle: LoginThrottle,
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
    private readonly names: NameGuard,
  ) {}

  async register(input: RegisterInput, client: ClientInfo): Promise<IssuedSession> {
    const taken = await this.users.existing(input.handle, input.email);
    const fields: Record<string, Message> = {};
    if (taken.handle) fields.handle = { key: 'errors.handleTaken' };
    if (taken.email) fields.email = { key: 'errors.emailTaken' };
    if (Object.keys(fields).length > 0) throw badInput(fields);
    await this.names.assertAllowed({ handle: input.handle, displayName: input.displayName });
    const passwordHash = await this.hasher.hash(input.password);
    try {
      return await this.db.transaction(async (tx) => {
        const user = await this.users.insert(
          { handle: input.handle, email: input.email, displayName: input.displayName || input.handle, passwordHash, locale: input.locale },
          tx,
        );
        return this.issue(user, client, undefined, tx);
      });
    } catch (error) {
      // Two registrations raced past the check above: the unique index decides.
      if (isUniqueViolation(error, 'users_handle_lower_key')) throw badField('handle', 'errors.handleTaken');
      if (isUniqueViolation(error, 'users_email_lower_key')) throw badField('email', 'errors.emailTaken');
      throw error;
    }
  }

  async login(input: LoginInput, client: ClientInfo): Promise<IssuedSession> {
    // The account first, so that its handle and its e-mail share one count.
    const user = await this.users.findByLogin(input.login.trim());
    const attempt = await this.throttle.begin({ userId: user?.id ?? null, login: input.login }, client.ip);
    const passwordOk = await this.hasher.verify(user?.passwordHash ?? null, input.password);
    if (!user || !passwordOk) throw invalidCredentials();
    if (user.totpEnabled) {
      if (!input.totp) {
        await this.throttle.notCounted(attempt);
        throw new DomainError('TWO_FACTOR_REQUIRED', { key: 'errors.twoFactorCodeRequired' });
      }
      if (!(await this.acceptTotp(user, user.totpSecret, input.totp))) throw badField('totp', 'errors.twoFactorCodeInvalid');
    }
    await this.throttle.succeeded(attempt);
    return this.issue(user, client);
  }

  async refresh(refreshToken: string, client: ClientInfo): Promise<IssuedSession> {
    const session = await this.sessions.findByToken(refreshToken);
    if (!session || session.revokedAt || session.expiresAt.getTime() <= Date.now()) throw invalidRefresh();
    // A rotated token presented again within the grace (two tabs refreshing at once, a retry
    // after a lost response) gets a pair of its own in the same family; later, it means two
    // holders, and the family is revoked for both.
    const issued = await this.db.transaction(async (tx) => {
      const user = await this.users.findById(session.userId, tx);
      if (!user) return null;
      if (await this.sessions.markRotated(session.id, tx)) return this.issue(user, client, session.familyId, tx);
      const current = await this.sessions.findByToken(refreshToken, tx);
      const within =
        current?.rotatedAt &&
        !current.revokedAt &&
        Date.now() - current.rotatedAt.getTime() <= this.config.REFRESH_REUSE_GRACE_SECONDS * 1000;
      return within ? this.issue(user, client, session.familyId, tx) : null;
    });
    if (!issued) {
      await this.sessions.revokeFamily(session.familyId);
      throw invalidRefresh();
    }
    return issued;
  }

  async logout(refreshToken: string): Promise<boolean> {
    const session = await this.sessions.findByToken(refreshToken);
    if (session) await this.sessions.revokeFamily(session.familyId);
    return true;
  }

  async setupTwoFactor(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.userOf(actor);
    if (user.totpEnabled) throw conflict('errors.twoFactorAlreadyEnabled');
    const secret = this.totp.newSecret();
    await this.users.update(user.id, { totpPendingSecret: this.totp.encrypt(secret) });
    return { secret, otpauthUrl: this.totp.uri(secret, user.handle) };
  }

  async enableTwoFactor(actor: Actor, code: string): Promise<UserEntity> {
    const user = await this.userOf(actor);
    if (user.totpEnabled) throw conflict('errors.twoFactorAlreadyEnabled');
    if (!user.totpPendingSecret) throw new DomainError('CONFLICT', { key: 'errors.twoFactorNotSetUp' });
    if (!(await this.acceptTotp(user, user.totpPendingSecret, code))) throw badField('code', 'errors.twoFactorCodeInvalid');
    await this.users.update(user.id, { totpSecret: user.totpPendingSecret, totpPendingSecret: null, totpEnabled: true });
    return this.userOf(actor);
  }

  private async acceptTotp(user: UserEntity, encryptedSecret: string | null, code: string): Promise<boolean> {
    if (!encryptedSecret) return false;
    const lastStep = user.totpLastStep === null ? null : Number(user.totpLastStep);
    const check = await this.totp.check(this.totp.decrypt(encryptedSecret), code, lastStep);
    return check.valid && check.timeStep !== undefined && (await this.users.claimTotpStep(user.id, check.timeStep));
  }

  private async userOf(actor: Actor): Promise<UserEntity> {
    const user = await this.users.findById(actor.id);
    if (!user) throw new DomainError('UNAUTHENTICATED', { key: 'errors.sessionExpired' });
    return user;
  }

  private async issue(user: UserEntity, client: ClientInfo, familyId?: string, tx = this.db.manager): Promise<IssuedSession> {
    const { session, refreshToken } = await this.sessions.open(
      { userId: user.id, familyId, ttlDays: this.config.REFRESH_TOKEN_TTL_DAYS, userAgent: client.userAgent, ip: client.ip },
      tx,
    );
    const payload: AccessTokenPayload = { sub: user.id, sid: session.id };
    const accessTokenExpiresAt = new Date(Math.floor(Date.now() / 1000) * 1000 + this.config.ACCESS_TOKEN_TTL_SECONDS * 1000);
    const accessToken = await this.jwt.signAsync({ ...payload, exp: accessTokenExpiresAt.getTime() / 1000 }, { algorithm: 'HS256' });
    return { accessToken, accessTokenExpiresAt, refreshToken, user };
  }
}
