/**
 * How one-way messages travel: over the runtime ports between the content script and its frames
 * (utils/port-link.ts), and between the checks frame and its workers. The directions' messages are
 * declared in utils/messages.ts; this module imports no browser API, so a worker can use it.
 */

/**
 * One message of a one-way direction (a port's, a worker's): its type and its body. Ports carry no
 * answers; a reply is a message of the other direction.
 */
export type PortMessage<M> = { [K in keyof M]: { type: K; body: M[K] } }[keyof M];

/** A port or worker message read as one of direction M, or null for anything not shaped like one. */
export function readPortMessage<M>(value: unknown): PortMessage<M> | null {
  const shaped = typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string' && 'body' in value;
  return shaped ? (value as PortMessage<M>) : null;
}

/** The `default` of a one-way receiver's switch: the compiler fails there until every type of the direction has its case. */
export function ignored(type: never): void {
  void type;
}
