/** The words of the draft that caused a finding, marked as the writer typed them. */
export function FindingWords({ words }: { words: readonly string[] }) {
  if (words.length === 0) return null;
  return (
    <p class="gp-words">
      <span class="gp-words__label">Because of </span>
      {words.map((word, i) => (
        <mark key={i} class="gp-word">
          {word}
        </mark>
      ))}
    </p>
  );
}
