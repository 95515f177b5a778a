import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../app/useLanguage';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { ContentWarnings } from './ContentWarnings';
import { failureOutcome, type Outcome } from './outcome';
import { useCheckContent } from './useCheckContent';
import { useDraft } from './useDraft';
import { useCreatePost } from './usePostMutations';

export function ReplyComposer({ threadId }: { threadId: string }) {
  const lang = useLanguage();
  const { t } = useTranslation('composer');
  const [body, setBody, clearDraft] = useDraft(`reply.${threadId}`);
  const [outcome, setOutcome] = useState<Outcome>({});
  const { verdict, checking } = useCheckContent(body, lang);
  const { run, loading } = useCreatePost(threadId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    try {
      const { data } = await run({ variables: { input: { threadId, body, idempotencyKey: crypto.randomUUID() } } });
      clearDraft();
      // A held post keeps the reasons the scam guard gave while it was typed.
      setOutcome({ held: data?.createPost.state === 'HELD', signals: verdict?.signals });
    } catch (error) {
      setOutcome(failureOutcome(error));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} className={ui.card} aria-label={t('replyLabel')}>
      {outcome.error ? <Alert kind="danger">{errorMessage(t, outcome.error)}</Alert> : null}
      <Field label={t('replyLabel')} hint={t('draftKept')}>
        {(props) => <textarea {...props} rows={5} value={body} onChange={(event) => setBody(event.target.value)} required />}
      </Field>
      <ContentWarnings verdict={verdict} checking={checking} outcome={outcome} />
      <button type="submit" className={ui.button} disabled={loading}>
        {t('submitReply')}
      </button>
    </form>
  );
}
