import { useState, type ReactNode } from 'react';

/**
 * A disclosure around an "add" form: open while the list is empty (the next step is obvious),
 * folded away once there is something to look at, so the page stays calm.
 */
export function Adder({
  label,
  openInitially,
  children,
}: {
  label: string;
  openInitially: boolean;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(openInitially);
  return (
    <details
      className="adder"
      open={open}
      onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
    >
      <summary className="adder__summary">{label}</summary>
      {children}
    </details>
  );
}
