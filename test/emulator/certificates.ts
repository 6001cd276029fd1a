// A throwaway certificate authority and a server certificate for api.clarifai.com, made with the openssl CLI.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const API_HOST = 'api.clarifai.com';

export interface Certificates {
  /** PEM file of the CA that signed the server certificate: what clients are told to trust. */
  caFile: string;
  key: string;
  cert: string;
}

function openssl(dir: string, args: readonly string[]): void {
  execFileSync('openssl', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Writes a CA and a server certificate (SAN `api.clarifai.com` and `127.0.0.1`) into `dir`.
 * The extensions are the ones strict verifiers insist on (CA basic constraints and key usage, key identifiers, serverAuth),
 * so that Python's and curl's OpenSSL accept the chain as readily as Node does.
 */
export function makeCertificates(dir: string): Certificates {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(dir, [
    'req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Clarifai emulator test CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign',
    '-addext', 'subjectKeyIdentifier=hash',
  ]);
  openssl(dir, ['req', '-new', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${API_HOST}`]);
  writeFileSync(
    path.join(dir, 'server.ext'),
    [
      'basicConstraints=critical,CA:FALSE',
      'keyUsage=critical,digitalSignature,keyEncipherment',
      'extendedKeyUsage=serverAuth',
      `subjectAltName=DNS:${API_HOST},IP:127.0.0.1`,
      'subjectKeyIdentifier=hash',
      'authorityKeyIdentifier=keyid',
      '',
    ].join('\n'),
  );
  openssl(dir, [
    'x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2',
    '-extfile', 'server.ext', '-out', 'server.pem',
  ]);
  return {
    caFile: path.join(dir, 'ca.pem'),
    key: readFileSync(path.join(dir, 'server.key'), 'utf8'),
    cert: readFileSync(path.join(dir, 'server.pem'), 'utf8'),
  };
}
