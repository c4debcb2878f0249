// ISO 4217 minor units: how many fraction digits a currency's amounts have. Two for most; the
// exceptions are listed (ISO 4217 list one, as published by SIX). A home-currency value is rounded
// to these digits once per row.

const ZERO = ['BIF', 'CLP', 'DJF', 'GNF', 'ISK', 'JPY', 'KMF', 'KRW', 'PYG', 'RWF', 'UGX', 'UYI', 'VND', 'VUV', 'XAF', 'XOF', 'XPF'];
const THREE = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'];
const FOUR = ['CLF', 'UYW'];

export function minorUnits(currency: string): number {
  if (ZERO.includes(currency)) return 0;
  if (THREE.includes(currency)) return 3;
  if (FOUR.includes(currency)) return 4;
  return 2;
}

/** A three-letter ISO 4217 code this runtime knows (Intl's list, which follows ISO 4217). */
export function isCurrencyCode(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}
