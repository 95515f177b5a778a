import { apiError } from '../../lib/i18n/errorMessages';

export interface Outcome {
  blocked?: { kind: string; message: string; evidence: string }[];
  held?: boolean;
  signals?: { kind: string; message: string; evidence: string }[];
  error?: unknown;
}

// What a failed submit means for the composer: the scam guard's reasons, or a general error.
export function failureOutcome(error: unknown): Outcome {
  const { code, extensions } = apiError(error);
  if (code === 'CONTENT_BLOCKED') return { blocked: (extensions.signals as Outcome['blocked']) ?? [] };
  return { error };
}
