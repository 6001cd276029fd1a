import TS from '@vscode/tree-sitter-wasm';
import path from 'path'; import fs from 'fs';
const dir = path.resolve('node_modules/@vscode/tree-sitter-wasm/wasm');
await TS.Parser.init({ locateFile: (f) => path.join(dir, f) });
const [,, grammar, file] = process.argv;
const lang = await TS.Language.load(path.join(dir, `tree-sitter-${grammar}.wasm`));
const p = new TS.Parser(); p.setLanguage(lang);
const src = fs.readFileSync(file === '-' ? 0 : file, 'utf8');
const t = p.parse(src);
function show(n, d, field) { const txt = n.childCount === 0 ? ' ' + JSON.stringify(n.text) : ''; if (n.isNamed || n.childCount===0) console.log('  '.repeat(d) + (field ? field + ': ' : '') + n.type + txt); for (let i = 0; i < n.childCount; i++) show(n.child(i), d + 1, n.fieldNameForChild(i)); }
show(t.rootNode, 0);
