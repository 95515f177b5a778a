import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import QRCode from 'qrcode';
import { apiError, errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import styles from './account.module.css';
import { useEnableTwoFactor, useSetupTwoFactor } from './useAccountMutations';

// Two-factor setup: a pending secret from the server, shown as a QR code for the authenticator
// app and as text to type in, then confirmed with the first code the app shows.
export function TwoFactorSetup({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('account');
  const setup = useSetupTwoFactor();
  const enable = useEnableTwoFactor();
  const [code, setCode] = useState('');
  const [qr, setQr] = useState<string | null>(null);
  const otpauthUrl = setup.setup?.otpauthUrl;

  useEffect(() => {
    if (!otpauthUrl) return;
    let current = true;
    // SVG: drawn without a canvas, sharp at any zoom.
    void QRCode.toString(otpauthUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then(
      (svg) => current && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`),
    );
    return () => {
      current = false;
    };
  }, [otpauthUrl]);

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    await enable.run(code.replace(/\s/g, '')).catch(() => undefined);
  };
  const failure = enable.error ? apiError(enable.error) : null;
  const codeError =
    failure?.code === 'BAD_USER_INPUT' && (failure.extensions.fields as Record<string, unknown> | undefined)?.code
      ? t('twoFactor.codeInvalid')
      : undefined;

  return (
    <section className={styles.section} aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">{t('twoFactor.heading')}</h2>
      {enabled ? (
        <p className={`${ui.alert} ${styles.enabled}`} role="status">
          {t('twoFactor.enabled')}
        </p>
      ) : !setup.setup ? (
        <>
          <p>{t('twoFactor.intro')}</p>
          {setup.error ? <Alert kind="danger">{errorMessage(t, setup.error)}</Alert> : null}
          <button type="button" className={ui.button} disabled={setup.loading} onClick={() => void setup.run().catch(() => undefined)}>
            {t('twoFactor.start')}
          </button>
        </>
      ) : (
        <form onSubmit={(event) => void confirm(event)}>
          <ol className={styles.steps}>
            <li>
              <p>{t('twoFactor.scan')}</p>
              {qr ? (
                <img src={qr} alt={t('twoFactor.qrAlt')} className={styles.qr} width={200} height={200} />
              ) : (
                <p role="status">{t('twoFactor.drawing')}</p>
              )}
            </li>
            <li>
              <p>{t('twoFactor.manual')}</p>
              <code className={styles.secret} aria-label={t('twoFactor.secretLabel')}>
                {setup.setup.secret.replace(/(.{4})/g, '$1 ').trim()}
              </code>
            </li>
            <li>
              {failure && !codeError ? <Alert kind="danger">{errorMessage(t, enable.error)}</Alert> : null}
              <Field label={t('twoFactor.code')} hint={t('twoFactor.codeHint')} error={codeError}>
                {(props) => (
                  <input
                    {...props}
                    value={code}
                    onChange={(event) => setCode(event.target.value)}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    pattern="[0-9 ]{6,7}"
                    required
                  />
                )}
              </Field>
              <button type="submit" className={ui.button} disabled={enable.loading}>
                {t('twoFactor.confirm')}
              </button>
            </li>
          </ol>
        </form>
      )}
    </section>
  );
}
