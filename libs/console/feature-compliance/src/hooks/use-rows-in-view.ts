import { useCallback, useRef, useState } from 'react';
import { rowsInView } from '../utils/rows-in-view.js';

/**
 * For a scrolled list that starts at the top: attach `ref` to the scrolling element; `count` is how many rows to
 * render (those in view and a few more), updated as it scrolls or resizes. Rows further down are not mounted.
 */
export function useRowsInView(minRowPx: number, overscan: number, initialViewPx = 800) {
  const [count, setCount] = useState(() => rowsInView(0, initialViewPx, minRowPx, overscan));
  const detach = useRef<(() => void) | null>(null);

  const ref = useCallback(
    (element: HTMLElement | null) => {
      detach.current?.();
      detach.current = null;
      if (!element) return;
      const measure = () => setCount(rowsInView(element.scrollTop, element.clientHeight, minRowPx, overscan));
      const resized = new ResizeObserver(measure);
      resized.observe(element);
      element.addEventListener('scroll', measure, { passive: true });
      measure();
      detach.current = () => {
        resized.disconnect();
        element.removeEventListener('scroll', measure);
      };
    },
    [minRowPx, overscan],
  );

  return { ref, count };
}
