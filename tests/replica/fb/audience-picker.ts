// The Create post audience button ("Edit privacy. Sharing with Public.", in the page's language)
// and the chooser it opens, so tests can change the audience the way a writer does: by clicking.
import type { ReplicaAudience } from '../shared/options';
import { el, roleButton } from '../shared/dom';
import type { FacebookWords } from './words';

const AUDIENCES: readonly ReplicaAudience[] = ['Public', 'Friends', 'Only me', 'Custom'];

export function createAudiencePicker(initial: ReplicaAudience, words: FacebookWords): HTMLElement {
  let audience = initial;
  const chooser = el('div', { role: 'radiogroup', 'aria-label': words.postAudience, class: 'audience-chooser' });
  chooser.hidden = true;

  const button = roleButton('', '', () => {
    chooser.hidden = !chooser.hidden;
  }, 'audience');
  const show = () => {
    button.setAttribute('aria-label', words.privacy(words.audiences[audience]));
    button.textContent = `${words.audiences[audience]} ▾`;
    for (const option of chooser.children) option.setAttribute('aria-checked', String(option.getAttribute('data-audience') === audience));
  };

  for (const choice of AUDIENCES) {
    const option = el('div', { role: 'radio', tabindex: '0', 'aria-checked': 'false', class: 'audience-option', 'data-audience': choice }, words.audiences[choice]);
    const choose = () => {
      audience = choice;
      chooser.hidden = true;
      show();
      button.focus();
    };
    option.addEventListener('click', choose);
    option.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        choose();
      }
    });
    chooser.append(option);
  }
  show();
  return el('div', { class: 'audience-picker' }, button, chooser);
}
