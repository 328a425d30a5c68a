import { FormatError, isPlainObject, parseJsonText } from './problems';

/**
 * The one skeleton for reading a versioned Grove file (backups, coach summaries): parse the JSON,
 * check the envelope (format and version, with a message saying what the file is when it is
 * another Grove format), and upgrade it step by step to the current version. Each format then
 * validates the upgraded document against its own schema.
 */

export type UpgradeSteps = Readonly<
  Record<number, (document: Record<string, unknown>) => Record<string, unknown>>
>;

export interface VersionedFormat {
  format: string;
  /** The current version: what every older file is upgraded to. */
  version: number;
  /** How the file is named in messages: "a Grove backup". */
  label: string;
  /** Messages for other Grove formats given to this reader, by format name. */
  otherFormats: Record<string, string>;
}

/**
 * Brings a document of any supported version up to `latest`, one step at a time; each step must
 * advance the version by exactly one (a step that does not is a bug, not a bad file).
 */
export function upgradeDocument(
  document: Record<string, unknown>,
  upgrades: UpgradeSteps,
  latest: number,
  what: string,
): Record<string, unknown> {
  let current = document;
  let version = current['version'] as number;
  while (version < latest) {
    const step = upgrades[version];
    if (!step) {
      throw new FormatError(
        `${what} uses format version ${version}, which this version of Grove can no longer read.`,
      );
    }
    current = step(current);
    const next = current['version'];
    if (next !== version + 1)
      throw new Error(
        `Upgrade of ${what.toLowerCase()} from ${version} did not reach ${version + 1}`,
      );
    version = next;
  }
  return current;
}

/** Parses, checks the envelope and upgrades: the document is then ready for its schema. */
export function readVersionedDocument(
  text: string,
  expected: VersionedFormat & {
    upgrade: (document: Record<string, unknown>) => Record<string, unknown>;
  },
): Record<string, unknown> {
  const raw = parseJsonText(text, expected.label);
  return expected.upgrade(checkFormatEnvelope(raw, expected));
}

/** Checks the envelope (format and version) so the message says what the file is, if not a backup. */
export function checkFormatEnvelope(
  document: unknown,
  expected: {
    format: string;
    version: number;
    label: string;
    otherFormats: Record<string, string>;
  },
): Record<string, unknown> {
  if (!isPlainObject(document) || typeof document['format'] !== 'string') {
    throw new FormatError(
      `This is not ${expected.label}: it has no "format" field saying what it is. Nothing was changed.`,
    );
  }
  const format = document['format'];
  if (format !== expected.format) {
    const other = expected.otherFormats[format];
    throw new FormatError(
      other ??
        `This is not ${expected.label}: its format is "${format.slice(0, 80)}", not "${expected.format}". Nothing was changed.`,
    );
  }
  const version = document['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FormatError(
      `This file has no valid format version (the "version" field must be a whole number). Nothing was changed.`,
    );
  }
  if (version > expected.version) {
    throw new FormatError(
      `This file was made by a newer version of Grove (format version ${version}); this version reads up to version ${expected.version}. Update Grove to open it. Nothing was changed.`,
    );
  }
  return document;
}
