import { assertNever } from '../../../shared/util/assert-never';

export type PlannedScreenName = 'journal' | 'objectives' | 'oneOnOnes' | 'insights' | 'export';

interface Description {
  title: string;
  lead: string;
  points: string[];
}

function describe(screen: PlannedScreenName): Description {
  switch (screen) {
    case 'journal':
      return {
        title: 'Journal',
        lead: 'Every entry you write, in one calm timeline.',
        points: [
          'A timeline grouped by day and a month calendar with a heatmap of activity',
          'Full-text search as you type, with highlighted matches',
          'Filters by kind, tag, objective, mood and date; “on this day” from earlier years',
          'A trash you can restore from',
        ],
      };
    case 'objectives':
      return {
        title: 'Objectives',
        lead: 'Your personal learning plan.',
        points: [
          'SMART objectives, with a checklist that says which part is still vague',
          'Key results, learning activities and check-ins with confidence',
          'Progress over time, and the journal entries that are its evidence',
        ],
      };
    case 'oneOnOnes':
      return {
        title: '1:1s',
        lead: 'Walk into every one-to-one prepared in a minute.',
        points: [
          'Everything since your last 1:1: wins, feedback, lessons, progress, open action items',
          'An agenda built from your own evidence, with private notes beside it',
          'Meeting notes and action items that carry over until they are done',
        ],
      };
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
    case 'export':
      return {
        title: 'Export & backup',
        lead: 'Your data can leave, come back, and survive accidents.',
        points: [
          'A coach summary with a preview of exactly what leaves your machine',
          'Full backups, restore and merge, validated before anything is written',
          'Automatic rotating backups in the desktop app',
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
