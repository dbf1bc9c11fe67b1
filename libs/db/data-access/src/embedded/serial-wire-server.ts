import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { messageTypes, WireMessageFramer, type WireRequest } from './wire-framing.js';

/** What the server needs of PGlite: its raw wire-protocol entry point. */
export type WireDatabase = { execProtocolRaw(message: Uint8Array): Promise<Uint8Array> };

type Waiting = { socket: Socket; timer: NodeJS.Timeout };

/** A simple-protocol Query message. */
function queryMessage(sql: string): Buffer {
  const text = Buffer.from(`${sql}\0`);
  const header = Buffer.alloc(5);
  header.write('Q', 0, 'latin1');
  header.writeInt32BE(text.length + 4, 1);
  return Buffer.concat([header, text]);
}

/**
 * Before a client's first request. This PGlite build starts with client_min_messages = debug3, which sends every
 * client DEBUG notices with the full text of each statement it parses and binds: traffic for nothing, and the
 * notices are what make PGlite now and then leave out the ReadyForQuery that ends its reply (see `serve`).
 */
const SESSION_START = [queryMessage('SET client_min_messages TO notice')];
/**
 * After a client leaves: end whatever it left open, so the next one does not continue its transaction. Not DISCARD
 * ALL: its RESET ALL returns PGlite's settings to their boot values, whose search_path no longer finds the tables.
 */
const SESSION_RESET = [
  Buffer.from([0x53, 0, 0, 0, 4]),
  queryMessage('ROLLBACK'),
  queryMessage('DEALLOCATE ALL'),
  queryMessage('SELECT pg_advisory_unlock_all()'),
];

/**
 * Serves one PGlite over the Postgres wire protocol. PGlite is one session, so clients take turns: one connection
 * at a time, later ones wait (up to `queueTimeoutMs`). Within a connection, whole requests go to PGlite strictly one
 * after the other: its answer is a view of a buffer the next call overwrites, so overlapping calls (which
 * pglite-socket 0.0.19 made whenever a request arrived in two TCP reads) mixed answers up and stalled the platform.
 */
export class SerialWireServer {
  private readonly server: Server;
  private readonly waiting: Waiting[] = [];
  private active: Socket | undefined;
  private stopping = false;

  constructor(
    private readonly db: WireDatabase,
    /** Told when PGlite breaks the protocol (the server recovers by closing that connection). */
    private readonly onProtocolFault: (message: string) => void,
    private readonly queueTimeoutMs = 60_000,
  ) {
    this.server = createServer((socket) => this.accept(socket));
  }

  /** Listens on `host:port` (0 for any free port); resolves with the port. */
  listen(port: number, host: string): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => resolve((this.server.address() as AddressInfo).port));
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const { socket, timer } of this.waiting.splice(0)) {
      clearTimeout(timer);
      socket.destroy();
    }
    this.active?.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(socket: Socket): void {
    // A client that errors or leaves must not stop the process (an unhandled 'error' would).
    socket.on('error', () => socket.destroy());
    if (this.stopping) return void socket.destroy();
    if (!this.active) return this.serve(socket);
    const timer = setTimeout(() => {
      this.forget(socket);
      socket.destroy();
    }, this.queueTimeoutMs);
    this.waiting.push({ socket, timer });
    socket.once('close', () => this.forget(socket));
  }

  private serve(socket: Socket): void {
    this.active = socket;
    const framer = new WireMessageFramer();
    const run = async (request: Uint8Array, expectsReady: boolean) => {
      const reply = await this.db.execProtocolRaw(request);
      // Copied at once: the reply is a view of PGlite's buffer.
      if (reply.length > 0 && socket.writable) socket.write(Buffer.from(reply));
      const answered = messageTypes(reply);
      if (expectsReady && answered.at(-1) !== 'Z') {
        // The client would wait for ever on the missing ReadyForQuery while holding the only session. Ending the
        // connection fails its request instead (the ingest retries it); the reset rolls its transaction back.
        this.onProtocolFault(
          `no ReadyForQuery after ${messageTypes(request).join('')} (reply ${answered.join('')}): connection closed`,
        );
        socket.destroy();
      }
    };
    const runQuietly = async (request: Uint8Array) => void (await this.db.execProtocolRaw(request));
    let turn: Promise<void> = (async () => {
      for (const message of SESSION_START) await runQuietly(message);
    })();
    socket.on('data', (chunk: Buffer) => {
      let requests: WireRequest[];
      try {
        requests = framer.push(chunk);
      } catch {
        return void socket.destroy();
      }
      for (const { bytes, expectsReady } of requests) {
        turn = turn.then(() => run(bytes, expectsReady)).catch(() => void socket.destroy());
      }
    });
    socket.once('close', () => {
      turn = turn
        .then(async () => {
          for (const message of SESSION_RESET) await runQuietly(message);
        })
        .catch(() => undefined)
        .finally(() => {
          this.active = undefined;
          this.next();
        });
    });
  }

  private next(): void {
    while (this.waiting.length > 0 && !this.stopping) {
      const { socket, timer } = this.waiting.shift()!;
      clearTimeout(timer);
      if (!socket.destroyed) return this.serve(socket);
    }
  }

  private forget(socket: Socket): void {
    const i = this.waiting.findIndex((w) => w.socket === socket);
    if (i >= 0) clearTimeout(this.waiting.splice(i, 1)[0]!.timer);
  }
}
