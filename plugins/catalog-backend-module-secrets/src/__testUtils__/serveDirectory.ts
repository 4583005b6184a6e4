import fs from 'fs';
import http from 'http';
import { AddressInfo } from 'net';
import path from 'path';

/** Serves the files of `root` over HTTP on localhost, for `url` locations. */
export async function serveDirectory(root: string) {
  const server = http.createServer((req, res) => {
    const file = path.join(root, path.normalize(req.url ?? '/'));
    if (!file.startsWith(root) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `localhost:${port}`,
    url: (file: string) => `http://localhost:${port}/${file}`,
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
