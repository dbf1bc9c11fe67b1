import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { FramedSocket } from './wire-framing.js';

type Database = ConstructorParameters<typeof PGLiteSocketHandler>[0]['db'];
type Waiting = { socket: FramedSocket; timer: NodeJS.Timeout };

/**
 * Serves one PGlite over the Postgres wire protocol, one connection at a time (PGlite is single-session): later
 * connections wait their turn, up to `queueTimeoutMs`. pglite-socket's handler speaks the protocol; this server
 * replaces its `PGLiteSocketServer` only to put a `FramedSocket` in front of each connection.
 */
export class SerialWireServer {
  private readonly server: Server;
  private readonly waiting: Waiting[] = [];
  private active: PGLiteSocketHandler | undefined;
  private stopping = false;

  constructor(
    private readonly db: Database,
    private readonly queueTimeoutMs = 60_000,
  ) {
    this.server = createServer((raw) => this.accept(raw));
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
      socket.end();
    }
    this.active?.detach(true);
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(raw: Socket): void {
    if (this.stopping) return void raw.end();
    const socket = new FramedSocket(raw);
    // A client that errors or leaves while waiting must not stop the process (an unhandled 'error' would).
    socket.on('error', () => this.forget(socket));
    socket.on('close', () => this.forget(socket));
    if (this.active) {
      const timer = setTimeout(() => {
        this.forget(socket);
        socket.end();
      }, this.queueTimeoutMs);
      this.waiting.push({ socket, timer });
    } else {
      void this.attach(socket);
    }
  }

  private async attach(socket: FramedSocket): Promise<void> {
    const handler = new PGLiteSocketHandler({ db: this.db, closeOnDetach: true });
    this.active = handler;
    const done = () => {
      if (this.active !== handler) return;
      this.active = undefined;
      this.next();
    };
    // The handler ends its connection on an error without a 'close' event of its own: either way, next in line.
    handler.addEventListener('close', done);
    handler.addEventListener('error', done);
    try {
      // The handler only uses the socket's events, write, end and destroy, which FramedSocket provides.
      await handler.attach(socket as unknown as Socket);
    } catch {
      socket.destroy();
      done();
    }
  }

  private next(): void {
    while (this.waiting.length > 0 && !this.stopping) {
      const { socket, timer } = this.waiting.shift()!;
      clearTimeout(timer);
      if (socket.writable) return void this.attach(socket);
    }
  }

  private forget(socket: FramedSocket): void {
    const i = this.waiting.findIndex((w) => w.socket === socket);
    if (i >= 0) clearTimeout(this.waiting.splice(i, 1)[0]!.timer);
  }
}
