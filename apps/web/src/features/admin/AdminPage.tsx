import { useTranslation } from 'react-i18next';
import { BoardsSection } from './BoardsSection';
import { LookalikesSection } from './LookalikesSection';
import { ScamRulesSection } from './ScamRulesSection';
import { UsersSection } from './UsersSection';
import styles from './admin.module.css';

// The admin's console: accounts (roles, moderator languages, staff badges), the scam guard's
// rules, boards, and the staff lookalikes found.
export function AdminPage() {
  const { t } = useTranslation('admin');
  return (
    <div className={styles.page}>
      <h1>{t('title')}</h1>
      <nav aria-label={t('sections')} className={styles.sections}>
        <a href="#users">{t('users.title')}</a>
        <a href="#rules">{t('rules.title')}</a>
        <a href="#boards">{t('boards.title')}</a>
        <a href="#lookalikes">{t('lookalikes.title')}</a>
      </nav>
      <UsersSection />
      <ScamRulesSection />
      <BoardsSection />
      <LookalikesSection />
    </div>
  );
}
