import fs from 'node:fs';
import path from 'node:path';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { flipAppFuses } from '../../electron/packaging/fuses';
import { tempDir } from '../helpers/tmp';

// No Electron binary can be downloaded here, so the fuse step runs on a stand-in: a file carrying
// Electron's fuse sentinel and a version-1 wire with Electron's shipped defaults, exactly where the
// real binary has them. A packaged build is checked the same way with `npx @electron/fuses read`.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const SHIPPED = [FuseState.ENABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE];

function standIn(): string {
  const file = path.join(tempDir(), 'electron');
  fs.writeFileSync(file, Buffer.concat([Buffer.alloc(4096, 0x90), Buffer.from(SENTINEL), Buffer.from([1, SHIPPED.length, ...SHIPPED]), Buffer.alloc(4096, 0x90)]));
  return file;
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
    expect(fs.statSync(binary).size).toBe(8192 + SENTINEL.length + 2 + SHIPPED.length); // only the wire bytes changed
  });
});
