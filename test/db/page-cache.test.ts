import { expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDbFile } from '../helpers/tmp';

it('opens a connection with the page cache asked for, better-sqlite3’s 16 MiB otherwise', async () => {
  const file = tempDbFile();
  const main = (await openDatabase(file)).db;
  expect(main.pragma('cache_size', { simple: true })).toBe(-16000);
  const sized = (await openDatabase(file, { readonly: true, integrity: 'header', cacheMb: 32 })).db;
  expect(sized.pragma('cache_size', { simple: true })).toBe(-32 * 1024);
  sized.close();
  main.close();
});
