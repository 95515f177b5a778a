import DataLoader from 'dataloader';
import { inKeyOrder } from '../../common/batch.js';
import type { PostRecord } from '../posts/post.record.js';
import type { PostsRepository } from '../posts/posts.repository.js';
import type { ThreadRecord } from './thread.record.js';
import type { ThreadsRepository } from './threads.repository.js';

export function createThreadLoaders(threads: ThreadsRepository, posts: PostsRepository) {
  return {
    threadById: new DataLoader<string, ThreadRecord | null>(async (ids) => inKeyOrder(ids, await threads.findByIds(ids), (t) => t.id)),
    postById: new DataLoader<string, PostRecord | null>(async (ids) => inKeyOrder(ids, await posts.findByIds(ids), (p) => p.id)),
  };
}
