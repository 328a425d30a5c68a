import { Link } from 'wouter';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import type { CheckIn, Entry, Objective } from '../../../shared/domain/records';
import { formatDate } from '../ui/format';
import { toIsoDate } from '../../../shared/domain/dates';

/**
 * When an objective is achieved, the path that led there: the growth-mindset reframes and
 * after-action reviews written on the way, because the setbacks are part of the win.
 */
export function Celebration({
  objective,
  evidence,
  checkIns,
}: {
  objective: Objective;
  evidence: Entry[];
  checkIns: CheckIn[];
}) {
  const path = evidence
    .filter((e) => e.kind === 'reframe' || e.kind === 'aar')
    .sort((a, b) => a.date.localeCompare(b.date));
  const achievedOn = objective.achievedAt ? toIsoDate(new Date(objective.achievedAt)) : null;
  return (
    <section className="card celebration" aria-labelledby="celebration-heading">
      <p className="celebration__burst" aria-hidden="true">
        ✦
      </p>
      <h2 id="celebration-heading">Achieved{achievedOn ? ` on ${formatDate(achievedOn)}` : ''}</h2>
      <p>
        You got here through {checkIns.length} check-in{checkIns.length === 1 ? '' : 's'} and{' '}
        {evidence.length} piece{evidence.length === 1 ? '' : 's'} of evidence.
      </p>
      {path.length === 0 ? (
        <p className="muted">
          No reframes or after-action reviews were linked on the way. Linking them next time shows
          how the setbacks turned into this.
        </p>
      ) : (
        <>
          <h3 className="celebration__path-title">
            The path here: setbacks and what you made of them
          </h3>
          <ol className="celebration__path">
            {path.map((entry) => (
              <li key={entry.id}>
                <Link href={`/entry/${entry.id}`}>
                  <span className="muted">
                    {formatDate(entry.date)} · {ENTRY_KIND_INFO[entry.kind].label}
                  </span>{' '}
                  {entry.title.trim() || entry.body.trim().split('\n')[0] || 'Untitled entry'}
                </Link>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
