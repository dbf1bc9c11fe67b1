/** The player's glyphs as inline SVG (the console bundles no icon font, and system fonts lack ⏮ ⏭). */
const PATHS = {
  play: 'M4 2.5v11l9.5-5.5z',
  pause: 'M4 2.5h3v11H4zM9 2.5h3v11H9z',
  stepBack: 'M3 2.5h2v11H3zM13.5 2.5v11L6 8z',
  stepForward: 'M11 2.5h2v11h-2zM2.5 2.5v11L10 8z',
} as const;

export function ReplayIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      viewBox="0 0 16 16"
      width="1em"
      height="1em"
      fill="currentColor"
      aria-hidden="true"
      style={{ verticalAlign: '-0.125em' }}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
