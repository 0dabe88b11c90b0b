// @vitest-environment happy-dom
// Who a Facebook page offers to befriend, and what it shows of their work: friend-request cards and a
// profile page's Intro, read by the adapter; whether that names the organisation, judged as the tip frame does.
import { afterEach, describe, expect, it } from 'vitest';
import sampleProfile from '../../rules/profiles/sample-org.json';
import { facebookAdapter, profileKey } from '../../entrypoints/content/sites/facebook';
import { namesOrganisation } from '../../rules/profile/names-organisation';
import type { OrgProfile } from '../../rules/schema/profile';

const PROFILE = sampleProfile as OrgProfile;

declare const window: Window & { happyDOM: { setURL(url: string): void } };

function requestCard(id: string, name: string, subtitle: string | null, confirm = 'Confirm'): string {
  return `<div class="request">
    <a role="link" href="https://www.facebook.com/friends/requests/?profile_id=${id}"><span>${name}</span></a>
    ${subtitle === null ? '' : `<div><span>${subtitle}</span></div>`}
    <span>2 mutual friends</span>
    <div><div role="button" tabindex="0" aria-label="${confirm}"><span>${confirm}</span></div>
    <div role="button" tabindex="0" aria-label="Delete"><span>Delete</span></div></div>
  </div>`;
}

function profilePage(worksAt: string | null, button = 'Add friend'): string {
  return `<div role="main">
    <div class="header"><h1>Alex Morgan</h1>
      <div role="button" tabindex="0" aria-label="${button}"><span>${button}</span></div>
      <div role="button" tabindex="0" aria-label="Message"><span>Message</span></div></div>
    <div class="intro"><h2>Intro</h2><ul>
      ${worksAt === null ? '' : `<li><div><span>Works at </span><a href="https://www.facebook.com/somewhere"><span>${worksAt}</span></a></div></li>`}
      <li><span>Lives in Fernvale</span></li></ul></div>
    <div role="feed"><div role="article"><span>Works at Fernvale Borough Council? Not me, a post.</span></div></div>
  </div>`;
}

function contacts(html: string, url = 'https://www.facebook.com/friends/requests/') {
  window.happyDOM.setURL(url);
  document.body.innerHTML = html;
  return facebookAdapter.workContacts!(document);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('friend-request cards', () => {
  it('reads each card: the person by id, its lines, its Confirm', () => {
    const found = contacts(requestCard('1001', 'Sam Patel', 'Works at Fernvale Borough Council') + requestCard('1002', 'Chris Lee', null));
    expect(found.map((c) => c.key)).toEqual(['id:1001', 'id:1002']);
    expect(found[0]!.workLines).toEqual(['Sam Patel', 'Works at Fernvale Borough Council', '2 mutual friends']);
    expect(found[0]!.button.getAttribute('aria-label')).toBe('Confirm');
    // The controls' own words are not the person's details.
    expect(found.flatMap((c) => c.workLines)).not.toContain('Delete');
  });

  it.each([
    ['the full name', 'Works at Fernvale Borough Council', true],
    ['a distinctive alias', 'Works at Fernvale Council', true],
    ['a distinctive alias in the header', 'Social worker · Fernvale Family Services', true],
    ['another organisation', 'Works at Eastbrook District Council', false],
    ['a short alias only', 'Works at FBC', false],
    ['a generic alias only', 'Works at the council', false],
    ['the name inside a longer word', 'Works at Fernvale Borough Councillors Club', false],
    ['no work line', null, false],
  ])('%s: names the organisation %s', (_what, subtitle, names) => {
    const [card] = contacts(requestCard('1001', 'Sam Patel', subtitle));
    expect(card!.workLines.some((line) => namesOrganisation(line, PROFILE))).toBe(names);
  });

  it('reads French cards (Confirmer)', () => {
    const [card] = contacts(requestCard('1003', 'Camille Martin', 'Travaille chez Fernvale Borough Council', 'Confirmer'));
    expect(card!.button.getAttribute('aria-label')).toBe('Confirmer');
  });

  it('leaves a "Confirm" that is not on a card alone (a dialog, a control with no profile link near)', () => {
    expect(contacts('<div role="dialog"><a href="/friends/requests/?profile_id=9"><span>X</span></a><div role="button" aria-label="Confirm">Confirm</div></div>')).toEqual([]);
    expect(contacts('<div><span>Delete this photo?</span><div role="button" aria-label="Confirm">Confirm</div></div>')).toEqual([]);
  });
});

describe("a profile page's Intro", () => {
  it('reads the "Works at" line with its workplace, not posts, for the Add friend on the page', () => {
    const [person] = contacts(profilePage('Fernvale Borough Council'), 'https://www.facebook.com/alex.morgan.fv');
    expect(person!.key).toBe('user:alex.morgan.fv');
    expect(person!.workLines).toEqual(['Works at Fernvale Borough Council']);
    expect(person!.button.getAttribute('aria-label')).toBe('Add friend');
  });

  it.each([
    ['the full name', 'Fernvale Borough Council', true],
    ['a distinctive alias', 'Fernvale Housing', true],
    ['another organisation', 'Northgate Hospital', false],
    ['a short alias only', 'FBC', false],
  ])('%s: names the organisation %s', (_what, workplace, names) => {
    const [person] = contacts(profilePage(workplace, 'Confirm request'), 'https://www.facebook.com/profile.php?id=1004');
    expect(person!.key).toBe('id:1004');
    expect(person!.workLines.some((line) => namesOrganisation(line, PROFILE))).toBe(names);
  });

  it('offers nobody when the Intro shows no work (a post saying "Works at" does not count)', () => {
    expect(contacts(profilePage(null), 'https://www.facebook.com/alex.morgan.fv')).toEqual([]);
  });

  it('offers nobody on a page that is not a profile', () => {
    expect(contacts(profilePage('Fernvale Borough Council'), 'https://www.facebook.com/groups/')).toEqual([]);
  });
});

describe('profileKey', () => {
  it.each([
    ['https://www.facebook.com/friends/requests/?profile_id=1001', 'id:1001'],
    ['/friends/suggestions/?profile_id=1001', 'id:1001'],
    ['https://www.facebook.com/profile.php?id=1001&sk=about', 'id:1001'],
    ['https://www.facebook.com/people/Sam-Patel/1001/', 'id:1001'],
    ['https://www.facebook.com/Alex.Morgan.FV', 'user:alex.morgan.fv'],
    ['https://www.facebook.com/friends/', null],
    ['https://www.facebook.com/groups', null],
    ['https://example.com/profile.php?id=1001', null],
    ['https://www.facebook.com/FernvaleLeisure/posts/1', null],
  ])('%s → %s', (href, key) => {
    expect(profileKey(href, 'https://www.facebook.com/')).toBe(key);
  });
});
