import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { PostState } from '../../gql/graphql';
import { paths } from '../../app/paths';
import { useLanguage } from '../../app/useLanguage';
import { useSession } from '../../lib/session/useSession';
import { errorMessage } from '../../lib/i18n/errorMessages';
import { Alert } from '../../ui/Alert';
import { QueryState } from '../../ui/QueryState';
import ui from '../../ui/ui.module.css';
import { PostCard } from './components/PostCard';
import { useMarkOfficialAnswer, useUnmarkOfficialAnswer } from './hooks/useOfficialAnswer';

// Only those who may reply or edit download the composer: a visitor's first visit is lighter.
const EditPost = lazy(async () => ({ default: (await import('../composer/EditPost')).EditPost }));
const ReplyComposer = lazy(async () => ({ default: (await import('../composer/ReplyComposer')).ReplyComposer }));
// Only moderators download their tools.
const ThreadTools = lazy(async () => ({ default: (await import('../moderation/ThreadTools')).ThreadTools }));
const PostTools = lazy(async () => ({ default: (await import('../moderation/ThreadTools')).PostTools }));

export const ThreadPageQuery = graphql(`
  query ThreadPage($id: ID!, $after: String) {
    thread(id: $id) {
      id
      title
      status
      private
      locked
      tags
      board {
        id
        name
        topicKey
      }
      viewerCan {
        reply
        markOfficial
        moderate
      }
      question {
        id
        body
        revision
        state
        viewerCan {
          edit
          moderate
        }
        ...PostCard_post
      }
      officialAnswer {
        id
        state
        viewerCan {
          moderate
        }
        ...PostCard_post
      }
      replies(first: 20, after: $after) {
        edges {
          cursor
          node {
            id
            isOfficialAnswer
            body
            revision
            state
            viewerCan {
              edit
              markOfficial
              moderate
            }
            ...PostCard_post
          }
        }
        pageInfo {
          endCursor
          hasNextPage
        }
      }
    }
  }
`);

// The question, the official answer right under it, then the other replies and the composer.
export function ThreadPage() {
  const lang = useLanguage();
  const { id = '' } = useParams();
  const { t } = useTranslation(['threads', 'common', 'boards']);
  const { signedIn } = useSession();
  const { data, loading, error, refetch, fetchMore } = useQuery(ThreadPageQuery, { variables: { id } });
  const current = { threadId: id, locked: data?.thread?.locked ?? false, currentAnswerId: data?.thread?.officialAnswer?.id ?? null };
  const mark = useMarkOfficialAnswer(current);
  const unmark = useUnmarkOfficialAnswer(current);
  if (!data) return <QueryState loading={loading} error={error} retry={() => void refetch()} />;
  const thread = data.thread;
  if (!thread) return <p>{t('common:notFound')}</p>;
  const replies = thread.replies.edges.filter(({ node }) => !node.isOfficialAnswer);
  const editor = (post: { id: string; body?: string | null; revision: number; viewerCan: { edit: boolean } }) =>
    post.viewerCan.edit && typeof post.body === 'string' ? (
      <Suspense fallback={null}>
        <EditPost postId={post.id} body={post.body} revision={post.revision} refresh={() => refetch()} />
      </Suspense>
    ) : null;
  const tools = (post: { id: string; state: PostState; viewerCan: { moderate: boolean } }) =>
    post.viewerCan.moderate ? (
      <Suspense fallback={null}>
        <PostTools postId={post.id} state={post.state} />
      </Suspense>
    ) : null;
  return (
    <>
      <p>
        <Link to={paths.board(lang, thread.board.topicKey)}>{thread.board.name}</Link>
      </p>
      <h1>{thread.title}</h1>
      <p>
        <span className={ui.badge}>{t(`boards:board.status.${thread.status}`)}</span>{' '}
        {thread.tags.map((tag) => (
          <span key={tag} className={ui.badge} style={{ marginRight: 'var(--space-1)' }}>
            {tag}
          </span>
        ))}
      </p>
      {thread.private ? <p className={`${ui.alert} ${ui.warning}`}>{t('privateNotice')}</p> : null}
      {thread.viewerCan.moderate ? (
        <Suspense fallback={null}>
          <ThreadTools threadId={thread.id} />
        </Suspense>
      ) : null}
      <PostCard post={thread.question} label={t('question')}>
        {editor(thread.question)}
        {tools(thread.question)}
      </PostCard>
      {/* A refused mark or unmark has already been rolled back; this says why. */}
      {mark.error || unmark.error ? (
        <Alert kind="danger" title={t('officialAnswerFailed')}>
          <p>{errorMessage(t, mark.error ?? unmark.error)}</p>
        </Alert>
      ) : null}
      {thread.officialAnswer ? (
        <PostCard post={thread.officialAnswer} label={t('officialAnswer')}>
          {thread.viewerCan.markOfficial ? (
            <button
              type="button"
              className={`${ui.button} ${ui.secondary}`}
              disabled={unmark.loading}
              onClick={() => {
                mark.reset();
                void unmark.run().catch(() => undefined);
              }}
            >
              {t('unmarkOfficial')}
            </button>
          ) : null}
          {tools(thread.officialAnswer)}
        </PostCard>
      ) : null}
      <h2>{t('replies')}</h2>
      {replies.length === 0 ? <p>{t('noReplies')}</p> : null}
      {replies.map(({ node }) => (
        <PostCard key={node.id} post={node}>
          {editor(node)}
          {tools(node)}
          {node.viewerCan.markOfficial ? (
            <button
              type="button"
              className={`${ui.button} ${ui.secondary}`}
              disabled={mark.loading}
              onClick={() => {
                unmark.reset();
                void mark.run(node.id).catch(() => undefined);
              }}
            >
              {t('markOfficial')}
            </button>
          ) : null}
        </PostCard>
      ))}
      {thread.replies.pageInfo.hasNextPage ? (
        <button
          type="button"
          className={`${ui.button} ${ui.secondary}`}
          onClick={() => void fetchMore({ variables: { after: thread.replies.pageInfo.endCursor } })}
        >
          {t('loadMoreReplies')}
        </button>
      ) : null}
      {thread.locked ? <p>{t('locked')}</p> : null}
      {thread.viewerCan.reply ? (
        <Suspense fallback={<p role="status">{t('common:loading')}</p>}>
          <ReplyComposer threadId={thread.id} />
        </Suspense>
      ) : null}
      {!signedIn && !thread.locked ? <Link to={paths.signIn(lang)}>{t('signInToReply')}</Link> : null}
    </>
  );
}
