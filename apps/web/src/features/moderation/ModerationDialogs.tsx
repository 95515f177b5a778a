import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime } from '../../lib/i18n/format';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Field } from '../../ui/Field';
import { BAN_PERIODS, banUntil, type BanPeriod } from './reasons';

interface Target {
  handle: string;
  displayName: string;
}

function PeriodField({ value, onChange }: { value: BanPeriod; onChange: (period: BanPeriod) => void }) {
  const { t } = useTranslation('moderation');
  return (
    <Field label={t('ban.period')}>
      {(props) => (
        <select
          {...props}
          value={value === null ? 'forever' : String(value)}
          onChange={(event) => onChange(event.target.value === 'forever' ? null : (Number(event.target.value) as BanPeriod))}
        >
          {BAN_PERIODS.map((period) => (
            <option key={String(period)} value={period === null ? 'forever' : String(period)}>
              {period === null ? t('ban.forever') : t('ban.days', { count: period })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function ReasonField({ value, onChange }: { value: string; onChange: (reason: string) => void }) {
  const { t } = useTranslation('moderation');
  return (
    <Field label={t('actions.reason')}>
      {(props) => <input {...props} value={value} onChange={(event) => onChange(event.target.value)} required />}
    </Field>
  );
}

// What a ban does, said before it is done: until when, what the account can still do.
export function BanDialog(props: {
  target: Target;
  reason: string;
  busy?: boolean;
  onConfirm: (until: string | null, reason: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('moderation');
  const lang = useLanguage();
  const [period, setPeriod] = useState<BanPeriod>(7);
  const [reason, setReason] = useState(props.reason);
  const until = banUntil(period);
  return (
    <ConfirmDialog
      title={t('ban.title', { handle: props.target.handle })}
      confirmLabel={t('ban.confirm', { handle: props.target.handle })}
      danger
      busy={props.busy || !reason.trim()}
      onCancel={props.onCancel}
      onConfirm={() => props.onConfirm(until, reason.trim())}
    >
      <PeriodField value={period} onChange={setPeriod} />
      <ReasonField value={reason} onChange={setReason} />
      <p>
        {until
          ? t('ban.explainUntil', { name: props.target.displayName, handle: props.target.handle, when: formatDateTime(until, lang) })
          : t('ban.explainForever', { name: props.target.displayName, handle: props.target.handle })}
      </p>
      <p>{t('ban.explainRest')}</p>
    </ConfirmDialog>
  );
}

// What a purge does: every thread and reply of the account, in every board and language, removed
// with this reason (tombstones), optionally with a ban; undone by "Undo purge".
export function PurgeDialog(props: {
  target: Target;
  reason: string;
  busy?: boolean;
  onConfirm: (reason: string, ban: boolean, until: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('moderation');
  const lang = useLanguage();
  const [reason, setReason] = useState(props.reason);
  const [ban, setBan] = useState(true);
  const [period, setPeriod] = useState<BanPeriod>(null);
  const until = banUntil(period);
  return (
    <ConfirmDialog
      title={t('purge.title', { handle: props.target.handle })}
      confirmLabel={t('purge.confirm', { handle: props.target.handle })}
      danger
      busy={props.busy || !reason.trim()}
      onCancel={props.onCancel}
      onConfirm={() => props.onConfirm(reason.trim(), ban, ban ? until : null)}
    >
      <ReasonField value={reason} onChange={setReason} />
      <label>
        <input type="checkbox" checked={ban} onChange={(event) => setBan(event.target.checked)} /> {t('purge.alsoBan')}
      </label>
      {ban ? <PeriodField value={period} onChange={setPeriod} /> : null}
      <p>{t('purge.explain', { name: props.target.displayName, handle: props.target.handle, reason: reason.trim() })}</p>
      {ban ? (
        <p>
          {until
            ? t('ban.explainUntil', { name: props.target.displayName, handle: props.target.handle, when: formatDateTime(until, lang) })
            : t('ban.explainForever', { name: props.target.displayName, handle: props.target.handle })}
        </p>
      ) : null}
      <p>{t('purge.explainUndo')}</p>
    </ConfirmDialog>
  );
}
