import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { LANGUAGES } from '../../lib/i18n/languages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import styles from './account.module.css';
import { useUpdateProfile } from './useAccountMutations';

// Display name and the language of notifications and default boards.
export function ProfileForm(props: { displayName: string; locale: string }) {
  const { t } = useTranslation(['account', 'common']);
  const { run, loading, error } = useUpdateProfile();
  const [displayName, setDisplayName] = useState(props.displayName);
  const [locale, setLocale] = useState(props.locale);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    await run({ displayName: displayName.trim(), locale }).then(
      () => setSaved(true),
      () => undefined,
    );
  };

  return (
    <form onSubmit={(event) => void submit(event)} className={styles.section} aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.heading')}</h2>
      {error ? <Alert kind="danger">{errorMessage(t, error)}</Alert> : null}
      <Field label={t('profile.displayName')}>
        {(props) => (
          <input
            {...props}
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            autoComplete="nickname"
            required
            maxLength={60}
          />
        )}
      </Field>
      <Field label={t('profile.language')} hint={t('profile.languageHint')}>
        {(props) => (
          <select {...props} value={locale} onChange={(event) => setLocale(event.target.value)}>
            {LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`common:language.${language}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className={ui.button} disabled={loading}>
        {t('profile.save')}
      </button>
      <p role="status" className={ui.hint}>
        {saved ? t('profile.saved') : ''}
      </p>
    </form>
  );
}
