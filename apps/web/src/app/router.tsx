import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { preferredLanguage } from '../lib/i18n/languages';
import { AppLayout } from './layouts/AppLayout';
import { RootErrorBoundary } from './RootErrorBoundary';

// Every route carries the language first: /zh-CN/..., /en/...
export const routes: RouteObject[] = [
  { path: '/', element: <Navigate to={`/${preferredLanguage()}`} replace /> },
  {
    path: '/:lang',
    element: <AppLayout />,
    errorElement: <RootErrorBoundary />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/boards/HomePage')).HomePage }) },
      { path: 'b/:topicKey', lazy: async () => ({ Component: (await import('../features/boards/BoardPage')).BoardPage }) },
      { path: 'b/:topicKey/new', lazy: async () => ({ Component: (await import('../features/composer/NewThreadPage')).NewThreadPage }) },
      { path: 't/:id', lazy: async () => ({ Component: (await import('../features/threads/ThreadPage')).ThreadPage }) },
      { path: 'signin', lazy: async () => ({ Component: (await import('../features/auth/SignInPage')).SignInPage }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('../features/auth/SignUpPage')).SignUpPage }) },
      { path: 'verify', lazy: async () => ({ Component: (await import('../features/staff/VerifyStaffPage')).VerifyStaffPage }) },
      { path: 'staff', lazy: async () => ({ Component: (await import('../features/staff/StaffQueuePage')).StaffQueuePage }) },
      { path: 'profile', lazy: async () => ({ Component: (await import('../features/account/ProfilePage')).ProfilePage }) },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
