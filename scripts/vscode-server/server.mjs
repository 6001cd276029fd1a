// Starts the VS Code server (from code-server) with Node 24 on a free loopback port, its data in given throwaway folders.
import { exec, startGroup, stopGroup, waitForOutput } from './proc.mjs';
import { NODE24, SERVER_MAIN } from './paths.mjs';

/**
 * @typedef {object} ServerDirs
 * @property {string} userData `--user-data-dir`: logs, machine settings (`Machine/settings.json`), global storage
 * @property {string} serverData `--server-data-dir`
 * @property {string} extensions `--extensions-dir`
 */

/**
 * @typedef {object} VsCodeServer
 * @property {number} port the loopback port it listens on
 * @property {number} pid the process id of the server (and of its process group)
 * @property {() => string} output what it printed so far
 * @property {() => boolean} running whether it is still running
 * @property {() => Promise<void>} stop stops the server and every process it started
 */

/**
 * The arguments that point the server at the throwaway folders.
 * @param {ServerDirs} dirs
 */
function dirArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--server-data-dir', dirs.serverData, '--extensions-dir', dirs.extensions];
}

/**
 * Installs a `.vsix` into the server's extensions folder, as `code-server --install-extension` would.
 * @param {string} vsix absolute path of the package
 * @param {ServerDirs} dirs
 * @returns {Promise<string>} what the server printed
 */
export function installVsix(vsix, dirs) {
  return exec(NODE24, [SERVER_MAIN, ...dirArgs(dirs), '--accept-server-license-terms', '--install-extension', vsix]);
}

/**
 * Starts the server and resolves once it listens.
 * @param {ServerDirs} dirs
 * @param {{ env?: NodeJS.ProcessEnv, timeoutMs: number, restricted?: boolean }} options `env` reaches the extension host too;
 *   `restricted` keeps workspace trust on, so the folder opens in Restricted Mode (otherwise every folder is trusted)
 * @returns {Promise<VsCodeServer>}
 */
export async function startServer(dirs, { env, timeoutMs, restricted }) {
  const args = [
    SERVER_MAIN, '--host', '127.0.0.1', '--port', '0', '--without-connection-token', '--enable-smoke-test-driver',
    '--accept-server-license-terms', '--disable-telemetry', ...(restricted ? [] : ['--disable-workspace-trust']), ...dirArgs(dirs),
  ];
  const child = startGroup(NODE24, args, { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const server = {
    port: 0,
    pid: /** @type {number} */ (child.pid),
    output: () => output,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopGroup(child),
  };
  try {
    const match = await waitForOutput(child, /Web UI available at https?:\/\/[^:\s]+:(\d+)/, { timeoutMs, what: 'starting the VS Code server', log: () => output });
    server.port = Number(match[1]);
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}
