export type ScamAction = 'ALLOW' | 'FLAG' | 'HOLD' | 'BLOCK';

export type SignalKind =
  | 'EXTERNAL_LINK'
  | 'LOOKALIKE_DOMAIN'
  | 'DENIED_DOMAIN'
  | 'KNOWN_PHISHING_DOMAIN'
  | 'NEW_ACCOUNT_LINK'
  | 'CONTACT_SOLICITATION'
  | 'SECRET_REQUEST'
  | 'SECRET_LEAK'
  | 'GIVEAWAY'
  | 'RECOVERY_SCAM'
  | 'INVESTMENT_SCAM'
  | 'ILLICIT_OFFER'
  | 'IMPERSONATION'
  | 'WATCHED_PHRASE'
  | 'WALLET_DRAINER'
  | 'TASK_SCAM'
  | 'FAKE_SUPPORT';

export interface ScamRuleInput {
  kind: 'ALLOWED_DOMAIN' | 'DENIED_DOMAIN' | 'WATCHED_PHRASE';
  pattern: string;
  locale: string | null;
  action: ScamAction;
}

export interface BrandConfig {
  officialDomains: string[];
  brandNames: string[];
}

export interface PolicyThresholds {
  flag: number;
  hold: number;
  block: number;
}

export interface ScanAuthor {
  isNewAccount: boolean;
  isStaff: boolean;
}

export interface ScamSignal {
  kind: SignalKind;
  evidence: string;
  message: string;
  weight: number;
}

export interface ScanResult {
  action: ScamAction;
  score: number;
  signals: ScamSignal[];
}

export const ACTION_ORDER: readonly ScamAction[] = ['ALLOW', 'FLAG', 'HOLD', 'BLOCK'];

export function maxAction(a: ScamAction, b: ScamAction): ScamAction {
  return ACTION_ORDER.indexOf(a) >= ACTION_ORDER.indexOf(b) ? a : b;
}

export function minAction(a: ScamAction, b: ScamAction): ScamAction {
  return ACTION_ORDER.indexOf(a) <= ACTION_ORDER.indexOf(b) ? a : b;
}
