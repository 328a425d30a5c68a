import { useEffect, useState } from 'react';

/** The current time, refreshed each minute, so "today" rolls over at midnight with the app open. */
export function useToday(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
