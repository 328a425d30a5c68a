import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { SyncFolder } from '../../../shared/sync/folder';
import { createFsSyncFolder } from '../../../electron/main/sync-folder';

/**
 * A hostile stand-in for Syncthing, Dropbox and friends, over real temporary folders: each
 * computer has its own copy of `Grove Sync/`, and the transport carries what one writes to the
 * others — late, out of order, cut short, twice, under another name, beside conflict copies,
 * temporary and hidden files. `settle()` is "every file has finally arrived": the newest version
 * of every file everywhere (deletions included), with all the junk left lying around.
 */
interface WriteEvent {
  seq: number;
  from: number;
  path: string;
  /** null: the file was removed at its source. */
  content: string | null;
}

export type Rng = () => number;

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function rngFrom(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class ChaosTransport {
  private seq = 0;
  private pending: { event: WriteEvent; to: number }[] = [];
  /** Per source computer: the newest content of each file it wrote (null once removed). */
  private latest: Map<string, string | null>[] = [];
  readonly roots: string[] = [];
  readonly stats = { full: 0, truncated: 0, renamed: 0, conflict: 0, junk: 0, duplicate: 0 };

  private constructor(
    private readonly base: string,
    count: number,
  ) {
    for (let i = 0; i < count; i++) {
      this.roots.push(path.join(base, `computer-${i}`, 'Grove Sync'));
      this.latest.push(new Map());
    }
  }

  static async create(count: number): Promise<ChaosTransport> {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'grove-sync-chaos-'));
    const t = new ChaosTransport(base, count);
    for (const root of t.roots) await fs.mkdir(root, { recursive: true });
    return t;
  }

  async dispose(): Promise<void> {
    await fs.rm(this.base, { recursive: true, force: true });
  }

  /** Computer `i`'s view of the folder: the real file-system folder, with its writes observed. */
  folderFor(i: number): SyncFolder {
    const inner = createFsSyncFolder(this.roots[i]!);
    return {
      list: () => inner.list(),
      read: (p) => inner.read(p),
      write: async (p, content) => {
        await inner.write(p, content);
        this.record(i, p, content);
      },
      remove: async (p) => {
        await inner.remove(p);
        this.record(i, p, null);
      },
    };
  }

  private record(from: number, p: string, content: string | null) {
    const event = { seq: ++this.seq, from, path: p, content };
    this.latest[from]!.set(p, content);
    for (let to = 0; to < this.roots.length; to++) {
      if (to !== from) this.pending.push({ event, to });
    }
  }

  private async put(to: number, rel: string, content: string) {
    const target = path.join(this.roots[to]!, ...rel.split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content);
  }

  private async drop(to: number, rel: string) {
    await fs.rm(path.join(this.roots[to]!, ...rel.split('/')), { force: true });
  }

  /** One thing the transport does: pick any pending delivery (so order is lost) and mangle it. */
  async step(rng: Rng): Promise<void> {
    if (this.pending.length === 0) return;
    const index = Math.floor(rng() * this.pending.length);
    const { event, to } = this.pending[index]!;
    const dir = event.path.includes('/')
      ? event.path.slice(0, event.path.lastIndexOf('/') + 1)
      : '';
    const name = event.path.slice(dir.length);
    const roll = rng();
    if (event.content === null) {
      await this.drop(to, event.path);
      this.pending.splice(index, 1);
      return;
    }
    const content = event.content;
    const cut = () => content.slice(0, Math.floor(rng() * content.length));
    if (roll < 0.3) {
      await this.put(to, event.path, content);
      this.pending.splice(index, 1);
      this.stats.full++;
    } else if (roll < 0.5) {
      // Cut short: a partial copy under the real name (the rest arrives later).
      await this.put(to, event.path, cut());
      this.stats.truncated++;
    } else if (roll < 0.6) {
      // Renamed (or moved by a person): the same bytes under another name.
      await this.put(to, `${dir}copy ${Math.floor(rng() * 1000)} of ${name}`, content);
      this.stats.renamed++;
    } else if (roll < 0.72) {
      const stem = name.replace(/\.[^.]*$/, '');
      const ext = name.slice(stem.length);
      const junkName =
        rng() < 0.5
          ? `${stem}.sync-conflict-20261125-101010-ABCDEFG${ext}`
          : `${stem} (Ada's conflicted copy 2026-11-25)${ext}`;
      await this.put(to, `${dir}${junkName}`, rng() < 0.5 ? cut() : garble(content, rng));
      this.stats.conflict++;
    } else if (roll < 0.82) {
      const junkName =
        rng() < 0.5 ? `.syncthing.${name}.tmp` : rng() < 0.5 ? `~${name}.tmp` : `.${name}`;
      await this.put(to, `${dir}${junkName}`, garble(content, rng));
      this.stats.junk++;
    } else if (roll < 0.9) {
      await this.put(to, event.path, content);
      await this.put(to, event.path, content);
      this.pending.splice(index, 1);
      this.stats.duplicate++;
    }
    // else: delayed — nothing happens this time.
  }

  async steps(rng: Rng, n: number): Promise<void> {
    for (let i = 0; i < n; i++) await this.step(rng);
  }

  /** Every file has arrived: the newest version of each, everywhere; removals carried out. */
  async settle(): Promise<void> {
    this.pending = [];
    for (let from = 0; from < this.roots.length; from++) {
      for (const [rel, content] of this.latest[from]!) {
        for (let to = 0; to < this.roots.length; to++) {
          if (to === from) continue;
          if (content === null) await this.drop(to, rel);
          else await this.put(to, rel, content);
        }
      }
    }
  }

  /** Replaces a file in one computer's copy (for tampering tests). */
  async overwrite(to: number, rel: string, content: string): Promise<void> {
    await this.put(to, rel, content);
  }

  async readRaw(at: number, rel: string): Promise<string> {
    return fs.readFile(path.join(this.roots[at]!, ...rel.split('/')), 'utf8');
  }
}

function garble(text: string, rng: Rng): string {
  const chars = text.split('');
  for (let i = 0; i < 5 && chars.length > 0; i++) {
    chars[Math.floor(rng() * chars.length)] = String.fromCharCode(33 + Math.floor(rng() * 90));
  }
  return chars.join('');
}
