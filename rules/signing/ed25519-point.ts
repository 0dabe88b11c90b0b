/**
 * Checks on an encoded Ed25519 point (RFC 8032 §5.1.3) that WebCrypto leaves out. A public key of
 * small order (the identity, the all-zero key and the other six points of order 2, 4 or 8)
 * verifies signatures made without any private key; a non-canonical encoding (y ≥ p, or x = 0
 * with the sign bit set) names a point some other way than its owner would. Both are refused for
 * keys and for a signature's R. Pure BigInt arithmetic: it runs once per key or signature.
 */

const P = 2n ** 255n - 19n;
/** Order of the prime-order subgroup; a canonical signature's S is below it. */
export const GROUP_ORDER = 2n ** 252n + 27742317777372353535851937790883648493n;
const D = mod(-121665n * inverse(121666n));
const SQRT_MINUS_ONE = power(2n, (P - 1n) / 4n);

function mod(a: bigint): bigint {
  const r = a % P;
  return r < 0n ? r + P : r;
}

function power(base: bigint, exponent: bigint): bigint {
  let result = 1n;
  let b = mod(base);
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = mod(result * b);
    b = mod(b * b);
  }
  return result;
}

function inverse(a: bigint): bigint {
  return power(a, P - 2n);
}

export function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]!);
  return n;
}

/** Why these 32 bytes are not a usable point (for a key or a signature's R), or null when they are. */
export function pointProblem(bytes: Uint8Array): string | null {
  if (bytes.length !== 32) return 'not 32 bytes';
  const sign = bytes[31]! >> 7;
  const y = littleEndian(bytes) & ((1n << 255n) - 1n);
  if (y >= P) return 'a non-canonical encoding (y is not below 2^255 - 19)';
  const y2 = mod(y * y);
  const u = mod(y2 - 1n);
  const v = mod(D * y2 + 1n);
  let x = mod(u * power(v, 3n) * power(u * power(v, 7n), (P - 5n) / 8n));
  const vx2 = mod(v * x * x);
  if (vx2 === mod(-u)) x = mod(x * SQRT_MINUS_ONE);
  else if (vx2 !== u) return 'not a point on the Ed25519 curve';
  if (x === 0n && sign === 1) return 'a non-canonical encoding (x is 0 but the sign bit is set)';
  if (isSmallOrder(x, y)) return 'a point of small order, which verifies signatures made without any private key';
  return null;
}

/** [8]P is the identity: three doublings in extended coordinates (RFC 8032 §5.1.4). */
function isSmallOrder(x: bigint, y: bigint): boolean {
  let [X, Y, Z] = [x, y, 1n];
  for (let i = 0; i < 3; i++) {
    const A = mod(X * X);
    const B = mod(Y * Y);
    const C = mod(2n * Z * Z);
    const H = mod(A + B);
    const E = mod(H - mod((X + Y) * (X + Y)));
    const G = mod(A - B);
    const F = mod(C + G);
    [X, Y, Z] = [mod(E * F), mod(G * H), mod(F * G)];
  }
  return X === 0n && Y === Z;
}
