import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { QueryState } from '../../ui/QueryState';
import { ProfileForm } from './ProfileForm';
import { TwoFactorSetup } from './TwoFactorSetup';

export const ProfilePageQuery = graphql(`
  query ProfilePage {
    me {
      id
      handle
      email
      displayName
      locale
      twoFactorEnabled
    }
  }
`);

export function ProfilePage() {
  const lang = useLanguage();
  const { t } = useTranslation('account');
  const { data, loading, error, refetch } = useQuery(ProfilePageQuery);
  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  const me = data.me;
  if (!me) return <Link to={paths.signIn(lang)}>{t('signInFirst')}</Link>;
  return (
    <>
      <h1>{t('title.profile')}</h1>
      <p>{t('profile.who', { handle: me.handle, email: me.email ?? '' })}</p>
      <ProfileForm displayName={me.displayName} locale={me.locale} />
      <TwoFactorSetup enabled={me.twoFactorEnabled} />
    </>
  );
}
