import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { SessionEntity } from './session.entity.js';

export const hashRefreshToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: DataSource) {}

  // Only the hash is stored: a leaked table does not yield usable refresh tokens.
  async open(
    input: { userId: string; familyId?: string; ttlDays: number; userAgent?: string; ip?: string },
    tx: EntityManager = this.db.manager,
  ): Promise<{ session: SessionEntity; refreshToken: string }> {
    const refreshToken = randomBytes(32).toString('base64url');
    const repo = tx.getRepository(SessionEntity);
    const session = await repo.save(
      repo.create({
        userId: input.userId,
        familyId: input.familyId ?? randomUUID(),
        refreshHash: hashRefreshToken(refreshToken),
        expiresAt: new Date(Date.now() + input.ttlDays * 86_400_000),
        userAgent: input.userAgent?.slice(0, 500) ?? null,
        ip: input.ip?.slice(0, 64) ?? null,
      }),
    );
    return { session, refreshToken };
  }

  findByToken(refreshToken: string, tx: EntityManager = this.db.manager): Promise<SessionEntity | null> {
    return tx.getRepository(SessionEntity).findOneBy({ refreshHash: hashRefreshToken(refreshToken) });
  }

  // The conditional update lets exactly one of two concurrent refreshes win.
  async markRotated(id: string, tx: EntityManager): Promise<boolean> {
    const result = await tx
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ rotatedAt: () => 'now()' })
      .where('id = :id AND rotated_at IS NULL AND revoked_at IS NULL', { id })
      .execute();
    return result.affected === 1;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
