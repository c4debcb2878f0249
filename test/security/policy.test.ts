import { describe, expect, it } from 'vitest';
import { externalHosts, isAllowedExternal, isAppUrl, isTrustedSender } from '../../electron/security/policy';

const packaged = { packaged: true };
const dev = { packaged: false, devUrl: 'http://localhost:5173' };

describe('window trust rules', () => {
  it('trusts only the app’s own pages, and the dev server only in development', () => {
    expect(isAppUrl('app://studio/index.html', packaged)).toBe(true);
    expect(isAppUrl('app://studio.evil/index.html', packaged)).toBe(false);
    expect(isAppUrl('app://other/index.html', packaged)).toBe(false);
    expect(isAppUrl('file:///etc/passwd', packaged)).toBe(false);
    expect(isAppUrl('https://evil.example/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5173/#/earnings', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('not a url', dev)).toBe(false);
  });

  it('answers IPC only from the app’s top frame', () => {
    expect(isTrustedSender({ url: 'app://studio/index.html', isMainFrame: true }, packaged)).toBe(true);
    expect(isTrustedSender({ url: 'app://studio/index.html', isMainFrame: false }, packaged)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', isMainFrame: true }, packaged)).toBe(false);
    expect(isTrustedSender(null, packaged)).toBe(false);
  });

  it('opens only allow-listed https links outside', () => {
    const hosts = externalHosts('https://api.example-platform.com');
    expect(hosts).toEqual(['api.example-platform.com', 'example-platform.com']);
    expect(isAllowedExternal('https://example-platform.com/creator/settings', hosts)).toBe(true);
    expect(isAllowedExternal('http://example-platform.com/', hosts)).toBe(false);
    expect(isAllowedExternal('https://user:pw@example-platform.com/', hosts)).toBe(false);
    expect(isAllowedExternal('https://example-platform.com.evil.net/', hosts)).toBe(false);
    expect(isAllowedExternal('javascript:alert(1)', hosts)).toBe(false);
    expect(isAllowedExternal('file:///etc/passwd', hosts)).toBe(false);
    expect(isAllowedExternal('https://example-platform.com/', externalHosts(null))).toBe(false);
  });
});
