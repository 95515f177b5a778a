import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import type { PostState } from '../../gql/graphql';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import styles from './moderation.module.css';
import { useModeratePost } from './useModerationMutations';
import { ThreadToolsChangeFragment, useLockThread, useMoveThread, usePinThread } from './useThreadTools';

export const ThreadToolsQuery = graphql(`
  query ThreadTools($id: ID!) {
    thread(id: $id) {
      ...ThreadToolsChange_thread
      board {
        id
        kind
      }
    }
    zh: boards(locale: "zh-CN") {
      id
      name
      locale
      kind
    }
    en: boards(locale: "en") {
      id
      name
      locale
      kind
    }
  }
`);

function ReasonInput({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation('moderation');
  return (
    <Field label={t('tools.reason')}>
      {(props) => <input {...props} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

// The moderator's tools for the thread: lock / unlock and move (with a reason), pin / unpin.
export function ThreadTools({ threadId }: { threadId: string }) {
  const { t } = useTranslation('moderation');
  const { data } = useQuery(ThreadToolsQuery, { variables: { id: threadId } });
  const raw = data?.thread;
  const thread = getFragmentData(ThreadToolsChangeFragment, raw);
  const boardId = thread?.board.id ?? '';
  const lock = useLockThread();
  const pin = usePinThread(boardId);
  const move = useMoveThread(boardId);
  const [reason, setReason] = useState('');
  const [target, setTarget] = useState('');
  const [done, setDone] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  if (!thread || !raw || !data) return null;
  const kind = raw.board.kind;
  const boards = [...data.zh, ...data.en].filter((board) => board.kind === kind && board.id !== thread.board.id);
  const attempt = async (work: () => Promise<unknown>, message: string) => {
    setFailure(null);
    try {
      await work();
      setDone(message);
      setReason('');
    } catch (caught) {
      setFailure(caught);
    }
  };
  const why = reason.trim();
  const busy = lock.loading || pin.loading || move.loading;
  return (
    <section aria-label={t('tools.label')} className={`${ui.card} ${styles.tools}`}>
      <h2 className={styles.subheading}>{t('tools.label')}</h2>
      <ReasonInput value={reason} onChange={setReason} />
      <div className={styles.buttons}>
        <button
          type="button"
          className={`${ui.button} ${ui.secondary}`}
          disabled={busy || !why}
          onClick={() => void attempt(() => lock.run(thread.id, !thread.locked, why), t(thread.locked ? 'tools.unlocked' : 'tools.locked'))}
        >
          {t(thread.locked ? 'tools.unlock' : 'tools.lock')}
        </button>
        <button
          type="button"
          className={`${ui.button} ${ui.secondary}`}
          disabled={busy}
          onClick={() => void attempt(() => pin.run(thread.id, !thread.pinned), t(thread.pinned ? 'tools.unpinned' : 'tools.pinned'))}
        >
          {t(thread.pinned ? 'tools.unpin' : 'tools.pin')}
        </button>
      </div>
      <div className={styles.reasonRow}>
        <Field label={t('tools.moveTo')}>
          {(props) => (
            <select {...props} value={target} onChange={(event) => setTarget(event.target.value)}>
              <option value="">{t('tools.chooseBoard')}</option>
              {boards.map((board) => (
                <option key={board.id} value={board.id}>
                  {t('tools.boardOption', { name: board.name, locale: board.locale })}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <button
        type="button"
        className={`${ui.button} ${ui.secondary}`}
        disabled={busy || !why || !target}
        onClick={() =>
          void attempt(
            () => move.run(thread.id, target, why),
            t('tools.moved', { name: boards.find((board) => board.id === target)?.name ?? '' }),
          )
        }
      >
        {t('tools.move')}
      </button>
      {!why ? <p className={ui.hint}>{t('tools.reasonNeeded')}</p> : null}
      <p role="status" className={styles.status}>
        {done}
      </p>
      {failure ? (
        <Alert kind="danger" title={t('failed')}>
          <p>{errorMessage(t, failure)}</p>
        </Alert>
      ) : null}
    </section>
  );
}

// Hide, remove or restore one post, with the reason asked for.
export function PostTools({ postId, state }: { postId: string; state: PostState }) {
  const { t } = useTranslation(['moderation', 'common']);
  const moderate = useModeratePost();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<unknown>(null);
  const why = reason.trim();
  const act = async (action: 'HIDE' | 'REMOVE' | 'RESTORE') => {
    setFailure(null);
    try {
      await moderate.run(postId, action, why);
      setReason('');
      setOpen(false);
    } catch (caught) {
      setFailure(caught);
    }
  };
  if (!open) {
    return (
      <button type="button" className={`${ui.button} ${ui.secondary}`} aria-expanded="false" onClick={() => setOpen(true)}>
        {t('tools.moderatePost')}
      </button>
    );
  }
  const hidden = state === 'HIDDEN' || state === 'REMOVED';
  return (
    <div className={styles.postTools}>
      <ReasonInput value={reason} onChange={setReason} />
      <div className={styles.buttons}>
        {hidden ? (
          <button type="button" className={ui.button} disabled={moderate.loading || !why} onClick={() => void act('RESTORE')}>
            {t('actions.RESTORE')}
          </button>
        ) : (
          <>
            <button type="button" className={ui.button} disabled={moderate.loading || !why} onClick={() => void act('HIDE')}>
              {t('tools.hide')}
            </button>
            <button
              type="button"
              className={`${ui.button} ${ui.dangerButton}`}
              disabled={moderate.loading || !why}
              onClick={() => void act('REMOVE')}
            >
              {t('tools.remove')}
            </button>
          </>
        )}
        <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setOpen(false)}>
          {t('common:cancel')}
        </button>
      </div>
      {failure ? (
        <Alert kind="danger" title={t('failed')}>
          <p>{errorMessage(t, failure)}</p>
        </Alert>
      ) : null}
    </div>
  );
}
