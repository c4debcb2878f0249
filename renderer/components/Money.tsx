import { groupDecimal } from '../../db/words/money';

const UNITS: Record<string, string> = { CREDITS: 'credits', USD: 'USD', USDT: 'USDT' };

/** A headline amount: the figure large, its currency small beside it, the exact value on hover. */
export function Money({ value, currency }: { value: string; currency: string }) {
  return (
    <span className="money" title={`${value} ${currency}`}>
      {currency === 'USD' && '$'}
      {groupDecimal(value)}
      {currency !== 'USD' && <span className="unit"> {UNITS[currency] ?? currency}</span>}
    </span>
  );
}
