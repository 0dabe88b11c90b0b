// The Facebook pages where someone asks to be friends: the friend requests page (a card per
// request, linked to the person by /friends/requests/?profile_id=…, with Confirm and Delete) and a
// person's profile (its header's Add friend, its Intro's "Works at" line, their posts). The people
// and their workplaces are made up; some name the sample organisation, some only by a short alias.
import { el, roleButton } from '../shared/dom';

interface Requester {
  id: string;
  name: string;
  /** What the card shows under the name. */
  detail: string;
  mutual: number;
}

export const REQUESTERS: readonly Requester[] = [
  { id: '100000000000101', name: 'Sam Okafor', detail: 'Works at Fernvale Borough Council', mutual: 4 },
  { id: '100000000000102', name: 'Priya Shah', detail: 'Family support worker at Fernvale Family Services', mutual: 2 },
  { id: '100000000000103', name: 'Tom Reed', detail: 'Works at FBC', mutual: 1 },
  { id: '100000000000104', name: 'Lena Novak', detail: 'Works at Eastbrook Hospital', mutual: 3 },
];

function requestCard({ id, name, detail, mutual }: Requester): HTMLElement {
  const answer = (said: string) => () => actions.replaceChildren(el('span', { class: 'muted' }, said));
  const actions = el(
    'div',
    { class: 'request-actions' },
    roleButton('Confirm', el('span', {}, 'Confirm'), answer('Request accepted'), 'request-confirm'),
    roleButton('Delete', el('span', {}, 'Delete'), answer('Request removed'), 'request-delete'),
  );
  return el(
    'div',
    { class: 'card request' },
    el('a', { role: 'link', href: `https://www.facebook.com/friends/requests/?profile_id=${id}`, class: 'request-name' }, el('div', { class: 'avatar', 'aria-hidden': 'true' }), el('span', {}, name)),
    el('div', { class: 'request-detail' }, el('span', {}, detail)),
    el('div', { class: 'request-mutual' }, el('span', {}, `${mutual} mutual friends`)),
    actions,
  );
}

export function renderFriendRequests(main: HTMLElement): void {
  main.classList.add('wide');
  main.append(el('h1', { class: 'page-title' }, 'Friend requests'), el('div', { class: 'requests', role: 'list' }, ...REQUESTERS.map((r) => el('div', { role: 'listitem' }, requestCard(r)))));
}

export function renderProfile(main: HTMLElement): void {
  const button = roleButton('Add friend', el('span', {}, 'Add friend'), () => button.replaceWith(el('span', { class: 'muted' }, 'Request sent')), 'befriend');
  main.append(
    el(
      'div',
      { class: 'card profile-head' },
      el('div', { class: 'avatar large', 'aria-hidden': 'true' }),
      el('h1', {}, 'Alex Morgan'),
      el('div', { class: 'profile-actions' }, button, roleButton('Message', el('span', {}, 'Message'), () => undefined, 'message')),
    ),
    el(
      'div',
      { class: 'card intro' },
      el('h2', {}, 'Intro'),
      el(
        'ul',
        {},
        el('li', {}, el('div', {}, el('span', {}, 'Works at '), el('a', { href: 'https://www.facebook.com/FernvaleBC' }, el('span', {}, 'Fernvale Borough Council')))),
        el('li', {}, el('span', {}, 'Lives in Fernvale')),
      ),
    ),
    el('div', { role: 'feed' }, el('div', { role: 'article', class: 'card' }, el('strong', {}, 'Alex Morgan'), el('p', {}, 'Lovely walk by the river this morning.'))),
  );
}
