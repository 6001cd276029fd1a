// The languages the core analyses: editor language ids, file extensions and the grammar each one parses with.

/** A grammar file (without `tree-sitter-` and `.wasm`) shipped beside the bundles. */
export type GrammarName = 'python' | 'javascript' | 'typescript' | 'tsx' | 'bash' | 'ruby' | 'go' | 'php' | 'swift' | 'c-sharp' | 'java' | 'kotlin';

/** The detector family a language belongs to. */
export type LanguageFamily = 'python' | 'javascript' | 'shell' | 'ruby' | 'go' | 'php' | 'swift' | 'csharp' | 'java' | 'kotlin';

export interface LanguageInfo {
  /** VS Code language id. */
  id: string;
  family: LanguageFamily;
  grammar: GrammarName;
  /** Comment tokens, for suppression comments a fix inserts. */
  lineComment: string;
  /** Node types of string literals: a suppression comment cannot go on a line that starts inside one. */
  stringTypes: ReadonlySet<string>;
}

const JAVASCRIPT_STRINGS = new Set(['string', 'template_string']);

const LANGUAGES: readonly LanguageInfo[] = [
  { id: 'python', family: 'python', grammar: 'python', lineComment: '#', stringTypes: new Set(['string']) },
  { id: 'javascript', family: 'javascript', grammar: 'javascript', lineComment: '//', stringTypes: JAVASCRIPT_STRINGS },
  { id: 'javascriptreact', family: 'javascript', grammar: 'javascript', lineComment: '//', stringTypes: JAVASCRIPT_STRINGS },
  { id: 'typescript', family: 'javascript', grammar: 'typescript', lineComment: '//', stringTypes: JAVASCRIPT_STRINGS },
  { id: 'typescriptreact', family: 'javascript', grammar: 'tsx', lineComment: '//', stringTypes: JAVASCRIPT_STRINGS },
  { id: 'shellscript', family: 'shell', grammar: 'bash', lineComment: '#', stringTypes: new Set(['string', 'raw_string', 'heredoc_body']) },
  { id: 'ruby', family: 'ruby', grammar: 'ruby', lineComment: '#', stringTypes: new Set(['string', 'heredoc_body', 'delimited_symbol', 'regex', 'subshell', 'string_array', 'symbol_array']) },
  { id: 'go', family: 'go', grammar: 'go', lineComment: '//', stringTypes: new Set(['interpreted_string_literal', 'raw_string_literal']) },
  { id: 'php', family: 'php', grammar: 'php', lineComment: '//', stringTypes: new Set(['string', 'encapsed_string', 'heredoc', 'nowdoc']) },
  { id: 'swift', family: 'swift', grammar: 'swift', lineComment: '//', stringTypes: new Set(['line_string_literal', 'multi_line_string_literal', 'raw_string_literal']) },
  {
    id: 'csharp',
    family: 'csharp',
    grammar: 'c-sharp',
    lineComment: '//',
    stringTypes: new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']),
  },
  { id: 'java', family: 'java', grammar: 'java', lineComment: '//', stringTypes: new Set(['string_literal']) },
  { id: 'kotlin', family: 'kotlin', grammar: 'kotlin', lineComment: '//', stringTypes: new Set(['string_literal']) },
];

const BY_ID = new Map(LANGUAGES.map((l) => [l.id, l]));

/** The notebook format: its code cells are analysed as one Python program. */
export const NOTEBOOK_LANGUAGE_ID = 'jupyter';

const BY_EXTENSION = new Map<string, string>([
  ['.py', 'python'],
  ['.pyw', 'python'],
  ['.js', 'javascript'],
  ['.mjs', 'javascript'],
  ['.cjs', 'javascript'],
  ['.jsx', 'javascriptreact'],
  ['.ts', 'typescript'],
  ['.mts', 'typescript'],
  ['.cts', 'typescript'],
  ['.tsx', 'typescriptreact'],
  ['.ipynb', NOTEBOOK_LANGUAGE_ID],
  ['.sh', 'shellscript'],
  ['.bash', 'shellscript'],
  ['.zsh', 'shellscript'],
  ['.rb', 'ruby'],
  ['.rake', 'ruby'],
  ['.go', 'go'],
  ['.php', 'php'],
  ['.phtml', 'php'],
  ['.swift', 'swift'],
  ['.cs', 'csharp'],
  ['.csx', 'csharp'],
  ['.java', 'java'],
  ['.kt', 'kotlin'],
  ['.kts', 'kotlin'],
]);

/** A shell script without an extension says what it is in its first line. */
const SHELL_SHEBANG = /^#!\s*(?:\/\S*\/)?(?:env\s+(?:-\S+\s+)*)?(?:ba|z|k|da)?sh\b/;

/** A Ruby script without an extension (`#!/usr/bin/env ruby`, `#!/usr/bin/ruby -w`). */
const RUBY_SHEBANG = /^#!\s*(?:\/\S*\/)?(?:env\s+(?:-\S+\s+)*)?ruby[\d.]*(?:\s|$)/;

/** The language of a file without an extension, from its first line: shell and Ruby scripts with a shebang. */
export function languageIdForShebang(firstLine: string): string | undefined {
  if (SHELL_SHEBANG.test(firstLine)) return 'shellscript';
  return RUBY_SHEBANG.test(firstLine) ? 'ruby' : undefined;
}

export function languageInfo(languageId: string): LanguageInfo | undefined {
  return BY_ID.get(languageId);
}

/** Every file extension the analysis reads (`.py`, `.ipynb`, …). */
export function supportedExtensions(): string[] {
  return [...BY_EXTENSION.keys()];
}

export function supportedLanguageIds(): string[] {
  return [...BY_ID.keys(), NOTEBOOK_LANGUAGE_ID];
}

/** The language id for a file name, by extension; undefined when we do not analyse that kind of file. */
export function languageIdForPath(path: string): string | undefined {
  const lower = path.toLowerCase();
  if (lower.endsWith('.d.ts')) return undefined;
  const dot = lower.lastIndexOf('.');
  if (dot < 0 || dot < lower.lastIndexOf('/')) return undefined;
  return BY_EXTENSION.get(lower.slice(dot));
}
