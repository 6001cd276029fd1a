// Writing new cell sources into a stored notebook: only the changed `source` values are replaced, in the form
// and layout the file already uses, and everything else stays byte-identical.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { replaceCellSources, storedSources } from '../../server/src/cli/notebookSources';
import { readNotebook } from '../../server/src/core/notebook';

/** Replaces the sources of some cells and checks that the core reads back exactly the new texts. */
function rewrite(fileText: string, texts: Record<number, string>): string {
  const result = replaceCellSources(fileText, storedSources(fileText), new Map(Object.entries(texts).map(([k, v]) => [Number(k), v])));
  const before = readNotebook(fileText);
  readNotebook(result).forEach((cell, i) => assert.equal(cell.text, texts[i] ?? before[i]!.text, `cell ${i}`));
  return result;
}

// As nbformat writes it: indent 1, sorted keys, non-ASCII as itself; outputs that must survive untouched.
const NBFORMAT = `{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "# Étiquetage des photos 📷\\n",
    "Voir \\"README\\"."
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "prêt ✓\\n"
     ]
    }
   ],
   "source": [
    "import clarifai\\n",
    "KEY = \\"secret\\"\\n",
    "print(\\"prêt ✓\\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "metadata": {},
   "outputs": [],
   "source": []
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3",
   "language": "python",
   "name": "python3"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`;

describe('notebook sources', () => {
  test('replaces only the changed lines of a cell, keeping the rest of the file byte for byte', () => {
    const result = rewrite(NBFORMAT, { 1: 'import os\nimport clarifai\nKEY = os.environ["CLARIFAI_PAT"]\nprint("prêt ✓")' });
    assert.equal(
      result,
      NBFORMAT.replace(
        '    "import clarifai\\n",\n    "KEY = \\"secret\\"\\n",\n',
        '    "import os\\n",\n    "import clarifai\\n",\n    "KEY = os.environ[\\"CLARIFAI_PAT\\"]\\n",\n',
      ),
    );
  });

  test('fills an empty source array one level deeper than its key, as nbformat does', () => {
    const result = rewrite(NBFORMAT, { 2: 'x = 1\ny = "é"\n' });
    assert.equal(result, NBFORMAT.replace('   "source": []\n  }\n ],', '   "source": [\n    "x = 1\\n",\n    "y = \\"é\\"\\n"\n   ]\n  }\n ],'));
  });

  test('writes an emptied cell as an empty array', () => {
    const result = rewrite(NBFORMAT, { 0: '' });
    assert.equal(result, NBFORMAT.replace('   "source": [\n    "# Étiquetage des photos 📷\\n",\n    "Voir \\"README\\"."\n   ]', '   "source": []'));
  });

  test('changes several cells at once', () => {
    const result = rewrite(NBFORMAT, { 0: '# Titre\n', 2: 'pass' });
    assert.ok(result.includes('   "source": [\n    "# Titre\\n"\n   ]'));
    assert.ok(result.includes('   "source": [\n    "pass"\n   ]'));
  });

  test('escapes characters outside ASCII in a file that escapes them, and keeps unchanged lines as stored', () => {
    const escaped = '{\n  "cells": [\n    {\n      "cell_type": "code",\n      "metadata": {},\n      "outputs": [],\n      "source": [\n        "# caf\\u00e9\\n",\n        "x = 1"\n      ]\n    }\n  ],\n  "metadata": {},\n  "nbformat": 4,\n  "nbformat_minor": 2\n}';
    const result = rewrite(escaped, { 0: '# café\nx = "naïve 🚀"' });
    assert.equal(result, escaped.replace('"x = 1"', '"x = \\"na\\u00efve \\ud83d\\ude80\\""'));
  });

  test('keeps a source stored as one string a string, and control characters escaped', () => {
    const single = '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": "a = 1\\nb = 2"}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}';
    const result = rewrite(single, { 0: 'a = 1\n\tb = "\u0001"' });
    assert.equal(result, single.replace('"a = 1\\nb = 2"', '"a = 1\\n\\tb = \\"\\u0001\\""'));
  });

  test('writes on one line in a file without line breaks', () => {
    const compact = '{"cells":[{"cell_type":"code","metadata":{},"outputs":[],"source":[]}],"metadata":{},"nbformat":4,"nbformat_minor":5}';
    assert.equal(rewrite(compact, { 0: 'a\nb' }), compact.replace('"source":[]', '"source":["a\\n","b"]'));
    const spaced = '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [], "source": []}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}';
    assert.equal(rewrite(spaced, { 0: 'a\nb' }), spaced.replace('"source": []', '"source": ["a\\n", "b"]'));
  });

  test('keeps CRLF line breaks between the items of a notebook written with them', () => {
    const crlf = NBFORMAT.replace(/\n/g, '\r\n');
    const result = rewrite(crlf, { 2: 'a\nb' });
    assert.equal(result, crlf.replace('   "source": []\r\n', '   "source": [\r\n    "a\\n",\r\n    "b"\r\n   ]\r\n'));
  });

  test('finds the cells of an nbformat 3 notebook in its first worksheet, with `input` for code', () => {
    const v3 = '{\n "metadata": {},\n "nbformat": 3,\n "worksheets": [\n  {\n   "cells": [\n    {\n     "cell_type": "code",\n     "input": [\n      "x = 1"\n     ],\n     "language": "python",\n     "outputs": []\n    }\n   ]\n  }\n ]\n}\n';
    assert.equal(rewrite(v3, { 0: 'x = 2\n' }), v3.replace('"x = 1"', '"x = 2\\n"'));
  });

  test('has no stored source for a cell without one', () => {
    const text = '{"cells": [{"cell_type": "code", "metadata": {}}, {"cell_type": "code", "source": "x"}]}';
    const stored = storedSources(text);
    assert.equal(stored[0], undefined);
    assert.equal(stored[1]?.value.kind, 'string');
    assert.throws(() => replaceCellSources(text, stored, new Map([[0, 'x']])), /cell 0 has no stored source/);
  });
});
