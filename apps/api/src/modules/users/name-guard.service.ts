import { checkName, lookalikeOf, type StaffName } from '#libs/impersonation-guard';
import { Injectable } from '@nestjs/common';
import { badInput, type Message } from '../../common/domain-error.js';
import { AppConfig } from '../../config/app-config.js';
import { UsersRepository } from './users.repository.js';

// Handles and display names may not pass for staff: the brand, reserved words and current staff
// members' names are refused at registration and on a profile change (libs/impersonation-guard).
@Injectable()
export class NameGuard {
  constructor(
    private readonly users: UsersRepository,
    private readonly config: AppConfig,
  ) {}

  // `self`: the account being named; a staff member's own name is theirs to keep.
  async assertAllowed(names: { handle?: string; displayName?: string | null }, self?: string): Promise<void> {
    const staff = await this.users.currentStaffNames();
    if (self && staff.some((member) => member.id === self)) return;
    const fields: Record<string, Message> = {};
    for (const [field, name] of Object.entries(names)) {
      if (!name) continue;
      const verdict = checkName(name, { brandNames: this.config.BRAND_NAMES, staff });
      if (verdict.ok) continue;
      fields[field] =
        verdict.reason === 'RESERVED_TERM'
          ? { key: 'errors.nameReserved', params: { term: verdict.term } }
          : { key: 'errors.nameLooksLikeStaff', params: { handle: verdict.staff.handle } };
    }
    if (Object.keys(fields).length > 0) throw badInput(fields);
  }

  async lookalikeOf(name: string): Promise<StaffName | null> {
    return lookalikeOf(name, await this.users.currentStaffNames());
  }
}
