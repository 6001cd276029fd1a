// The names a PHP binding statement binds, read from its source text at the node's start. Keys: `$x` for a variable
// (and for property sets on it), `$this->x` for a property, `::$x` and `::X` for a static property and a class
// constant, `X` for a constant, `x()` for a function, `global $x` for a global declaration.
import type { Node } from '@vscode/tree-sitter-wasm';

const ID = String.raw`[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*`;
const VARIABLE = String.raw`\$${ID}`;
/** `$x = …`, `$x[…] = …`, `$this->a = …`, `$obj->a = …`: the variable, the properties after it, and what follows. */
const ASSIGNMENT = new RegExp(String.raw`^(${VARIABLE})((?:\s*->\s*${ID})*)\s*(\[|=)`);
const STATIC_ASSIGNMENT = new RegExp(String.raw`^(?:self|static)\s*::\s*(${VARIABLE})\s*=`);
const AUGMENTED = new RegExp(String.raw`^(${VARIABLE})\s*\S{1,3}=`);
const DEFINE = new RegExp(String.raw`^\\?define\s*\(\s*(['"])(${ID})\1`, 'i');
const SETTER = new RegExp(String.raw`^(${VARIABLE})((?:\s*->\s*${ID})?)\s*->\s*set[A-Z]`);
const STATIC_VARIABLE = new RegExp(String.raw`^(${VARIABLE})`);
const FUNCTION = new RegExp(String.raw`^function\s*&?\s*(${ID})`, 'i');
const GLOBALS = new RegExp(VARIABLE, 'g');
const WINDOW = 400;

/** A variable and the properties written after it, as the path a binding is keyed by (`$this->a`, `$x`). */
function pathOf(variable: string, properties: string): { path: string; rest: string[] } {
  const names = properties.split('->').map((p) => p.trim()).filter(Boolean);
  if (variable === '$this' && names.length > 0) return { path: `$this->${names[0]}`, rest: names.slice(1) };
  return { path: variable, rest: names };
}

/** The keys a statement binds, for the lazy binding index; 'eager' for rare shapes analysed up front. */
export function phpBindingKeys(text: string) {
  return (node: Node, type: string): readonly string[] | 'eager' => {
    const source = text.slice(node.startIndex, node.startIndex + WINDOW);
    switch (type) {
      case 'assignment_expression': {
        const m = ASSIGNMENT.exec(source);
        if (!m) {
          const staticProperty = STATIC_ASSIGNMENT.exec(source);
          if (staticProperty) return [`::${staticProperty[1]!}`];
          // `[$a, $b] = …` and `list($a, $b) = …` need the tree to tell their names.
          return /^(?:\[|list\s*\()/i.test(source) ? 'eager' : [];
        }
        const { path, rest } = pathOf(m[1]!, m[2]!);
        // `$x = v`, `$x[k] = v`, `$this->a = v`; `$obj->a = v` sets a property of `$obj`.
        if (rest.length === 0 || (rest.length === 1 && m[3] === '=')) return [path];
        return [];
      }
      case 'augmented_assignment_expression': {
        const m = AUGMENTED.exec(source);
        return m ? [m[1]!] : [];
      }
      case 'function_call_expression': {
        const constant = DEFINE.exec(source);
        return constant ? [constant[2]!] : [];
      }
      case 'member_call_expression': {
        const m = SETTER.exec(source);
        if (!m) return [];
        const { path, rest } = pathOf(m[1]!, m[2]!);
        return rest.length === 0 ? [path] : [];
      }
      case 'static_variable_declaration': {
        const m = STATIC_VARIABLE.exec(source);
        return m ? [m[1]!] : 'eager';
      }
      case 'function_definition': {
        const m = FUNCTION.exec(source);
        return m ? [`${m[1]!.toLowerCase()}()`] : 'eager';
      }
      case 'global_declaration':
        return [...source.slice(0, node.endIndex - node.startIndex).matchAll(GLOBALS)].map((g) => `global ${g[0]}`);
      case 'return_statement':
        return [];
      default:
        // Constants, properties, foreach heads and catch clauses: few per file.
        return 'eager';
    }
  };
}
