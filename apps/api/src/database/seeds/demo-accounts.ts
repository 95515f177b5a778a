import type { Role } from '../../modules/users/user.entity.js';
import type { DemoHandle, DemoLocale } from './demo-content.js';

export interface DemoAccount {
  handle: DemoHandle;
  displayName: string;
  email: string;
  password: string;
  locale: DemoLocale;
  roles: Role[];
  moderatorLocales?: string[];
  // Fixed so that the README can list them: demo only, never for a real deployment.
  totpSecret?: string;
  badge?: { title: string; team: string; locales: string[] };
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    handle: 'admin',
    displayName: 'Admin',
    email: 'admin@beacon.example',
    password: 'demo-admin-pass',
    locale: 'en',
    roles: ['USER', 'ADMIN'],
    totpSecret: 'KRUGS4ZANFZSAYLOEBQWI3LJNYQHG3DP',
  },
  {
    handle: 'staff_zh',
    displayName: '欧易客服 Lin',
    email: 'staff_zh@beacon.example',
    password: 'demo-staff-zh-pass',
    locale: 'zh-CN',
    roles: ['USER', 'STAFF'],
    totpSecret: 'ONUGC3DMEB2GK43UEBZXIYLGMYQHU2DB',
    badge: { title: '官方客服', team: 'Customer Support', locales: ['zh-CN'] },
  },
  {
    handle: 'staff_en',
    displayName: 'Emma (OKX Support)',
    email: 'staff_en@beacon.example',
    password: 'demo-staff-en-pass',
    locale: 'en',
    roles: ['USER', 'STAFF'],
    totpSecret: 'ONUGC3DMEB2GK43UEBZXIYLGMYQGK3TH',
    badge: { title: 'Support Specialist', team: 'Customer Support', locales: ['en'] },
  },
  {
    handle: 'moderator',
    displayName: 'Moderator',
    email: 'moderator@beacon.example',
    password: 'demo-moderator-pass',
    locale: 'en',
    roles: ['USER', 'MODERATOR'],
    moderatorLocales: ['en', 'zh-CN'],
    totpSecret: 'NVXWIZLSMF2G64RAORSXG5BAONSWG4TF',
  },
  { handle: 'alice', displayName: 'Alice', email: 'alice@beacon.example', password: 'demo-alice-pass', locale: 'en', roles: ['USER'] },
  {
    handle: 'xiaoming',
    displayName: '小明',
    email: 'xiaoming@beacon.example',
    password: 'demo-xiaoming-pass',
    locale: 'zh-CN',
    roles: ['USER'],
  },
];

export const DEMO_USER_PASSWORD = 'demo-user-pass';
