import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import type { AdminUser_UserFragment, Role } from '../../gql/graphql';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime } from '../../lib/i18n/format';
import { LANGUAGES } from '../../lib/i18n/languages';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { Outcome, useOutcome } from './Outcome';
import styles from './admin.module.css';
import { AdminUserFragment, useGrantStaffBadge, useRevokeStaffBadge, useSetRoles } from './useAdminMutations';

const AdminUserQuery = graphql(`
  query AdminUser($handle: String!) {
    user(handle: $handle) {
      ...AdminUser_user
    }
  }
`);

const ROLES: Role[] = ['USER', 'MODERATOR', 'STAFF', 'ADMIN'];

function Checks<T extends string>({
  legend,
  options,
  value,
  onChange,
  label,
}: {
  legend: string;
  options: readonly T[];
  value: T[];
  onChange: (value: T[]) => void;
  label: (option: T) => string;
}) {
  return (
    <fieldset className={styles.checks}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option}>
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(event) => onChange(event.target.checked ? [...value, option] : value.filter((item) => item !== option))}
          />{' '}
          {label(option)}
        </label>
      ))}
    </fieldset>
  );
}

// Look an account up by handle; change its roles and moderator languages; grant or revoke its badge.
export function UsersSection() {
  const { t } = useTranslation('admin');
  const lang = useLanguage();
  const [handle, setHandle] = useState('');
  const [find, found] = useLazyQuery(AdminUserQuery);
  const user = getFragmentData(AdminUserFragment, found.data?.user);
  // Kept here: the forms start afresh from the account's new state after each change.
  const outcome = useOutcome();
  return (
    <section id="users" aria-labelledby="admin-users" className={`${ui.card} ${styles.section}`}>
      <h2 id="admin-users">{t('users.title')}</h2>
      <form
        className={styles.row}
        onSubmit={(event) => {
          event.preventDefault();
          if (handle.trim()) void find({ variables: { handle: handle.trim().replace(/^@/, '') } });
        }}
      >
        <Field label={t('users.handle')}>
          {(props) => <input {...props} value={handle} onChange={(event) => setHandle(event.target.value)} />}
        </Field>
        <div className={`${ui.field} ${styles.buttonCell}`}>
          <button type="submit" className={ui.button}>
            {t('users.find')}
          </button>
        </div>
      </form>
      {found.data && !user ? <p>{t('users.notFound')}</p> : null}
      {user ? (
        <>
          <p>
            <strong>{user.displayName}</strong> @{user.handle} · {t('users.since', { when: formatDateTime(user.createdAt, lang) })}
          </p>
          <p className={ui.hint}>
            {t('users.current', { roles: user.roles.join(', '), locales: user.moderatorLocales.join(', ') || '—' })}
            {user.bannedUntil ? ` · ${t('users.banned', { when: formatDateTime(user.bannedUntil, lang) })}` : null}
          </p>
          <p>
            {user.badge
              ? t('users.badge', { title: user.badge.title, team: user.badge.team, locales: user.badge.locales.join(', ') })
              : t('users.noBadge')}
          </p>
          <RolesForm key={`roles-${user.id}-${user.roles.join()}`} user={user} outcome={outcome} />
          <BadgeForm key={`badge-${user.id}-${user.badge?.grantedAt ?? ''}`} user={user} outcome={outcome} />
          <Outcome done={outcome.done} failure={outcome.failure} />
        </>
      ) : null}
    </section>
  );
}

type AdminUser = AdminUser_UserFragment;

function RolesForm({ user, outcome }: { user: AdminUser; outcome: ReturnType<typeof useOutcome> }) {
  const { t } = useTranslation('admin');
  const setRoles = useSetRoles();
  const [roles, setRolesValue] = useState<Role[]>([...user.roles]);
  const [locales, setLocales] = useState<string[]>([...user.moderatorLocales]);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void outcome.attempt(
          () => setRoles.run(user.id, roles, roles.includes('MODERATOR') ? locales : []),
          t('users.rolesSaved', { handle: user.handle }),
        );
      }}
    >
      <h3>{t('users.rolesTitle')}</h3>
      <Checks legend={t('users.roles')} options={ROLES} value={roles} onChange={setRolesValue} label={(role) => t(`role.${role}`)} />
      <Checks
        legend={t('users.moderatorLocales')}
        options={LANGUAGES}
        value={locales as (typeof LANGUAGES)[number][]}
        onChange={setLocales}
        label={(code) => t(`locale.${code}`)}
      />
      <button type="submit" className={ui.button} disabled={setRoles.loading}>
        {t('users.saveRoles')}
      </button>
    </form>
  );
}

function BadgeForm({ user, outcome }: { user: AdminUser; outcome: ReturnType<typeof useOutcome> }) {
  const { t } = useTranslation('admin');
  const grant = useGrantStaffBadge();
  const revoke = useRevokeStaffBadge();
  const [title, setTitle] = useState(user.badge?.title ?? '');
  const [team, setTeam] = useState(user.badge?.team ?? '');
  const [locales, setLocales] = useState<string[]>([...(user.badge?.locales ?? [])]);
  const [reason, setReason] = useState('');
  return (
    <>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void outcome.attempt(
            () => grant.run({ userId: user.id, title: title.trim(), team: team.trim(), locales }),
            t('users.granted', { handle: user.handle }),
          );
        }}
      >
        <h3>{t('users.badgeTitle')}</h3>
        <div className={styles.row}>
          <Field label={t('users.badgeName')} hint={t('users.badgeNameHint')}>
            {(props) => <input {...props} value={title} onChange={(event) => setTitle(event.target.value)} required />}
          </Field>
          <Field label={t('users.team')}>
            {(props) => <input {...props} value={team} onChange={(event) => setTeam(event.target.value)} required />}
          </Field>
        </div>
        <Checks
          legend={t('users.badgeLocales')}
          options={LANGUAGES}
          value={locales as (typeof LANGUAGES)[number][]}
          onChange={setLocales}
          label={(code) => t(`locale.${code}`)}
        />
        <button type="submit" className={ui.button} disabled={grant.loading || !title.trim() || !team.trim() || locales.length === 0}>
          {t(user.badge ? 'users.replaceBadge' : 'users.grant')}
        </button>
      </form>
      {user.badge ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void outcome.attempt(() => revoke.run(user.id, reason.trim()), t('users.revoked', { handle: user.handle }));
          }}
        >
          <div className={styles.row}>
            <Field label={t('users.revokeReason')}>
              {(props) => <input {...props} value={reason} onChange={(event) => setReason(event.target.value)} required />}
            </Field>
            <div className={`${ui.field} ${styles.buttonCell}`}>
              <button type="submit" className={`${ui.button} ${ui.dangerButton}`} disabled={revoke.loading || !reason.trim()}>
                {t('users.revoke')}
              </button>
            </div>
          </div>
        </form>
      ) : null}
    </>
  );
}
