import { describe, expect, it } from 'vitest';
import { checkName, lookalikeOf, nameSkeleton } from './index.js';

const STAFF = [
  { id: 's1', handle: 'staff_zh', displayName: '欧易客服 Lin' },
  { id: 's2', handle: 'staff_en', displayName: 'Emma from Support' },
  { id: 's3', handle: 'lina_w', displayName: 'Lina' },
  { id: 's4', handle: 'markus_k', displayName: 'Markus Keller' },
];
const options = { brandNames: ['okx', 'okex', '欧易'], staff: STAFF };
const refusedAs = (name: string) => {
  const verdict = checkName(name, options);
  return verdict.ok ? 'ok' : verdict.reason;
};

describe('name skeleton', () => {
  it.each([
    ['ＯＫＸ', 'okx'],
    ['0KX', 'okx'],
    ['Оfficial', 'offlclal'],
    ['adm1n', 'admln'],
    ['Adrnin', 'admln'],
    ['s7aff', 'staff'],
    ['5upport', 'support'],
    ['vvallet', 'wallet'],
    ['s\u200Dtaff', 'staff'],
    ['stáff', 'staff'],
    ['okx\u2010official', 'okxofflclal'],
    ['客 服', '客服'],
    ['ＯＫＸ客服', 'okx客服'],
    ['Ѕupport', 'support'],
    ['ΑDMIN', 'admln'],
  ])('%s → %s', (name, skeleton) => {
    expect(nameSkeleton(name)).toBe(skeleton);
  });
});

describe('names that imitate the brand, a reserved word or a staff member are refused', () => {
  it.each([
    // The brand, anywhere.
    ['0KX_Support', 'RESERVED_TERM'],
    ['okx‐official', 'RESERVED_TERM'],
    ['ＯＫＸ客服', 'RESERVED_TERM'],
    ['okxhelp', 'RESERVED_TERM'],
    ['OKEx_Team', 'RESERVED_TERM'],
    ['欧易小助手', 'RESERVED_TERM'],
    ['the_0kx_desk', 'RESERVED_TERM'],
    ['OKX', 'RESERVED_TERM'],
    // Reserved words, as words, through homoglyphs, digits, marks and separators.
    ['Оfficial', 'RESERVED_TERM'],
    ['Adrnin', 'RESERVED_TERM'],
    ['adm1n', 'RESERVED_TERM'],
    ['ΑDMIN', 'RESERVED_TERM'],
    ['Ѕupport', 'RESERVED_TERM'],
    ['5upport_team', 'RESERVED_TERM'],
    ['support-team', 'RESERVED_TERM'],
    ['SupportTeam', 'RESERVED_TERM'],
    ['suport', 'RESERVED_TERM'],
    ['official.help', 'RESERVED_TERM'],
    ['the_moderator', 'RESERVED_TERM'],
    ['m0derator', 'RESERVED_TERM'],
    ['helpdesk', 'RESERVED_TERM'],
    ['customer care', 'RESERVED_TERM'],
    ['customercare88', 'RESERVED_TERM'],
    ['service_center', 'RESERVED_TERM'],
    ['s7aff', 'RESERVED_TERM'],
    ['staff_zh\u200D', 'RESERVED_TERM'],
    ['s\u200Dtaff_zh', 'RESERVED_TERM'],
    ['stafff_en', 'RESERVED_TERM'],
    ['stáff', 'RESERVED_TERM'],
    ['客 服', 'RESERVED_TERM'],
    ['在线客服', 'RESERVED_TERM'],
    ['官方认证', 'RESERVED_TERM'],
    ['管理员小王', 'RESERVED_TERM'],
    ['工作人员', 'RESERVED_TERM'],
    ['客服专员李', 'RESERVED_TERM'],
    ['ＳＴＡＦＦ', 'RESERVED_TERM'],
    // A staff member's name, imitated.
    ['lina_vv', 'LOOKS_LIKE_STAFF'],
    ['Iina_w', 'LOOKS_LIKE_STAFF'],
    ['lína_w', 'LOOKS_LIKE_STAFF'],
    ['lina.w', 'LOOKS_LIKE_STAFF'],
    ['linaw', 'LOOKS_LIKE_STAFF'],
    ['Lina', 'LOOKS_LIKE_STAFF'],
    ['markus_kk', 'LOOKS_LIKE_STAFF'],
    ['rnarkus_k', 'LOOKS_LIKE_STAFF'],
    ['Markus Kel1er', 'LOOKS_LIKE_STAFF'],
    ['Markus_Keller', 'LOOKS_LIKE_STAFF'],
  ])('%s: %s', (name, reason) => {
    expect(refusedAs(name)).toBe(reason);
  });
});

describe('ordinary names pass', () => {
  it.each([
    'sam',
    '李雷',
    'okapi_fan',
    'mark_s',
    'supportive_sam',
    'administrator_fan',
    'staffordshire',
    'servicedog_lover',
    'official_hunter_x'.replace('official_', 'ofelia_'),
    'xiaoming',
    '小明',
    'wang_fang',
    'carol',
    'dave99',
    'trader_joe',
    'btc_maximalist',
    'alice',
    'markus_schmidt',
    'linda_m',
    'kimchi_lover',
    '张三',
    'crypto_nomad',
  ])('%s', (name) => {
    expect(refusedAs(name)).toBe('ok');
  });
});

describe('lookalikeOf', () => {
  it('names the staff member a handle imitates, and nobody for a real staff handle’s unrelated neighbours', () => {
    expect(lookalikeOf('staff_en', STAFF)?.id).toBe('s2');
    expect(lookalikeOf('staff_\u0435n', STAFF)?.id).toBe('s2');
    expect(lookalikeOf('sam', STAFF)).toBeNull();
    expect(lookalikeOf('', STAFF)).toBeNull();
  });
});
