import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SerialWireServer, type WireDatabase } from './serial-wire-server.js';

function typed(type: string, body: string): Buffer {
  const text = Buffer.from(body);
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([header, text]);
}

const startup = (() => {
  const body = Buffer.concat([Buffer.from([0, 3, 0, 0]), Buffer.from('user\0fleet\0\0')]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([length, body]);
})();
const ready = typed('Z', 'I');

/** Stands in for PGlite: answers every request after a pause, and records how many calls overlapped. */
class ScriptedDatabase implements WireDatabase {
  running = 0;
  mostAtOnce = 0;
  requests: string[] = [];
  constructor(private readonly answer: (request: Buffer) => Buffer) {}
  async execProtocolRaw(message: Uint8Array): Promise<Uint8Array> {
    this.running++;
    this.mostAtOnce = Math.max(this.mostAtOnce, this.running);
    const request = Buffer.from(message);
    this.requests.push(request.toString('latin1'));
    await new Promise((r) => setTimeout(r, 20));
    this.running--;
    return this.answer(request);
  }
}

let server: SerialWireServer | undefined;
let client: Socket | undefined;
afterEach(async () => {
  client?.destroy();
  await server?.stop();
});

async function serve(db: WireDatabase, faults: string[] = []): Promise<Socket> {
  server = new SerialWireServer(db, (m) => faults.push(m));
  const port = await server.listen(0, '127.0.0.1');
  client = connect(port, '127.0.0.1');
  await new Promise((r) => client!.once('connect', r));
  return client;
}

describe(SerialWireServer.name, () => {
  it('gives the database one whole request at a time, however the client cuts it', async () => {
    const db = new ScriptedDatabase((request) =>
      request[0] === 0 ? ready : Buffer.concat([typed('C', 'SELECT 1\0'), ready]),
    );
    const socket = await serve(db);
    const replies: Buffer[] = [];
    socket.on('data', (d: Buffer) => replies.push(d));
    const query = Buffer.concat([typed('P', '\0SELECT 1\0\0\0'), typed('B', '\0\0\0\0\0\0\0\0'), typed('S', '')]);
    socket.write(startup);
    socket.write(query.subarray(0, 7));
    await new Promise((r) => setTimeout(r, 30));
    socket.write(Buffer.concat([query.subarray(7), query]));
    await new Promise((r) => setTimeout(r, 300));
    expect(db.mostAtOnce).toBe(1);
    // The session's settings, the startup, then two whole requests (the cut one reassembled), each on its own.
    expect(db.requests.slice(1)).toEqual([startup, query, query].map((b) => b.toString('latin1')));
    expect(Buffer.concat(replies).toString('latin1').split('Z').length - 1).toBe(3);
  });

  it('closes a connection whose reply lacks the ReadyForQuery, instead of leaving its client waiting', async () => {
    const faults: string[] = [];
    const db = new ScriptedDatabase((request) => (request[0] === 0 ? ready : typed('C', 'INSERT 0 1\0')));
    const socket = await serve(db, faults);
    const closed = new Promise((r) => socket.once('close', r));
    socket.resume();
    socket.write(startup);
    socket.write(typed('Q', 'INSERT INTO t VALUES (1)\0'));
    await closed;
    expect(faults).toEqual(['no ReadyForQuery after Q (reply C): connection closed']);
    // The session was reset for the next client: its open transaction rolled back.
    await new Promise((r) => setTimeout(r, 200));
    expect(db.requests.some((r) => r.includes('ROLLBACK'))).toBe(true);
  });
});
