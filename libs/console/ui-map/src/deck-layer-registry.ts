import type { Layer } from '@deck.gl/core';

type Entry = { order: number; layers: readonly Layer[] };

/**
 * Collects the deck.gl layers that layer components contribute, so one MapboxOverlay draws them
 * all in a fixed order. `flush` is called by the owner to push the current list to deck.gl.
 */
export class DeckLayerRegistry {
  private readonly entries = new Map<string, Entry>();
  private scheduled = false;

  constructor(private readonly apply: (layers: Layer[]) => void) {}

  /** Sets (or replaces) the layers of one contributor; `immediate` pushes them now (animation frames). */
  set(key: string, order: number, layers: readonly Layer[], immediate = false): void {
    this.entries.set(key, { order, layers });
    if (immediate) this.flush();
    else this.schedule();
  }

  remove(key: string): void {
    if (this.entries.delete(key)) this.schedule();
  }

  flush(): void {
    this.scheduled = false;
    const sorted = [...this.entries.values()].sort((a, b) => a.order - b.order);
    this.apply(sorted.flatMap((e) => e.layers));
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      if (this.scheduled) this.flush();
    });
  }
}
