/** @jsxImportSource react */
// X's left column: the links that route inside the app and the account switcher that
// shows who is posting (SITES.md: SideNav_AccountSwitcher_Button contains the @handle).

export function SideNav({ account }: { account: string }) {
  const handle = account.replace(/^@/, '');
  return (
    <header className="side-nav" role="banner">
      <nav aria-label="Primary">
        <a href="/home" data-testid="AppTabBar_Home_Link" aria-label="Home">
          Home
        </a>
        <a href="/compose/post" data-testid="SideNav_NewTweet_Button" aria-label="Post" className="nav-post">
          Post
        </a>
      </nav>
      <button type="button" data-testid="SideNav_AccountSwitcher_Button" aria-label="Account menu" className="account">
        <div className="avatar" data-testid={`UserAvatar-Container-${handle}`} />
        <span className="account-names">
          <span className="display-name">{handle === 'jo_smith' ? 'Jo Smith' : handle}</span>
          <span className="handle">@{handle}</span>
        </span>
      </button>
    </header>
  );
}
