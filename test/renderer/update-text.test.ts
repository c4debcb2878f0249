import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../electron/api/types';
import { updateDetail, updateLine } from '../../renderer/shell/update-text';

const base: UpdateStatus = { supported: true, phase: 'idle', currentVersion: '0.1.0', version: null, percent: null, checkedAt: null, error: null, waitingFor: null };
const NOW = Date.parse('2026-12-02T12:00:00Z');

describe('what the window says about updates', () => {
  it('puts a line in the status bar only when an update is found, downloading or ready', () => {
    expect(updateLine(base)).toBeNull();
    expect(updateLine({ ...base, phase: 'checking' })).toBeNull();
    expect(updateLine({ ...base, phase: 'error', error: 'The release feed could not be reached.' })).toBeNull(); // offline is not news
    expect(updateLine({ ...base, supported: false, note: 'Updates are handled by the desktop app.' })).toBeNull();
    expect(updateLine({ ...base, phase: 'available', version: '0.2.0', waitingFor: 'sync' })).toBe('Update 0.2.0 found: it downloads once the sync has finished');
    expect(updateLine({ ...base, phase: 'available', version: '0.2.0', waitingFor: 'export' })).toBe('Update 0.2.0 found: it downloads once the export is saved');
    expect(updateLine({ ...base, phase: 'downloading', version: '0.2.0', percent: 42 })).toBe('Downloading update 0.2.0: 42%');
    expect(updateLine({ ...base, phase: 'downloaded', version: '0.2.0', percent: 100 })).toBe('Update 0.2.0 is ready: it installs when you quit Creator Studio');
  });

  it('tells in Settings where updates stand, when the feed last answered, and why it cannot help in a browser', () => {
    expect(updateDetail(base, NOW)).toBe('Creator Studio 0.1.0. It checks for updates at every start and once a day.');
    expect(updateDetail({ ...base, checkedAt: '2026-12-02T09:00:00Z' }, NOW)).toBe('Creator Studio 0.1.0 is up to date (checked 3 h ago). It checks again at every start and once a day.');
    expect(updateDetail({ ...base, phase: 'error', checkedAt: '2026-12-01T12:00:00Z', error: 'The release feed could not be reached; Creator Studio will try again later.' }, NOW)).toBe(
      'The last update check failed: The release feed could not be reached; Creator Studio will try again later. The release feed last answered 24 h ago.',
    );
    expect(updateDetail({ ...base, phase: 'downloaded', version: '0.2.0' }, NOW)).toContain('Restart and install');
    expect(updateDetail({ ...base, supported: false, note: 'Updates are handled by the desktop app: install it.' }, NOW)).toBe('Updates are handled by the desktop app: install it.');
  });
});
