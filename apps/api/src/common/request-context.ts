import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestStore {
  requestId: string;
  // The language errors are written in: the signed-in user's, else Accept-Language's best match.
  locale: string;
  sqlQueries?: number;
}

const storage = new AsyncLocalStorage<RequestStore>();

export const requestContext = {
  run<T>(store: RequestStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestStore | undefined {
    return storage.getStore();
  },
  newRequestId(header: unknown): string {
    // A caller-supplied id is kept only when it is short and plain, so it cannot forge log lines.
    return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
  },
};
