import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { notebookProgram, NotebookFormatError, readNotebook } from '../../server/src/core/notebook';

describe('readNotebook', () => {
  // Written by hand so that the stored text has JSON escapes: \t, \u00e9, \".
  const file = [
    '{',
    ' "cells": [',
    '  {"cell_type": "markdown", "metadata": {}, "source": ["# Title\\n"]},',
    '  {"cell_type": "code", "metadata": {}, "outputs": [], "source": [',
    '   "x = \\"tab\\there\\"\\n",',
    '   "y = \\"\\u00e9t\\u00e9\\" + \'q\'\\n",',
    '   "z = 1"',
    '  ]},',
    '  {"cell_type": "code", "metadata": {"vscode": {"languageId": "javascript"}}, "outputs": [], "source": "let a = 1"}',
    ' ],',
    ' "metadata": {"kernelspec": {"language": "python"}},',
    ' "nbformat": 4',
    '}',
  ].join('\n');
  const cells = readNotebook(file);

  it('reads kinds, languages and joined sources', () => {
    assert.deepEqual(
      cells.map((c) => [c.kind, c.language]),
      [
        ['markdown', 'python'],
        ['code', 'python'],
        ['code', 'javascript'],
      ],
    );
    assert.equal(cells[1]!.text, 'x = "tab\there"\ny = "été" + \'q\'\nz = 1');
    assert.equal(cells[2]!.text, 'let a = 1');
  });

  it('maps every character of a cell back to where it is stored, escapes included', () => {
    const cell = cells[1]!;
    for (const ch of ['x', 'y', 'z', 'q', '+']) {
      const offset = cell.text.indexOf(ch);
      assert.equal(file[cell.fileOffset(offset)], ch, `character ${ch}`);
    }
    // The decoded tab sits where its escape starts.
    assert.equal(file.slice(cell.fileOffset(cell.text.indexOf('\t')), cell.fileOffset(cell.text.indexOf('\t')) + 2), '\\t');
  });

  it('reads nbformat 3 worksheets', () => {
    const v3 = JSON.stringify({ worksheets: [{ cells: [{ cell_type: 'code', language: 'python', input: ['import clarifai'] }] }], metadata: {}, nbformat: 3 });
    assert.equal(readNotebook(v3)[0]!.text, 'import clarifai');
  });

  it('rejects what is not a notebook with the line of the problem', () => {
    assert.throws(() => readNotebook('{\n "cells": [\n  {"cell_type": }\n ]\n}'), (e: unknown) => e instanceof NotebookFormatError && /line 3/.test(e.message));
    assert.throws(() => readNotebook('[1, 2]'), NotebookFormatError);
    assert.throws(() => readNotebook('{"metadata": {}}'), /no "cells"/);
  });
});

describe('notebookProgram', () => {
  const cells = [
    { kind: 'code' as const, language: 'python', text: '%pip install clarifai\nimport os' },
    { kind: 'markdown' as const, language: 'python', text: 'prose' },
    { kind: 'code' as const, language: 'python', text: '%%bash\necho hi' },
    { kind: 'code' as const, language: 'python', text: '  !ls\nx = os.environ["A"]' },
  ];
  const program = notebookProgram(cells);

  it('joins Python code cells, blanks line magics in place and leaves out non-Python cell magics', () => {
    assert.equal(program.text, '                     \nimport os\n     \nx = os.environ["A"]');
  });

  it('locates program offsets in their cells', () => {
    assert.deepEqual(program.locate(program.text.indexOf('import')), { cell: 0, offset: cells[0]!.text.indexOf('import') });
    assert.deepEqual(program.locate(program.text.indexOf('x =')), { cell: 3, offset: cells[3]!.text.indexOf('x =') });
  });
});

describe('StoredCell.fileSpan', () => {
  it('maps a span that ends at the end of a source line to the end of that JSON string', () => {
    const file = '{"cells": [{"cell_type": "code", "source": ["ab\\n", "cd"]}], "metadata": {}}';
    const cell = readNotebook(file)[0]!;
    const span = cell.fileSpan({ start: 0, end: 3 });
    assert.equal(file.slice(span.start, span.end), 'ab\\n');
    const whole = cell.fileSpan({ start: 3, end: 5 });
    assert.equal(file.slice(whole.start, whole.end), 'cd');
  });
});
