// Every grammar loads, also when several load at once (a scan worker meets files of many languages together), and
// each parses its language afterwards.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { GrammarName } from '../../server/src/core/languages';
import { Parsers } from '../../server/src/core/parsing/parser';
import { REPO_ROOT } from '../helpers/analyzer';

const SNIPPETS: Record<GrammarName, string> = {
  python: 'x = f("a")\n',
  javascript: 'const x = f("a");\n',
  typescript: 'const x: string = f("a");\n',
  tsx: 'const x = <a href={f("a")} />;\n',
  bash: 'x="$(f a)"\n',
  java: 'class A { String x = f("a"); }\n',
  kotlin: 'val x = f("a $b")\n',
  'c-sharp': 'class A { string x = F($"a {b}"); }\n',
  php: '<?php $x = f("a $b");\n',
  go: 'package a\n\nvar x = f("a")\n',
  ruby: 'x = f("a #{b}")\n',
  swift: 'let x = f(#"a \\#(b)"#)\n',
};

/** The grammars as the build ships them beside the bundles. */
const OUT = path.join(REPO_ROOT, 'server', 'out');

test('all grammars load at once and parse their language', async () => {
  const parsers = await Parsers.create(async (file) => {
    assert.ok(existsSync(path.join(OUT, file)), `${file} is not built`);
    return readFileSync(path.join(OUT, file));
  });
  const grammars = Object.keys(SNIPPETS) as GrammarName[];
  await Promise.all(grammars.map((g) => parsers.prepare(g)));
  for (const grammar of grammars) {
    const tree = parsers.parse(grammar, SNIPPETS[grammar]);
    try {
      assert.equal(tree.rootNode.hasError, false, `${grammar}: ${tree.rootNode.toString()}`);
    } finally {
      tree.delete();
    }
  }
});
