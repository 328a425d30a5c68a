import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { EntryPage, NewEntryPage } from '../journal/EntryPage';
import { StuckDrafts } from '../journal/StuckDrafts';
import { useReminderSync } from '../platform/useReminderSync';
import { PlannedScreen } from '../screens/PlannedScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useMenuCommands } from './useMenuCommands';
import { useSettings } from './useSettings';
import { useTheme } from './useTheme';

/** Screens other than Today load on first visit, so the first screen's bundle stays small. */
function lazyScreen<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(() => load().then((m) => ({ default: m[name] as unknown as ComponentType })));
}

const TimelinePage = lazyScreen(() => import('../journal/TimelinePage'), 'TimelinePage');
const CalendarPage = lazyScreen(() => import('../journal/CalendarPage'), 'CalendarPage');
const TrashPage = lazyScreen(() => import('../journal/TrashPage'), 'TrashPage');
const TemplatesPage = lazyScreen(() => import('../journal/TemplatesPage'), 'TemplatesPage');
const EntryHistoryPage = lazy(() =>
  import('../journal/EntryHistoryPage').then((m) => ({ default: m.EntryHistoryPage })),
);
const SearchPage = lazyScreen(() => import('../search/SearchPage'), 'SearchPage');
const ObjectivesRoutes = lazyScreen(
  () => import('../objectives/ObjectivesRoutes'),
  'ObjectivesRoutes',
);
const OneOnOnesPage = lazyScreen(() => import('../oneonones/OneOnOnesPage'), 'OneOnOnesPage');
const SeriesPage = lazy(() =>
  import('../oneonones/SeriesPage').then((m) => ({ default: m.SeriesPage })),
);
const MeetingPage = lazy(() =>
  import('../oneonones/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const ActionItemsPage = lazyScreen(() => import('../oneonones/ActionItemsPage'), 'ActionItemsPage');
const ReviewsPage = lazyScreen(() => import('../reviews/ReviewsPage'), 'ReviewsPage');
const BragListPage = lazyScreen(() => import('../reviews/BragListPage'), 'BragListPage');
const ExportPage = lazyScreen(() => import('../export/ExportPage'), 'ExportPage');
const CoachExportPage = lazyScreen(() => import('../export/CoachExportPage'), 'CoachExportPage');

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme);
  useGlobalShortcuts();
  useMenuCommands();
  useReminderSync(settings?.reminderTime);
  useEffect(() => {
    // Idle time after the first paint, so the index never competes with the first screen.
    const start = () => void import('../search/searchService').then((m) => m.startSearchIndex());
    const handle = requestIdleCallback(start, { timeout: 3000 });
    return () => cancelIdleCallback(handle);
  }, []);
  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar />
      <main id="main" className="main" tabIndex={-1}>
        <StuckDrafts />
        <Suspense fallback={<div className="page" aria-busy="true" />}>
          <Switch>
            <Route path="/today" component={TodayPage} />
            <Route path="/write/:kind/:id?">
              {(params) => <NewEntryPage kind={params.kind} id={params.id} />}
            </Route>
            <Route path="/entry/:id">{(params) => <EntryPage id={params.id} />}</Route>
            <Route path="/entry/:id/history">
              {(params) => <EntryHistoryPage id={params.id} />}
            </Route>
            <Route path="/journal" component={TimelinePage} />
            <Route path="/journal/calendar" component={CalendarPage} />
            <Route path="/journal/trash" component={TrashPage} />
            <Route path="/journal/templates" component={TemplatesPage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/objectives/*?" component={ObjectivesRoutes} />
            <Route path="/one-on-ones" component={OneOnOnesPage} />
            <Route path="/one-on-ones/:seriesId">
              {(params) => <SeriesPage seriesId={params.seriesId} />}
            </Route>
            <Route path="/one-on-ones/:seriesId/:meetingId">
              {(params) => (
                <MeetingPage
                  key={params.meetingId}
                  seriesId={params.seriesId}
                  meetingId={params.meetingId}
                />
              )}
            </Route>
            <Route path="/action-items" component={ActionItemsPage} />
            <Route path="/reviews" component={ReviewsPage} />
            <Route path="/brag-list" component={BragListPage} />
            <Route path="/insights">
              <PlannedScreen screen="insights" />
            </Route>
            <Route path="/export" component={ExportPage} />
            <Route path="/export/coach" component={CoachExportPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route>
              <Redirect to="/today" replace />
            </Route>
          </Switch>
        </Suspense>
      </main>
      <Toasts />
    </div>
  );
}

export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}
