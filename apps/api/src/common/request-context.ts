import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

export interface RequestStore {
  requestId: string;
  // The language errors are written in: the signed-in user's, else Accept-Language's best match.
  locale: string;
  sqlQueries?: number;
  // Set while a visitor's response is being recorded for the anonymous cache: the content keys
  // (see graphql/anonymous-cache/content-versions.ts) that what it shows depends on.
  contentKeys?: Set<string>;
}

const storage = new AsyncLocalStorage<RequestStore>();

export const requestContext = {
  run<T>(store: RequestStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestStore | undefined {
    return storage.getStore();
  },
  // Names what a part of the response shows; free when nothing is recording.
  dependsOn(key: string): void {
    storage.getStore()?.contentKeys?.add(key);
  },
  newRequestId(header: unknown): string {
    // A caller-supplied id is kept only when it is short and plain, so it cannot forge log lines.
    return typeof header === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(header) ? header : randomUUID();
  },
};
