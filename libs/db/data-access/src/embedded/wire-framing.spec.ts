import { describe, expect, it } from 'vitest';
import { WireMessageFramer, WireProtocolError } from './wire-framing.js';

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
  it('gives back exactly the whole messages, however the stream is cut into reads', () => {
    for (const cuts of [[1], [3, 9], [4, 8, 100], [sslRequest.length + 2], [stream.length - 1], [65_536, 65_537]]) {
      const framer = new WireMessageFramer();
      const out: Buffer[] = [];
      let from = 0;
      for (const to of [...cuts, stream.length]) {
        const whole = framer.push(stream.subarray(from, to));
        if (whole) out.push(whole);
        from = to;
      }
      expect(Buffer.concat(out).equals(stream)).toBe(true);
      expect(framer.buffered).toBe(0);
    }
  });

  it('never hands over part of a message', () => {
    const framer = new WireMessageFramer();
    expect(framer.push(Buffer.concat([sslRequest, startup]))?.length).toBe(sslRequest.length + startup.length);
    expect(framer.push(query.subarray(0, 65_536))).toBeUndefined();
    expect(framer.buffered).toBe(65_536);
    const rest = framer.push(Buffer.concat([query.subarray(65_536), sync.subarray(0, 2)]));
    expect(rest?.equals(query)).toBe(true);
    expect(framer.push(sync.subarray(2))?.equals(sync)).toBe(true);
  });

  it('refuses a length no message can have', () => {
    const framer = new WireMessageFramer();
    framer.push(startup);
    expect(() => framer.push(Buffer.from([0x51, 0, 0, 0, 2]))).toThrow(WireProtocolError);
  });
});
