// Command-line parsing: turns argv into a help, version or scan command, or throws a UsageError.
import { isRuleId, RULE_IDS, type RuleId, type Severity } from '../core/model';
import { UsageError } from './errors';
import { parseSize } from '../node/size';

export type ReportFormat = 'text' | 'json' | 'sarif';

export interface ScanCommand {
  kind: 'scan';
  /** Files and folders to scan, as given (default `.`). */
  paths: string[];
  format: ReportFormat;
  /** Write the report to this file instead of stdout. */
  output?: string;
  /** Severity overrides from `--rule`. */
  severities: Partial<Record<RuleId, Severity | 'off'>>;
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  /** Honour .gitignore files and .git/info/exclude. */
  useIgnoreFiles: boolean;
  /** Text format: show error findings only. */
  quiet: boolean;
  /** Print a line of scan statistics to stderr. */
  stats: boolean;
  /** Apply the fixes and write the files back (`--fix`). */
  fix: boolean;
  /** With `fix`: write nothing, print the diff of what would change instead of the report (`--dry-run`). */
  dryRun: boolean;
}

export type Command = { kind: 'help' } | { kind: 'version' } | ScanCommand;

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

const FORMATS: readonly ReportFormat[] = ['text', 'json', 'sarif'];
const LEVELS: readonly (Severity | 'off')[] = ['error', 'warning', 'information', 'hint', 'off'];

const VALUE_OPTIONS = new Set(['--format', '--output', '--rule', '--max-file-size']);
const FLAG_OPTIONS = new Set(['--no-ignore', '--quiet', '--stats', '--fix', '--dry-run', '--help', '--version']);
const SHORT_OPTIONS: Record<string, string> = { '-f': '--format', '-o': '--output', '-q': '--quiet', '-h': '--help', '-v': '--version' };

/** Parses the arguments after `node cli.js`; throws UsageError with a one-line message on bad usage. */
export function parseCommandLine(argv: readonly string[]): Command {
  const command: ScanCommand = {
    kind: 'scan',
    paths: [],
    format: 'text',
    severities: {},
    maxFileSize: DEFAULT_MAX_FILE_SIZE,
    useIgnoreFiles: true,
    quiet: false,
    stats: false,
    fix: false,
    dryRun: false,
  };
  let help = false;
  let version = false;
  let formatGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      command.paths.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      command.paths.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = SHORT_OPTIONS[arg] ?? (equals > 0 ? arg.slice(0, equals) : arg);
    if (FLAG_OPTIONS.has(name)) {
      if (equals > 0) throw new UsageError(`option ${name} takes no value`);
      if (name === '--help') help = true;
      else if (name === '--version') version = true;
      else if (name === '--no-ignore') command.useIgnoreFiles = false;
      else if (name === '--quiet') command.quiet = true;
      else if (name === '--fix') command.fix = true;
      else if (name === '--dry-run') command.dryRun = true;
      else command.stats = true;
    } else if (VALUE_OPTIONS.has(name)) {
      let value: string | undefined;
      if (equals > 0) value = arg.slice(equals + 1);
      else if (i + 1 < argv.length) value = argv[++i];
      if (value === undefined || value === '') throw new UsageError(`option ${name} needs a value`);
      applyValue(command, name, value);
      if (name === '--format') formatGiven = true;
    } else {
      throw new UsageError(`unknown option '${arg}'`);
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  if (command.dryRun && !command.fix) throw new UsageError('--dry-run only goes with --fix: it shows the changes --fix would make');
  // The diff takes stdout; the report can still go to a file.
  if (command.dryRun && formatGiven && command.output === undefined) throw new UsageError('--fix --dry-run prints a diff, not a report; add --output <file> to write the report in that format');
  if (command.paths.length === 0) command.paths.push('.');
  return command;
}

function applyValue(command: ScanCommand, name: string, value: string): void {
  switch (name) {
    case '--format':
      if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`unknown format '${value}'; use ${FORMATS.join(', ')}`);
      command.format = value as ReportFormat;
      return;
    case '--output':
      command.output = value;
      return;
    case '--max-file-size': {
      const size = parseSize(value);
      if (size === undefined) throw new UsageError(`invalid --max-file-size '${value}'; use a number of bytes or a size such as 500KB or 2MB`);
      command.maxFileSize = size;
      return;
    }
    case '--rule': {
      const [id, level] = parseRuleSetting(value);
      command.severities[id] = level;
      return;
    }
  }
}

function parseRuleSetting(value: string): [RuleId, Severity | 'off'] {
  const equals = value.indexOf('=');
  if (equals <= 0) throw new UsageError(`invalid --rule '${value}'; use --rule <rule-id>=<severity>, e.g. --rule hardcoded-credential=off`);
  const id = value.slice(0, equals).trim();
  const level = value.slice(equals + 1).trim();
  if (!isRuleId(id)) throw new UsageError(`unknown rule '${id}' in --rule; the rules are ${RULE_IDS.join(', ')}`);
  if (!(LEVELS as readonly string[]).includes(level)) throw new UsageError(`invalid severity '${level}' for rule ${id}; use ${LEVELS.join(', ')}`);
  return [id, level as Severity | 'off'];
}
