// The tool's name, version and home page, for --version and the SARIF driver.
import { DOCS_BASE_URL } from '../core/rules';

// Bundled at build time by esbuild, so the CLI does not read package.json when it runs.
const packageJson = require('../../../package.json') as { name: string; version: string };

export const TOOL_NAME: string = packageJson.name;
export const TOOL_VERSION: string = packageJson.version;

/** The project's home page: the rule documentation page without its anchor. */
export const TOOL_HOME: string = DOCS_BASE_URL.replace(/#.*$/, '');
