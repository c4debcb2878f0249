// The annual statement as a PDF a person can print or hand over: A4, the PDF standard fonts (no font
// file to ship), tables that continue on the next page with their header, and every page numbered.
// The document's dates are the pack's generated_at, so the same pack gives the same bytes.
import PDFDocument from 'pdfkit';
import { streamName } from '../../db/words/vocabulary';
import { monthName } from '../../db/words/dates';
import type { StatementData } from './statement-data';

type Align = 'left' | 'right';
interface Column {
  title: string;
  width: number;
  align?: Align;
}

const MARGIN = 50;
const FONT = 'Helvetica';
const BOLD = 'Helvetica-Bold';
const ROW = 14;

class Writer {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  get bottom(): number {
    return this.doc.page.height - MARGIN - 20; // room for the page number
  }

  ensure(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string): void {
    this.ensure(40);
    this.doc.moveDown(0.6).font(BOLD).fontSize(12).fillColor('#111').text(text, MARGIN, this.doc.y);
    this.doc.moveDown(0.3);
  }

  paragraph(text: string, size = 9): void {
    this.doc.font(FONT).fontSize(size).fillColor('#222').text(text, MARGIN, this.doc.y, { width: this.doc.page.width - 2 * MARGIN });
    this.doc.moveDown(0.3);
  }

  /** A row as tall as its tallest cell: a long reason wraps inside its column instead of running into the next row. */
  private rowHeight(columns: Column[], cells: string[], font: string): number {
    this.doc.font(font).fontSize(8.5);
    return Math.max(ROW, ...columns.map((c, i) => this.doc.heightOfString(cells[i] ?? '', { width: c.width - 4 }) + 5));
  }

  private row(columns: Column[], cells: string[], font: string): void {
    const y = this.doc.y;
    const height = this.rowHeight(columns, cells, font);
    let x = MARGIN;
    this.doc.font(font).fontSize(8.5).fillColor('#111');
    columns.forEach((c, i) => {
      this.doc.text(cells[i] ?? '', x + 2, y + 3, { width: c.width - 4, align: c.align ?? 'left' });
      x += c.width;
    });
    this.doc.y = y + height;
  }

  table(columns: Column[], rows: string[][], options: { boldLast?: boolean } = {}): void {
    const header = () => {
      const width = columns.reduce((n, c) => n + c.width, 0);
      this.doc.rect(MARGIN, this.doc.y, width, ROW).fill('#e8ecf2');
      this.row(columns, columns.map((c) => c.title), BOLD);
    };
    this.ensure(ROW * 3);
    header();
    rows.forEach((cells, i) => {
      if (this.doc.y + this.rowHeight(columns, cells, FONT) > this.bottom) {
        this.doc.addPage();
        header();
      }
      const last = options.boldLast && i === rows.length - 1;
      if (last) this.doc.moveTo(MARGIN, this.doc.y).lineTo(MARGIN + columns.reduce((n, c) => n + c.width, 0), this.doc.y).lineWidth(0.5).stroke('#555');
      this.row(columns, cells, last ? BOLD : FONT);
    });
    this.doc.moveDown(0.5);
  }
}

const money = (title: string, width = 78): Column => ({ title, width, align: 'right' });

function draw(w: Writer, s: StatementData): void {
  const { doc } = w;
  doc.font(BOLD).fontSize(16).fillColor('#111').text('Annual statement of platform income', MARGIN, MARGIN);
  doc.font(FONT).fontSize(11).text(s.title.charAt(0).toUpperCase() + s.title.slice(1));
  doc.moveDown(0.4);
  w.paragraph(
    [
      s.creator ? `Creator: ${s.creator}` : null,
      s.made,
      `Days are calendar days in ${s.timezone}. Home currency: ${s.home}.`,
      'Income is every non-reversed ledger row of an earning stream; payouts are transfers out of the balance and are never income. Amounts in different currencies are never added together; home-currency values are.',
    ]
      .filter(Boolean)
      .join('\n'),
  );

  w.heading('Income per currency');
  w.table(
    [{ title: 'Currency', width: 60 }, { title: 'Rows', width: 40, align: 'right' }, money('Gross'), money('Fees'), money('Net'), money(`Net in ${s.home}`, 84), { title: 'Without rate', width: 70, align: 'right' }],
    [
      ...s.incomeTotals.map((t) => [t.currency, String(t.rows), t.gross, t.fee, t.net, t.home.valued_rows ? t.home.net : '—', String(t.home.missing_rows)]),
      ['All', String(s.incomeTotals.reduce((n, t) => n + t.rows, 0)), '', '', '', s.allHome.net, String(s.allHome.missing_rows)],
    ],
    { boldLast: true },
  );
  w.paragraph(
    `In ${s.home}: gross ${s.allHome.gross}, fees ${s.allHome.fee}, net ${s.allHome.net}, from ${s.allHome.valued_rows} rows with a rate.` +
      (s.allHome.missing_rows ? ` ${s.allHome.missing_rows} income rows have no rate and are not in these ${s.home} totals (see Rates).` : ''),
  );

  w.heading('Income per month and stream');
  const byCurrency = new Map<string, typeof s.income>();
  for (const line of s.income) byCurrency.set(line.currency, [...(byCurrency.get(line.currency) ?? []), line]);
  for (const [currency, lines] of byCurrency) {
    const total = s.incomeTotals.find((t) => t.currency === currency)!;
    w.paragraph(`${currency}`, 10);
    w.table(
      [{ title: 'Month', width: 82 }, { title: 'Stream', width: 120 }, { title: 'Rows', width: 34, align: 'right' }, money('Gross', 70), money('Fees', 62), money('Net', 70), money(`Net ${s.home}`, 57)],
      [
        ...lines.map((l) => [monthName(l.month), `${streamName(l.stream)} (${l.stream})`, String(l.rows), l.gross, l.fee, l.net, l.netHome === null ? 'no rate' : l.missingRows ? `${l.netHome}*` : l.netHome]),
        ['Total', '', String(total.rows), total.gross, total.fee, total.net, total.home.valued_rows ? total.home.net : 'no rate'],
      ],
      { boldLast: true },
    );
  }
  if (s.income.some((l) => l.missingRows && l.netHome !== null)) w.paragraph('* some rows of this line have no rate and are not in its home-currency value.');

  w.heading('Payouts (transfers, not income)');
  if (s.paidOut.length === 0) w.paragraph('No payout arrived in this period.');
  else
    w.table(
      [{ title: 'Arrived in', width: 100 }, { title: 'Currency', width: 60 }, { title: 'Payouts', width: 50, align: 'right' }, money('Amount', 90), money('Fee', 90), money('Received', 90)],
      [
        ...s.paidOut.map((p) => [monthName(p.month), p.currency, String(p.rows), p.amount, p.fee, p.received]),
        ...s.paidOutTotals.map((t) => ['Total', t.currency, String(t.rows), t.amount, t.fee, t.received]),
      ],
    );
  w.paragraph('By the day each paid payout arrived. The payouts file lists every payout made in the period, whatever became of it.');

  w.heading('Balance on the platform');
  w.table(
    [{ title: 'Currency', width: 70 }, money('At the start', 88), money('+ Income (net)', 88), money('+ Payouts', 88), money('= At the end', 88)],
    s.balances.map((b) => [b.currency, b.start, b.income, b.payouts, b.end]),
  );
  w.paragraph('Balance = available plus pending, from the ledger: the net of every non-reversed row before the instant. Payouts are the ledger’s payout rows (negative: money leaving the balance).');

  w.heading('Rates');
  w.paragraph(`Method: ${s.rates.method}`);
  w.paragraph(`Rounding: ${s.rates.rounding}`);
  w.paragraph(`Sources used: ${s.rates.sources.length ? s.rates.sources.join('; ') : 'none'}.`);
  if (s.rates.missing.length) {
    w.paragraph('Income without a rate (not in the home-currency totals, never counted as zero):');
    w.table(
      [{ title: 'Currency', width: 70 }, { title: 'Rows', width: 40, align: 'right' }, { title: 'Days', width: 130 }, { title: 'Why', width: 255 }],
      s.rates.missing.map((m) => [m.currency, String(m.rows), `${m.first_day} to ${m.last_day}`, m.reason]),
    );
  }
}

export async function statementPdf(s: StatementData): Promise<{ data: Buffer; pages: number }> {
  const at = new Date(s.generatedAt);
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `Annual statement: ${s.title}`, Author: s.creator ?? 'Creator Studio', Creator: 'Creator Studio', Producer: 'Creator Studio', CreationDate: at, ModDate: at },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  draw(new Writer(doc), s);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.page.margins.bottom = 0; // the number sits in the bottom margin; pdfkit would start a page for it otherwise
    doc.font(FONT).fontSize(8).fillColor('#555');
    doc.text(`Creator Studio · ${s.title} · page ${i + 1} of ${range.count}`, MARGIN, doc.page.height - MARGIN - 10, { width: doc.page.width - 2 * MARGIN, align: 'center', lineBreak: false });
  }
  doc.end();
  await ended;
  return { data: Buffer.concat(chunks), pages: range.count };
}
