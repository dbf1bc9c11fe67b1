/** The protocol version in a StartupMessage (3.0); SSLRequest, GSSENCRequest and CancelRequest carry other codes. */
const PROTOCOL_3_0 = 196_608;

/**
 * Typed messages after which the client waits for the server: Sync, Query, Flush, Terminate, password/SASL
 * response, function call, CopyDone, CopyFail. Parse, Bind, Describe, Execute and CopyData come before one of these.
 */
const REQUEST_ENDS = new Set(['S', 'Q', 'H', 'X', 'p', 'F', 'c', 'f']);

/** Messages the client then waits on; `expectsReady` when the answer must end with ReadyForQuery (Sync, Query). */
export type WireRequest = { bytes: Buffer; expectsReady: boolean };

/** A byte stream that is not the Postgres protocol (a length no message can have). */
export class WireProtocolError extends Error {
  override readonly name = 'WireProtocolError';
}

/**
 * Cuts a client's byte stream into whole requests: the messages up to one the client then waits on (a Sync, a
 * simple Query, …). TCP delivers a request in as many reads as it likes, and PGlite must be given whole ones, one
 * at a time: pglite-socket 0.0.19 handed it each read as it came, concurrently, so a request split across reads hung
 * the connection or crashed the database. Until the StartupMessage, messages have no type byte and each is a request.
 */
export class WireMessageFramer {
  private pending: Buffer = Buffer.alloc(0);
  private started = false;

  /** Adds a read; returns the whole requests it completed, in order (often none or one). */
  push(chunk: Buffer): WireRequest[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    const requests: WireRequest[] = [];
    let at = 0;
    let requestStart = 0;
    for (;;) {
      const typed = this.started;
      const header = typed ? 5 : 4;
      if (this.pending.length - at < header) break;
      const length = typed ? this.pending.readInt32BE(at + 1) + 1 : this.pending.readInt32BE(at);
      if (length < header) throw new WireProtocolError(`message length ${length} at byte ${at}`);
      if (this.pending.length - at < length) break;
      const type = typed ? String.fromCharCode(this.pending[at]!) : undefined;
      if (!typed && length >= 8 && this.pending.readInt32BE(at + 4) === PROTOCOL_3_0) this.started = true;
      at += length;
      if (type === undefined || REQUEST_ENDS.has(type)) {
        const bytes = this.pending.subarray(requestStart, at);
        requests.push({ bytes, expectsReady: type === 'S' || type === 'Q' });
        requestStart = at;
      }
    }
    this.pending = this.pending.subarray(requestStart);
    return requests;
  }

  /** Bytes of an incomplete request still waiting for the rest. */
  get buffered(): number {
    return this.pending.length;
  }
}

/** Type bytes of a run of whole typed messages (a request or a reply); a cut-off last message shows as '…'. */
export function messageTypes(messages: Uint8Array): string[] {
  const bytes = Buffer.from(messages.buffer, messages.byteOffset, messages.byteLength);
  const types: string[] = [];
  let at = 0;
  while (bytes.length - at >= 5) {
    const end = at + bytes.readInt32BE(at + 1) + 1;
    if (end > bytes.length) break;
    types.push(String.fromCharCode(bytes[at]!));
    at = end;
  }
  if (at !== bytes.length) types.push('…');
  return types;
}
