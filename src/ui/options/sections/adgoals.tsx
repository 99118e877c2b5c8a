/** Options: a link card to the ad goals page, where ad data is imported and goals are managed; "You and your team". */
import {t} from '../../../shared/i18n';
import {PeopleEditor} from './adgoals-people';

export function AdGoalsOptionsSection() {
  const goals = '/src/ui/goals/index.html';
  return (
    <div data-testid="options-adgoals">
      <h2>{t('agOptionsTitle')}</h2>
      <p class="muted">{t('agOptionsIntro')}</p>
      <div class="row">
        <a class="btn primary" href={goals} target="_blank">{t('agOpenGoals')}</a>
        <a class="btn" href={`${goals}#import`} target="_blank">{t('agImportTitle')}</a>
      </div>
      <PeopleEditor />
    </div>
  );
}
