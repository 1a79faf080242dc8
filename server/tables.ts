// The class server's record of its tables and their documents, in one SQLite file (better-sqlite3):
// each table's code, seed, level and human roles, a secret token per role and one for the teacher,
// and every Yjs document's state (Hocuspocus's database extension stores and fetches it here, each
// store merged with the file's), so a restart loses no move.
import { randomBytes } from 'node:crypto';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

export interface TableRow {
  code: string;
  seed: number;
  difficulty: 'easy' | 'normal' | 'hard';
  roles: string[];
  /** Each role's token, and the teacher's. */
  tokens: Record<string, string>;
}

/** Table codes: six letters and digits a student can type (no 0/O, 1/I/L). */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export class Store {
  private db: Database.Database;
  constructor(file: string) {
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.exec(`create table if not exists tables (code text primary key, body text not null);
      create table if not exists documents (name text primary key, data blob not null);
      create table if not exists meta (key text primary key, value text not null);`);
  }
  newTable(seed: number, roles: string[], difficulty: TableRow['difficulty'] = 'normal'): TableRow {
    const draw = () => Array.from(randomBytes(6), (b) => ALPHABET[b % ALPHABET.length]).join('');
    let code = draw();
    while (this.table(code)) code = draw();
    const tokens = Object.fromEntries([...roles, 'TEACHER'].map((r) => [r, randomBytes(18).toString('base64url')]));
    const row: TableRow = { code, seed, difficulty, roles, tokens };
    this.db.prepare('insert into tables (code, body) values (?, ?)').run(code, JSON.stringify(row));
    return row;
  }
  /** The class's teacher key (made once, kept in the file): it opens the teacher's page. */
  classKey(): string {
    // Several processes may share the file (behind Redis): the first key written is the class's.
    this.db
      .prepare("insert or ignore into meta (key, value) values ('teacher', ?)")
      .run(randomBytes(18).toString('base64url'));
    return (this.db.prepare("select value from meta where key = 'teacher'").get() as { value: string }).value;
  }
  table(code: string): TableRow | null {
    const r = this.db.prepare('select body from tables where code = ?').get(code) as { body: string } | undefined;
    return r ? (JSON.parse(r.body) as TableRow) : null;
  }
  tables(): TableRow[] {
    return (this.db.prepare('select body from tables order by code').all() as { body: string }[]).map(
      (r) => JSON.parse(r.body) as TableRow,
    );
  }
  fetch(name: string): Uint8Array | null {
    const r = this.db.prepare('select data from documents where name = ?').get(name) as { data: Buffer } | undefined;
    return r ? new Uint8Array(r.data) : null;
  }
  /**
   * Stores a document's state merged with what the file holds already: two server processes (behind
   * Redis) each store their own copy of a document, and a copy stored late, from before the other's
   * last moves reached it, must not write those moves out. A Yjs merge keeps every update of both;
   * the write lock is taken before the read, so two processes' merges never interleave.
   */
  store(name: string, state: Uint8Array): void {
    this.db
      .transaction(() => {
        const old = this.fetch(name);
        this.db
          .prepare(
            'insert into documents (name, data) values (?, ?) on conflict(name) do update set data = excluded.data',
          )
          .run(name, Buffer.from(old ? Y.mergeUpdates([old, state]) : state));
      })
      .immediate();
  }
  close(): void {
    this.db.close();
  }
}
