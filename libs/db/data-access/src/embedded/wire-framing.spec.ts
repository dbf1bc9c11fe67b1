import { describe, expect, it } from 'vitest';
import { messageTypes, WireMessageFramer, WireProtocolError } from './wire-framing.js';

function untyped(body: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return Buffer.concat([length, body]);
}

function typed(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, 'latin1');
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}

const version = (code: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(code);
  return b;
};
const sslRequest = untyped(version(80_877_103));
const startup = untyped(Buffer.concat([version(196_608), Buffer.from('user\0fleet\0\0')]));
const query = typed('Q', Buffer.from(`SELECT '${'x'.repeat(70_000)}'\0`));
const sync = typed('S', Buffer.alloc(0));
const stream = Buffer.concat([sslRequest, startup, query, sync]);

describe(WireMessageFramer.name, () => {
  it('gives back exactly the whole requests, however the stream is cut into reads', () => {
    for (const cuts of [[1], [3, 9], [4, 8, 100], [sslRequest.length + 2], [stream.length - 1], [65_536, 65_537]]) {
      const framer = new WireMessageFramer();
      const out: Buffer[] = [];
      let from = 0;
      for (const to of [...cuts, stream.length]) {
        out.push(...framer.push(stream.subarray(from, to)).map((r) => r.bytes));
        from = to;
      }
      // SSLRequest, StartupMessage, Query and Sync are each a request of their own.
      expect(out).toEqual([sslRequest, startup, query, sync]);
      expect(framer.buffered).toBe(0);
    }
  });

  it('never hands over part of a request, and says which ones end with ReadyForQuery', () => {
    const framer = new WireMessageFramer();
    expect(framer.push(Buffer.concat([sslRequest, startup])).map((r) => r.expectsReady)).toEqual([false, false]);
    expect(framer.push(query.subarray(0, 65_536))).toEqual([]);
    expect(framer.buffered).toBe(65_536);
    const rest = framer.push(Buffer.concat([query.subarray(65_536), sync.subarray(0, 2)]));
    expect(rest).toEqual([{ bytes: query, expectsReady: true }]);
    expect(framer.push(sync.subarray(2))).toEqual([{ bytes: sync, expectsReady: true }]);
  });

  it('holds an extended-protocol request back until its Sync, so PGlite gets it whole', () => {
    const framer = new WireMessageFramer();
    framer.push(startup);
    const parse = typed('P', Buffer.from('\0SELECT 1\0\0\0'));
    const bind = typed('B', Buffer.from('\0\0\0\0\0\0\0\0'));
    const execute = typed('E', Buffer.from('\0\0\0\0\0'));
    const flush = typed('H', Buffer.alloc(0));
    expect(framer.push(Buffer.concat([parse, bind]))).toEqual([]);
    expect(framer.push(execute)).toEqual([]);
    const requests = framer.push(Buffer.concat([sync, parse, flush, bind]));
    expect(requests).toEqual([
      { bytes: Buffer.concat([parse, bind, execute, sync]), expectsReady: true },
      { bytes: Buffer.concat([parse, flush]), expectsReady: false },
    ]);
    expect(framer.buffered).toBe(bind.length);
  });

  it('refuses a length no message can have', () => {
    const framer = new WireMessageFramer();
    framer.push(startup);
    expect(() => framer.push(Buffer.from([0x51, 0, 0, 0, 2]))).toThrow(WireProtocolError);
  });

  it('lists the message types of a run of whole messages, marking a cut-off one', () => {
    const ready = typed('Z', Buffer.from('I'));
    expect(messageTypes(Buffer.concat([query, sync]))).toEqual(['Q', 'S']);
    expect(messageTypes(Buffer.concat([typed('C', Buffer.from('INSERT 0 1\0')), ready]))).toEqual(['C', 'Z']);
    expect(messageTypes(Buffer.concat([ready, query.subarray(0, 10)]))).toEqual(['Z', '…']);
    expect(messageTypes(Buffer.alloc(0))).toEqual([]);
  });
});
