import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { NAV_ROUTES } from './routes';

/** Ctrl/Cmd+1…7 moves between screens; Ctrl/Cmd+N starts a free note. */
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
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
}
