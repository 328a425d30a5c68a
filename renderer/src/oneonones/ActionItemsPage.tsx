import { useLiveQuery } from 'dexie-react-hooks';
import { todayIsoDate } from '../../../shared/domain/dates';
import { openActionItems } from '../db/repo/actionItems';
import { liveSeries } from '../db/repo/series';
import { ActionItemList } from './ActionItemList';
import { OneOnOnesTabs } from './OneOnOnesTabs';

/** `/action-items`: every open item across all series, overdue first, then by due date. */
export function ActionItemsPage() {
  const today = todayIsoDate();
  const data = useLiveQuery(async () => {
    const [items, series] = await Promise.all([openActionItems(), liveSeries()]);
    const names = new Map(series.map((s) => [s.id, s.name]));
    const sorted = items.sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.createdAt.localeCompare(b.createdAt),
    );
    return { items: sorted, names };
  }, []);

  const overdue = data?.items.filter((i) => i.dueDate !== null && i.dueDate < today) ?? [];
  const upcoming = data?.items.filter((i) => i.dueDate !== null && i.dueDate >= today) ?? [];
  const undated = data?.items.filter((i) => i.dueDate === null) ?? [];

  return (
    <div className="page">
      <header className="page__header">
        <p className="eyebrow">Across all your 1:1s</p>
        <h1>Action items</h1>
      </header>
      <OneOnOnesTabs />
      {data === undefined ? null : data.items.length === 0 ? (
        <p className="empty">
          No open action items. Items recorded in a 1:1 show up here until done.
        </p>
      ) : (
        <div className="oo-stack">
          {[
            { title: 'Overdue', items: overdue },
            { title: 'Due', items: upcoming },
            { title: 'No due date', items: undated },
          ].map((group) =>
            group.items.length === 0 ? null : (
              <section key={group.title} className="card oo-card" aria-label={group.title}>
                <h2>
                  {group.title} <span className="oo-meta">({group.items.length})</span>
                </h2>
                <ActionItemList items={group.items} today={today} seriesNames={data.names} />
              </section>
            ),
          )}
        </div>
      )}
    </div>
  );
}
