// Electron fuses for a packaged build: features baked into the binary that an attacker with a shell
// could otherwise use to run the app as plain Node, inject code through NODE_OPTIONS or a debugger,
// or swap the app's code next to the binary.
//   npm run package:fuses -- <path to the packaged app's Electron binary (or .app)>
//   check: npx @electron/fuses read --app <same path>
import { flipFuses, FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';

export const FUSES = {
  version: FuseVersion.V1,
  // Fail the packaging step if a new Electron adds a fuse this list does not decide on.
  strictlyRequireAllFuses: true,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
} as const;

export async function flipAppFuses(binary: string, options: { resetAdHocDarwinSignature?: boolean } = {}): Promise<Record<string, string>> {
  await flipFuses(binary, { ...FUSES, ...options });
  const wire = await getCurrentFuseWire(binary);
  const names = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)));
  return Object.fromEntries(names.map((n) => [n, String(wire[FuseV1Options[n as keyof typeof FuseV1Options]])]));
}

if (process.argv[1]?.endsWith('fuses.ts') && process.argv[2]) {
  flipAppFuses(process.argv[2]).then(
    (wire) => console.log(wire),
    (e: Error) => {
      console.error(`fuses: ${e.message}`);
      process.exit(1);
    },
  );
}
