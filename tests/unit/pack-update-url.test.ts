import { describe, expect, it } from 'vitest';
import { checkPackUrl } from '../../entrypoints/background/pack-url';

describe('checkPackUrl: HTTPS, or plain HTTP to this machine only', () => {
  it.each([
    'https://packs.fernvale.example/pack.json',
    'http://127.0.0.1:8080/pack.json',
    'http://127.45.6.7/pack.json',
    'http://127.1/pack.json',
    'http://localhost:3000/pack.json',
    'http://[::1]:8080/pack.json',
  ])('allows %s', (url) => {
    expect(checkPackUrl(url).ok).toBe(true);
  });

  it.each([
    ['http://packs.fernvale.example/pack.json', /must use https/],
    ['http://127.0.0.1.evil.example/pack.json', /must use https/],
    ['http://10.0.0.5/pack.json', /must use https/],
    ['http://[::ffff:7f00:1]/pack.json', /must use https/],
    ['ftp://packs.fernvale.example/pack.json', /must use https/],
    ['file:///etc/pack.json', /must use https/],
    ['https://admin:secret@packs.fernvale.example/pack.json', /user name or password/],
    ['packs.fernvale.example/pack.json', /is not a URL/],
  ])('refuses %s', (url, reason) => {
    const result = checkPackUrl(url);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toMatch(reason);
  });
});
