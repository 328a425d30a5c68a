import type { BackupTable } from '../../../shared/formats/backup';

/** How each table is named to a person. */
export const TABLE_LABELS: Record<BackupTable, string> = {
  entries: 'Journal entries',
  objectives: 'Objectives',
  keyResults: 'Key results',
  activities: 'Learning activities',
  checkIns: 'Check-ins',
  actionItems: 'Action items',
  selfAssessments: 'Self-assessments',
  series: '1:1 series',
  meetings: '1:1 meetings',
  templates: 'Templates',
  settings: 'Settings',
  entryHistory: 'Earlier versions of entries',
  tombstones: 'Records deleted for good',
};
