// The optional PAT check against a local stand-in for the Clarifai API: a PAT, an app key, a rejected token, no network.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { verifyPat } from '../../client/src/pat/verifyPat';

const PAT = 'a'.repeat(32);
const APP_KEY = 'b'.repeat(32);

describe('verifyPat', () => {
  let server: Server;
  let base: string;
  const seen: string[] = [];

  before(async () => {
    server = createServer((req, res) => {
      const key = /^Key (\w+)$/.exec(req.headers.authorization ?? '')?.[1];
      seen.push(`${req.method} ${req.url}`);
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v2/users/me' && key === PAT) res.end(JSON.stringify({ status: { code: 10000 }, user: { id: 'jane' } }));
      else if (req.url?.startsWith('/v2/inputs') && key === APP_KEY) res.end(JSON.stringify({ status: { code: 10000 }, inputs: [] }));
      else {
        res.statusCode = 401;
        res.end(JSON.stringify({ status: { code: 11008, description: 'Invalid API key or Invalid API key/application pair' } }));
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  after(() => server.close());

  it('tells a PAT by the user it belongs to, in one request', async () => {
    seen.length = 0;
    assert.deepEqual(await verifyPat(base, PAT), { kind: 'pat', userId: 'jane' });
    assert.deepEqual(seen, ['GET /v2/users/me']);
  });
  it('tells an app API key: no user, but its own app', async () => {
    assert.deepEqual(await verifyPat(base, APP_KEY), { kind: 'api-key' });
  });
  it('reports a token Clarifai refuses with its status', async () => {
    assert.deepEqual(await verifyPat(base, 'c'.repeat(32)), { kind: 'rejected', status: 401, description: 'Invalid API key or Invalid API key/application pair' });
  });
  it('says when the API cannot be reached', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const verdict = await verifyPat(`http://127.0.0.1:${port}`, PAT);
    assert.equal(verdict.kind, 'offline');
  });
});
