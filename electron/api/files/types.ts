// What the export, tax pack and rates-file methods answer.
import type { StatementData } from '../../export/statement-data';

export type { StatementData } from '../../export/statement-data';

/** A file the main process saved (desktop: savedTo), or its content for the browser to download. */
export interface FileResult {
  savedTo: string | null;
  filename: string;
  /** Text, or base64 when `base64` is set; null when saved or cancelled. */
  content: string | null;
  base64?: boolean;
  mime?: string;
  rows?: number;
}

export interface ImportedRates {
  rows: number;
  currencies: string[];
  first: string;
  last: string;
}

export interface FileOutputs {
  exportTable: FileResult;
  taxPack: FileResult;
  statement: StatementData;
  importRates: ImportedRates;
}
