import { useState } from 'react';

/**
 * The currency a page's money shows: the one chosen while it exists, else `preferred` (credits are what
 * characters and plugins earn most), else the first.
 */
export function useCurrency(currencies: string[] | undefined, preferred = 'CREDITS'): [string, (c: string) => void] {
  const [chosen, setCurrency] = useState('');
  // Derived while rendering: choosing it in an effect rendered everything twice on arrival.
  const currency = !currencies || currencies.includes(chosen) ? chosen : currencies.includes(preferred) ? preferred : (currencies[0] ?? '');
  return [currency, setCurrency];
}
