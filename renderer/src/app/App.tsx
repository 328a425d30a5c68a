import { lazy, Suspense } from 'react';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { EntryPage, NewEntryPage } from '../journal/EntryPage';
import { ActionItemsPage } from '../oneonones/ActionItemsPage';
import { MeetingPage } from '../oneonones/MeetingPage';
import { OneOnOnesPage } from '../oneonones/OneOnOnesPage';
import { SeriesPage } from '../oneonones/SeriesPage';
import { BragListPage } from '../reviews/BragListPage';
import { ReviewsPage } from '../reviews/ReviewsPage';
import { PlannedScreen } from '../screens/PlannedScreen';
import { SettingsPage } from '../settings/SettingsPage';
import { TodayPage } from '../today/TodayPage';
import { Sidebar } from './Sidebar';
import { Toasts } from './Toasts';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useSettings } from './useSettings';
import { useTheme } from './useTheme';

const ObjectivesRoutes = lazy(() =>
  import('../objectives/ObjectivesRoutes').then((m) => ({ default: m.ObjectivesRoutes })),
);

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme);
  useGlobalShortcuts();
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
        <Switch>
          <Route path="/today" component={TodayPage} />
          <Route path="/write/:kind/:id?">
            {(params) => <NewEntryPage kind={params.kind} id={params.id} />}
          </Route>
          <Route path="/entry/:id">{(params) => <EntryPage id={params.id} />}</Route>
          <Route path="/journal">
            <PlannedScreen screen="journal" />
          </Route>
          <Route path="/objectives/*?">
            <Suspense fallback={<div className="page" aria-busy="true" />}>
              <ObjectivesRoutes />
            </Suspense>
          </Route>
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
          <Route path="/export">
            <PlannedScreen screen="export" />
          </Route>
          <Route path="/settings" component={SettingsPage} />
          <Route>
            <Redirect to="/today" replace />
          </Route>
        </Switch>
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
