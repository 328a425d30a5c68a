import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { EntryKind } from '../../../shared/domain/records';
import { MOD_LABEL } from '../app/routes';

/** The kinds a person starts by hand (1:1 notes and reviews start from their own rituals too). */
export const STARTABLE_KINDS: readonly EntryKind[] = [
  'daily',
  'reframe',
  'aar',
  'feedback',
  'win',
  'experiment',
  'oneOnOne',
  'review',
  'note',
];

/** One-click start for each entry kind. */
export function NewEntryMenu() {
  return (
    <details className="new-entry-menu">
      <summary className="button button--primary">
        New entry <kbd>{MOD_LABEL}+N</kbd>
      </summary>
      <ul className="new-entry-menu__list">
        {STARTABLE_KINDS.map((kind) => (
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
