import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { References } from '../../database/references.js';
import { UserEntity } from '../users/user.entity.js';

// An account whose handle or display name imitates a staff member, found when that member's
// badge was granted (names chosen later are refused at once by the name guard). Open until a
// moderator dismisses it; a ban or a new name makes it moot (the listing leaves those out).
@Entity('staff_lookalikes')
@Index('staff_lookalikes_open_idx', ['detectedAt', 'userId'], { where: 'resolved_at IS NULL' })
@Check('staff_lookalikes_field_check', `field IN ('handle','displayName')`)
export class StaffLookalikeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'staff_id', type: 'uuid' })
  staffId: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  field: 'handle' | 'displayName';

  @References(() => UserEntity, 'user_id', 'staff_lookalikes_user_id_fkey')
  private readonly userRef?: unknown;

  @References(() => UserEntity, 'staff_id', 'staff_lookalikes_staff_id_fkey')
  private readonly staffRef?: unknown;

  // The name as it was found.
  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'detected_at', type: 'timestamptz', default: () => 'now()' })
  detectedAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'resolved_by_id', type: 'uuid', nullable: true })
  resolvedById: string | null;

  @References(() => UserEntity, 'resolved_by_id', 'staff_lookalikes_resolved_by_id_fkey')
  private readonly resolvedByRef?: unknown;
}
