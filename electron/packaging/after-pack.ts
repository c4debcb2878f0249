// electron-builder's after-pack hook (wired through after-pack.cjs): runs on every packaged app,
// after the files are laid out and before signing and the installer, so each installer carries
// an Electron binary with its fuses flipped and a database driver outside the archive.
import fs from 'node:fs';
import path from 'node:path';
import { FuseState } from '@electron/fuses';
import type { AfterPackContext } from 'electron-builder';
import { flipAppFuses } from './fuses';
import { PACKAGED_SQLITE_BINDING } from './layout';

// electron-builder's Arch enum: arm64 is 3.
const ARM64 = 3;

/** The Electron executable of the packaged app, as electron-builder named it for the product. */
export function packagedExecutable(context: Pick<AfterPackContext, 'appOutDir' | 'electronPlatformName' | 'packager'>): string {
  const product = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(context.appOutDir, `${product}.app`);
    case 'win32':
      return path.join(context.appOutDir, `${product}.exe`);
    default:
      return path.join(context.appOutDir, (context.packager as unknown as { executableName: string }).executableName);
  }
}

function resourcesDir(context: AfterPackContext): string {
  const { appOutDir, electronPlatformName, packager } = context;
  const mac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return mac ? path.join(appOutDir, `${packager.appInfo.productFilename}.app`, 'Contents', 'Resources') : path.join(appOutDir, 'resources');
}

export default async function afterPack(context: AfterPackContext): Promise<void> {
  const binding = path.join(resourcesDir(context), PACKAGED_SQLITE_BINDING);
  // Without it the installed app cannot open its database: fail the build, not the creator's first start.
  if (!fs.existsSync(binding)) throw new Error(`after-pack: the database driver is not outside the archive (${binding} is missing); check asarUnpack`);
  const executable = packagedExecutable(context);
  // An arm64 macOS binary must carry a valid signature to start; electron-builder re-signs it
  // afterwards when signing credentials are given, and this ad-hoc one stands in when they are not.
  const wire = await flipAppFuses(executable, { resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64 });
  const state = (v: string) => ({ [FuseState.ENABLE]: 'on', [FuseState.DISABLE]: 'off' })[Number(v)] ?? v;
  console.log(`  • fuses flipped  file=${executable} ${Object.entries(wire).map(([k, v]) => `${k}=${state(v)}`).join(' ')}`);
}
