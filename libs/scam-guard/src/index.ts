export type {
  BrandConfig,
  PolicyThresholds,
  ScamAction,
  ScamRuleInput,
  ScamSignal,
  ScanAuthor,
  ScanResult,
  SignalKind,
} from './types.js';
export { ACTION_ORDER, maxAction } from './types.js';
export { DEMO_BRAND } from './brand.js';
export { compileRules, type CompiledRules } from './rules.js';
export { DEFAULT_POLICY } from './policy.js';
export { maintainedPhishingLists, phishingLists, NO_PHISHING_LISTS, listVerdict, type PhishingLists } from './phishing-lists.js';
export { scan, MAX_SCAN_LENGTH, type ScanContext } from './scan.js';
export { signalMessage } from './messages.js';
export { normalize, type NormalizedText } from './normalize.js';
export { classifyHost, isLookalikeDomain, type HostClass, type HostVerdict } from './lookalike.js';
