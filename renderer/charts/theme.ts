import { useEffect, useState } from 'react';

export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  marker: string;
  markerOwn: string;
}

/** A theme variable as a plain rgb() colour: the variables hold light-dark() pairs, which only the
 *  style engine resolves, and a canvas needs the resolved colour. */
function resolve(variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  probe.hidden = true;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function read(): ChartColors {
  return {
    text: resolve('--text'),
    muted: resolve('--muted'),
    grid: resolve('--border'),
    surface: resolve('--surface'),
    marker: resolve('--marker'),
    markerOwn: resolve('--marker-own'),
  };
}

/** The theme's colours for canvas drawing, updated when the OS theme or the app theme changes. */
export function useChartColors(): ChartColors {
  const [colors, setColors] = useState(read);
  useEffect(() => {
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setColors(read());
    media.addEventListener('change', update);
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      media.removeEventListener('change', update);
      observer.disconnect();
    };
  }, []);
  return colors;
}
