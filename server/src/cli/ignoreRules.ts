// Git ignore rules: .git/info/exclude and the .gitignore files from the repository root down to a folder,
// matched with the `ignore` package, deeper files taking precedence over shallower ones as in git.
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { describeError } from '../node/fsErrors';

/** The patterns of one ignore file and the folder its patterns are relative to. */
interface Layer {
  dir: string;
  matcher: Ignore;
}

/** Reports an ignore file that exists but cannot be read. */
export type IgnoreWarning = (absPath: string, message: string) => void;

// Git matches case-insensitively where the file system usually is (core.ignoreCase).
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';

/** An immutable stack of ignore layers, shallowest first. */
export class IgnoreRules {
  private constructor(private readonly layers: readonly Layer[]) {}

  /**
   * The rules that apply inside `dir` from outside it: .git/info/exclude and the .gitignore files of the
   * folders from the repository root down to `dir`'s parent. None outside a repository, and none when
   * `dir` itself is ignored (the user named it, so only its own and nested .gitignore files apply).
   */
  static above(dir: string, warn: IgnoreWarning): IgnoreRules {
    const top = repositoryRoot(dir);
    if (top === undefined) return new IgnoreRules([]);
    const layers: Layer[] = [];
    const exclude = readIgnoreFile(path.join(top, '.git', 'info', 'exclude'), warn);
    if (exclude !== undefined) layers.push({ dir: top, matcher: matcher(exclude) });
    const between = path.relative(top, dir).split(path.sep).filter(Boolean);
    let folder = top;
    for (let i = 0; i < between.length; i++) {
      const text = readIgnoreFile(path.join(folder, '.gitignore'), warn);
      if (text !== undefined) layers.push({ dir: folder, matcher: matcher(text) });
      folder = path.join(folder, between[i]!);
    }
    const rules = new IgnoreRules(layers);
    return rules.ignores(dir, true) ? new IgnoreRules([]) : rules;
  }

  /** These rules plus the `.gitignore` file in `dir` (which the caller knows exists). */
  withGitignoreIn(dir: string, warn: IgnoreWarning): IgnoreRules {
    const text = readIgnoreFile(path.join(dir, '.gitignore'), warn);
    return text === undefined ? this : new IgnoreRules([...this.layers, { dir, matcher: matcher(text) }]);
  }

  /** Whether git would ignore the file or folder at `absPath` (which lies below every layer's folder). */
  ignores(absPath: string, isDirectory: boolean): boolean {
    for (let i = this.layers.length - 1; i >= 0; i--) {
      const layer = this.layers[i]!;
      const relative = relativePosix(layer.dir, absPath);
      if (relative === '') continue;
      const result = layer.matcher.test(isDirectory ? relative + '/' : relative);
      if (result.ignored) return true;
      if (result.unignored) return false;
    }
    return false;
  }
}

/** `absPath` relative to `dir` with `/` separators; both are normalised absolute paths, `absPath` at or below `dir`. */
function relativePosix(dir: string, absPath: string): string {
  const relative = absPath.slice(dir.endsWith(path.sep) ? dir.length : dir.length + 1);
  return path.sep === '/' ? relative : relative.split(path.sep).join('/');
}

function matcher(patterns: string): Ignore {
  // allowRelativePaths: names made only of dots (`...`) are valid file names, not relative paths to reject.
  return ignore({ ignoreCase: IGNORE_CASE, allowRelativePaths: true }).add(patterns);
}

/** The nearest folder at or above `dir` that holds a `.git` folder or file. */
function repositoryRoot(dir: string): string | undefined {
  for (let current = dir; ; ) {
    try {
      lstatSync(path.join(current, '.git'));
      return current;
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return undefined;
      current = parent;
    }
  }
}

/** The text of an ignore file; undefined when there is none (or `.git` is a file, as in worktrees). */
function readIgnoreFile(file: string, warn: IgnoreWarning): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR' && code !== 'EISDIR') warn(file, `cannot read it, so its patterns are not applied: ${describeError(error)}`);
    return undefined;
  }
}
