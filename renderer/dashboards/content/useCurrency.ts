import { useEffect, useState } from 'react';

/** The currency a table's money columns show: credits first (what characters and plugins earn most), kept while it exists. */
export function useCurrency(currencies: string[] | undefined): [string, (c: string) => void] {
  const [currency, setCurrency] = useState('');
  useEffect(() => {
    if (currencies && !currencies.includes(currency)) setCurrency(currencies.includes('CREDITS') ? 'CREDITS' : (currencies[0] ?? ''));
  }, [currencies, currency]);
  return [currency, setCurrency];
}
