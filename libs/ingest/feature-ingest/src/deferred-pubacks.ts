import type { MqttClient } from 'mqtt';

type Entry = { committed: boolean; send: (() => void) | undefined };
type SendPacket = (
  packet: { cmd: string; messageId?: number },
  cb?: (error?: Error) => void,
  ...rest: unknown[]
) => void;

/**
 * Acknowledges QoS 1 messages to the broker only once their rows are committed, so a crash makes the broker
 * redeliver instead of losing them (storage de-duplicates the redelivery).
 *
 * mqtt.js sends a PUBACK as soon as `handleMessage` calls back, and reads the next packet only after that; waiting
 * for the commit there would process one message per database round trip. So the ingest calls back at once, and
 * this class holds each PUBACK mqtt.js then sends until its message is committed, releasing them in arrival order
 * (MQTT 3.1.1 §4.6: PUBACKs go in the order the PUBLISHes came). It wraps the client's packet writer, mqtt.js's
 * internal `_sendPacket` (the version is pinned and `deferred-pubacks.spec.ts` checks the behaviour).
 * A connection that closes forgets its held PUBACKs: the broker redelivers those messages on the next session.
 */
export class DeferredPubacks {
  private pending = new Map<number, Entry>();
  private generation = 0;

  constructor(client: MqttClient) {
    const target = client as unknown as { _sendPacket: SendPacket };
    const send = target._sendPacket.bind(client);
    target._sendPacket = (packet, cb, ...rest) => {
      const entry =
        packet.cmd === 'puback' && packet.messageId !== undefined ? this.pending.get(packet.messageId) : undefined;
      if (!entry) return send(packet, cb, ...rest);
      entry.send = () => send(packet);
      // Let mqtt.js read on: the PUBACK itself waits for the commit.
      cb?.();
      this.flush();
    };
    client.on('close', () => {
      this.generation++;
      this.pending = new Map();
    });
  }

  /** Messages received and not yet acknowledged (held until committed). */
  get outstanding(): number {
    return this.pending.size;
  }

  /** Registers a QoS 1 message; returns what to call when it is committed. */
  expect(messageId: number): () => void {
    const entry: Entry = { committed: false, send: undefined };
    this.pending.set(messageId, entry);
    const generation = this.generation;
    return () => {
      if (generation !== this.generation) return;
      entry.committed = true;
      this.flush();
    };
  }

  /** Sends the PUBACKs at the head of the line that are committed and asked for. */
  private flush(): void {
    for (const [messageId, entry] of this.pending) {
      if (!entry.committed || !entry.send) return;
      this.pending.delete(messageId);
      entry.send();
    }
  }
}
