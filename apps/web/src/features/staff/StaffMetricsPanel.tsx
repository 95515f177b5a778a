import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useLanguage } from '../../app/useLanguage';
import { formatDuration, formatNumber } from '../../lib/i18n/format';
import type { Language } from '../../lib/i18n/languages';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { ResponseTimeChart } from './ResponseTimeChart';
import styles from './staff.module.css';

export const StaffMetricsQuery = graphql(`
  query StaffMetrics($locale: String!, $since: DateTime!) {
    staffMetrics(locale: $locale, since: $since) {
      locale
      since
      medianFirstResponseSeconds
      p90FirstResponseSeconds
      unanswered
      answered
    }
  }
`);

const WINDOW_DAYS = 30;

// First-response figures of the last 30 days, one block per language the staff member answers in.
export function StaffMetricsPanel({ locales }: { locales: Language[] }) {
  const { t } = useTranslation('staff');
  // Fixed when the page opens, so the variables (and the cached answer) stay the same.
  const [since] = useState(() => new Date(Date.now() - WINDOW_DAYS * 86_400_000).toISOString());
  return (
    <section aria-labelledby="staff-metrics">
      <h2 id="staff-metrics">{t('metrics.title', { days: WINDOW_DAYS })}</h2>
      {locales.length === 0 ? <p>{t('metrics.noLanguages')}</p> : null}
      {locales.map((locale) => (
        <LanguageMetrics key={locale} locale={locale} since={since} />
      ))}
    </section>
  );
}

function LanguageMetrics({ locale, since }: { locale: Language; since: string }) {
  const lang = useLanguage();
  const { t } = useTranslation(['staff', 'common']);
  const { data, loading, error, refetch } = useQuery(StaffMetricsQuery, { variables: { locale, since } });
  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  const m = data.staffMetrics;
  const duration = (seconds: number | null | undefined) =>
    seconds === null || seconds === undefined ? t('metrics.none') : formatDuration(seconds, lang);
  return (
    <div className={ui.card}>
      <h3 className={styles.metricsLanguage}>{t(`common:language.${locale}`)}</h3>
      <dl className={styles.figures}>
        <div>
          <dt>{t('metrics.median')}</dt>
          <dd>{duration(m.medianFirstResponseSeconds)}</dd>
        </div>
        <div>
          <dt>{t('metrics.p90')}</dt>
          <dd>{duration(m.p90FirstResponseSeconds)}</dd>
        </div>
        <div>
          <dt>{t('metrics.answered')}</dt>
          <dd>{formatNumber(m.answered, lang)}</dd>
        </div>
        <div>
          <dt>{t('metrics.unanswered')}</dt>
          <dd>{formatNumber(m.unanswered, lang)}</dd>
        </div>
      </dl>
      <ResponseTimeChart
        bars={[
          { label: t('metrics.median'), seconds: m.medianFirstResponseSeconds ?? null },
          { label: t('metrics.p90'), seconds: m.p90FirstResponseSeconds ?? null },
        ]}
        title={t('metrics.chartTitle', { language: t(`common:language.${locale}`) })}
        format={duration}
      />
    </div>
  );
}
