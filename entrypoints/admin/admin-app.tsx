import { useEffect, useMemo, useState } from 'preact/hooks';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import type { RulePack } from '../../rules/schema/pack';
import { GENERIC_PROFILE, type OrgProfile } from '../../rules/schema/profile';
import { managedProfileItem } from '../../utils/storage-items';
import { PackProblems } from './pack-problems';
import { readPackText } from './read-pack-text';
import { SignPanel } from './sign-panel';
import { TryDraft } from './try-draft';

/** The admin's page: open or paste a pack, see problems as you type, try it, sign it, download it. */
export function AdminApp() {
  const [text, setText] = useState('');
  const [policyProfile, setPolicyProfile] = useState<OrgProfile | null>(null);
  useEffect(() => {
    void managedProfileItem.getValue().then(setPolicyProfile);
  }, []);
  // The same choice installs make when they check a new pack: policy's profile, the pack's, generic words.
  const profileFor = (pack: RulePack) => policyProfile ?? pack.profile ?? GENERIC_PROFILE;
  const profileSource = (pack: RulePack) =>
    policyProfile ? "from this browser's policy" : pack.profile ? 'from the pack' : 'generic: add a "profile" to the pack for your organisation\'s words';
  const reading = useMemo(() => readPackText(text, profileFor), [text, policyProfile]);

  const open = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (file) setText(await file.text());
  };

  return (
    <main class="gp-admin">
      <h1>Guidepost rule pack editor</h1>
      <p class="gp-muted">
        Everything on this page stays in this browser: the pack, the drafts you try and your private key are never sent
        anywhere.
      </p>
      <section class="gp-section" aria-labelledby="pack-heading">
        <h2 id="pack-heading">1. The pack</h2>
        <div class="gp-row">
          <label class="gp-button">
            Open a pack file…
            <input class="gp-visually-hidden" type="file" accept=".json,application/json" onChange={(e) => void open(e.target as HTMLInputElement)} />
          </label>
          <button type="button" class="gp-button" onClick={() => setText(`${JSON.stringify(DEFAULT_PACK, null, 2)}\n`)}>
            Start from the bundled pack
          </button>
        </div>
        <label class="gp-field">
          <span>Pack JSON (paste or edit)</span>
          <textarea
            class="gp-pack-text"
            rows={18}
            spellcheck={false}
            value={text}
            aria-describedby="pack-problems"
            onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
          />
        </label>
        <PackProblems reading={reading} />
      </section>
      {reading.state === 'valid' ? (
        <TryDraft pack={reading.pack} profile={profileFor(reading.pack)} profileSource={profileSource(reading.pack)} />
      ) : null}
      <SignPanel reading={reading} />
    </main>
  );
}
