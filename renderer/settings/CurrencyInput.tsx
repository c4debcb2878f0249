import { useId } from 'react';
import { CURRENCIES, currencyName } from './locale-currency';

/** A searchable ISO 4217 code: type a code or a name, the list narrows as you type. */
export function CurrencyInput({ value, onChange, label, id }: { value: string; onChange: (code: string) => void; label: string; id?: string }) {
  const list = useId();
  return (
    <label>
      {label}
      <input
        id={id}
        type="text"
        list={list}
        value={value}
        maxLength={3}
        autoComplete="off"
        spellCheck={false}
        placeholder="EUR"
        className="currency"
        aria-describedby={`${list}-name`}
        onChange={(e) => onChange(e.target.value.toUpperCase())}
      />
      <datalist id={list}>
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {currencyName(code)}
          </option>
        ))}
      </datalist>
      <span id={`${list}-name`} className="hint">
        {CURRENCIES.includes(value) ? currencyName(value) : 'An ISO 4217 code, such as EUR, USD, GBP, CAD, AUD or JPY'}
      </span>
    </label>
  );
}
