import { lazy, Suspense, useEffect } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { EntryPage, NewEntryPage } from '../journal/EntryPage';
import { StuckDrafts } from '../journal/StuckDrafts';
import { useReminderSync } from '../platform/useReminderSync';
import { useLockTriggers } from '../privacy/useLockTriggers';
import { ConversionProgress } from '../privacy/ConversionProgress';
import { TodayPage } from '../today/TodayPage';
import { afterFirstScreen, markFirstScreenShownLater } from './firstScreen';
import { lazyScreen, type LazyScreen } from './lazyScreen';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useFileDrop } from './useFileDrop';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useMenuCommands } from './useMenuCommands';
import { useSettings } from './useSettings';
import { useTheme } from './useTheme';

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
const InsightsPage = lazyScreen(() => import('../insights/InsightsPage'), 'InsightsPage');
const YearReviewPage = lazyScreen(() => import('../insights/YearReviewPage'), 'YearReviewPage');
const CoachExportPage = lazyScreen(() => import('../export/CoachExportPage'), 'CoachExportPage');
const SettingsPage = lazyScreen(() => import('../settings/SettingsPage'), 'SettingsPage');
const ImportFromAppPage = lazyScreen(
  () => import('../export/import/ImportFromAppPage'),
  'ImportFromAppPage',
);

/** The lazily loaded screens without parameters, by their path. */
const SCREENS: Record<string, LazyScreen> = {
  '/journal': TimelinePage,
  '/journal/calendar': CalendarPage,
  '/journal/trash': TrashPage,
  '/journal/templates': TemplatesPage,
  '/search': SearchPage,
  '/objectives': ObjectivesRoutes,
  '/one-on-ones': OneOnOnesPage,
  '/action-items': ActionItemsPage,
  '/reviews': ReviewsPage,
  '/brag-list': BragListPage,
  '/insights': InsightsPage,
  '/insights/review': YearReviewPage,
  '/export': ExportPage,
  '/export/coach': CoachExportPage,
  '/export/import': ImportFromAppPage,
  '/settings': SettingsPage,
};

/**
 * Loads the code of the screen at `hash` (a location hash such as `#/journal`), if it is one
 * that loads lazily; never fails (a screen that did not load reports it when it is shown).
 */
export function preloadScreen(hash: string): Promise<void> {
  const path = hash.replace(/^#/, '').split('?')[0] ?? '';
  const screen = SCREENS[path];
  return screen
    ? screen.preload().then(
        () => undefined,
        () => undefined,
      )
    : Promise.resolve();
}

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme);
  useGlobalShortcuts();
  useMenuCommands();
  useFileDrop();
  useReminderSync(settings?.reminderTime);
  useLockTriggers();
  useEffect(() => {
    // Once the first screen is painted, in idle time: the index reads every entry, and IndexedDB
    // would answer the first screen's reads only after its own.
    let handle: number | undefined;
    let live = true;
    const start = () => void import('../search/searchService').then((m) => m.startSearchIndex());
    void afterFirstScreen().then(() => {
      if (live) handle = requestIdleCallback(start, { timeout: 3000 });
    });
    const stopFallback = markFirstScreenShownLater();
    return () => {
      live = false;
      stopFallback();
      if (handle !== undefined) cancelIdleCallback(handle);
    };
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
        <ConversionProgress />
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
            <Route path="/insights" component={InsightsPage} />
            <Route path="/insights/review" component={YearReviewPage} />
            <Route path="/export" component={ExportPage} />
            <Route path="/export/coach" component={CoachExportPage} />
            <Route path="/export/import" component={ImportFromAppPage} />
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
