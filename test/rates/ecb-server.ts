// A local stand-in for the ECB's address: serves a hand-made file in the ECB's history format (as CSV,
// or as a ZIP with the CSV deflated inside, as the ECB publishes it) on a loopback port.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { crc32, deflateRawSync } from 'node:zlib';

/** Units per euro, newest first as the ECB writes them; 1 January 2026 (a holiday) and the weekend of 3-4 January are absent. */
export const ECB_HISTORY = [
  'Date,USD,JPY,GBP,ISK,',
  '2026-01-09,1.1600,183.50,0.8650,N/A,',
  '2026-01-08,1.1650,184.00,0.8700,N/A,',
  '2026-01-07,1.1700,N/A,0.8710,N/A,',
  '2026-01-06,1.1720,N/A,0.8720,N/A,',
  '2026-01-05,1.1750,N/A,0.8730,N/A,',
  '2026-01-02,1.1740,N/A,0.8740,N/A,',
  '2025-12-31,1.1730,N/A,0.8750,N/A,',
  '2025-12-30,1.1710,N/A,0.8760,N/A,',
  '',
].join('\n');

/** A ZIP holding one deflated file, written by hand (local header, data, central directory, end record). */
export function deflatedZip(name: string, text: string): Buffer {
  const data = Buffer.from(text, 'utf8');
  const packed = deflateRawSync(data);
  const nameBytes = Buffer.from(name, 'utf8');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8); // deflate
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(local.length + nameBytes.length + packed.length, 16);
  return Buffer.concat([local, nameBytes, packed, central, nameBytes, end]);
}

export interface EcbServer {
  url(path: string): string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves /eurofxref-hist.csv, /eurofxref-hist.zip, and /broken answering 500. */
export async function startEcbServer(csv = ECB_HISTORY): Promise<EcbServer> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === '/eurofxref-hist.csv') res.writeHead(200, { 'content-type': 'text/csv' }).end(csv);
    else if (req.url === '/eurofxref-hist.zip') res.writeHead(200, { 'content-type': 'application/zip' }).end(deflatedZip('eurofxref-hist.csv', csv));
    else res.writeHead(req.url === '/broken' ? 500 : 404).end('no');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
