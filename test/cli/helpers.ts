// Shared helpers for the CLI tests: temporary project folders, snippets that give known findings, and a runner for the built CLI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The bundle `node esbuild.mjs` builds; the tests always run it, never the sources. */
export const CLI = path.resolve(__dirname, '../../server/out/cli.js');

/** An app API key sent to a public clarifai/main model: one `api-key-public-resource` error, on line 6. */
export const API_KEY_CALL = [
  'from clarifai_grpc.grpc.api import service_pb2, service_pb2_grpc',
  'import os',
  'API_KEY = os.environ["CLARIFAI_API_KEY"]',
  'metadata = (("authorization", "Key " + API_KEY),)',
  'stub = service_pb2_grpc.V2Stub(None)',
  'r = stub.PostModelOutputs(service_pb2.PostModelOutputsRequest(model_id="general-image-recognition"), metadata=metadata)',
  '',
].join('\n');

export const SECRET = 'a3f9c2e8b1d74f6a9e0c5b2d8f7a1c4e';

/** A hard-coded PAT in a file that mentions clarifai: one `hardcoded-credential` warning, on line 2. */
export const HARDCODED_PAT = `import clarifai\nCLARIFAI_PAT = "${SECRET}"\n`;

/** Mentions clarifai but holds no finding. */
export const CLEAN = 'import clarifai\nprint("nothing to see")\n';

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface JsonFinding {
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
  fixable: boolean;
  cell?: number;
}

export interface JsonReport {
  version: number;
  filesScanned: number;
  findings: JsonFinding[];
}

/** Runs the built CLI in `cwd` with stdout and stderr as pipes (so never as a terminal). */
export function runCli(args: readonly string[], cwd: string): CliRun {
  const env = { ...process.env };
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the CLI with `--format json` and parses the report. */
export function runJson(args: readonly string[], cwd: string): CliRun & { report: JsonReport } {
  const run = runCli(['--format', 'json', ...args], cwd);
  return { ...run, report: JSON.parse(run.stdout) as JsonReport };
}

/**
 * Creates a temporary project holding `files` (path → content) and an empty `.git` folder, so that the
 * search for the repository root stops here whatever surrounds the temporary folder on this machine.
 */
export function makeProject(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'clarifai-pat-lint-cli-'));
  mkdirSync(path.join(root, '.git', 'info'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}

export function removeProject(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

export type CellSpec = readonly ['code' | 'markdown', string];

/** A notebook (nbformat 4) whose cells are given as [kind, source]; sources are stored as arrays of lines. */
export function notebook(cells: readonly CellSpec[]): string {
  return JSON.stringify(
    {
      cells: cells.map(([kind, source]) => ({
        cell_type: kind,
        metadata: {},
        source: source.split(/(?<=\n)/),
        ...(kind === 'code' ? { execution_count: null, outputs: [] } : {}),
      })),
      metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
      nbformat: 4,
      nbformat_minor: 5,
    },
    null,
    1,
  );
}

/** The stderr lines that start with `skipped `. */
export function skippedLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l.startsWith('skipped '));
}
