import { useCallback, useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'dark';
const KEY = 'closed-set.theme';
const ORDER: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function readStoredTheme(): ThemeChoice {
  try {
    const v = localStorage.getItem(KEY);
    return v === 'light' || v === 'dark' ? v : 'system';
  } catch {
    return 'system';
  }
}

/** Sets data-theme on <html>; "system" removes it so the prefers-color-scheme media query decides. */
export function applyTheme(choice: ThemeChoice): void {
  const root = document.documentElement;
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** The manual theme toggle: System → Light → Dark, remembered in localStorage. */
export function useTheme() {
  const [choice, setChoice] = useState<ThemeChoice>(readStoredTheme);
  useEffect(() => {
    applyTheme(choice);
    try {
      if (choice === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, choice);
    } catch {
      // Storage can be unavailable (private profile); the choice then lasts for this session.
    }
  }, [choice]);
  const cycle = useCallback(() => setChoice((c) => ORDER[(ORDER.indexOf(c) + 1) % ORDER.length] ?? 'system'), []);
  return { choice, setChoice, cycle };
}
