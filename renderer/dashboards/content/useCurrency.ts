import { useState } from 'react';

/** The currency a table's money columns show: credits first (what characters and plugins earn most), kept while it exists. */
export function useCurrency(currencies: string[] | undefined): [string, (c: string) => void] {
  const [chosen, setCurrency] = useState('');
  // Derived while rendering: choosing it in an effect rendered the whole table twice on arrival.
  const currency = !currencies || currencies.includes(chosen) ? chosen : currencies.includes('CREDITS') ? 'CREDITS' : (currencies[0] ?? '');
  return [currency, setCurrency];
}
