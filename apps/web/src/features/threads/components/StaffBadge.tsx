import { useTranslation } from 'react-i18next';
import { getFragmentData, graphql, type FragmentType } from '../../../gql';
import ui from '../../../ui/ui.module.css';

export const StaffBadgeFragment = graphql(`
  fragment StaffBadge_user on User {
    badge {
      team
      title
    }
  }
`);

// Text, not colour alone: "Staff" with the team and title for screen readers and on hover.
export function StaffBadge(props: { user: FragmentType<typeof StaffBadgeFragment> }) {
  const { badge } = getFragmentData(StaffBadgeFragment, props.user);
  const { t } = useTranslation();
  if (!badge) return null;
  const label = t('staffBadgeLabel', { team: badge.team, title: badge.title });
  return (
    <span className={`${ui.badge} ${ui.staff}`} title={label} aria-label={label}>
      {t('staffBadge')}
    </span>
  );
}
