import { parseRichText } from './rich-text';

/** Pack text as paragraphs of text nodes: Preact escapes every string, so no pack HTML reaches the page. */
export function RichText({ text, class: className }: { text: string; class?: string }) {
  return (
    <>
      {parseRichText(text).map((runs, i) => (
        <p key={i} class={className}>
          {runs.map((run, j) => (run.bold ? <strong key={j}>{run.text}</strong> : run.text))}
        </p>
      ))}
    </>
  );
}
