import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { CoachExportPage } from '../export/CoachExportPage';
import { ExportPage } from '../export/ExportPage';
import { EntryPage, NewEntryPage } from '../journal/EntryPage';
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

function Shell() {
  const settings = useSettings();
  useTheme(settings?.theme);
  useGlobalShortcuts();
  useMenuCommands();
  useReminderSync(settings?.reminderTime);
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
          <Route path="/objectives">
            <PlannedScreen screen="objectives" />
          </Route>
          <Route path="/one-on-ones">
            <PlannedScreen screen="oneOnOnes" />
          </Route>
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
