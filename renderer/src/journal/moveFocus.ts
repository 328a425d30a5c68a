/**
 * Arrow keys (and j/k) move focus between the entry cards of a list, so the journal can be read
 * from the keyboard alone.
 */
export function onListKeyDown(event: React.KeyboardEvent<HTMLElement>): void {
  const next = event.key === 'ArrowDown' || event.key === 'j';
  const prev = event.key === 'ArrowUp' || event.key === 'k';
  if (!next && !prev) return;
  const target = event.target as HTMLElement;
  if (target.matches('input, textarea, select')) return;
  const links = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-entry-link]')];
  if (links.length === 0) return;
  event.preventDefault();
  const index = links.indexOf(target);
  const to = index === -1 ? 0 : Math.min(links.length - 1, Math.max(0, index + (next ? 1 : -1)));
  links[to]!.focus();
  links[to]!.scrollIntoView({ block: 'nearest' });
}
