import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';
import { DamagedRecordError, openJson, recordAad, sealJson } from './cipher';
import { CLEAR_SETTING_KEYS, SEALED_FIELD, UNSEALED_TABLES, clearFieldsFor } from './fields';
import { requireDataKey, sealsWrites } from './session';

type Row = Record<string, unknown>;

/**
 * Encryption at rest as one Dexie DBCore middleware: every write is sealed on its way to
 * IndexedDB and every read is opened on its way up, so the repository layer, its transactions
 * and every other feature's code stay exactly as they are. Both directions are synchronous
 * (see cipher.ts for why). It sits below Dexie's hooks (level 2), so hooks and the change feed
 * see plain records, and above the live-query cache, so that cache holds only sealed records.
 */
export const ENCRYPTION_MIDDLEWARE_LEVEL = 1.5;

export function isSealed(value: unknown): boolean {
  return typeof value === 'object' && value !== null && SEALED_FIELD in value;
}

function keyPathOf(table: DBCoreTable): string | null {
  const keyPath = table.schema.primaryKey.keyPath;
  return typeof keyPath === 'string' ? keyPath : null;
}

/** Splits a record into its clear fields and one sealed field holding the rest. */
export function sealRecord(
  tableName: string,
  primaryKeyPath: string | null,
  value: Row,
  key: Uint8Array,
): Row {
  if (isSealed(value)) throw new Error('Refusing to seal an already sealed record.');
  const clear = clearFieldsFor(tableName, primaryKeyPath);
  const keepAll = tableName === 'settings' && CLEAR_SETTING_KEYS.has(String(value.key));
  if (keepAll) return value;
  const out: Row = {};
  const secret: Row = {};
  for (const [field, fieldValue] of Object.entries(value)) {
    if (clear.includes(field)) out[field] = fieldValue;
    else secret[field] = fieldValue;
  }
  const primaryKey = primaryKeyPath ? value[primaryKeyPath] : undefined;
  out[SEALED_FIELD] = sealJson(key, secret, recordAad(tableName, primaryKey));
  return out;
}

/** Reverses `sealRecord`; throws DamagedRecordError if the ciphertext does not authenticate. */
export function openRecord(
  tableName: string,
  primaryKeyPath: string | null,
  value: Row,
  key: Uint8Array,
): Row {
  const { [SEALED_FIELD]: sealed, ...clear } = value;
  const primaryKey = primaryKeyPath ? value[primaryKeyPath] : undefined;
  let secret: Row;
  try {
    secret = openJson<Row>(key, sealed as Uint8Array, recordAad(tableName, primaryKey));
  } catch {
    throw new DamagedRecordError(tableName, String(primaryKey));
  }
  return { ...secret, ...clear };
}

function createEncryptedTable(table: DBCoreTable): DBCoreTable {
  const name = table.name;
  if (UNSEALED_TABLES.has(name)) return table;
  const keyPath = keyPathOf(table);
  const open = (value: unknown): unknown =>
    isSealed(value) ? openRecord(name, keyPath, value as Row, requireDataKey()) : value;
  // In a list, a record that fails authentication is left out and reported, so one damaged
  // record never hides the rest of the journal. A single `get` throws DamagedRecordError.
  const openOrSkip = (value: unknown): unknown => {
    try {
      return open(value);
    } catch (error) {
      if (!(error instanceof DamagedRecordError)) throw error;
      reportDamage(error);
      return undefined;
    }
  };

  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if ((req.type === 'add' || req.type === 'put') && sealsWrites()) {
        const key = requireDataKey();
        const values = req.values.map((v) => sealRecord(name, keyPath, v as Row, key));
        return table.mutate({ ...req, values });
      }
      return table.mutate(req);
    },
    get(req: DBCoreGetRequest) {
      return table.get(req).then(open);
    },
    getMany(req: DBCoreGetManyRequest) {
      return table.getMany(req).then((values) => values.map(openOrSkip));
    },
    query(req: DBCoreQueryRequest) {
      if (!req.values) return table.query(req);
      return table.query(req).then((result) => ({
        ...result,
        result: result.result.map(openOrSkip).filter((v) => v !== undefined),
      }));
    },
    openCursor(req: DBCoreOpenCursorRequest) {
      if (!req.values) return table.openCursor(req);
      return table.openCursor(req).then((cursor) => (cursor ? openingCursor(cursor, open) : null));
    },
  };
}

/** A cursor whose `value` is opened (once per position) when read. */
function openingCursor(cursor: DBCoreCursor, open: (v: unknown) => unknown): DBCoreCursor {
  let at: unknown = Symbol('none');
  let opened: unknown;
  // Native IDBCursor getters must be read on the real cursor, hence key and primaryKey too.
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get() {
        const raw = cursor.value;
        if (raw !== at) {
          at = raw;
          opened = open(raw);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}

type DamageListener = (error: DamagedRecordError) => void;
const damageListeners = new Set<DamageListener>();

/** Hears about every record that failed authentication while being read. */
export function onDamagedRecord(listener: DamageListener): () => void {
  damageListeners.add(listener);
  return () => damageListeners.delete(listener);
}

function reportDamage(error: DamagedRecordError): void {
  for (const listener of damageListeners) listener(error);
}

export const encryptionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'encryption',
  level: ENCRYPTION_MIDDLEWARE_LEVEL,
  create: (down) => ({
    ...down,
    table: (name: string) => createEncryptedTable(down.table(name)),
  }),
};
