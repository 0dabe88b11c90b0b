/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the exact bytes a pack signature covers.
 * Object keys sorted by UTF-16 code units, no whitespace, numbers and strings serialised the way
 * ECMAScript's JSON.stringify does, which is what RFC 8785 specifies.
 */
export function canonicalJson(value: unknown): string {
  return serialise(value, '');
}

export class CanonicalJsonError extends Error {
  constructor(path: string, problem: string) {
    super(`${path || '(top level)'}: ${problem}`);
    this.name = 'CanonicalJsonError';
  }
}

// A lone surrogate cannot be encoded as UTF-8, so two parties could hash different bytes for it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function serialiseString(text: string, path: string): string {
  if (LONE_SURROGATE.test(text)) throw new CanonicalJsonError(path, 'string holds a lone surrogate');
  return JSON.stringify(text);
}

function serialise(value: unknown, path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new CanonicalJsonError(path, `${value} is not a JSON number`);
      // Number#toString is the ECMAScript algorithm RFC 8785 §3.2.2.3 names; -0 serialises as 0.
      return JSON.stringify(value);
    case 'string':
      return serialiseString(value, path);
    case 'object': {
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : serialise(item, `${path}[${i}]`))).join(',')}]`;
      }
      const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
      // Default sort compares UTF-16 code units, the order RFC 8785 §3.2.3 requires.
      entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      const members = entries.map(([key, v]) => `${serialiseString(key, path)}:${serialise(v, path ? `${path}.${key}` : key)}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new CanonicalJsonError(path, `a ${typeof value} has no JSON form`);
  }
}
