import { useState } from 'preact/hooks';
import type { OrgProfile } from '../../rules/schema/profile';
import type { ActiveProfile } from '../../utils/active-profile';
import { onboardingItem } from '../../utils/onboarding';
import { userProfileItem } from '../../utils/storage-items';
import { ProfileFacts } from './profile-facts';
import { ProfileForm } from './profile-form';

interface Props {
  active: ActiveProfile;
  /** True on first run (or arriving at #welcome): the form is open and explained. */
  welcome: boolean;
}

async function saveUserProfile(profile: OrgProfile): Promise<void> {
  await userProfileItem.setValue(profile);
  await onboardingItem.setValue({ ...(await onboardingItem.getValue()), finishedAt: new Date().toISOString() });
}

/** "Your organisation": managed and read-only, the user's own and editable, or the onboarding questions. */
export function ProfileSection({ active, welcome }: Props) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [skipped, setSkipped] = useState(false);
  let body;
  if (active.managed) {
    body = (
      <>
        <p>
          <strong>Managed by your organisation.</strong> Your organisation set these words for Guidepost; they cannot be
          changed here.
        </p>
        <ProfileFacts profile={active.profile} />
      </>
    );
  } else if (active.source === 'user' && !editing) {
    body = (
      <>
        {saved ? (
          <p role="status" class="gp-saved">
            Saved. Guidepost now uses your organisation’s words.
          </p>
        ) : null}
        <ProfileFacts profile={active.profile} />
        <button type="button" class="gp-button" onClick={() => setEditing(true)}>
          Change these details
        </button>
      </>
    );
  } else {
    const user = active.source === 'user' ? active.profile : null;
    body = (
      <>
        {user ? null : (
          <div class="gp-welcome">
            <p>
              Tell Guidepost about your organisation so it can notice when a post mentions it. Until you do, it uses
              general words such as “my employer”, “work” and “my manager”.
            </p>
            <p class="gp-muted">These answers stay on this computer.</p>
          </div>
        )}
        <ProfileForm
          previous={user}
          submitLabel={user ? 'Save changes' : 'Save and start'}
          onCancel={user ? () => setEditing(false) : undefined}
          onSave={async (profile) => {
            await saveUserProfile(profile);
            setEditing(false);
            setSaved(true);
          }}
        />
        {!user && welcome && !skipped ? (
          <p>
            <button
              type="button"
              class="gp-link-button"
              onClick={() => {
                void onboardingItem.setValue({ skippedAt: new Date().toISOString() });
                setSkipped(true);
              }}
            >
              Skip for now and use general words
            </button>
          </p>
        ) : null}
        {skipped ? (
          <p role="status">You can come back to this section whenever you like.</p>
        ) : null}
      </>
    );
  }
  return (
    <section id="organisation" class="gp-section" aria-labelledby="gp-org-heading">
      <h2 id="gp-org-heading">{welcome && !active.managed && active.source !== 'user' ? 'Welcome to Guidepost' : 'Your organisation'}</h2>
      {body}
    </section>
  );
}
