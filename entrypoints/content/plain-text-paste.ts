/**
 * A paste event carrying `text` as text/plain, as Draft.js and Lexical read one. The text is set on
 * the event's own clipboardData: Firefox gives the event an empty copy of a DataTransfer passed to
 * its constructor, so the editor would read nothing. Built in whichever world the caller runs in;
 * the page's handlers can only read one built in the page's world (see paste-bridge.content.ts).
 */
export function plainTextPaste(text: string): ClipboardEvent {
  const paste = new ClipboardEvent('paste', { clipboardData: new DataTransfer(), bubbles: true, cancelable: true, composed: true });
  paste.clipboardData?.setData('text/plain', text);
  return paste;
}
