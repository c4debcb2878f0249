// Apart from updates.ts so the StudioApi handlers (also loaded by serve mode and the CLI) do not
// load electron-updater, which only the installed desktop app uses (about 60 ms at start).

/** Why an update cannot be installed right now, in the creator's words. */
export class UpdateRefused extends Error {
  constructor(
    readonly reason: 'busy' | 'nothing_downloaded',
    message: string,
  ) {
    super(message);
  }
}
