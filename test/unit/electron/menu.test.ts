import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';
import { ENTRY_KINDS } from '../../../shared/domain/records';
import { MENU_COMMANDS, type MenuCommand } from '../../../shared/ipc/menu-commands';

type Item = MenuItemConstructorOptions;

function items(template: Item[]): Item[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu as Item[]) : []),
  ]);
}

function build(platform: NodeJS.Platform, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ platform, appName: 'Grove', isDev, send });
  return { template, all: items(template), send };
}

const labels = (template: Item[]) => template.map((item) => item.label);
const roles = (all: Item[]) => all.map((item) => item.role).filter(Boolean);

describe.each(['darwin', 'linux', 'win32'] as const)('application menu on %s', (platform) => {
  it('offers every Grove command, and a click sends exactly that command', () => {
    const { all, send } = build(platform);
    const commands = all.filter((item) => item.click);
    expect(new Set(commands.map((item) => item.id))).toEqual(new Set(MENU_COMMANDS));
    for (const item of commands) {
      send.mockClear();
      (item.click as () => void)();
      expect(send).toHaveBeenCalledExactlyOnceWith(item.id);
    }
  });

  it('has a New Entry item for every entry kind', () => {
    const ids = build(platform).all.map((item) => item.id);
    for (const kind of ENTRY_KINDS) expect(ids).toContain(`new-entry:${kind}`);
  });

  it('uses CmdOrCtrl for shortcuts and never gives two items the same one', () => {
    const accelerators = build(platform)
      .all.map((item) => item.accelerator)
      .filter((a): a is string => typeof a === 'string');
    expect(new Set(accelerators).size).toBe(accelerators.length);
    for (const accelerator of accelerators)
      expect(accelerator).toMatch(
        platform === 'darwin' ? /^(CmdOrCtrl|Cmd)\+/ : /^(CmdOrCtrl|Ctrl)\+/,
      );
  });

  it('keeps the native editing roles, so copy, paste and undo work in the editor', () => {
    expect(roles(build(platform).all)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit']),
    );
  });

  it('hides reload and DevTools outside development', () => {
    expect(roles(build(platform).all)).not.toEqual(expect.arrayContaining(['toggleDevTools']));
    expect(roles(build(platform).all)).not.toContain('reload');
    expect(roles(build(platform, true).all)).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });
});

describe('platform conventions', () => {
  it('macOS: app menu first with About, Settings (Cmd+,) and Quit; Window menu; no Help About', () => {
    const { template } = build('darwin');
    expect(labels(template)).toEqual(['Grove', '&File', '&Edit', '&View', '&Go', '&Window']);
    const appMenu = template[0]!.submenu as Item[];
    expect(appMenu.map((i) => i.role ?? i.id).filter(Boolean)).toEqual([
      'about',
      'go:settings',
      'services',
      'hide',
      'hideOthers',
      'unhide',
      'quit',
    ]);
    expect(appMenu.find((i) => i.id === 'go:settings')?.accelerator).toBe('Cmd+,');
    const file = template[1]!.submenu as Item[];
    expect(file.map((i) => i.role).filter(Boolean)).toEqual(['close']);
  });

  it.each(['linux', 'win32'] as const)(
    '%s: File ends with Settings and Quit; Help has About; no app menu',
    (platform) => {
      const { template } = build(platform);
      expect(labels(template)).toEqual(['&File', '&Edit', '&View', '&Go', '&Window', '&Help']);
      const file = template[0]!.submenu as Item[];
      expect(file.at(-1)?.role).toBe('quit');
      expect(file.find((i) => i.id === 'go:settings')?.accelerator).toBe('Ctrl+,');
      expect(roles(items(template))).not.toContain('services');
      expect(roles(template[5]!.submenu as Item[])).toEqual(['about']);
    },
  );

  it('the Go shortcuts match the sidebar’s Ctrl/Cmd digits', () => {
    const { all } = build('linux');
    const byId = new Map(all.map((item) => [item.id, item.accelerator]));
    expect(byId.get('go:today')).toBe('CmdOrCtrl+1');
    expect(byId.get('go:journal')).toBe('CmdOrCtrl+2');
    expect(byId.get('go:objectives')).toBe('CmdOrCtrl+3');
    expect(byId.get('go:one-on-ones')).toBe('CmdOrCtrl+4');
    expect(byId.get('new-entry:note')).toBe('CmdOrCtrl+N');
  });

  it('leaves keys the page already handles to the page, so one key press acts once', () => {
    const { all } = build('linux');
    const item = (id: string) => all.find((i) => i.id === id)!;
    expect(item('go:today').registerAccelerator).toBe(false);
    expect(item('new-entry:note').registerAccelerator).toBe(false);
    expect(item('export').registerAccelerator).toBeUndefined();
    expect(item('search').registerAccelerator).toBeUndefined();
  });
});
