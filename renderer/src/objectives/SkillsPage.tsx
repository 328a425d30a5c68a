import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Link } from 'wouter';
import { todayIsoDate } from '../../../shared/domain/dates';
import type { SelfAssessment } from '../../../shared/domain/records';
import {
  addSelfAssessment,
  ratingsBySkill,
  removeSelfAssessment,
} from '../db/repo/selfAssessments';
import { reportError } from '../app/reportError';
import { formatDate } from '../ui/format';
import { ArrowLeftIcon } from '../ui/icons';
import { Field, fieldErrorsOf, type FieldErrors } from './fields';
import './objectives.css';

const RATING_LABELS: Record<number, string> = {
  1: '1 · just starting',
  2: '2 · learning',
  3: '3 · capable',
  4: '4 · strong',
  5: '5 · could teach it',
};

/** `/objectives/skills`: rate skills 1–5 at a date and see each one's trend. */
export function SkillsPage() {
  const bySkill = useLiveQuery(ratingsBySkill, []);
  if (!bySkill) return <div className="page" aria-busy="true" />;
  const skills = [...bySkill.entries()];
  return (
    <div className="page page--wide">
      <Link href="/objectives" className="back-link">
        <ArrowLeftIcon /> Objectives
      </Link>
      <header className="page__header">
        <h1>Skills</h1>
        <p className="lead">
          Rate a skill or competency from 1 to 5 now and then; the trend shows the growth.
        </p>
      </header>
      <RateSkill knownSkills={skills.map(([skill]) => skill)} />
      {skills.length === 0 ? (
        <p className="empty">No ratings yet. Rate one skill you are working on.</p>
      ) : (
        <ul className="skill-list">
          {skills.map(([skill, ratings]) => (
            <li key={skill}>
              <SkillTrend skill={skill} ratings={ratings} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SkillTrend({ skill, ratings }: { skill: string; ratings: SelfAssessment[] }) {
  const latest = ratings[ratings.length - 1]!;
  const first = ratings[0]!;
  const change = latest.rating - first.rating;
  return (
    <article className="card skill" aria-label={skill}>
      <div className="skill__head">
        <h2>{skill}</h2>
        <span className="skill__rating">
          {latest.rating}
          <span className="muted"> / 5</span>
        </span>
      </div>
      <p className="muted">
        {ratings.length === 1
          ? `Rated once, on ${formatDate(latest.date)}.`
          : `${change > 0 ? `Up ${change}` : change < 0 ? `Down ${-change}` : 'Unchanged'} since ${formatDate(first.date)} · ${ratings.length} ratings`}
      </p>
      <Sparkline ratings={ratings} skill={skill} />
      {latest.note && <p className="skill__note">“{latest.note}”</p>}
      <details className="skill__all">
        <summary>
          All ratings<span className="visually-hidden"> of {skill}</span>
        </summary>
        <ul className="skill__ratings">
          {[...ratings].reverse().map((r) => (
            <li key={r.id}>
              <span>
                {formatDate(r.date)}: {r.rating}/5{r.note ? ` — ${r.note}` : ''}
              </span>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() =>
                  void removeSelfAssessment(r.id).catch(reportError('The rating was not removed'))
                }
              >
                Remove<span className="visually-hidden"> the rating of {formatDate(r.date)}</span>
              </button>
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/** A small line of the ratings over time; the label carries the same data as text. */
function Sparkline({ ratings, skill }: { ratings: SelfAssessment[]; skill: string }) {
  const width = 320;
  const height = 64;
  const pad = 6;
  const x = (i: number) =>
    ratings.length === 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (ratings.length - 1);
  const y = (rating: number) => pad + ((5 - rating) * (height - 2 * pad)) / 4;
  const points = ratings.map((r, i) => `${x(i)},${y(r.rating)}`).join(' ');
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={`${skill} ratings: ${ratings.map((r) => `${r.rating} on ${formatDate(r.date)}`).join(', ')}`}
    >
      {[1, 3, 5].map((level) => (
        <line
          key={level}
          className="sparkline__grid"
          x1={0}
          x2={width}
          y1={y(level)}
          y2={y(level)}
        />
      ))}
      <polyline className="sparkline__line" points={points} />
      {ratings.map((r, i) => (
        <circle key={r.id} className="sparkline__dot" cx={x(i)} cy={y(r.rating)} r={3.5} />
      ))}
    </svg>
  );
}

function RateSkill({ knownSkills }: { knownSkills: string[] }) {
  const fresh = () => ({ skill: '', date: todayIsoDate(), rating: '3', note: '' });
  const [form, setForm] = useState(fresh);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (patch: Partial<ReturnType<typeof fresh>>) => setForm((f) => ({ ...f, ...patch }));
  return (
    <form
      className="card form-card"
      aria-labelledby="rate-heading"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        addSelfAssessment({ ...form, rating: Number(form.rating), note: form.note.trim() }).then(
          () => {
            setForm(fresh());
            setErrors({});
          },
          (cause: unknown) => setErrors(fieldErrorsOf(cause)),
        );
      }}
    >
      <h2 id="rate-heading">Rate a skill</h2>
      <div className="subform__row">
        <Field label="Skill" error={errors['skill']} className="field--grow">
          {(p) => (
            <input
              {...p}
              type="text"
              list="known-skills"
              value={form.skill}
              onChange={(e) => set({ skill: e.target.value })}
            />
          )}
        </Field>
        <Field label="Date" error={errors['date']}>
          {(p) => (
            <input
              {...p}
              type="date"
              value={form.date}
              onChange={(e) => set({ date: e.target.value })}
            />
          )}
        </Field>
        <Field label="Rating" error={errors['rating']}>
          {(p) => (
            <select {...p} value={form.rating} onChange={(e) => set({ rating: e.target.value })}>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {RATING_LABELS[n]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <datalist id="known-skills">
        {knownSkills.map((skill) => (
          <option key={skill} value={skill} />
        ))}
      </datalist>
      <Field label="Note" hint="Optional: what makes you say so.">
        {(p) => (
          <input
            {...p}
            type="text"
            value={form.note}
            onChange={(e) => set({ note: e.target.value })}
          />
        )}
      </Field>
      <div>
        <button type="submit" className="button button--primary">
          Save rating
        </button>
      </div>
    </form>
  );
}
