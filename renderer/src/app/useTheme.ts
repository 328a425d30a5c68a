import { useEffect } from 'react';
import type { ThemePreference } from '../../../shared/domain/records';

/**
 * Applies the chosen theme to the document. "system" follows the OS live; the stylesheet already
 * follows `prefers-color-scheme` before this runs, so there is no flash of the wrong theme.
 */
export function useTheme(preference: ThemePreference | undefined): void {
  useEffect(() => {
    const root = document.documentElement;
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const apply = () => {
      const resolved =
        preference === 'light' || preference === 'dark'
          ? preference
          : media.matches
            ? 'dark'
            : 'light';
      root.dataset['theme'] = resolved;
      root.style.colorScheme = resolved;
    };
    apply();
    media.addEventListener('change', apply);
    return () => media.removeEventListener('change', apply);
  }, [preference]);
}
