import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { NAV_ROUTES } from './routes';

/** Ctrl/Cmd+1…7 moves between screens; Ctrl/Cmd+N starts a free note; Ctrl/Cmd+K or F searches. */
export function useGlobalShortcuts(): void {
  const [, navigate] = useLocation();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const route = NAV_ROUTES.find((r) => r.key === event.key);
      if (route) {
        event.preventDefault();
        navigate(route.path);
      } else if (event.key.toLowerCase() === 'n') {
        event.preventDefault();
        navigate('/write/note');
      } else if (event.key.toLowerCase() === 'k' || event.key.toLowerCase() === 'f') {
        event.preventDefault();
        navigate('/search');
        // Already on the search page: put the cursor back in the box.
        requestAnimationFrame(() => document.getElementById('search-input')?.focus());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
