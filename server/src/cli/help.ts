// The --help text, built from the rule registry and the CLI's limits so that it cannot drift from them.
import { supportedExtensions } from '../core/languages';
import { RULES } from '../core/rules';
import { DEFAULT_MAX_FILE_SIZE } from './args';
import { MAX_FIX_PASSES } from './fixPasses';
import { MINIFIED_AVERAGE_LINE, MINIFIED_LONGEST_LINE } from '../node/fileChecks';
import { formatSize } from '../node/size';
import { TOOL_NAME } from './toolInfo';

/** The full usage text, ending with a newline. */
export function helpText(): string {
  const idWidth = Math.max(...RULES.map((r) => r.meta.id.length));
  const rules = RULES.map(({ meta }) => `  ${meta.id.padEnd(idWidth)}  ${meta.defaultSeverity.padEnd(11)}  ${meta.title}`);
  return `Usage: ${TOOL_NAME} [options] [paths...]

Finds Clarifai API calls that break under Clarifai's PAT-only access rules in Python,
JavaScript, TypeScript, Java, Kotlin, C#, PHP, Go, Ruby and Swift files, shell scripts
(curl) and Jupyter notebooks. Paths are files or folders (default: the current folder).

Options:
  -f, --format <format>     text (default), json or sarif
  -o, --output <file>       write the report to <file> instead of stdout
      --rule <id>=<level>   set a rule's severity: error, warning, information, hint
                            or off; repeatable
      --max-file-size <size>
                            skip larger files (default ${formatSize(DEFAULT_MAX_FILE_SIZE)}); a number of bytes,
                            or with KB, MB or GB (1024-based), e.g. 500KB, 2MB, 3000000
      --no-ignore           do not apply .gitignore files and .git/info/exclude
  -q, --quiet               text format: list error findings only (the summary still
                            counts all findings)
      --stats               print one line of scan statistics to stderr (see below)
      --fix                 apply the fixes and write the files back, then report what
                            remains (see below)
      --dry-run             with --fix: write nothing; print a unified diff of the
                            changes to stdout instead of the report (--output still
                            writes the report, in --format)
  -h, --help                show this help
  -v, --version             print the version

Which files:
  Folders are walked recursively; node_modules and .git folders are always skipped.
  In a git repository, .gitignore files (in the scanned folders, below them, and in
  their parents up to the repository root) and .git/info/exclude are honoured;
  outside one, only .gitignore files in and below the scanned folders. A file or
  folder named on the command line is scanned even if it is ignored. Files are chosen
  by extension:
${wrap(supportedExtensions().join(' '), 4, 86)}
  a file without one is read as a shell or Ruby script when its first line is a shebang
  naming one.
  Only files that mention "clarifai" (in any case) are parsed.
  These files are skipped, each with a line "skipped <path>: <reason>" on stderr:
    - files over the size limit (checked before reading);
    - binary files: a NUL byte in the first 8 KB;
    - minified JavaScript/TypeScript: named *.min.js or *-min.js (any JS/TS extension),
      or mentioning clarifai with a line over ${MINIFIED_LONGEST_LINE.toLocaleString('en-US')} bytes, or with lines
      averaging over ${MINIFIED_AVERAGE_LINE} bytes in a file of 1 KB or more;
    - files that cannot be read, and notebooks that are not valid JSON.

Output:
  text   one line per finding, "path:line:col severity rule message", then a
         summary; colours only on a terminal with NO_COLOR unset
  json   {"version":1,"filesScanned":N,"findings":[{"path","line","column","endLine",
         "endColumn","rule","severity","message","fixable"}]}; notebook findings add
         "cell" (0-based); lines and columns are 1-based, columns count UTF-16 code
         units, end positions are exclusive, notebook positions are in the .ipynb file
  sarif  SARIF 2.1.0, paths relative to %SRCROOT% (the current folder)

Fixing (--fix):
  Every finding's preferred fix is applied in one pass, the new text analysed again,
  and so on until nothing changes (at most ${MAX_FIX_PASSES} passes; a warning says when the
  fixes did not settle). Only findings the report would show are fixed: a rule set
  to off is not. A notebook's changed cells have only their "source" rewritten; the
  rest of the file stays byte for byte. Files are replaced atomically, keeping their
  mode, line endings and UTF-8 byte-order mark; a file that changed on disk since it
  was read, or that is not valid UTF-8, is not written ("not fixed <path>: <reason>"
  on stderr) and keeps its findings in the report. After the report, stderr says
  "fixed N problems in M files" ("would fix ..." with --dry-run), N counting the
  findings whose fixes were applied.
  The diff of --dry-run has "--- a/<path>" and "+++ b/<path>" headers with the
  report's paths (apply it with "patch -p1"), and 3 lines of context.

Rules (default severity):
${rules.join('\n')}

Exit status:
  0  no error finding (with --fix: none left after fixing)
  1  at least one error finding (with --fix: left after fixing); with --fix --dry-run
     also when some file would change
  2  bad usage, or an internal error (the report is still written when possible)

Statistics (--stats), one line on stderr after the report:
  stats: walked=<files found to scan> read=<files read> gated=<files mentioning
  clarifai> analysed=<files parsed and analysed> bytes=<bytes read>
  wallMs=<milliseconds since the process started> peakRssMB=<peak resident memory>
`;
}

/** Words laid out in lines of at most `width` characters, each indented. */
function wrap(text: string, indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent + line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l) => ' '.repeat(indent) + l).join('\n');
}
