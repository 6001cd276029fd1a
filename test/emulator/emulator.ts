// A local stand-in for api.clarifai.com:443 that applies the documented API-key and PAT rules to real REST and gRPC
// clients. Like the real host, one TLS port serves both: ALPN sends HTTP/2 connections (gRPC) to the gRPC server and
// HTTP/1.1 ones (REST) to the REST server. Runtimes that cannot be pointed at another address but honour a proxy
// (Ruby, PHP's curl, Java, Go) reach it through an HTTP proxy that tunnels only api.clarifai.com:443 to that port.
import * as grpc from '@grpc/grpc-js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { API_HOST, makeCertificates } from './certificates';
import { makeCredentials, type Secrets } from './credentials';
import { grpcServer } from './grpc';
import type { RecordedRequest } from './recording';
import { restHandler } from './rest';

export { API_HOST } from './certificates';
export { MAIN } from './catalog';
export { OWN_APP, USER_ID } from './credentials';
export type { RecordedRequest } from './recording';

export interface Emulator {
  /** Always 127.0.0.1. */
  host: string;
  /** The port that stands in for api.clarifai.com:443 (REST over HTTP/1.1 and gRPC over HTTP/2, both TLS). */
  port: number;
  /** An HTTP proxy on the same host whose CONNECT to api.clarifai.com:443 reaches `port`; it refuses anything else. */
  proxyPort: number;
  /** The CA certificate (PEM) that signed the server's certificate for api.clarifai.com and 127.0.0.1. */
  caFile: string;
  /** The app key (for the app in OWN_APP) and the PAT (of USER_ID) the emulator accepts. Keep them out of any output. */
  credentials: Secrets;
  /** Every request so far, oldest first. */
  requests: RecordedRequest[];
  /** A scratch folder removed by close(), for files that point clients at the emulator. */
  dir: string;
  close(): Promise<void>;
}

export async function startEmulator(): Promise<Emulator> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-emulator-'));
  try {
    const { caFile, key, cert } = makeCertificates(dir);
    const table = makeCredentials();
    const requests: RecordedRequest[] = [];
    const rest = createHttpServer(restHandler(table, requests));
    const gRpc = grpcServer(table, requests);
    // TLS ends at the front, so the gRPC server gets the decrypted connections as plain HTTP/2.
    const injector = gRpc.createConnectionInjector(grpc.ServerCredentials.createInsecure());
    // The server's preference decides: a client offering HTTP/1.1 (curl offers both) talks REST; grpc-js offers only h2.
    const front = createTlsServer({ key, cert, ALPNProtocols: ['http/1.1', 'h2'] }, (socket: TLSSocket) => {
      if (socket.alpnProtocol === 'h2') injector.injectConnection(socket);
      else rest.emit('connection', socket);
    });
    const sockets = new Set<Socket>();
    front.on('connection', (socket: Socket) => sockets.add(socket.once('close', () => sockets.delete(socket))));
    await new Promise<void>((resolve, reject) => front.once('error', reject).listen(0, '127.0.0.1', resolve));
    const { port } = front.address() as AddressInfo;
    const proxy = tunnelTo(port, sockets);
    await new Promise<void>((resolve, reject) => proxy.once('error', reject).listen(0, '127.0.0.1', resolve));
    return {
      host: '127.0.0.1',
      port,
      proxyPort: (proxy.address() as AddressInfo).port,
      caFile,
      credentials: table.secrets,
      requests,
      dir,
      async close() {
        await new Promise<void>((resolve) => {
          proxy.close();
          front.close(() => resolve());
          injector.destroy();
          gRpc.forceShutdown();
          for (const socket of sockets) socket.destroy();
        });
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** An HTTP proxy that tunnels `CONNECT api.clarifai.com:443` to the emulator's port and answers 403 to anything else. */
function tunnelTo(port: number, sockets: Set<Socket>) {
  const proxy = createHttpServer((_request, response) => response.writeHead(403).end('only CONNECT api.clarifai.com:443\n'));
  proxy.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client.once('close', () => sockets.delete(client)));
    if (request.url !== `${API_HOST}:443`) {
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const upstream = connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client).pipe(upstream);
    });
    sockets.add(upstream.once('close', () => sockets.delete(upstream)));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    upstream.once('error', end);
    client.once('error', end);
  });
  return proxy;
}
