// Hand-drawn 16px stroke icons (no icon font or remote assets: the CSP and offline use forbid them).
const PATHS = {
  plus: 'M8 3v10M3 8h10',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5M6.8 7v4M9.2 7v4',
  copy: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  undo: 'M5 4L2.5 6.5 5 9M2.5 6.5h7a3.5 3.5 0 010 7H7',
  redo: 'M11 4l2.5 2.5L11 9M13.5 6.5h-7a3.5 3.5 0 000 7H9',
  people: 'M6 7.5a2.25 2.25 0 100-4.5 2.25 2.25 0 000 4.5zM2 13c0-2.2 1.8-3.5 4-3.5s4 1.3 4 3.5M10.5 3.2a2.2 2.2 0 010 4.2M11.5 9.7c1.5.4 2.5 1.5 2.5 3.3',
  sun: 'M8 10.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM8 1.5v1.5M8 13v1.5M1.5 8H3M13 8h1.5M3.4 3.4l1 1M11.6 11.6l1 1M3.4 12.6l1-1M11.6 4.4l1-1',
  moon: 'M13 9.5A5.5 5.5 0 016.5 3a5.5 5.5 0 106.5 6.5z',
  system: 'M2.5 3.5h11v7.5h-11zM6 13.5h4M8 11v2.5',
  check: 'M3.5 8.5l3 3 6-7',
  checkIn: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM5.5 8.2l1.8 1.8 3.4-3.8',
  grip: 'M6 4h.01M10 4h.01M6 8h.01M10 8h.01M6 12h.01M10 12h.01',
  alert: 'M8 2l6.5 11.5h-13zM8 6.5v3M8 11.5h.01',
  close: 'M4 4l8 8M12 4l-8 8',
  scene: 'M2.5 4.5h11v8h-11zM2.5 4.5l2-2h7l2 2M6 4.5l1.5-2M10 4.5l1.5-2',
  info: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM8 7.5v4M8 5h.01',
  keyboard: 'M1.5 4.5h13v7h-13zM4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.5h6',
  file: 'M4 1.5h5l3 3v10H4zM9 1.5v3h3',
  folder: 'M1.5 4v8.5h13V5.5H8L6.5 4z',
  clock: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM8 4.5V8l2.5 1.5',
  edit: 'M10.5 2.5l3 3-8 8h-3v-3z',
  inspector: 'M2 3h12v10H2zM10 3v10',
  chevronDown: 'M4 6l4 4 4-4',
  shield: 'M8 1.5l5.5 2v4.2c0 3.2-2.3 5.7-5.5 6.8-3.2-1.1-5.5-3.6-5.5-6.8V3.5z',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16, className }: { readonly name: IconName; readonly size?: number; readonly className?: string }) {
  return (
    <svg
      className={`icon${className ? ` ${className}` : ''}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.4}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
