// Makes sure the Debian packages the Clarifai emulator tests run are there: openssl (the throwaway CA), curl and jq (the
// shell program), a python3 that can import requests, Ruby, PHP with its curl extension, a JDK (the `java` launcher
// compiles single-file programs; keytool makes the trust store) and Go. Installs the missing ones with apt when running
// as root; otherwise fails and names them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Whether `command args` runs and exits 0.
 * @param {string} command
 * @param {string[]} args
 */
function works(command, args) {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Whether the python3 on PATH, or else Debian's, imports requests (the tests take the first that does). */
function pythonWithRequests() {
  return ['python3', '/usr/bin/python3'].some((python) => works(python, ['-c', 'import requests']));
}

/** @returns {string[]} the Debian packages to install */
function missingPackages() {
  return [
    ...(works('openssl', ['version']) ? [] : ['openssl']),
    ...(works('curl', ['--version']) ? [] : ['curl']),
    ...(works('jq', ['--version']) ? [] : ['jq']),
    ...(pythonWithRequests() ? [] : ['python3', 'python3-requests']),
    ...(works('ruby', ['--version']) ? [] : ['ruby']),
    ...(works('php', ['-r', 'exit(function_exists("curl_init") ? 0 : 1);']) ? [] : ['php-cli', 'php-curl']),
    ...(works('javac', ['-version']) && works('keytool', ['-help']) ? [] : ['default-jdk-headless']),
    ...(works('go', ['version']) ? [] : ['golang-go']),
  ];
}

/**
 * @param {string} command
 * @param {string[]} args
 */
function apt(command, args) {
  console.log(`• ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function ensureTestPackages() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const asRoot = process.getuid?.() === 0;
  if (!asRoot || !existsSync('/usr/bin/apt-get')) {
    throw new Error(
      `missing Debian packages for the emulator tests: ${missing.join(', ')}.\n` +
        `${asRoot ? 'apt-get is not available' : 'not running as root'}, so they cannot be installed here: run \`sudo apt-get install -y ${missing.join(' ')}\` and try again.`,
    );
  }
  apt('apt-get', ['update']);
  apt('apt-get', ['install', '-y', ...missing]);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
}

try {
  ensureTestPackages();
} catch (error) {
  console.error(`Preparing the emulator tests failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
