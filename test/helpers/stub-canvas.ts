/** A canvas for Chart.js in Node: enough of a 2D context to lay out and "draw" into nothing, so tests read what it resolved. */
export function stubCanvas(width: number, height: number) {
  const canvas: Record<string, unknown> = { width, height, style: {} };
  const ctx = new Proxy({ canvas } as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: String(text).length * 6, actualBoundingBoxAscent: 8, actualBoundingBoxDescent: 2 });
      if (key === 'createLinearGradient' || key === 'createRadialGradient' || key === 'createPattern') return () => ({ addColorStop() {} });
      if (key === 'getLineDash') return () => [];
      return () => undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
  canvas.getContext = () => ctx;
  return canvas;
}
