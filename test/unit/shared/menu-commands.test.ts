import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import {
  isMenuCommand,
  MENU_COMMANDS,
  MENU_ENTRY_KINDS,
  routeForCommand,
  isActionCommand,
} from '../../../shared/ipc/menu-commands';

describe('menu commands', () => {
  it('list every entry kind, in the domain’s order', () => {
    expect(MENU_ENTRY_KINDS).toEqual([...ENTRY_KINDS]);
  });

  it('route to the screens the brief names', () => {
    expect(routeForCommand('new-entry:win')).toBe('/write/win');
    expect(routeForCommand('new-entry:oneOnOne')).toBe('/write/oneOnOne');
    expect(routeForCommand('go:today')).toBe('/today');
    expect(routeForCommand('go:journal')).toBe('/journal');
    expect(routeForCommand('go:objectives')).toBe('/objectives');
    expect(routeForCommand('go:one-on-ones')).toBe('/one-on-ones');
    expect(routeForCommand('go:settings')).toBe('/settings');
    expect(routeForCommand('search')).toBe('/search');
    expect(routeForCommand('export')).toBe('/export');
    expect(routeForCommand('backup')).toBe('/export');
    for (const command of MENU_COMMANDS) {
      if (isActionCommand(command)) continue;
      expect(routeForCommand(command)).toMatch(/^\/[a-z]/);
    }
    expect(MENU_COMMANDS.filter(isActionCommand)).toEqual(['lock']);
  });

  it('accept only known ids', () => {
    for (const command of MENU_COMMANDS) expect(isMenuCommand(command)).toBe(true);
    for (const bad of [
      'new-entry:',
      'new-entry:../../x',
      'go:https://evil.example',
      'GO:TODAY',
      '',
      42,
      null,
      { command: 'go:today' },
      ['go:today'],
    ])
      expect(isMenuCommand(bad), JSON.stringify(bad)).toBe(false);
  });
});
