import type { BrandConfig } from './types.js';
import { anyOf } from './fuzzy.js';
import { hostInfo } from './hosts.js';
import { skeleton } from './skeleton.js';

// The demo exchange. Configuration, not rules: every pattern is built from these lists.
// "ouyi" is the pinyin of 欧易, which scammers use in handles and domains.
export const DEMO_BRAND: BrandConfig = {
  officialDomains: ['okx.com'],
  brandNames: ['okx', 'okex', '欧易', 'ouyi'],
};

export interface CompiledBrand {
  // Registrable domains (ASCII) that are official; any subdomain of them is official too.
  officialDomains: Set<string>;
  // Skeletons of the brand names and of the official domains' labels, for lookalike checks.
  labelSkeletons: string[];
  // Regex source matching a brand name in keyword-normalized text.
  nameSource: string;
}

export function compileBrand(brand: BrandConfig): CompiledBrand {
  const officialDomains = new Set<string>();
  const labels = new Set<string>();
  for (const raw of brand.officialDomains) {
    const info = hostInfo(raw);
    if (!info?.domain) continue;
    officialDomains.add(info.domain);
    if (info.label) labels.add(skeleton(info.label));
  }
  for (const name of brand.brandNames) labels.add(skeleton(name.toLowerCase()));
  const names = brand.brandNames.map((n) => n.toLowerCase()).filter((n) => n.length > 0);
  return {
    officialDomains,
    labelSkeletons: [...labels].filter((l) => l.length > 0),
    nameSource: names.length > 0 ? anyOf(names) : '(?!)',
  };
}
