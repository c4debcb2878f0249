// Every read the read thread answers (db/reader.ts), by the name the main thread sends.
import type { Read } from '../reader';
import { CHARACTER_MONEY_WINDOWS } from './characters/list';
import { KEYED_TOTALS } from './content/aggregate';
import { SOURCE_ENTRIES } from './earnings/sources';

export const READS: readonly Read<never, unknown>[] = [KEYED_TOTALS, CHARACTER_MONEY_WINDOWS, SOURCE_ENTRIES];
