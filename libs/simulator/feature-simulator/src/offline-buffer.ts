/**
 * What a vehicle could not send yet, oldest first, kept the way a terminal's finite storage keeps it: once full, the
 * oldest items make room for new ones.
 */
export class OfflineBuffer<T> {
  /** Items from `head` on are kept; the slots before it were taken or dropped and wait for compaction. */
  private slots: (T | undefined)[] = [];
  private head = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 0) {
      throw new RangeError(`Buffer capacity must be a non-negative integer: ${capacity}`);
    }
  }

  get size(): number {
    return this.slots.length - this.head;
  }

  /** Appends `items` and returns how many of the oldest kept ones were dropped to stay within capacity. */
  push(items: readonly T[]): number {
    for (const item of items) this.slots.push(item);
    const dropped = Math.max(0, this.size - this.capacity);
    this.release(dropped);
    return dropped;
  }

  /** Removes and returns up to `max` items, oldest first. */
  take(max: number): T[] {
    // Every slot from head to the end holds a kept item, so the slice has no holes.
    const taken = this.slots.slice(this.head, this.head + max) as T[];
    this.release(taken.length);
    return taken;
  }

  private release(count: number): void {
    // Clear the slots at once so a full buffer does not keep dropped samples alive until the next compaction.
    for (let i = this.head; i < this.head + count; i++) this.slots[i] = undefined;
    this.head += count;
    // Compacting only once half of the array is dead keeps push and take amortised O(1).
    if (this.head === this.slots.length) {
      this.slots = [];
      this.head = 0;
    } else if (this.head * 2 >= this.slots.length) {
      this.slots = this.slots.slice(this.head);
      this.head = 0;
    }
  }
}
