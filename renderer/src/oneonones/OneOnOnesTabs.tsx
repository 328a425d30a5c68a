import { Link, useLocation } from 'wouter';
import './oneonones.css';

const TABS = [
  { href: '/one-on-ones', label: '1:1 series' },
  { href: '/action-items', label: 'Action items' },
  { href: '/reviews', label: 'Reviews' },
  { href: '/brag-list', label: 'Brag list' },
] as const;

/** The 1:1s area's own navigation: series, action items, reviews and the brag list. */
export function OneOnOnesTabs() {
  const [location] = useLocation();
  return (
    <nav className="oo-tabs" aria-label="1:1s and reviews">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          aria-current={location === tab.href ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
