import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

// A TCP proxy in front of the test database, to play its outages for real: `down` drops every
// connection and refuses new ones (a stopped server), `hang` keeps connections open and passes
// nothing (a paused or unreachable one), `up` forwards again.
export interface TcpProxy {
  url: string;
  down(): void;
  hang(): void;
  up(): void;
  close(): Promise<void>;
}

export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  let mode: 'up' | 'down' | 'hang' = 'up';
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    open.add(client);
    client.on('close', () => open.delete(client));
    client.on('error', () => undefined);
    if (mode === 'down') return client.destroy();
    if (mode === 'hang') return;
    const upstream = connect(Number(target.port || 5432), target.hostname);
    open.add(upstream);
    upstream.on('close', () => open.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
    // While hanging, data stops flowing both ways without closing anything.
    client.on('data', (chunk) => mode === 'up' && upstream.write(chunk));
    upstream.on('data', (chunk) => mode === 'up' && client.write(chunk));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const proxied = new URL(targetUrl);
  proxied.hostname = '127.0.0.1';
  proxied.port = String((server.address() as AddressInfo).port);
  const dropAll = () => {
    for (const socket of open) socket.destroy();
  };
  return {
    url: proxied.toString(),
    down: () => {
      mode = 'down';
      dropAll();
    },
    hang: () => {
      mode = 'hang';
    },
    up: () => {
      mode = 'up';
      dropAll();
    },
    close: async () => {
      dropAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
