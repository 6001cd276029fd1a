// Walks the target folders and yields every file of a language the core analyses, honouring ignore rules.
// Synchronous, like the reads: listing folders through Node's threadpool costs more than it overlaps.
import { readdirSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { languageIdOfFile } from '../node/scriptLanguage';
import { describeError } from '../node/fsErrors';
import { IgnoreRules, type IgnoreWarning } from './ignoreRules';
import type { Target } from './targets';

export interface WalkedFile {
  absPath: string;
  /** The core's language id; undefined only for a file named on the command line that we do not analyse. */
  languageId: string | undefined;
}

/** Never walked into, ignore files or not. */
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/**
 * Yields the files to scan under the targets, each once. Files named as targets are yielded whatever their
 * name or ignore rules say; inside folders, only files with a language id that no ignore rule excludes.
 * Symbolic links to files are yielded (the read follows them); symbolic links to folders are not walked.
 * `warn` hears of folders and ignore files that cannot be read.
 */
export function* walkFiles(targets: readonly Target[], useIgnoreFiles: boolean, warn: IgnoreWarning): Generator<WalkedFile> {
  const seen = new Set<string>();
  function* once(absPath: string, languageId: string | undefined): Generator<WalkedFile> {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    yield { absPath, languageId };
  }

  for (const target of targets) {
    if (!target.isDirectory) {
      yield* once(target.absPath, languageIdOfFile(target.absPath));
      continue;
    }
    const pending: { dir: string; rules: IgnoreRules | undefined }[] = [{ dir: target.absPath, rules: useIgnoreFiles ? IgnoreRules.above(target.absPath, warn) : undefined }];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const { dir } = next;
      let entries: Dirent[];
      try {
        entries = readdirSync(dir, { withFileTypes: true });
      } catch (error) {
        warn(dir, `cannot list the folder: ${describeError(error)}`);
        continue;
      }
      let rules = next.rules;
      if (rules && entries.some((e) => e.name === '.gitignore' && e.isFile())) rules = rules.withGitignoreIn(dir, warn);
      for (const entry of entries) {
        if (ALWAYS_SKIPPED.has(entry.name)) continue;
        const absPath = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!rules?.ignores(absPath, true)) pending.push({ dir: absPath, rules });
        } else if (entry.isFile() || entry.isSymbolicLink()) {
          const languageId = languageIdOfFile(absPath);
          if (languageId !== undefined && !rules?.ignores(absPath, false)) yield* once(absPath, languageId);
        }
      }
    }
  }
}
