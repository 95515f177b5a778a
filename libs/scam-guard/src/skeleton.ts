import { confusableSkeleton, type SkeletonProfile } from '#libs/impersonation-guard';
import { isCjk } from './normalize.js';

// Hostnames: TR39 folds 0/o and 1/l/I together; other digits stay distinct so that "okx365" keeps
// its shape; multi-letter look-alikes that matter in hostnames.
const HOST_PROFILE: SkeletonProfile = {
  keeps: (code) => code < 0x80 || isCjk(code),
  lowerFirst: true,
  digits: { '0': 'o', '1': 'l', i: 'l' },
  pairs: [
    [/rn/g, 'm'],
    [/vv/g, 'w'],
    [/cl/g, 'd'],
  ],
};

// A TR39-style skeleton (the project's one implementation, libs/impersonation-guard): two strings
// with equal skeletons look the same to a reader. Used only to compare a host with the official
// ones, never to rewrite what is scanned.
export function skeleton(text: string): string {
  return confusableSkeleton(text.normalize('NFKC'), HOST_PROFILE);
}
