import { useTranslation } from 'react-i18next';
import ui from '../../../ui/ui.module.css';

// Text, not colour alone: "Staff" with the team and title for screen readers and on hover.
// It takes the badge as data rather than a fragment of its own: the API refuses a fragment
// spread inside another fragment (see the README's web client section).
export function StaffBadge({ badge }: { badge: { team: string; title: string } | null | undefined }) {
  const { t } = useTranslation();
  if (!badge) return null;
  const label = t('staffBadgeLabel', { team: badge.team, title: badge.title });
  return (
    <span className={`${ui.badge} ${ui.staff}`} title={label} aria-label={label}>
      {t('staffBadge')}
    </span>
  );
}
