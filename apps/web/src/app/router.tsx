import { lazy, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useRoutes, type RouteObject } from 'react-router';
import { preferredLanguage } from '../lib/i18n/languages';
import { AppLayout } from './layouts/AppLayout';
import { RequireRole } from './RequireRole';

// Each page is its own chunk, loaded when its route is first shown (React.lazy); the layout's
// Suspense and error boundary frame them.
const page = <T,>(load: () => Promise<T>, pick: (module: T) => ComponentType) => {
  const Page = lazy(async () => ({ default: pick(await load()) }));
  return <Page />;
};

function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound')}</h1>
      <Link to="/">{t('backHome')}</Link>
    </>
  );
}

const MODERATORS = ['MODERATOR', 'ADMIN'] as const satisfies readonly ('MODERATOR' | 'ADMIN')[];

// Every route carries the language first: /zh-CN/..., /en/...
export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to={`/${preferredLanguage()}`} replace /> },
  {
    path: '/:lang',
    element: <AppLayout />,
    children: [
      {
        index: true,
        element: page(
          () => import('../features/boards/HomePage'),
          (m) => m.HomePage,
        ),
      },
      {
        path: 'b/:topicKey',
        element: page(
          () => import('../features/boards/BoardPage'),
          (m) => m.BoardPage,
        ),
      },
      {
        path: 'b/:topicKey/new',
        element: page(
          () => import('../features/composer/NewThreadPage'),
          (m) => m.NewThreadPage,
        ),
      },
      {
        path: 't/:id',
        element: page(
          () => import('../features/threads/ThreadPage'),
          (m) => m.ThreadPage,
        ),
      },
      {
        path: 'signin',
        element: page(
          () => import('../features/auth/SignInPage'),
          (m) => m.SignInPage,
        ),
      },
      {
        path: 'signup',
        element: page(
          () => import('../features/auth/SignUpPage'),
          (m) => m.SignUpPage,
        ),
      },
      {
        path: 'verify',
        element: page(
          () => import('../features/staff/VerifyStaffPage'),
          (m) => m.VerifyStaffPage,
        ),
      },
      {
        path: 'staff',
        element: page(
          () => import('../features/staff/StaffQueuePage'),
          (m) => m.StaffQueuePage,
        ),
      },
      {
        path: 'profile',
        element: page(
          () => import('../features/account/ProfilePage'),
          (m) => m.ProfilePage,
        ),
      },
      {
        path: 'moderation',
        element: (
          <RequireRole roles={[...MODERATORS]}>
            {page(
              () => import('../features/moderation/ReviewQueuePage'),
              (m) => m.ReviewQueuePage,
            )}
          </RequireRole>
        ),
      },
      {
        path: 'moderation/log',
        element: (
          <RequireRole roles={[...MODERATORS]}>
            {page(
              () => import('../features/moderation/ModerationLogPage'),
              (m) => m.ModerationLogPage,
            )}
          </RequireRole>
        ),
      },
      {
        path: 'admin',
        element: (
          <RequireRole roles={['ADMIN']}>
            {page(
              () => import('../features/admin/AdminPage'),
              (m) => m.AdminPage,
            )}
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
