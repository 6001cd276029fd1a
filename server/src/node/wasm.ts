// Loads the tree-sitter WebAssembly files that the build copies beside the bundles (CLI and language server).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WasmLoader } from '../core/parsing/parser';
import { describeError } from './fsErrors';

/** A grammar or runtime file is missing or unreadable: the installation is broken. */
export class WasmLoadError extends Error {}

/** A loader that reads `<name>.wasm` from `dir` (the running bundle's folder by default), never from the network. */
export function bundledWasmLoader(dir: string = __dirname): WasmLoader {
  return async (fileName) => {
    const file = path.join(dir, path.basename(fileName));
    try {
      return await readFile(file);
    } catch (error) {
      throw new WasmLoadError(`cannot load ${file}: ${describeError(error)} (the installation is incomplete; rebuild with "npm run build")`);
    }
  };
}
