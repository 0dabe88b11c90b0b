import { useState } from 'preact/hooks';
import { downloadJson } from '../../components/settings/download-json';
import { importPrivateKeyFile, KeyError, type SigningKey } from '../../rules/signing/keys';
import { signPack } from '../../rules/signing/sign-pack';
import type { PackReading } from './read-pack-text';

interface SignPanelProps {
  reading: PackReading;
}

/**
 * Signs in this page with WebCrypto. The key file is read into a non-extractable key and is never
 * stored or sent; closing the page forgets it.
 */
export function SignPanel({ reading }: SignPanelProps) {
  const [signer, setSigner] = useState<SigningKey | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const ready = reading.state === 'valid' && reading.exampleFailures.length === 0;

  const loadKey = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Clear the input so the file's contents are not kept by the form.
    input.value = '';
    if (!file) return;
    try {
      const key = await importPrivateKeyFile(await file.text());
      setSigner(key);
      setMessage(`Key "${key.keyId}" loaded. It stays in this page.`);
    } catch (error) {
      setSigner(null);
      setMessage(error instanceof KeyError ? `${file.name}: ${error.message}` : `${file.name} could not be read.`);
    }
  };

  const signAndDownload = async () => {
    if (!signer || reading.state !== 'valid') return;
    const signed = await signPack(reading.json, signer);
    const name = `${reading.pack.id}-${String(reading.pack.version)}.json`;
    downloadJson(signed, name);
    setMessage(`Signed version ${String(reading.pack.version)} with key "${signer.keyId}" and saved it as ${name}. Publish it at the URL your policy names.`);
  };

  return (
    <section class="gp-section" aria-labelledby="sign-heading">
      <h2 id="sign-heading">3. Sign and download</h2>
      <p class="gp-muted">
        Staff browsers accept a pack only if it is signed by a key your policy trusts and its version is higher than the one
        they have.
      </p>
      <label class="gp-field">
        <span>Private key file (from “guidepost keygen”)</span>
        <input type="file" accept=".jwk,.json,application/json" onChange={(e) => void loadKey(e.target as HTMLInputElement)} />
      </label>
      <div class="gp-row">
        <button type="button" class="gp-button gp-button--primary" disabled={!ready || !signer} onClick={() => void signAndDownload()}>
          Sign and download
        </button>
      </div>
      <p role="status" class="gp-sign-status">
        {!ready ? 'Fix the problems above before signing.' : !signer ? 'Choose your private key file to sign.' : null}
        {message ? ` ${message}` : null}
      </p>
    </section>
  );
}
