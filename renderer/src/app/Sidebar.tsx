import { Link, useLocation } from 'wouter';
import { LeafIcon } from '../ui/icons';
import { MOD_LABEL, NAV_ROUTES } from './routes';

export function Sidebar() {
  const [location] = useLocation();
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="sidebar__brand">
        <LeafIcon className="sidebar__logo" />
        <span>Grove</span>
      </div>
      <ul className="sidebar__list">
        {NAV_ROUTES.map((route) => {
          const active = [route.path, ...(route.alsoActiveOn ?? [])].some(
            (path) => location === path || location.startsWith(`${path}/`),
          );
          const Icon = route.icon;
          return (
            <li key={route.path}>
              <Link
                href={route.path}
                className={active ? 'sidebar__link sidebar__link--active' : 'sidebar__link'}
                aria-current={active ? 'page' : undefined}
                aria-keyshortcuts={`Control+${route.key}`}
                title={`${route.label} (${MOD_LABEL}+${route.key})`}
              >
                <Icon />
                <span>{route.label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
