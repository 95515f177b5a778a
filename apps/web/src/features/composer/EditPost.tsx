import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { apiError, errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import ui from '../../ui/ui.module.css';
import { useDraft } from './useDraft';

export const EditPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      id
      body
      bodyHtml
      revision
      editedAt
      state
    }
  }
`);

// Edits carry the revision the editor saw. When someone changed the post in the meantime the
// server answers CONFLICT: the current version is read again and shown next to the editor,
// which keeps the user's text; saving again applies it over the new revision.
export function EditPost({
  postId,
  body,
  revision,
  refresh,
}: {
  postId: string;
  body: string;
  revision: number;
  refresh: () => Promise<unknown>;
}) {
  const { t } = useTranslation(['composer', 'threads']);
  const [open, setOpen] = useState(false);
  const [text, setText, clearDraft] = useDraft(`edit.${postId}`, body);
  // The revision the user saw: the one of the opened editor, or after a conflict the current one.
  const [seenRevision] = useState(revision);
  const [conflict, setConflict] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [mutate, { loading }] = useMutation(EditPostMutation);

  if (!open) {
    return (
      <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setOpen(true)}>
        {t('threads:edit')}
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await mutate({ variables: { input: { postId, body: text, expectedRevision: conflict ? revision : seenRevision } } });
      clearDraft();
      setConflict(false);
      setOpen(false);
    } catch (error) {
      if (apiError(error).code === 'CONFLICT') {
        await refresh();
        setConflict(true);
        setFailure(null);
      } else setFailure(error);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} aria-label={t('title.edit')}>
      {failure ? <Alert kind="danger">{errorMessage(t, failure)}</Alert> : null}
      {conflict ? (
        <Alert kind="warning" title={t('conflictTitle')}>
          <p>{t('conflictHelp')}</p>
          <h3>{t('currentVersion')}</h3>
          <pre style={{ whiteSpace: 'pre-wrap' }}>{body}</pre>
        </Alert>
      ) : null}
      <Field label={conflict ? t('yourVersion') : t('title.edit')} hint={t('draftKept')}>
        {(props) => <textarea {...props} rows={5} value={text} onChange={(event) => setText(event.target.value)} required />}
      </Field>
      <button type="submit" className={ui.button} disabled={loading}>
        {t('submitEdit')}
      </button>{' '}
      <button type="button" className={`${ui.button} ${ui.secondary}`} onClick={() => setOpen(false)}>
        {t('cancel')}
      </button>
    </form>
  );
}
