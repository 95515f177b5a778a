import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert';
import ui from '../../ui/ui.module.css';
import type { Verdict } from './useCheckContent';

interface Signal {
  kind: string;
  message: string;
  evidence: string;
}

function Signals({ signals }: { signals: readonly Signal[] }) {
  return (
    <ul>
      {signals.map((signal) => (
        <li key={`${signal.kind}:${signal.evidence}`}>
          {signal.message} <code>{signal.evidence}</code>
        </li>
      ))}
    </ul>
  );
}

// Live warnings while typing (in an aria-live region), and why a submitted post was refused or held.
export function ContentWarnings({
  verdict,
  checking,
  outcome,
}: {
  verdict: Verdict | null;
  checking: boolean;
  outcome: { blocked?: readonly Signal[]; held?: boolean; signals?: readonly Signal[] };
}) {
  const { t } = useTranslation('composer');
  return (
    <div aria-live="polite">
      {checking ? <p className={ui.hint}>{t('checking')}</p> : null}
      {verdict && verdict.signals.length > 0 && !outcome.blocked ? (
        <Alert kind="warning" title={t('warningsTitle')}>
          <Signals signals={verdict.signals} />
        </Alert>
      ) : null}
      {outcome.blocked ? (
        <Alert kind="danger" title={t('blockedTitle')}>
          <p>{t('blockedHelp')}</p>
          <Signals signals={outcome.blocked} />
        </Alert>
      ) : null}
      {outcome.held ? (
        <Alert kind="warning" title={t('heldTitle')}>
          <p>{t('heldHelp')}</p>
          {outcome.signals?.length ? <Signals signals={outcome.signals} /> : null}
        </Alert>
      ) : null}
    </div>
  );
}
