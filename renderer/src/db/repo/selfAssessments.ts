import { selfAssessmentSchema, type SelfAssessment } from '../../../../shared/domain/records';
import { isValidIsoDate } from '../../../../shared/domain/dates';
import { db } from '../db';
import { newRecordBase, softDelete } from './records';
import { validate, ValidationError, type FieldProblem } from './validation';

export interface SelfAssessmentDraft {
  skill: string;
  date: string;
  rating: number;
  note: string;
}

export async function addSelfAssessment(draft: SelfAssessmentDraft): Promise<SelfAssessment> {
  const problems: FieldProblem[] = [];
  if (draft.skill.trim() === '') problems.push({ field: 'skill', message: 'cannot be empty' });
  if (draft.date.trim() === '') problems.push({ field: 'date', message: 'cannot be empty' });
  else if (!isValidIsoDate(draft.date)) {
    problems.push({ field: 'date', message: 'is not a date (use YYYY-MM-DD)' });
  }
  if (!Number.isInteger(draft.rating) || draft.rating < 1 || draft.rating > 5) {
    problems.push({ field: 'rating', message: 'must be from 1 to 5' });
  }
  if (problems.length) throw new ValidationError('Self-assessment', problems);
  const record = validate(
    selfAssessmentSchema,
    { ...newRecordBase(), ...draft, skill: draft.skill.trim() },
    'Self-assessment',
  );
  await db.transaction('rw', db.selfAssessments, () => db.selfAssessments.add(record));
  return record;
}

/** Every rating, grouped by skill, each oldest first (through the [skill+date] index). */
export async function ratingsBySkill(): Promise<Map<string, SelfAssessment[]>> {
  const rows = await db.selfAssessments.orderBy('[skill+date]').toArray();
  const bySkill = new Map<string, SelfAssessment[]>();
  for (const row of rows) {
    if (row.deleted === 1) continue;
    const list = bySkill.get(row.skill) ?? [];
    list.push(row);
    bySkill.set(row.skill, list);
  }
  return bySkill;
}

export async function removeSelfAssessment(id: string): Promise<void> {
  await softDelete(db.selfAssessments, id);
}
