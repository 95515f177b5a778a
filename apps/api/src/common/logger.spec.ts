import { Writable } from 'node:stream';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

describe('logger', () => {
  it('keeps a failed statement’s parameters and PostgreSQL’s detail out of the log', () => {
    const lines: string[] = [];
    const logger = createLogger(
      { LOG_LEVEL: 'info', NODE_ENV: 'test' },
      new Writable({
        write(chunk, _encoding, done) {
          lines.push(String(chunk));
          done();
        },
      }) as never,
    );
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint "users_email_lower_key"'), {
      code: '23505',
      detail: 'Key (lower(email::text))=(victim@example.test) already exists.',
    });
    const error = new QueryFailedError(
      'INSERT INTO users (email, password_hash, body) VALUES ($1, $2, $3)',
      ['victim@example.test', '$argon2id$secret-hash', 'my seed words'],
      driverError,
    );
    logger.error({ err: error, requestId: 'r-1' }, 'unexpected error');
    const line = lines.join('');
    expect(line).toContain('INSERT INTO users');
    expect(line).toContain('users_email_lower_key');
    for (const secret of ['victim@example.test', 'secret-hash', 'my seed words']) expect(line).not.toContain(secret);
  });
});
