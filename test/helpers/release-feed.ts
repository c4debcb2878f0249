// A release feed on loopback HTTP in electron-updater's generic-provider format: a
// latest-linux.yml naming the newest version and its AppImage (with size and sha512), and the
// AppImage itself, as electron-builder publishes them. It records every request, can send the file
// slowly (to catch a download mid-way), answer with an error, or publish a wrong checksum.
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedRequest {
  path: string;
  /** The client hung up before the whole body was sent. */
  aborted: boolean;
  finished: boolean;
}

export interface ReleaseFeed {
  url: string;
  requests: FeedRequest[];
  /** Makes `version` the newest release; returns its AppImage's bytes. */
  publish(version: string, options?: { wrongChecksum?: boolean }): Buffer;
  /** Milliseconds between 16 KiB chunks of the AppImage (0: all at once). */
  slowMs: number;
  /** Answer the feed file with this HTTP status instead (0: answer normally). */
  failWith: number;
  downloads(): FeedRequest[];
  feedReads(): FeedRequest[];
  close(): Promise<void>;
}

/** An AppImage stand-in: a shell script (electron-updater runs the new AppImage after installing it) padded to 512 KiB. */
export function appImage(version: string): Buffer {
  const script = Buffer.from(`#!/bin/sh\n# Creator Studio ${version}, a test release\nexit 0\n`);
  return Buffer.concat([script, Buffer.alloc(512 * 1024 - script.length, `# ${version} `)]);
}

export async function startReleaseFeed(): Promise<ReleaseFeed> {
  let release: { name: string; body: Buffer; yml: string } | null = null;
  const requests: FeedRequest[] = [];
  const feed: ReleaseFeed = {
    url: '',
    requests,
    slowMs: 0,
    failWith: 0,
    publish(version, options = {}) {
      const name = `creator-studio-${version}-x86_64.AppImage`;
      const body = appImage(version);
      const sha512 = createHash('sha512').update(options.wrongChecksum ? Buffer.from('something else') : body).digest('base64');
      const yml = [
        `version: ${version}`,
        'files:',
        `  - url: ${name}`,
        `    sha512: ${sha512}`,
        `    size: ${body.length}`,
        `path: ${name}`,
        `sha512: ${sha512}`,
        "releaseDate: '2026-12-01T10:00:00.000Z'",
        '',
      ].join('\n');
      release = { name, body, yml };
      return body;
    },
    downloads: () => requests.filter((r) => r.path.endsWith('.AppImage')),
    feedReads: () => requests.filter((r) => r.path.endsWith('.yml')),
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };

  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://feed').pathname;
    const record: FeedRequest = { path, aborted: false, finished: false };
    requests.push(record);
    res.on('close', () => (record.aborted = !record.finished));
    res.on('finish', () => (record.finished = true));
    // x64 asks for latest-linux.yml, arm64 for latest-linux-arm64.yml.
    if (/^\/latest-linux(-[a-z0-9]+)?\.yml$/.test(path)) {
      if (feed.failWith) return res.writeHead(feed.failWith).end('the feed is down');
      if (!release) return res.writeHead(404).end();
      return res.writeHead(200, { 'content-type': 'text/yaml' }).end(release.yml);
    }
    if (release && path === `/${release.name}`) {
      const body = release.body;
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': body.length });
      if (!feed.slowMs) return res.end(body);
      let sent = 0;
      const timer = setInterval(() => {
        if (res.destroyed) return clearInterval(timer);
        const next = Math.min(sent + 16 * 1024, body.length);
        res.write(body.subarray(sent, next));
        sent = next;
        if (sent === body.length) {
          clearInterval(timer);
          res.end();
        }
      }, feed.slowMs);
      res.on('close', () => clearInterval(timer));
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  feed.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return feed;
}
