import { useSyncExternalStore } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { THEME_STORAGE_KEY } from './page-view.ts';

/** The themes, in the order the control steps through them. */
const THEMES = ['system', 'light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

const THEME_EVENT = 'themechange';

/** The theme the visitor chose here before (applied before the first paint by the page's first
 * script, which sets it on <html>), or the system's. */
function currentTheme(): Theme {
  const theme = document.documentElement.dataset.theme;
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

function subscribeToTheme(listener: () => void): () => void {
  window.addEventListener(THEME_EVENT, listener);
  return () => window.removeEventListener(THEME_EVENT, listener);
}

function applyTheme(theme: Theme) {
  const root = document.documentElement;
  try {
    if (theme === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be off (a private window): the choice then lasts for this visit.
  }
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** Drawn in the text's colour: half a disc (the system's), a sun, a moon. */
const ICONS: Record<Theme, string> = {
  system: 'M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.5v13a6.5 6.5 0 0 1 0-13Z',
  light:
    'M10 6a4 4 0 1 0 0 8 4 4 0 0 0 0-8Zm0-4a.75.75 0 0 1 .75.75v1.5a.75.75 0 0 1-1.5 0v-1.5A.75.75 0 0 1 10 2Zm0 13a.75.75 0 0 1 .75.75v1.5a.75.75 0 0 1-1.5 0v-1.5A.75.75 0 0 1 10 15ZM2 10a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 0 1.5h-1.5A.75.75 0 0 1 2 10Zm13 0a.75.75 0 0 1 .75-.75h1.5a.75.75 0 0 1 0 1.5h-1.5A.75.75 0 0 1 15 10Z',
  dark: 'M7.5 2.5a7.5 7.5 0 1 0 10 10 6 6 0 0 1-10-10Z',
};

/**
 * Light, dark or the system's, remembered across visits: one button that steps through the three
 * (its name says the theme now and what a press does). Needs a script: hidden without one.
 */
export function ThemeControl() {
  const t = useMessages();
  // The prerendered page says "system"; the visitor's own choice shows once the app is here.
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme, () => 'system' as const);
  const next = THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'system';
  return (
    <button
      type="button"
      onClick={() => applyTheme(next)}
      aria-label={t.theme.button(t.theme[theme], t.theme[next])}
      title={t.theme.button(t.theme[theme], t.theme[next])}
      className="inline-flex size-11 shrink-0 items-center justify-center rounded-md text-ink-soft hover:bg-hover noscript:hidden"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
        <path fill="currentColor" fillRule="evenodd" d={ICONS[theme]} />
      </svg>
    </button>
  );
}
