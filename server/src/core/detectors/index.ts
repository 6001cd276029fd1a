// Detector registry: one detector per language family turns a syntax tree into the file model.
import type { Node } from '@vscode/tree-sitter-wasm';
import type { LanguageFamily } from '../languages';
import type { Detection } from './detection';
import { detectJava } from './java';
import { detectJavaScript } from './javascript';
import { detectKotlin } from './kotlin';
import { detectPython } from './python';
import { detectShell } from './shell';

export type Detector = (root: Node, text: string) => Detection;

export const DETECTORS: Record<LanguageFamily, Detector> = {
  python: detectPython,
  javascript: detectJavaScript,
  shell: detectShell,
  java: detectJava,
  kotlin: detectKotlin,
};
