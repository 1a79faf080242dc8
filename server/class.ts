// `npm run class`: the class server on the teacher's machine. It makes the tables asked for, serves
// the built game (dist/, `npm run build` first) beside the WebSocket on one port, and prints the
// address students open, with a QR code of it, each table's code and the teacher's tokens.
//   npm run class -- [--port 8080] [--host 0.0.0.0] [--tables 6] [--roles FRA,USA,RUS] [--seed 2015] [--db class.sqlite]
//                    [--redis 127.0.0.1:6379]  (several processes on one tables' file serve one class through Redis)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { startClassServer } from './classServer';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8080' },
    host: { type: 'string', default: '0.0.0.0' },
    tables: { type: 'string', default: '0' },
    roles: { type: 'string', default: 'FRA,USA,RUS' },
    seed: { type: 'string', default: '2015' },
    db: { type: 'string', default: 'class.sqlite' },
    dist: { type: 'string', default: 'dist' },
    redis: { type: 'string' },
  },
});

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};
const dist = values.dist;

const server = await startClassServer({
  port: Number(values.port),
  host: values.host,
  dbFile: values.db,
  ...(values.redis
    ? { redis: { host: values.redis.split(':')[0]!, port: Number(values.redis.split(':')[1] ?? 6379) } }
    : {}),
  onRequest(req, res) {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(normalize(dist)) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dist, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('The game is not built: run `npm run build` on the teacher’s machine, then `npm run class` again.');
      return true;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': "frame-ancestors 'none'",
      'X-Frame-Options': 'DENY',
    });
    createReadStream(file).pipe(res);
    return true;
  },
});

const roles = values.roles.split(',');
for (let i = 0; i < Number(values.tables); i++) server.store.newTable(Number(values.seed) + i, roles);
const lan =
  values.host === '0.0.0.0'
    ? (Object.values(networkInterfaces())
        .flat()
        .find((a) => a && a.family === 'IPv4' && !a.internal)?.address ?? '127.0.0.1')
    : values.host;
const address = `http://${lan}:${server.port}/?class#class`;
process.stdout.write(`Grand Coalition class server\nStudents open: ${address}\n`);
process.stdout.write(
  `Teacher's page (keep it to yourself): http://${lan}:${server.port}/?class&key=${server.store.classKey()}#teacher\n`,
);
process.stdout.write(await QRCode.toString(address, { type: 'terminal', small: true }));
for (const t of server.store.tables())
  process.stdout.write(
    `Table ${t.code} · seed ${t.seed} · ${t.roles.join(', ')} · teacher token ${t.tokens.TEACHER}\n`,
  );
process.stdout.write('Stop with Ctrl+C: every move is kept in the database file.\n');
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
