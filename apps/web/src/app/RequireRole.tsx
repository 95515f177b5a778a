import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useQuery } from '@apollo/client/react';
import type { Role } from '../gql/graphql';
import { useSession } from '../lib/session/useSession';
import { ViewerQuery } from './layouts/AppLayout';
import { paths } from './paths';
import { useLanguage } from './useLanguage';

// A console route: someone signed out goes to sign in, someone without one of these roles goes
// home (the API refuses them anyway).
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const lang = useLanguage();
  const { t } = useTranslation();
  const { signedIn } = useSession();
  const viewer = useQuery(ViewerQuery, { skip: !signedIn });
  if (!signedIn) return <Navigate to={paths.signIn(lang)} replace />;
  if (!viewer.data) return <p role="status">{t('loading')}</p>;
  const me = viewer.data.me;
  if (!me || !me.roles.some((role) => roles.includes(role))) return <Navigate to={paths.home(lang)} replace />;
  return <>{children}</>;
}
