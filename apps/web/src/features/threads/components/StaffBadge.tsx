import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { paths } from '../../../app/paths';
import { useLanguage } from '../../../app/useLanguage';
import { errorMessage } from '../../../lib/i18n/errorMessages';
import ui from '../../../ui/ui.module.css';
import styles from './StaffBadge.module.css';

export const StaffBadgeVerifyQuery = graphql(`
  query StaffBadgeVerify($handle: String!) {
    verifyStaff(handle: $handle) {
      handle
      isOfficial
      user {
        id
        badge {
          team
          title
        }
      }
    }
  }
`);

// Text, not colour alone: "Staff" with the team and title for screen readers and on hover.
// Pressed, it asks the server whether the handle is official staff now (a badge in a post's
// markup proves nothing) and says so in a popover that Escape closes.
// It takes the badge as data rather than a fragment of its own: the API refuses a fragment
// spread inside another fragment (see the README's web client section).
export function StaffBadge({ badge, handle }: { badge: { team: string; title: string } | null | undefined; handle: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [open, setOpen] = useState(false);
  const [verify, { data, loading, error }] = useLazyQuery(StaffBadgeVerifyQuery);
  const button = useRef<HTMLButtonElement>(null);
  const popoverId = useId();

  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);

  if (!badge) return null;
  const label = t('staffBadgeLabel', { team: badge.team, title: badge.title });
  const toggle = () => {
    if (!open) void verify({ variables: { handle } }).catch(() => undefined);
    setOpen(!open);
  };
  const result = data?.verifyStaff;
  return (
    <span className={styles.anchor}>
      <button
        ref={button}
        type="button"
        className={`${ui.badge} ${ui.staff} ${styles.trigger}`}
        title={label}
        aria-label={label}
        aria-expanded={open}
        aria-controls={popoverId}
        onClick={toggle}
      >
        {t('staffBadge')}
      </button>
      {open ? (
        <span id={popoverId} className={styles.popover} role="status">
          {loading || (!result && !error) ? t('verifyPopover.checking') : null}
          {error ? errorMessage(t, error) : null}
          {result?.isOfficial && result.user?.badge ? (
            <strong className={styles.official}>
              {t('verifyPopover.official', { handle: result.handle, team: result.user.badge.team, title: result.user.badge.title })}
            </strong>
          ) : null}
          {result && !result.isOfficial ? (
            <strong className={styles.notOfficial}>{t('verifyPopover.notOfficial', { handle: result.handle })}</strong>
          ) : null}
          <Link to={paths.verifyStaff(lang)} className={styles.more}>
            {t('verifyPopover.checkAnother')}
          </Link>
        </span>
      ) : null}
    </span>
  );
}
