import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The folder says where code runs, and lint enforces it: these prove the rules fire. */
const eslint = new ESLint();

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it.each([
    ["import { ipcRenderer } from 'electron';", 'renderer/src/x.ts'],
    ["import fs from 'node:fs';", 'renderer/src/x.ts'],
    ["import path from 'path';", 'renderer/src/x.ts'],
    ["import { x } from '../../electron/main/ipc';", 'renderer/src/x.ts'],
    ["import { db } from '../../renderer/src/db/db';", 'electron/main/x.ts'],
    ["import React from 'react';", 'electron/main/x.ts'],
    ["import { app } from 'electron';", 'shared/x.ts'],
    ["import fs from 'node:fs';", 'shared/x.ts'],
    ["import { db } from '../renderer/src/db/db';", 'shared/x.ts'],
  ])('refuses %s in %s', async (code, file) => {
    expect(
      await ruleIds(
        `${code}\nexport const used = [${code.match(/import (?:\{ )?(\w+)/)?.[1]}];\n`,
        file,
      ),
    ).toContain('no-restricted-imports');
  });

  it.each([
    ["import { db } from '../db/db';", 'renderer/src/journal/x.tsx'],
    ["import { db } from './db/db';", 'renderer/src/x.ts'],
    ["import { db } from '../../db/db';", 'renderer/src/a/b/x.ts'],
  ])('only renderer/src/db/ imports db.ts: refuses %s in %s', async (code, file) => {
    const ids = await ruleIds(`${code}\nexport const used = [db];\n`, file);
    expect(ids).toContain('no-restricted-imports');
  });

  it('lets the repository import db.ts, and screens import the repository', async () => {
    const repo = "import { db } from '../db';\nexport const used = [db];\n";
    expect(await ruleIds(repo, 'renderer/src/db/repo/x.ts')).toEqual([]);
    const screen =
      "import { liveObjectives } from '../db/repo/objectives';\nexport const used = [liveObjectives];\n";
    expect(await ruleIds(screen, 'renderer/src/journal/x.tsx')).toEqual([]);
  });

  it('keeps the other renderer boundaries where db.ts is refused', async () => {
    const code = "import { ipcRenderer } from 'electron';\nexport const used = [ipcRenderer];\n";
    expect(await ruleIds(code, 'renderer/src/journal/x.tsx')).toContain('no-restricted-imports');
  });

  it('allows shared/ code on both sides', async () => {
    const code = "import { IPC } from '../../shared/ipc/contract';\nexport const c = IPC;\n";
    expect(await ruleIds(code, 'renderer/src/x.ts')).toEqual([]);
    expect(await ruleIds(code, 'electron/main/x.ts')).toEqual([]);
  });
});

describe('insecure Electron options', () => {
  it.each([
    'nodeIntegration: true',
    'contextIsolation: false',
    'sandbox: false',
    'webSecurity: false',
    "enableBlinkFeatures: 'x'",
  ])('refuses %s anywhere', async (option) => {
    const code = `export const prefs = { ${option} };\n`;
    expect(await ruleIds(code, 'electron/main/x.ts')).toContain('no-restricted-syntax');
  });
});
