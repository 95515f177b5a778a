import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';

// What the server has said when it closes the connection, or null if it is still open when
// the test gives up (far beyond the configured timeouts).
function untilClosed(socket: Socket, giveUpMs = 15_000): Promise<string | null> {
  return new Promise((resolve) => {
    let received = '';
    const giveUp = setTimeout(() => {
      socket.destroy();
      resolve(null);
    }, giveUpMs);
    socket.on('data', (chunk) => (received += chunk.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      resolve(received);
    });
  });
}

// Slow clients: the head of a request, the whole request and an idle kept-alive connection
// each have a deadline, after which the server closes the connection.
describe('HTTP server timeouts', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp({ HTTP_HEADERS_TIMEOUT_MS: '1000', HTTP_REQUEST_TIMEOUT_MS: '2000', HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000' });
    await t.app.listen(0, '127.0.0.1');
    port = ((t.app.getHttpServer() as Server).address() as AddressInfo).port;
  });
  afterAll(() => t.close());

  const open = async () => {
    const socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    return socket;
  };

  it('takes its timeouts from the configuration, not Node’s defaults', () => {
    const server = t.app.getHttpServer() as Server & { connectionsCheckingInterval: number };
    expect([server.headersTimeout, server.requestTimeout, server.keepAliveTimeout, server.connectionsCheckingInterval]).toEqual([
      1000, 2000, 1000, 1000,
    ]);
  });

  it('closes a connection whose request head never ends, with 408', async () => {
    const socket = await open();
    const closed = untilClosed(socket);
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n');
    // Still sending headers, slowly, as a slow-loris client does.
    const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 300);
    const said = await closed;
    clearInterval(drip);
    expect(said).not.toBeNull();
    expect(said).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes a connection whose body never arrives in full, with 408', async () => {
    const socket = await open();
    const closed = untilClosed(socket);
    socket.write('POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const said = await closed;
    expect(said).not.toBeNull();
    expect(said).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers a whole request, then closes the idle kept-alive connection', async () => {
    const socket = await open();
    const closed = untilClosed(socket);
    const body = JSON.stringify({ query: '{ __typename }' });
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: keep-alive\r\n\r\n${body}`,
    );
    const said = await closed;
    expect(said).toMatch(/^HTTP\/1\.1 200 /);
    expect(said).toContain('"__typename":"Query"');
  });
});
