/**
 * Whether a value's JSON would be longer than `limit` characters, found without building it: a
 * hostile pack can be too large for `JSON.stringify` to return at all. Walks the value and stops
 * as soon as the count passes the limit; strings count their characters plus quotes (escapes are
 * not counted, so the answer errs towards accepting by a little).
 */
export function jsonLongerThan(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') size += v.length + 2;
    else if (typeof v === 'number' || typeof v === 'boolean' || v === null) size += String(v).length;
    else if (Array.isArray(v)) {
      size += 1 + v.length;
      for (const item of v) stack.push(item);
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        if (item === undefined) continue;
        size += key.length + 4;
        stack.push(item);
      }
      size += 2;
    }
    if (size > limit) return true;
  }
  return false;
}
