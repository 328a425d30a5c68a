import { Link, useLocation } from 'wouter';
import { MOD_LABEL } from '../app/routes';

const TABS = [
  { href: '/journal', label: 'Timeline' },
  { href: '/journal/calendar', label: 'Calendar' },
  { href: '/search', label: 'Search', shortcut: `${MOD_LABEL}+K` },
  { href: '/journal/templates', label: 'Templates' },
  { href: '/journal/trash', label: 'Trash' },
] as const;

/** The journal's sub-screens, as a row of links with the current one marked. */
export function JournalNav() {
  const [location] = useLocation();
  return (
    <nav className="journal-nav" aria-label="Journal views">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className="journal-nav__link"
          aria-current={location === tab.href ? 'page' : undefined}
        >
          {tab.label}
          {'shortcut' in tab && <kbd>{tab.shortcut}</kbd>}
        </Link>
      ))}
    </nav>
  );
}
