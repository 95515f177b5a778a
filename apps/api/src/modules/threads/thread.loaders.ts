import DataLoader from 'dataloader';
import type { Actor } from '../../auth/actor.js';
import { canSeePost, canSeeThread } from '../../access/content-visibility.js';
import { inKeyOrder } from '../../common/batch.js';
import type { PostRecord } from '../posts/post.record.js';
import type { PostsRepository } from '../posts/posts.repository.js';
import type { ThreadRecord } from './thread.record.js';
import type { ThreadsRepository } from './threads.repository.js';

// A loader that answers null for what the viewer may not see: whichever edge reaches a thread
// or a post by id (a reply's thread, a thread's question or official answer), the same rule
// decides. Primed rows (read along with a parent) pass the same check when they are loaded.
export interface VisibleLoader<T> {
  load(id: string): Promise<T | null>;
  prime(id: string, value: T): void;
}

function visibleThrough<T>(loader: DataLoader<string, T | null>, visible: (row: T) => boolean): VisibleLoader<T> {
  return {
    load: async (id) => {
      const row = await loader.load(id);
      return row && visible(row) ? row : null;
    },
    prime: (id, value) => void loader.prime(id, value),
  };
}

// `viewer` is read when a row is checked: the guard signs the actor in after the context exists.
export function createThreadLoaders(threads: ThreadsRepository, posts: PostsRepository, viewer: () => Actor | null) {
  const threadRows = new DataLoader<string, ThreadRecord | null>(async (ids) => inKeyOrder(ids, await threads.findByIds(ids), (t) => t.id));
  const postRows = new DataLoader<string, PostRecord | null>(async (ids) => inKeyOrder(ids, await posts.findByIds(ids), (p) => p.id));
  return {
    threadById: visibleThrough(threadRows, (t) => canSeeThread(viewer(), t)),
    postById: visibleThrough(postRows, (p) => canSeePost(viewer(), p)),
  };
}
