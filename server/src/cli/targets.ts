// The paths named on the command line, resolved and checked before the scan starts.
import { statSync } from 'node:fs';
import path from 'node:path';
import { describeError } from '../node/fsErrors';
import { UsageError } from './errors';

export interface Target {
  absPath: string;
  isDirectory: boolean;
}

/** Resolves each path against `cwd`; throws UsageError for one that does not exist or cannot be reached. */
export function resolveTargets(paths: readonly string[], cwd: string): Target[] {
  return paths.map((given) => {
    const absPath = path.resolve(cwd, given);
    try {
      return { absPath, isDirectory: statSync(absPath).isDirectory() };
    } catch (error) {
      throw new UsageError(`cannot scan '${given}': ${describeError(error)}`);
    }
  });
}

/** A path for reports: relative to `cwd`, with `/` separators. */
export function displayPath(absPath: string, cwd: string): string {
  const relative = path.relative(cwd, absPath) || path.basename(absPath);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}
