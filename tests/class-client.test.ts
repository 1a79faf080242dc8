// A device of the class server in Node (the server's tests, the load script) destroyed while its
// socket is still connecting: Hocuspocus's provider closes the socket after removing its listeners,
// and Node's `ws` then emitted an 'error' nobody heard, which ended the process (it failed a run of
// tests/class-restart.test.ts's teardown under load). A server that accepts the TCP connection and
// never answers the WebSocket upgrade keeps the socket connecting for as long as the test needs.
import { createServer, type Socket } from 'node:net';
import { afterAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { CLASS_PROTOCOL } from '../server/classServer';
import { joinTable } from '../src/app/together/classClient';

const held: Socket[] = [];
const silent = createServer((s) => void held.push(s));
afterAll(() => {
  for (const s of held) s.destroy();
  silent.close();
});

it('destroys a device whose socket is still connecting without an uncaught error', async () => {
  const port = await new Promise<number>((resolve) =>
    silent.listen(0, '127.0.0.1', () => resolve((silent.address() as { port: number }).port)),
  );
  const errors: unknown[] = [];
  const onError = (e: unknown) => void errors.push(e);
  process.on('uncaughtException', onError);
  try {
    const seat = joinTable(
      `ws://127.0.0.1:${port}`,
      {
        table: 'ABC234',
        role: 'FRA',
        seed: 7,
        roles: ['FRA', 'RUS'],
        difficulty: 'normal',
        token: 'x',
        version: CLASS_PROTOCOL,
      },
      'FRA',
      WebSocket,
    );
    const t0 = Date.now();
    while (held.length === 0 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 10));
    expect(held.length).toBe(1);
    expect(seat.status()).toBe('connecting');
    seat.destroy();
    await new Promise((r) => setTimeout(r, 200));
  } finally {
    process.off('uncaughtException', onError);
  }
  expect(errors.map(String)).toEqual([]);
});
