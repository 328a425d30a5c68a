import { Dexie, type EntityTable, type Table } from 'dexie';
import type {
  ActionItem,
  Activity,
  CheckIn,
  Entry,
  KeyResult,
  Meeting,
  Objective,
  SelfAssessment,
  Series,
  SettingRow,
  Template,
} from '../../../shared/domain/records';
import { encryptionMiddleware } from './crypto/middleware';
import type { PrivacyRow } from './crypto/privacyRows';
import { declareSchema } from './schema';

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
  privacy!: Table<PrivacyRow, string>;

  constructor(name: string = DATABASE_NAME, upTo?: number) {
    // Strict durability: a journal entry reported as saved must survive a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    declareSchema(this, upTo);
    // Encryption at rest in one place: sealed on the way down, opened on the way up (issue 13).
    this.use(encryptionMiddleware);
  }
}

export const db = new GroveDatabase();
