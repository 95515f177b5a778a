import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Piscina } from 'piscina';
import type { ScanResult } from '#libs/scam-guard';
import { AppConfig } from '../../config/app-config.js';
import type { ScanTask } from './scan.worker.js';

// Long texts are scanned in worker threads (piscina), so that one post of the maximum size,
// however it is built, never holds the event loop that answers everyone else. Started at the
// first long text; SCAN_WORKERS threads, each with its own compiled rules; tasks queue.
@Injectable()
export class ScanPool implements OnModuleDestroy {
  private pool: Piscina | undefined;
  private inFlight = 0;

  constructor(private readonly config: AppConfig) {}

  async scan(task: ScanTask): Promise<ScanResult> {
    this.pool ??= createPool(this.config.SCAN_WORKERS);
    this.inFlight += 1;
    try {
      return (await this.pool.run(task)) as ScanResult;
    } finally {
      this.inFlight -= 1;
    }
  }

  // Texts handed to the workers and not yet answered (running or queued).
  get scanning(): number {
    return this.inFlight;
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool?.destroy();
  }
}

function createPool(threads: number): Piscina {
  // From TypeScript sources (the tests, tsx), the worker is loaded through tsx with the
  // sources' import conditions; from dist/, as it is.
  const fromSource = import.meta.url.endsWith('.ts');
  return new Piscina({
    filename: new URL(fromSource ? './scan.worker.ts' : './scan.worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    execArgv: fromSource ? ['--import', 'tsx', '--conditions=source'] : [],
  });
}
