import { useId, useSyncExternalStore } from 'react';
import { useMessages } from '#src/i18n/messages-context.tsx';
import { THEME_STORAGE_KEY } from './page-view.ts';

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

/** Light, dark or the system's, remembered across visits. Needs a script: hidden without one. */
export function ThemeControl() {
  const t = useMessages();
  const id = useId();
  // The prerendered page says "system"; the visitor's own choice shows once the app is here.
  const theme = useSyncExternalStore(subscribeToTheme, currentTheme, () => 'system' as const);
  return (
    <div className="shrink-0 noscript:hidden">
      <label htmlFor={id} className="sr-only">
        {t.theme.label}
      </label>
      <select
        id={id}
        value={theme}
        onChange={(event) => {
          applyTheme(THEMES.find((candidate) => candidate === event.target.value) ?? 'system');
        }}
        className="min-h-11 rounded-md border border-line bg-field px-2 text-sm"
      >
        {THEMES.map((value) => (
          <option key={value} value={value}>
            {t.theme[value]}
          </option>
        ))}
      </select>
    </div>
  );
}
