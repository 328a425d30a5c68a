import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  ActionItem,
  Activity,
  CheckIn,
  Entry,
  EntryVersion,
  KeyResult,
  Meeting,
  Objective,
  SelfAssessment,
  Series,
  SettingRow,
  Template,
  Tombstone,
} from '../../../shared/domain/records';
import type { LessonState } from '../../../shared/domain/insights/lesson-record';
import type { ExportedSummary } from '../../../shared/domain/coach-feedback';
import { encryptionMiddleware } from './crypto/middleware';
import type { PrivacyRow } from './crypto/privacyRows';
import { declareSchema } from './schema';
import type {
  SyncSegmentRow,
  SyncStampRow,
  SyncStateRow,
} from '../../../shared/sync/local-records';

export const DATABASE_NAME = 'grove';

/** The single source of truth. Components read it through live queries; writes go through `repo/`. */
export class GroveDatabase extends Dexie {
  entries!: EntityTable<Entry, 'id'>;
  objectives!: EntityTable<Objective, 'id'>;
  keyResults!: EntityTable<KeyResult, 'id'>;
  activities!: EntityTable<Activity, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  actionItems!: EntityTable<ActionItem, 'id'>;
  selfAssessments!: EntityTable<SelfAssessment, 'id'>;
  series!: EntityTable<Series, 'id'>;
  meetings!: EntityTable<Meeting, 'id'>;
  templates!: EntityTable<Template, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  entryHistory!: EntityTable<EntryVersion, 'id'>;
  tombstones!: EntityTable<Tombstone, 'id'>;
  lessons!: EntityTable<LessonState, 'id'>;
  /** Coach summaries saved; not in backups: see README, "Coach response". */
  coachExports!: EntityTable<ExportedSummary, 'hash'>;
  privacy!: Table<PrivacyRow, string>;
  // Sync through a folder: stamps, what was read of each device, this device's state.
  syncStamps!: EntityTable<SyncStampRow, 'key'>;
  syncSegments!: EntityTable<SyncSegmentRow, 'key'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;

  constructor(name: string = DATABASE_NAME, upTo?: number) {
    // Strict durability: a journal entry reported as saved must survive a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    declareSchema(this, upTo);
    // Encryption at rest in one place: sealed on the way down, opened on the way up.
    this.use(encryptionMiddleware);
  }
}

export const db = new GroveDatabase();
