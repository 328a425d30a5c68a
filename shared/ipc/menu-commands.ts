import type { EntryKind } from '../domain/records';

/**
 * Commands the native menu sends to the renderer over `IPC_EVENTS.menuCommand`. Dependency-free
 * (the preload validates with it and must stay tiny), so the entry kinds are listed here once more:
 * `satisfies Record<EntryKind, true>` fails to compile when a kind is added or removed.
 */
const KINDS = {
  daily: true,
  reframe: true,
  aar: true,
  feedback: true,
  win: true,
  experiment: true,
  oneOnOne: true,
  review: true,
  note: true,
} as const satisfies Record<EntryKind, true>;

export const MENU_ENTRY_KINDS = Object.keys(KINDS) as EntryKind[];

export const GO_COMMANDS = {
  'go:today': '/today',
  'go:journal': '/journal',
  'go:objectives': '/objectives',
  'go:one-on-ones': '/one-on-ones',
  'go:settings': '/settings',
  search: '/search',
  export: '/export',
  backup: '/export',
} as const;

/** Commands that act instead of navigating: File › Lock Grove. */
export const ACTION_COMMANDS = ['lock'] as const;

export type NewEntryCommand = `new-entry:${EntryKind}`;
export type GoCommand = keyof typeof GO_COMMANDS;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];
export type MenuCommand = NewEntryCommand | GoCommand | ActionCommand;

export const MENU_COMMANDS: readonly MenuCommand[] = [
  ...MENU_ENTRY_KINDS.map((kind): NewEntryCommand => `new-entry:${kind}`),
  ...(Object.keys(GO_COMMANDS) as GoCommand[]),
  ...ACTION_COMMANDS,
];

export function isActionCommand(command: MenuCommand): command is ActionCommand {
  return (ACTION_COMMANDS as readonly string[]).includes(command);
}

/** A message from another process is data until proven otherwise. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

/** Where the renderer goes for a command (action commands are handled by their feature). */
export function routeForCommand(command: NewEntryCommand | GoCommand): string {
  if (command.startsWith('new-entry:')) return `/write/${command.slice('new-entry:'.length)}`;
  return GO_COMMANDS[command as GoCommand];
}
