/**
 * Fixed ids, so enterprise policy can name the extension before it is installed.
 * Chromium derives the id from the manifest `key` (base64 DER of an RSA public key): the first 32
 * hex digits of its SHA-256, each digit 0–f written as a–p. tests/unit/pack-update-manifest.test.ts
 * recomputes it. This key pair was made for the project's own builds (unpacked loading, policy
 * tests); a Web Store or self-hosted .crx release signs with its release key, so put that key's
 * public half here and update the id in docs/admin-guide.md.
 */
export const CHROME_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAqyTgHoZQ3m34149iXxrqZZUhLp2S1Rn/56oEtp8P1LM8d2Nsnrq5dkT1itM++oim/33PDCBzV0tP255Bu5EOZvJ9mQuq4yrWuAkcsWlz9Ik5bl3aglF4zr5KPyRsTsptN/ixZZ4d9vSQ0WV41RjV8DtQBuAnQ97Qt5iGmDvyuVzmb+7IKWF62epKQIGWx9v/FEtZaeIU82TstUhFAiMsRm600XIhQnhmptk8zCp42VMp5jl1EMFm1zqjefFlW+6UjBKkbS/uTZuJWWmVXmy1/yZ1VtvQJNglaLBl2OSma8ixg0LZOC0ZJK1/1uDuC/qkgPS/BPtLUBNCSYFq2IXZUQIDAQAB';
export const CHROME_EXTENSION_ID = 'ljidoeokmiccjbpmmjkegncbkbdjoiac';
export const GECKO_ID = 'guidepost@guidepost.example';
