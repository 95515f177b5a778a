import type { ScanInput } from '../scan-input.js';
import { rule, runPhraseRules, type PhraseRule } from './phrase-rules.js';

const S = '[^.!?\\n]';
const ROLE =
  '(?:official|customer (?:service|care|support)|support (?:team|agent|staff|desk|center|centre)|help ?desk|admin(?:istrator)?|moderator|staff|agent|representative|compliance|risk (?:control|analyst|officer)|employee|team member|technical support)';
// "I'm a senior OKX risk analyst" claims a post; "I'm a long-time OKX user" does not.
const NOT_A_POST = '(?:users?|customers?|clients?|traders?|holders?|fans?|newbies?|members?|accounts?|app|wallet)\\b';
// "+1 (555) 010-0192", "1-800-555-0147", "021-5555-0188": eight digits or more.
const PHONE = '(?:\\+|\\b)\\(?\\d[\\d\\s\\-().]{6,18}\\d';
const ZH_ROLE = '(?:客服|专员|技术支持|工作人员|客户经理|风控部?|安全中心|团队|人员|经理|管理员|审核部?)';

// Reported speech: "someone claiming to be OKX support", "自称欧易客服".
const REPORTED =
  /(?:自称|冒充|假冒|假扮|谎称|所谓|不是|并非|非|pretending to be|claiming to be|claims? to be|posing as|called|impersonat\w*|fake)\s*["'“‘「(]?\s*$/;

function firstHand(m: RegExpMatchArray): boolean {
  const before = (m.input ?? '').slice(Math.max(0, (m.index ?? 0) - 20), m.index);
  return !REPORTED.test(before);
}

// Built per brand, since the brand names are configuration.
export function compileImpersonationRules(brand: string): PhraseRule[] {
  return [
    rule(
      'IMPERSONATION',
      0.45,
      [
        `\\b(?:i am|i'm|im|this is|we are|we're|i work (?:for|at|with|on|in)|i'm from|i am from|here from|(?:calling|writing|speaking) from)\\b${S}{0,30}?(?:\\b${ROLE}\\b|${brand}\\s+(?:[a-z-]+\\s+)?(?:security|support|team|official|department|desk))`,
        `${brand}\\s+(?:official\\s+)?(?:customer service|customer support|support|help ?desk|security|team|admin|agent)(?:\\s+(?:team|agent|staff))?\\s+here\\b`,
        `\\bwelcome to\\b${S}{0,30}?\\b(?:support|help ?desk|customer service)\\b`,
        `(?:我是|我们是|本人是|这里是|我系|我这边是|我们这边是)[^,.!?\\n]{0,12}?(?:${brand}|官方|${ZH_ROLE})`,
        `\\b(?:i am|i'm|im|we are|we're)\\s+(?:a |an |the |from )?(?:[a-z-]+ ){0,2}${brand}\\s+(?!${NOT_A_POST})[a-z]+`,
        `\\b(?:i am|i'm|we are|we're) (?:from|with) (?:the )?(?:[a-z-]+ ){0,2}(?:support|help ?desk|security)\\b`,
      ],
      firstHand,
    ),
    rule(
      'IMPERSONATION',
      0.4,
      [
        `(?:^|[.!?\\n])\\W{0,8}official\\s+(?:${brand}\\s+)?(?:support|customer service|help ?desk|team|admin|agent)\\b`,
        `(?:${brand}|官方)[^,.!?\\s]{0,4}?${ZH_ROLE}`,
      ],
      firstHand,
    ),
    // A phone number presented as a support line ("OKX Help Line ☎ 1-800-…", "客服专线 010-…"): real
    // support is reached in the app, so a number given out as the help desk's poses as it.
    rule(
      'IMPERSONATION',
      0.45,
      [
        `(?:\\b(?:support|help|customer (?:service|care)|service|fraud|security|compliance|refund|withdrawal)\\s*(?:hot ?line|help ?line|line|number|phone|desk|department|dept|team|cent(?:er|re))|\\b(?:hot|help) ?line|toll[- ]free)${S}{0,16}?${PHONE}`,
        `(?:客服|官方|反诈|安全|风控|售后)[^,.!?\\n]{0,6}?(?:热线|电话|专线|中心)${S}{0,8}?${PHONE}`,
      ],
      firstHand,
    ),
    rule('IMPERSONATION', 0.5, [
      `【[^【】\\n]{0,10}(?:${brand}|官方|客服)[^【】\\n]{0,10}】`,
      `\\[(?:staff|official|admin|support|${brand})[^\\]\\n]{0,12}\\]`,
    ]),
    rule(
      'IMPERSONATION',
      0.35,
      [
        `\\b(?:verified|approved|endorsed|guaranteed|backed) by ${brand}\\b|\\b${brand}[- ](?:verified|approved|official) (?:agent|partner|merchant|group|channel)\\b`,
        `\\b(?:our|my) (?:senior |compliance |escalation |support |customer |recovery |24/7 )?(?:agent|officer|manager|admin|specialist|team|hotline|help ?desk|support line|customer service)\\b`,
        `官方(?:群|担保|认证|授权|合作)|${brand}(?:官方)?(?:群|担保|认证)`,
      ],
      firstHand,
    ),
  ];
}

export function detectImpersonation(input: ScanInput): void {
  if (input.author.isStaff) return;
  runPhraseRules(input, input.rules.patterns.impersonation);
}
