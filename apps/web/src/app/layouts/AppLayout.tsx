import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useParams } from 'react-router';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { isLanguage, LANGUAGES, rememberLanguage } from '../../lib/i18n/languages';
import { readSession, writeSession } from '../../lib/session/session';
import { useSession } from '../../lib/session/useSession';
import { paths, switchLanguage } from '../paths';
import { RootErrorBoundary } from '../RootErrorBoundary';
import styles from './AppLayout.module.css';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      handle
      displayName
      roles
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

// The frame of every page: header with the language switch and the session, then the page.
export function AppLayout() {
  const { lang } = useParams();
  const { t, i18n } = useTranslation();
  const location = useLocation();
  const client = useApolloClient();
  const { signedIn, expired } = useSession();
  const viewer = useQuery(ViewerQuery, { skip: !signedIn });

  useEffect(() => {
    if (!isLanguage(lang)) return;
    rememberLanguage(lang);
    document.documentElement.lang = lang;
    if (i18n.language !== lang) {
      void i18n.changeLanguage(lang).then(() => client.refetchQueries({ include: 'active' }));
    }
  }, [lang, i18n, client]);

  if (!isLanguage(lang)) return <Navigate to={paths.home('zh-CN')} replace />;

  const signOut = async () => {
    const session = readSession();
    if (session)
      await client.mutate({ mutation: LogoutMutation, variables: { refreshToken: session.refreshToken } }).catch(() => undefined);
    writeSession(null);
    await client.resetStore();
  };
  const me = viewer.data?.me;

  return (
    <div className={styles.frame}>
      <header className={styles.header}>
        <Link to={paths.home(lang)} className={styles.brand}>
          {t('brand')}
          <span className={styles.tagline}>{t('tagline')}</span>
        </Link>
        <nav aria-label={t('nav.main')} className={styles.nav}>
          <ul className={styles.languages} aria-label={t('language.label')}>
            {LANGUAGES.map((language) => (
              <li key={language}>
                <Link
                  to={switchLanguage(location.pathname, language) + location.search}
                  lang={language}
                  hrefLang={language}
                  aria-current={language === lang ? 'true' : undefined}
                >
                  {t(`language.${language}`)}
                </Link>
              </li>
            ))}
          </ul>
          <Link to={paths.verifyStaff(lang)}>{t('nav.verifyStaff')}</Link>
          {me && (me.roles.includes('STAFF') || me.roles.includes('ADMIN')) ? (
            <Link to={paths.staffQueue(lang)}>{t('nav.staffQueue')}</Link>
          ) : null}
          {me && (me.roles.includes('MODERATOR') || me.roles.includes('ADMIN')) ? (
            <Link to={paths.reviewQueue(lang)}>{t('nav.reviewQueue')}</Link>
          ) : null}
          {me?.roles.includes('ADMIN') ? <Link to={paths.admin(lang)}>{t('nav.admin')}</Link> : null}
          {me ? (
            <>
              <Link to={paths.profile(lang)} className={styles.viewer}>
                {t('nav.signedInAs', { name: me.displayName })}
              </Link>
              <button type="button" className={styles.linkButton} onClick={() => void signOut()}>
                {t('nav.signOut')}
              </button>
            </>
          ) : (
            <>
              <Link to={paths.signIn(lang)}>{t('nav.signIn')}</Link>
              <Link to={paths.signUp(lang)}>{t('nav.signUp')}</Link>
            </>
          )}
        </nav>
      </header>
      {expired ? (
        <p role="alert" className={styles.expired}>
          {t('sessionExpired')} <Link to={paths.signIn(lang)}>{t('nav.signIn')}</Link>
        </p>
      ) : null}
      <main className={styles.main}>
        <RootErrorBoundary key={location.pathname}>
          <Suspense fallback={<p role="status">{t('loading')}</p>}>
            <Outlet />
          </Suspense>
        </RootErrorBoundary>
      </main>
    </div>
  );
}
