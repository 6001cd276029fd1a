// Loads web-tree-sitter and its grammars from bytes the host supplies, and parses text into syntax trees.
import * as TreeSitter from '@vscode/tree-sitter-wasm';
import type { Language, Parser, Tree } from '@vscode/tree-sitter-wasm';
import type { GrammarName } from '../languages';
import { repairGrammar } from './grammarRepair';

/**
 * Supplies the WebAssembly files (`tree-sitter.wasm`, `tree-sitter-<grammar>.wasm`).
 * The core never touches the file system: the CLI and the server read the files shipped beside their bundle.
 */
export type WasmLoader = (fileName: string) => Promise<Uint8Array>;

/** Parses text with lazily loaded grammars; one parser per grammar, reused across files. */
export class Parsers {
  private readonly languages = new Map<GrammarName, Promise<Language>>();
  private readonly parsers = new Map<GrammarName, Parser>();

  private constructor(private readonly load: WasmLoader) {}

  /** Initialises the tree-sitter runtime once per process. */
  static async create(load: WasmLoader): Promise<Parsers> {
    await initRuntime(load);
    return new Parsers(load);
  }

  /** Loads a grammar on first use. */
  async prepare(grammar: GrammarName): Promise<void> {
    if (this.parsers.has(grammar)) return;
    let language = this.languages.get(grammar);
    if (!language) {
      language = this.load(`tree-sitter-${grammar}.wasm`).then((bytes) => linkOneAtATime(() => TreeSitter.Language.load(repairGrammar(grammar, bytes))));
      this.languages.set(grammar, language);
      language.catch(() => this.languages.delete(grammar));
    }
    const loaded = await language;
    if (!this.parsers.has(grammar)) {
      const parser = new TreeSitter.Parser();
      parser.setLanguage(loaded);
      this.parsers.set(grammar, parser);
    }
  }

  /** Parses with a grammar that `prepare` has loaded. Error-tolerant: broken code still yields a tree. */
  parse(grammar: GrammarName, text: string, oldTree?: Tree): Tree {
    const parser = this.parsers.get(grammar);
    if (!parser) throw new Error(`grammar ${grammar} is not loaded`);
    const tree = parser.parse(text, oldTree ?? null);
    if (!tree) throw new Error(`tree-sitter returned no tree for a ${grammar} file`);
    return tree;
  }
}

let runtime: Promise<void> | undefined;

/** The grammar being linked into the runtime, which later ones wait for. */
let linking: Promise<unknown> = Promise.resolve();

/**
 * Runs grammar loads one after another. The runtime links each grammar's WebAssembly module into its own symbol
 * table; two links under way at once mix their symbols up ("bad export type for
 * 'tree_sitter_kotlin_external_scanner_create'"), and a scan meets files of several languages at the same time.
 */
function linkOneAtATime<T>(load: () => Promise<T>): Promise<T> {
  const next = linking.then(load);
  linking = next.catch(() => undefined);
  return next;
}

function initRuntime(load: WasmLoader): Promise<void> {
  runtime ??= load('tree-sitter.wasm')
    .then((wasmBinary) =>
      // Emscripten accepts the module bytes directly, so nothing is fetched or read here.
      TreeSitter.Parser.init({ wasmBinary } as unknown as Parameters<typeof TreeSitter.Parser.init>[0]),
    )
    .catch((error: unknown) => {
      // A failed load is not remembered: a long-running server may try again.
      runtime = undefined;
      throw error;
    });
  return runtime;
}
