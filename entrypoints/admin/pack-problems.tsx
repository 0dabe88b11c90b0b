import type { PackReading } from './read-pack-text';

/** What is wrong with the pack as typed, by JSON path, and whether its own examples pass. */
export function PackProblems({ reading }: { reading: PackReading }) {
  return (
    <div id="pack-problems" class="gp-pack-problems" role="status" aria-live="polite">
      {reading.state === 'empty' ? <p class="gp-muted">Open or paste a pack to begin.</p> : null}
      {reading.state === 'not-json' ? <p class="gp-alert">Not valid JSON: {reading.message}</p> : null}
      {reading.state === 'uncompilable' ? <p class="gp-alert">The pack follows the schema but cannot be compiled: {reading.message}</p> : null}
      {reading.state === 'invalid' ? (
        <div class="gp-alert">
          <p>
            {reading.problems.length} {reading.problems.length === 1 ? 'problem' : 'problems'}:
          </p>
          <ul class="gp-problem-list">
            {reading.problems.map((p, i) => (
              <li key={i}>
                <code>{p.path}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {reading.state === 'valid' ? (
        <div class={reading.exampleFailures.length > 0 ? 'gp-alert' : 'gp-ok'}>
          <p>
            Valid pack “{reading.pack.id}” version {String(reading.pack.version)}: {reading.pack.rules.length} rules,{' '}
            {reading.pack.guidance.length} guidance entries.
            {reading.exampleFailures.length === 0 ? ' Every rule example passes.' : ` ${reading.exampleFailures.length} rule examples fail:`}
          </p>
          {reading.exampleFailures.length > 0 ? (
            <ul class="gp-problem-list">
              {reading.exampleFailures.map((f) => (
                <li key={f.path}>
                  <code>{f.path}</code> (rule “{f.rule}”) should {f.expected === 'match' ? 'match' : 'not match'}: “{f.text}”
                </li>
              ))}
            </ul>
          ) : null}
          {reading.pack.signature ? (
            <p class="gp-muted">
              It carries a signature by “{reading.pack.signature.keyId}”; signing again below replaces it.
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
