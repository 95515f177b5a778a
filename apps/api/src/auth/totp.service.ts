import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { generateSecret, generateURI, verify } from 'otplib';
import { AppConfig } from '../config/app-config.js';

export interface TotpCheck {
  valid: boolean;
  timeStep?: number;
}

@Injectable()
export class TotpService {
  private readonly key: Buffer;

  constructor(private readonly config: AppConfig) {
    this.key = createHash('sha256').update(config.TOTP_ENCRYPTION_KEY).digest();
  }

  newSecret(): string {
    return generateSecret();
  }

  uri(secret: string, label: string): string {
    return generateURI({ issuer: `${this.config.BRAND_NAME} Community`, label, secret });
  }

  // One period of clock drift either way; a step at or before the last accepted one is a replay.
  async check(secret: string, code: string, lastStep: number | null): Promise<TotpCheck> {
    if (!/^\d{6}$/.test(code)) return { valid: false };
    const result = await verify({
      secret,
      token: code,
      epochTolerance: 30,
      ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
    }).catch(() => ({ valid: false as const }));
    return result.valid ? { valid: true, timeStep: (result as { timeStep: number }).timeStep } : { valid: false };
  }

  encrypt(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const data = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join('.');
  }

  decrypt(stored: string): string {
    const [version, iv, tag, data] = stored.split('.');
    if (version !== 'v1' || !iv || !tag || !data) throw new Error('Unknown TOTP secret format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  }
}
