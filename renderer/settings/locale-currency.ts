// The currency a creator most likely reports in, from the system locale's region: offered, never
// saved until they confirm it. Regions not listed offer nothing rather than a guess.
const EURO = ['AT', 'BE', 'CY', 'DE', 'EE', 'ES', 'FI', 'FR', 'GR', 'HR', 'IE', 'IT', 'LT', 'LU', 'LV', 'MT', 'NL', 'PT', 'SI', 'SK'];
const BY_REGION: Record<string, string> = {
  US: 'USD', GB: 'GBP', CA: 'CAD', AU: 'AUD', NZ: 'NZD', JP: 'JPY', CH: 'CHF', SE: 'SEK', NO: 'NOK', DK: 'DKK', PL: 'PLN', CZ: 'CZK',
  HU: 'HUF', RO: 'RON', BG: 'BGN', IS: 'ISK', TR: 'TRY', IN: 'INR', CN: 'CNY', HK: 'HKD', SG: 'SGD', KR: 'KRW', TW: 'TWD', TH: 'THB',
  ID: 'IDR', MY: 'MYR', PH: 'PHP', VN: 'VND', IL: 'ILS', AE: 'AED', SA: 'SAR', ZA: 'ZAR', NG: 'NGN', KE: 'KES', EG: 'EGP', BR: 'BRL',
  MX: 'MXN', AR: 'ARS', CL: 'CLP', CO: 'COP', PE: 'PEN', UA: 'UAH', KW: 'KWD', BH: 'BHD',
};

export function localeCurrency(locale = navigator.language): string | null {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    if (!region) return null;
    return EURO.includes(region) ? 'EUR' : (BY_REGION[region] ?? null);
  } catch {
    return null;
  }
}

export const CURRENCIES: string[] = Intl.supportedValuesOf('currency');

const names = new Intl.DisplayNames(['en'], { type: 'currency' });
export function currencyName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
