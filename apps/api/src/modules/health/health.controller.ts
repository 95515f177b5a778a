import { Controller, Get, HttpCode, ServiceUnavailableException } from '@nestjs/common';
import { DataSource } from 'typeorm';

// A load balancer waits about a second for a health check: a database that hangs must make this
// answer 503 within that, not hang the check with it.
const HEALTH_BUDGET_MS = 800;

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  // 200 only once the database answers: what a load balancer or compose healthcheck needs.
  @Get()
  @HttpCode(200)
  async check(): Promise<{ status: 'ok' }> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('health check timed out')), HEALTH_BUDGET_MS);
    });
    try {
      await Promise.race([this.db.query('SELECT 1'), timeout]);
      return { status: 'ok' };
    } catch {
      throw new ServiceUnavailableException({ status: 'unavailable' });
    } finally {
      clearTimeout(timer);
    }
  }
}
