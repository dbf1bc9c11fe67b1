import { EventEmitter } from 'node:events';
import type { Socket } from 'node:net';

/** The protocol version in a StartupMessage (3.0); SSLRequest, GSSENCRequest and CancelRequest carry other codes. */
const PROTOCOL_3_0 = 196_608;

/** A byte stream that is not the Postgres protocol (a length no message can have). */
export class WireProtocolError extends Error {
  override readonly name = 'WireProtocolError';
}

/**
 * Cuts a client's byte stream into whole Postgres protocol messages. TCP delivers a message in as many reads as it
 * likes; PGlite must only ever see whole ones (pglite-socket 0.0.19 hands it each read as it comes, so a message
 * split across two reads hangs the connection: the cause of the embedded database's "64 KB limit" and of rarer
 * stalls under load). Until the StartupMessage, messages have no type byte; after it, every message has one.
 */
export class WireMessageFramer {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  /** Adds a read; returns the whole messages it completed (concatenated, in order), if any. */
  push(chunk: Buffer): Buffer | undefined {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    let end = 0;
    for (;;) {
      const header = this.started ? 5 : 4;
      if (this.pending.length - end < header) break;
      const length = this.started ? this.pending.readInt32BE(end + 1) + 1 : this.pending.readInt32BE(end);
      if (length < header) throw new WireProtocolError(`message length ${length} at byte ${end}`);
      if (this.pending.length - end < length) break;
      if (!this.started && length >= 8 && this.pending.readInt32BE(end + 4) === PROTOCOL_3_0) this.started = true;
      end += length;
    }
    if (end === 0) return undefined;
    const whole = this.pending.subarray(0, end);
    this.pending = this.pending.subarray(end);
    return whole;
  }

  /** Bytes of an incomplete message still waiting for the rest. */
  get buffered(): number {
    return this.pending.length;
  }
}

/**
 * The part of a socket that pglite-socket's handler uses, with `data` events carrying whole messages only.
 * Reads start when the handler listens for data (it does so once it holds the database), so nothing is lost
 * while a connection waits its turn.
 */
export class FramedSocket extends EventEmitter {
  private readonly framer = new WireMessageFramer();
  private reading = false;

  constructor(private readonly raw: Socket) {
    super();
    // Only while someone listens: an 'error' event nobody handles would end the process.
    raw.on('error', (error) => this.listenerCount('error') > 0 && this.emit('error', error));
    raw.on('close', () => this.emit('close'));
    this.on('newListener', (event) => {
      if (event === 'data' && !this.reading) {
        this.reading = true;
        // Deferred: the listener being added is only registered after this hook returns.
        setImmediate(() => raw.on('data', (chunk: Buffer) => this.onRead(chunk)));
      }
    });
  }

  get remoteAddress(): string | undefined {
    return this.raw.remoteAddress;
  }

  get remotePort(): number | undefined {
    return this.raw.remotePort;
  }

  get writable(): boolean {
    return this.raw.writable;
  }

  write(data: Uint8Array, callback?: (error?: Error | null) => void): boolean {
    return this.raw.write(data, callback);
  }

  end(): this {
    this.raw.end();
    return this;
  }

  destroy(): this {
    this.raw.destroy();
    return this;
  }

  private onRead(chunk: Buffer): void {
    try {
      const whole = this.framer.push(chunk);
      if (whole) this.emit('data', whole);
    } catch (error) {
      this.raw.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
