export { confusableSkeleton, type SkeletonProfile } from './confusable-skeleton.js';
export { nameSkeleton, skeletonWords } from './name-skeleton.js';
export {
  checkName,
  lookalikeOf,
  RESERVED_TERMS,
  type ImpersonationGuardOptions,
  type NameVerdict,
  type StaffName,
} from './impersonation.js';
