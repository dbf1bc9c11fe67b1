import { useSyncExternalStore } from 'react';

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The page's `location.hash`, re-rendering the caller when it changes (links, back / forward). */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}
