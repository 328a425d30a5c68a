import { lazy, useState, type ComponentType, type JSX } from 'react';

export interface LazyScreen {
  (): JSX.Element;
  /** Starts loading the screen's code (once); resolves when it is loaded. */
  preload(): Promise<unknown>;
}

/**
 * A screen whose code loads on first visit, so the first screen's bundle stays small — and that
 * can be loaded ahead (`preload`), as start-up does for the screen the app opens on while the
 * journal is being opened. A screen already loaded renders at once: a lazy component always
 * suspends on its first render, and React keeps a Suspense fallback on screen for a while
 * (about 300 ms) before revealing what replaced it, which would hold back the first entries.
 */
export function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyScreen {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const preload = () =>
    (loading ??= load().then((m) => (loaded = m[name] as unknown as ComponentType)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Screen() {
    // Decided once per mount, so a screen never switches between the two (which would remount it).
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return Object.assign(Screen, { preload });
}
