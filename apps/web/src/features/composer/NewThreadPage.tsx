import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { Field } from '../../ui/Field';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { ContentWarnings } from './ContentWarnings';
import { failureOutcome, type Outcome } from './outcome';
import { useCheckContent } from './useCheckContent';
import { useDraft } from './useDraft';
import { useCreateThread } from './usePostMutations';

const ComposerBoardsQuery = graphql(`
  query ComposerBoards($locale: String!) {
    boards(locale: $locale) {
      id
      topicKey
      name
    }
  }
`);

// A new question in a board; "ask privately" makes a support thread only the asker and staff see.
export function NewThreadPage() {
  const lang = useLanguage();
  const { topicKey = '' } = useParams();
  const navigate = useNavigate();
  const { t } = useTranslation(['composer', 'common']);
  const boards = useQuery(ComposerBoardsQuery, { variables: { locale: lang } });
  const [title, setTitle, clearTitle] = useDraft(`thread.${lang}.${topicKey}.title`);
  const [body, setBody, clearBody] = useDraft(`thread.${lang}.${topicKey}.body`);
  const [tags, setTags] = useState('');
  const [isPrivate, setPrivate] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({});
  const { verdict, checking } = useCheckContent(`${title}\n\n${body}`, lang);
  const { run, loading } = useCreateThread();

  const board = boards.data?.boards.find((b) => b.topicKey === topicKey);
  if (!boards.data) return <QueryState loading={boards.loading} error={boards.error} retry={() => void boards.refetch()} />;
  if (!board) return <p>{t('common:notFound')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const input = {
        boardId: board.id,
        title,
        body,
        private: isPrivate,
        tags: tags
          .split(/[,，]/)
          .map((tag) => tag.trim())
          .filter(Boolean),
        idempotencyKey: crypto.randomUUID(),
      };
      const { data } = await run({ variables: { input } });
      if (!data) return;
      clearTitle();
      clearBody();
      navigate(paths.thread(lang, data.createThread.id));
    } catch (error) {
      setOutcome(failureOutcome(error));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)}>
      <h1>{t('title.newThread')}</h1>
      <p>{board.name}</p>
      {outcome.error ? <Alert kind="danger">{errorMessage(t, outcome.error)}</Alert> : null}
      <Field label={t('titleLabel')}>
        {(props) => <input {...props} value={title} onChange={(event) => setTitle(event.target.value)} required />}
      </Field>
      <Field label={t('bodyLabel')} hint={t('draftKept')}>
        {(props) => <textarea {...props} rows={8} value={body} onChange={(event) => setBody(event.target.value)} required />}
      </Field>
      <Field label={t('tagsLabel')}>{(props) => <input {...props} value={tags} onChange={(event) => setTags(event.target.value)} />}</Field>
      <div className={ui.field}>
        <label>
          <input
            type="checkbox"
            checked={isPrivate}
            onChange={(event) => setPrivate(event.target.checked)}
            aria-describedby="private-hint"
          />{' '}
          {t('private')}
        </label>
        <span id="private-hint" className={ui.hint}>
          {t('privateHint')}
        </span>
      </div>
      <ContentWarnings verdict={verdict} checking={checking} outcome={outcome} />
      <button type="submit" className={ui.button} disabled={loading}>
        {t('submitThread')}
      </button>
    </form>
  );
}
