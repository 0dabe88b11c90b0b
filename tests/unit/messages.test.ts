import { describe, expect, it } from 'vitest';
import { readMessage, type ToBackground } from '../../utils/messages';

describe('readMessage', () => {
  it.each([null, undefined, 'refresh-pack', 42, [], {}, { type: 7 }, { request: {} }])('reads %j as no message', (value) => {
    expect(readMessage<ToBackground>(value)).toBeNull();
  });

  it('reads a message of the direction as itself, for the receiver to switch on', () => {
    const message = { type: 'refresh-pack', request: {} };
    expect(readMessage<ToBackground>(message)).toBe(message);
  });
});
