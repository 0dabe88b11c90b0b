/** @jsxImportSource react */
// X's left column: the links that route inside the app and the account switcher that
// shows who is posting: its avatar's test id ends in the handle; its text is the display name
// (which may hold an @handle of its own) and the handle.
import type { XWords } from './words';

export function SideNav({ account, displayName, words }: { account: string; displayName: string | null; words: XWords }) {
  const handle = account.replace(/^@/, '');
  return (
    <header className="side-nav" role="banner">
      <nav aria-label="Primary">
        <a href="/home" data-testid="AppTabBar_Home_Link" aria-label={words.home}>
          {words.home}
        </a>
        <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label={words.postNav} className="nav-post">
          {words.postNav}
        </a>
      </nav>
      <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label={words.accountMenu} className="account">
        <div className="avatar" data-testid={`UserAvatar-Container-${handle}`} />
        <span className="account-names">
          <span className="display-name">{displayName ?? (handle === 'jo_smith' ? 'Jo Smith' : handle)}</span>
          <span className="handle">@{handle}</span>
        </span>
      </button>
    </header>
  );
}
