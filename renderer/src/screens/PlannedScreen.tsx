import { assertNever } from '../../../shared/util/assert-never';

export type PlannedScreenName = 'insights';

interface Description {
  title: string;
  lead: string;
  points: string[];
}

function describe(screen: PlannedScreenName): Description {
  switch (screen) {
    case 'insights':
      return {
        title: 'Insights',
        lead: 'See your growth over time.',
        points: [
          'Writing streaks and an activity heatmap',
          'Mood and energy trends',
          'Objective progress across the year',
        ],
      };
    default:
      return assertNever(screen);
  }
}

/** A screen whose feature is not built yet: it says what will be here, and shows no fake data. */
export function PlannedScreen({ screen }: { screen: PlannedScreenName }) {
  const { title, lead, points } = describe(screen);
  return (
    <div className="page">
      <header className="page__header">
        <h1>{title}</h1>
        <p className="lead">{lead}</p>
      </header>
      <section className="card planned" aria-labelledby="planned-heading">
        <h2 id="planned-heading">Coming to this screen</h2>
        <ul>
          {points.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
