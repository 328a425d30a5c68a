import { useEffect, useState } from 'react';

/** The current theme's chart colours, read from the design tokens so charts follow light and dark. */
export function readChartColours() {
  const style = getComputedStyle(document.documentElement);
  const token = (name: string) => style.getPropertyValue(name).trim();
  return {
    line: token('--accent'),
    fill: token('--accent-soft'),
    text: token('--text-muted'),
    grid: token('--border'),
    surface: token('--surface'),
    series: [token('--chart-1'), token('--chart-2'), token('--chart-3'), token('--chart-4')],
  };
}

/** Bumps whenever the theme attribute on <html> (or the system scheme) changes, to redraw. */
export function useThemeVersion(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const observer = new MutationObserver(() => setVersion((v) => v + 1));
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const scheme = window.matchMedia('(prefers-color-scheme: dark)');
    const onScheme = () => setVersion((v) => v + 1);
    scheme.addEventListener('change', onScheme);
    return () => {
      observer.disconnect();
      scheme.removeEventListener('change', onScheme);
    };
  }, []);
  return version;
}
