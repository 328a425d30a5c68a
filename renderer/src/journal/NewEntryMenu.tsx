import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { MOD_LABEL } from '../app/routes';

/** One-click start for each entry kind. */
export function NewEntryMenu() {
  return (
    <details className="new-entry-menu">
      <summary className="button button--primary">
        New entry <kbd>{MOD_LABEL}+N</kbd>
      </summary>
      <ul className="new-entry-menu__list">
        {ENTRY_KINDS.map((kind) => (
          <li key={kind}>
            <Link href={`/write/${kind}`} className="new-entry-menu__item">
              <strong>{ENTRY_KIND_INFO[kind].label}</strong>
              <span className="muted">{ENTRY_KIND_INFO[kind].hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
