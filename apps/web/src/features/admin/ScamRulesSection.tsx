import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import type { ScamAction, ScamRuleKind } from '../../gql/graphql';
import { useLanguage } from '../../app/useLanguage';
import { formatDateTime, formatNumber } from '../../lib/i18n/format';
import { LANGUAGES } from '../../lib/i18n/languages';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { Outcome, useOutcome } from './Outcome';
import styles from './admin.module.css';
import { ScamRuleFragment, useAddScamRule, useRemoveScamRule } from './useAdminMutations';

const ScamRulesQuery = graphql(`
  query ScamRules {
    scamRules {
      ...ScamRuleRow_rule
    }
  }
`);

const TryContentQuery = graphql(`
  query TryContent($body: String!, $locale: String) {
    checkContent(body: $body, locale: $locale) {
      action
      score
      signals {
        kind
        message
        evidence
      }
    }
  }
`);

const KINDS: ScamRuleKind[] = ['DENIED_DOMAIN', 'ALLOWED_DOMAIN', 'WATCHED_PHRASE'];
const ACTIONS: ScamAction[] = ['BLOCK', 'HOLD', 'FLAG', 'ALLOW'];
// What a rule of each kind does unless chosen otherwise.
const DEFAULT_ACTION: Record<ScamRuleKind, ScamAction> = { DENIED_DOMAIN: 'BLOCK', ALLOWED_DOMAIN: 'ALLOW', WATCHED_PHRASE: 'HOLD' };

// The scam guard's rules in force: list, add, remove, and try a text against them.
export function ScamRulesSection() {
  const { t } = useTranslation('admin');
  const lang = useLanguage();
  const rules = useQuery(ScamRulesQuery);
  const add = useAddScamRule();
  const remove = useRemoveScamRule();
  const outcome = useOutcome();
  const [kind, setKind] = useState<ScamRuleKind>('DENIED_DOMAIN');
  const [action, setAction] = useState<ScamAction>('BLOCK');
  const [pattern, setPattern] = useState('');
  const [locale, setLocale] = useState('');
  const [sample, setSample] = useState('');
  const [sampleLocale, setSampleLocale] = useState<string>(lang);
  const [check, checked] = useLazyQuery(TryContentQuery, { fetchPolicy: 'network-only' });
  const list = (rules.data?.scamRules ?? []).map((rule) => getFragmentData(ScamRuleFragment, rule));
  const verdict = checked.data?.checkContent;
  return (
    <section id="rules" aria-labelledby="admin-rules" className={`${ui.card} ${styles.section}`}>
      <h2 id="admin-rules">{t('rules.title')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void outcome
            .attempt(
              () => add.run({ kind, action, pattern: pattern.trim(), locale: locale || null }),
              t('rules.added', { pattern: pattern.trim() }),
            )
            .then((ok) => ok && setPattern(''));
        }}
      >
        <h3>{t('rules.add')}</h3>
        <div className={styles.row}>
          <Field label={t('rules.kind')}>
            {(props) => (
              <select
                {...props}
                value={kind}
                onChange={(event) => {
                  const next = event.target.value as ScamRuleKind;
                  setKind(next);
                  setAction(DEFAULT_ACTION[next]);
                }}
              >
                {KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(`rules.kinds.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('rules.pattern')} hint={t(`rules.patternHint.${kind}`)}>
            {(props) => <input {...props} value={pattern} onChange={(event) => setPattern(event.target.value)} required />}
          </Field>
          <Field label={t('rules.action')}>
            {(props) => (
              <select {...props} value={action} onChange={(event) => setAction(event.target.value as ScamAction)}>
                {ACTIONS.map((value) => (
                  <option key={value} value={value}>
                    {t(`rules.actions.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('rules.locale')}>
            {(props) => (
              <select {...props} value={locale} onChange={(event) => setLocale(event.target.value)}>
                <option value="">{t('rules.allLocales')}</option>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`locale.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <button type="submit" className={ui.button} disabled={add.loading || !pattern.trim()}>
          {t('rules.addButton')}
        </button>
      </form>
      <Outcome done={outcome.done} failure={outcome.failure} />
      <h3>{t('rules.inForce', { count: list.length })}</h3>
      <div className={styles.tableWrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('rules.kind')}</th>
              <th scope="col">{t('rules.pattern')}</th>
              <th scope="col">{t('rules.action')}</th>
              <th scope="col">{t('rules.locale')}</th>
              <th scope="col">{t('rules.added_at')}</th>
              <th scope="col">
                <span className={ui.hint}>{t('rules.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((rule) => (
              <tr key={rule.id}>
                <td>{t(`rules.kinds.${rule.kind}`)}</td>
                <td>
                  <code>{rule.pattern}</code>
                </td>
                <td>{t(`rules.actions.${rule.action}`)}</td>
                <td>{rule.locale ?? t('rules.allLocales')}</td>
                <td>{formatDateTime(rule.createdAt, lang)}</td>
                <td>
                  <button
                    type="button"
                    className={`${ui.button} ${ui.secondary}`}
                    aria-label={t('rules.removeRule', { pattern: rule.pattern })}
                    disabled={remove.loading}
                    onClick={() => void outcome.attempt(() => remove.run(rule.id), t('rules.removed', { pattern: rule.pattern }))}
                  >
                    {t('rules.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (sample.trim()) void check({ variables: { body: sample, locale: sampleLocale } });
        }}
      >
        <h3>{t('rules.try')}</h3>
        <Field label={t('rules.sample')} hint={t('rules.sampleHint')}>
          {(props) => <textarea {...props} rows={3} value={sample} onChange={(event) => setSample(event.target.value)} />}
        </Field>
        <div className={styles.row}>
          <Field label={t('rules.sampleLocale')}>
            {(props) => (
              <select {...props} value={sampleLocale} onChange={(event) => setSampleLocale(event.target.value)}>
                {LANGUAGES.map((code) => (
                  <option key={code} value={code}>
                    {t(`locale.${code}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className={`${ui.field} ${styles.buttonCell}`}>
            <button type="submit" className={ui.button} disabled={checked.loading || !sample.trim()}>
              {t('rules.check')}
            </button>
          </div>
        </div>
      </form>
      <div role="status">
        {verdict ? (
          <div className={`${ui.alert} ${verdict.action === 'ALLOW' ? '' : ui.warning}`}>
            <strong>
              {t('rules.verdict', { action: t(`rules.actions.${verdict.action}`), score: formatNumber(verdict.score, lang) })}
            </strong>
            {verdict.signals.length === 0 ? <p>{t('rules.noSignals')}</p> : null}
            <ul>
              {verdict.signals.map((signal, index) => (
                <li key={index}>
                  {signal.message} <mark>{signal.evidence}</mark>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
