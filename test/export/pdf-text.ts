// Reads a PDF back as text with Mozilla's PDF.js, the way a viewer does: each page's text items grouped
// into lines by their baseline, left to right. Table cells come back as the cells of one line.
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const fonts = `${path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export async function pdfLines(data: Buffer): Promise<string[][][]> {
  const pdf = await getDocument({ data: new Uint8Array(data), standardFontDataUrl: fonts, verbosity: 0 }).promise;
  const pages: string[][][] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    const lines = new Map<number, { x: number; s: string }[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(item.transform[5]);
      lines.set(y, [...(lines.get(y) ?? []), { x: item.transform[4], s: item.str.trim() }]);
    }
    pages.push([...lines].sort(([a], [b]) => b - a).map(([, cells]) => cells.sort((a, b) => a.x - b.x).map((c) => c.s)));
  }
  await pdf.destroy();
  return pages;
}
