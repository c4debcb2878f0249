import fs from 'node:fs';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { flipAppFuses } from '../../electron/packaging/fuses';
import { STAND_IN_SIZE, writeFuseStandIn } from '../helpers/electron-stand-in';
import { tempDir } from '../helpers/tmp';

// The fuse step runs on a stand-in carrying Electron's fuse wire where the real binary has it; a
// packaged build is checked the same way with `npx @electron/fuses read` (and by test/packaging).
function standIn(): string {
  return writeFuseStandIn(path.join(tempDir(), 'electron'));
}

describe('fuses of a packaged build', () => {
  it('turn off running as Node, NODE_OPTIONS and inspect; turn on asar integrity and asar-only loading', async () => {
    const binary = standIn();
    await flipAppFuses(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(fs.statSync(binary).size).toBe(STAND_IN_SIZE); // only the wire bytes changed
  });
});
