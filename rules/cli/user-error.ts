/** A mistake in the user's input: reported as one clear line, never as a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}
