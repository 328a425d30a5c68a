import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { lazy, Suspense, useEffect } from 'react';
import { EntryPage, NewEntryPage } from '../journal/EntryPage';
import { PlannedScreen } from '../screens/PlannedScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useSettings } from './useSettings';
import { useTheme } from './useTheme';

// Journal screens load on first visit, so the first screen's bundle stays small.
const TimelinePage = lazy(() =>
  import('../journal/TimelinePage').then((m) => ({ default: m.TimelinePage })),
);
const CalendarPage = lazy(() =>
  import('../journal/CalendarPage').then((m) => ({ default: m.CalendarPage })),
);
const TrashPage = lazy(() =>
  import('../journal/TrashPage').then((m) => ({ default: m.TrashPage })),
);
const TemplatesPage = lazy(() =>
  import('../journal/TemplatesPage').then((m) => ({ default: m.TemplatesPage })),
);
const SearchPage = lazy(() =>
  import('../search/SearchPage').then((m) => ({ default: m.SearchPage })),
);

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme);
  useGlobalShortcuts();
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
        <Suspense fallback={<div className="page" aria-busy="true" />}>
          <Switch>
            <Route path="/today" component={TodayPage} />
            <Route path="/write/:kind/:id?">
              {(params) => <NewEntryPage kind={params.kind} id={params.id} />}
            </Route>
            <Route path="/entry/:id">{(params) => <EntryPage id={params.id} />}</Route>
            <Route path="/journal" component={TimelinePage} />
            <Route path="/journal/calendar" component={CalendarPage} />
            <Route path="/journal/trash" component={TrashPage} />
            <Route path="/journal/templates" component={TemplatesPage} />
            <Route path="/search" component={SearchPage} />
            <Route path="/objectives">
              <PlannedScreen screen="objectives" />
            </Route>
            <Route path="/one-on-ones">
              <PlannedScreen screen="oneOnOnes" />
            </Route>
            <Route path="/insights">
              <PlannedScreen screen="insights" />
            </Route>
            <Route path="/export">
              <PlannedScreen screen="export" />
            </Route>
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
