import { Route, Switch } from 'wouter';
import { EditObjectivePage, NewObjectivePage } from './ObjectiveForm';
import { ObjectivePage } from './ObjectivePage';
import { ObjectivesPage } from './ObjectivesPage';
import { SkillsPage } from './SkillsPage';

/** Every `/objectives…` screen; loaded on first visit so start-up does not pay for it. */
export function ObjectivesRoutes() {
  return (
    <Switch>
      <Route path="/objectives" component={ObjectivesPage} />
      <Route path="/objectives/new" component={NewObjectivePage} />
      <Route path="/objectives/skills" component={SkillsPage} />
      <Route path="/objectives/:id/edit">{(p) => <EditObjectivePage id={p.id} />}</Route>
      <Route path="/objectives/:id">{(p) => <ObjectivePage id={p.id} />}</Route>
    </Switch>
  );
}
