import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { apiError, errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { useRegister } from './useAuthMutations';

type FieldName = 'email' | 'handle' | 'displayName' | 'password';

const FIELDS: { name: FieldName; type: string; autoComplete: string; hint?: 'handleHint' | 'passwordHint' }[] = [
  { name: 'email', type: 'email', autoComplete: 'email' },
  { name: 'handle', type: 'text', autoComplete: 'username', hint: 'handleHint' },
  { name: 'displayName', type: 'text', autoComplete: 'nickname' },
  { name: 'password', type: 'password', autoComplete: 'new-password', hint: 'passwordHint' },
];

export function SignUpPage() {
  const lang = useLanguage();
  const { t } = useTranslation('auth');
  const navigate = useNavigate();
  const { run, loading } = useRegister();
  const [values, setValues] = useState<Record<FieldName, string>>({ email: '', handle: '', displayName: '', password: '' });
  const [failure, setFailure] = useState<unknown>(null);
  // The server's per-field messages arrive already in the request's language.
  const fieldErrors = (apiError(failure).extensions.fields ?? {}) as Partial<Record<FieldName, string>>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await run({ ...values, displayName: values.displayName || undefined, locale: lang });
      navigate(paths.home(lang));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} style={{ maxWidth: '24rem' }}>
      <h1>{t('title.signUp')}</h1>
      {failure ? <Alert kind="danger">{errorMessage(t, failure)}</Alert> : null}
      {FIELDS.map(({ name, type, autoComplete, hint }) => (
        <Field key={name} label={t(name)} hint={hint ? t(hint) : undefined} error={fieldErrors[name]}>
          {(props) => (
            <input
              {...props}
              name={name}
              type={type}
              autoComplete={autoComplete}
              value={values[name]}
              onChange={(event) => setValues({ ...values, [name]: event.target.value })}
              required={name !== 'displayName'}
            />
          )}
        </Field>
      ))}
      <button type="submit" className={ui.button} disabled={loading}>
        {t('submitSignUp')}
      </button>
      <p>
        <Link to={paths.signIn(lang)}>{t('haveAccount')}</Link>
      </p>
    </form>
  );
}
