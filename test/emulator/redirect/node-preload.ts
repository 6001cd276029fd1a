// Preloaded (`--require`) into a Node program under test: its connections to api.clarifai.com:443 go to the Clarifai
// emulator at CLARIFAI_EMULATOR_ADDRESS (host:port) instead. The TLS server name stays api.clarifai.com, so the
// certificate is still checked for that name (trust in the emulator's CA comes from NODE_EXTRA_CA_CERTS).
// - https (axios, the legacy clarifai client) and fetch (undici) call tls.connect with the host name;
// - grpc-js looks the name up itself (dns.promises.lookup), then calls net.connect with the address it got.
import dns = require('node:dns');
import net = require('node:net');
import tls = require('node:tls');

const HOST = 'api.clarifai.com';
/**
 * What api.clarifai.com resolves to in the program: an address of TEST-NET-1 (RFC 5737), never routed anywhere, so a
 * connection to it can only be one to api.clarifai.com.
 */
const ADDRESS = '192.0.2.1';

const target = /^(?<host>[^:]+):(?<port>\d+)$/.exec(process.env.CLARIFAI_EMULATOR_ADDRESS ?? '')?.groups;
if (target === undefined) throw new Error('CLARIFAI_EMULATOR_ADDRESS must be set to host:port');
const emulator = { host: target.host, port: Number(target.port) };

const isApi = (host: unknown, port: unknown) => (host === HOST || host === ADDRESS) && Number(port ?? 443) === 443;

type Options = { host?: unknown; port?: unknown; socket?: unknown; servername?: string };

/**
 * The arguments of net.connect or tls.connect, redirected when they name api.clarifai.com:443; both the options form
 * `(options, callback?)` and the positional form `(port, host?, options?, callback?)` become `(options, callback?)`.
 */
function redirect(args: unknown[], secure: boolean): unknown[] {
  const [first, ...rest] = args;
  const isObject = (value: unknown): value is Options => typeof value === 'object' && value !== null;
  let options: Options;
  let tail = rest;
  if (isObject(first)) {
    options = first;
  } else if (typeof first === 'number' || typeof first === 'string') {
    const host = typeof rest[0] === 'string' ? rest[0] : 'localhost';
    tail = typeof rest[0] === 'string' ? rest.slice(1) : rest;
    const extra = isObject(tail[0]) ? tail[0] : {};
    tail = isObject(tail[0]) ? tail.slice(1) : tail;
    options = { ...extra, host, port: first };
  } else {
    return args;
  }
  if (options.socket !== undefined || !isApi(options.host, options.port)) return args;
  return [{ ...options, ...(secure ? { servername: options.servername ?? HOST } : {}), ...emulator }, ...tail];
}

/** dns.promises.lookup's answer for api.clarifai.com: one address, or a list of it with `{ all: true }`. */
function lookupResult(options: unknown) {
  const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
  return all ? [{ address: ADDRESS, family: 4 }] : { address: ADDRESS, family: 4 };
}

/** Replaces `object[name]` with `wrap(original)`; module objects are plain objects, so this is what `require` callers see. */
function patch<T extends object, K extends keyof T>(object: T, name: K, wrap: (original: T[K]) => T[K]): void {
  Object.assign(object, { [name]: wrap(object[name]) });
}

type AnyFunction = (...args: unknown[]) => unknown;

patch(tls, 'connect', (original) => ((...args: unknown[]) => (original as AnyFunction)(...redirect(args, true))) as typeof original);
for (const name of ['connect', 'createConnection'] as const) {
  patch(net, name, (original) => ((...args: unknown[]) => (original as AnyFunction)(...redirect(args, false))) as typeof original);
}
patch(dns.promises, 'lookup', (original) =>
  ((hostname: unknown, options?: unknown) =>
    hostname === HOST ? Promise.resolve(lookupResult(options)) : (original as AnyFunction)(hostname, options)) as typeof original,
);
