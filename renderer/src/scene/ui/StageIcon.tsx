// 16px stroke icons for the blocking toolbar and panel (drawn here: no icon font or remote assets).
const PATHS = {
  move: 'M8 1.5v13M1.5 8h13M8 1.5L6.2 3.3M8 1.5l1.8 1.8M8 14.5l-1.8-1.8M8 14.5l1.8-1.8M1.5 8l1.8-1.8M1.5 8l1.8 1.8M14.5 8l-1.8-1.8M14.5 8l-1.8 1.8',
  rotate: 'M13 8a5 5 0 11-1.6-3.7M13 2.5v2.8h-2.8',
  orbit: 'M8 10.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM1.5 8c0-1.7 2.9-3 6.5-3s6.5 1.3 6.5 3-2.9 3-6.5 3M4.5 10.3L3 11.5l1.5 1.3',
  top: 'M2.5 2.5h11v11h-11zM2.5 6.2h11M2.5 9.8h11M6.2 2.5v11M9.8 2.5v11',
  camera: 'M1.5 5h8.5v6.5H1.5zM10 7l4.5-2.2v6.9L10 9.5M3.5 3h3',
  cube: 'M8 1.8l5.5 3v6.4L8 14.2l-5.5-3V4.8zM2.5 4.8L8 7.8l5.5-3M8 7.8v6.4',
  ruler: 'M1.8 10.8l9-9 3.4 3.4-9 9zM4.6 8l1.4 1.4M6.6 6l2 2M8.6 4l1.4 1.4',
  magnet: 'M3.5 2.5v5.5a4.5 4.5 0 009 0V2.5h-3V8a1.5 1.5 0 01-3 0V2.5zM3.5 5h3M9.5 5h3',
  pip: 'M1.5 3h13v10h-13zM8.5 8.5h4.5v3H8.5z',
  // Two figures: a solid one in front of a dashed one (where they were).
  ghost: 'M10.5 5.5a2 2 0 100-4 2 2 0 000 4zM8 14.5l.8-6h3.4l.8 6M5 6.5a1.6 1.6 0 100-3.2M3 14.5l.5-4.5h2',
  // A diagonal edge drawn smooth on top, in stair steps below.
  smooth: 'M2 9.5L9.5 2M6.5 14v-2h2v-2h2V8h2V6h2',
  play: 'M4.5 2.8v10.4L13 8z',
  pause: 'M4.5 3h2.3v10H4.5zM9.2 3h2.3v10H9.2z',
  download: 'M8 2v8M4.8 7L8 10.2 11.2 7M2.5 12v1.5h11V12',
  keyboard: 'M1.5 4.5h13v7h-13zM4 7h.01M6.5 7h.01M9 7h.01M11.5 7h.01M5 9.5h6',
  panel: 'M1.5 2.5h13v11h-13zM10 2.5v11',
  mirror: 'M8 1.5v13M6 4.5L2 11h4zM10 4.5l4 6.5h-4z',
  pin: 'M9.8 1.8l4.4 4.4-2 .6-2.6 2.6.2 2.8-1.3 1.3L2.9 7.9l1.3-1.3 2.8.2 2.6-2.6zM5.3 10.7L1.8 14.2',
  focus: 'M2 5.5V2h3.5M10.5 2H14v3.5M14 10.5V14h-3.5M5.5 14H2v-3.5M8 9.5a1.5 1.5 0 100-3 1.5 1.5 0 000 3z',
  plus: 'M8 3v10M3 8h10',
  trash: 'M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.6 8.5h5.8l.6-8.5',
  copy: 'M5.5 5.5h7v7h-7zM3.5 10.5v-7h7',
  eye: 'M1.5 8S4 3.5 8 3.5 14.5 8 14.5 8 12 12.5 8 12.5 1.5 8 1.5 8zM8 10a2 2 0 100-4 2 2 0 000 4z',
  eyeOff: 'M2 2l12 12M6.3 6.4a2 2 0 002.9 2.8M4.2 4.6C2.5 5.8 1.5 8 1.5 8S4 12.5 8 12.5c1.4 0 2.6-.5 3.6-1.2M7 3.6c.3-.1.7-.1 1-.1 4 0 6.5 4.5 6.5 4.5s-.5 1-1.5 2.1',
  person: 'M8 6a2.2 2.2 0 100-4.4A2.2 2.2 0 008 6zM4.5 14.5l1-5.5h5l1 5.5M5.5 9L4 11.5M10.5 9l1.5 2.5',
  chevronDown: 'M4 6l4 4 4-4',
  close: 'M4 4l8 8M12 4l-8 8',
  save: 'M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5V2.5M5 13.5v-4h6v4',
  joint: 'M8 10.5a2.5 2.5 0 100-5 2.5 2.5 0 000 5zM8 1.5v4M8 10.5v4',
  aim: 'M8 14.5a6.5 6.5 0 100-13 6.5 6.5 0 000 13zM8 1.5v3M8 11.5v3M1.5 8h3M11.5 8h3',
} as const;

export type StageIconName = keyof typeof PATHS;

export function StageIcon({ name, size = 16 }: { readonly name: StageIconName; readonly size?: number }) {
  const filled = name === 'play' || name === 'pause';
  return (
    <svg className="stage-icon" width={size} height={size} viewBox="0 0 16 16" fill={filled ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth={1.35} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
