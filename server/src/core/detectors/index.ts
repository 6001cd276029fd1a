// Detector registry: one detector per language family turns a syntax tree into the file model.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { LanguageFamily } from '../languages';
import { detectCSharp } from './csharp';
import type { Detection } from './detection';
import { detectGo } from './go';
import { detectJava } from './java';
import { detectJavaScript } from './javascript';
import { detectKotlin } from './kotlin';
import { detectPhp } from './php';
import { detectPython } from './python';
import { detectRuby } from './ruby';
import { detectShell } from './shell';
import { detectSwift } from './swift';

export type Detector = (root: Node, text: string) => Detection;

export const DETECTORS: Record<LanguageFamily, Detector> = {
  python: detectPython,
  javascript: detectJavaScript,
  shell: detectShell,
  ruby: detectRuby,
  go: detectGo,
  php: detectPhp,
  swift: detectSwift,
  csharp: detectCSharp,
  java: detectJava,
  kotlin: detectKotlin,
};
