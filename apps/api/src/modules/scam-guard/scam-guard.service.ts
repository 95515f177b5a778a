import { Injectable } from '@nestjs/common';
import { scan, signalMessage, type ScanResult, type SignalKind } from '#libs/scam-guard';
import type { Actor } from '../../auth/actor.js';
import { isAdmin, isStaffOf } from '../../auth/actor.policy.js';
import { requestContext } from '../../common/request-context.js';
import { AppConfig } from '../../config/app-config.js';
import { messageLocale } from '../../i18n/translate.js';
import { ScamRulesCache } from './scam-rules.cache.js';
import { ScanPool } from './scan-pool.js';

// What is stored with a flagged or held post: the verdict without its messages, which are
// rendered in each reader's language when shown.
export interface StoredVerdict {
  action: ScanResult['action'];
  score: number;
  signals: { kind: SignalKind; evidence: string; weight: number }[];
}

export interface ScanRequest {
  text: string;
  // The board's language: locale-scoped watched phrases apply to it.
  contentLocale: string;
  author: Pick<Actor, 'createdAt' | 'roles' | 'totpEnabled' | 'staffLocales'> | null;
}

@Injectable()
export class ScamGuardService {
  constructor(
    private readonly rules: ScamRulesCache,
    private readonly pool: ScanPool,
    private readonly config: AppConfig,
  ) {}

  async scan(request: ScanRequest): Promise<ScanResult> {
    const author = request.author;
    const ageHours = author ? (Date.now() - author.createdAt.getTime()) / 3_600_000 : 0;
    const rules = await this.rules.get();
    const task = {
      text: request.text,
      locale: messageLocale(requestContext.current()?.locale),
      contentLocale: request.contentLocale,
      author: {
        // A visitor checking a draft is judged as the newest account would be.
        isNewAccount: !author || ageHours < this.config.NEW_ACCOUNT_HOURS,
        // Staff of the content's language (the one definition of staff), and admins.
        isStaff: isStaffOf(author, request.contentLocale) || isAdmin(author),
      },
    };
    // Short texts (nearly all posts) are scanned here at once; long ones in a worker thread.
    if (request.text.length <= this.config.SCAN_INLINE_MAX_CHARS) return scan(task.text, { ...task, rules: rules.compiled });
    return this.pool.scan({ ...task, rules: rules.source });
  }

  toStored(result: ScanResult): StoredVerdict {
    return {
      action: result.action,
      score: result.score,
      signals: result.signals.map(({ kind, evidence, weight }) => ({ kind, evidence, weight })),
    };
  }

  // Signals as clients see them: kind, evidence, and a message in the reader's language.
  present(signals: { kind: SignalKind; evidence: string }[]): { kind: string; evidence: string; message: string }[] {
    const locale = messageLocale(requestContext.current()?.locale);
    return signals.map((s) => ({ kind: s.kind, evidence: s.evidence, message: signalMessage(s.kind, s.evidence, locale) }));
  }
}
