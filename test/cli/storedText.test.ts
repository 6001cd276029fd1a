// Writing a fixed file back: atomic, the same mode and byte-order mark, through symbolic links, and never over
// a file that changed since it was read.
import assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { readStoredText, replaceStoredText } from '../../server/src/node/storedText';

const posix = process.platform !== 'win32';
const root = typeof process.getuid === 'function' && process.getuid() === 0;

describe('stored text', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'clarifai-pat-lint-write-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;
  const file = (content: string | Buffer) => {
    const name = path.join(dir, `file${count++}.py`);
    writeFileSync(name, content);
    return name;
  };
  const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

  test('reads the text without its byte-order mark and says whether it had one', () => {
    assert.deepEqual(readStoredText(file('\uFEFFx = 1\n')), { text: 'x = 1\n', bom: true });
    assert.deepEqual(readStoredText(file('x = 1\n')), { text: 'x = 1\n', bom: false });
    assert.equal(readStoredText(file(Buffer.from([0x78, 0xff, 0x0a]))), undefined);
  });

  test('replaces the text, keeping a byte-order mark and CRLF as given', () => {
    const name = file('\uFEFFa = 1\r\nb = 2\r\n');
    assert.equal(replaceStoredText(name, 'a = 1\r\nb = 2\r\n', 'a = 1\r\nb = 3\r\n'), 'replaced');
    assert.deepEqual(readFileSync(name), Buffer.from('\uFEFFa = 1\r\nb = 3\r\n'));
    assert.deepEqual(leftovers(), []);
  });

  test('keeps the file mode', { skip: !posix && 'POSIX modes only' }, () => {
    for (const mode of [0o755, 0o640, 0o600]) {
      const name = file('x = 1\n');
      chmodSync(name, mode);
      assert.equal(replaceStoredText(name, 'x = 1\n', 'x = 2\n'), 'replaced');
      assert.equal(statSync(name).mode & 0o777, mode);
    }
  });

  test('writes through a symbolic link to the file it points to, and the link stays a link', { skip: !posix && 'symbolic links need privileges on Windows' }, () => {
    const target = file('x = 1\n');
    const link = path.join(dir, 'link.py');
    symlinkSync(path.basename(target), link);
    assert.equal(replaceStoredText(link, 'x = 1\n', 'x = 2\n'), 'replaced');
    assert.ok(lstatSync(link).isSymbolicLink());
    assert.equal(readFileSync(target, 'utf8'), 'x = 2\n');
  });

  test('writes nothing when the file no longer holds the text that was read', () => {
    const name = file('x = "edited meanwhile"\n');
    const before = statSync(name);
    assert.equal(replaceStoredText(name, 'x = 1\n', 'x = 2\n'), 'changed');
    assert.equal(readFileSync(name, 'utf8'), 'x = "edited meanwhile"\n');
    assert.equal(statSync(name).mtimeMs, before.mtimeMs);
    assert.deepEqual(leftovers(), []);
  });

  test('writes nothing over bytes that are not UTF-8', () => {
    const bytes = Buffer.from([0x78, 0x20, 0x3d, 0x20, 0xff, 0x0a]);
    const name = file(bytes);
    assert.equal(replaceStoredText(name, 'x = \uFFFD\n', 'y = \uFFFD\n'), 'not-utf8');
    assert.deepEqual(readFileSync(name), bytes);
  });

  test('throws on a file that is gone', () => {
    assert.throws(() => replaceStoredText(path.join(dir, 'missing.py'), '', 'x'), { code: 'ENOENT' });
  });

  test('leaves the file as it was when the folder is read-only', { skip: (!posix || root) && 'needs POSIX permissions that apply to this user' }, () => {
    const sub = mkdtempSync(path.join(dir, 'ro-'));
    const name = path.join(sub, 'x.py');
    writeFileSync(name, 'x = 1\n');
    chmodSync(sub, 0o555);
    try {
      assert.throws(() => replaceStoredText(name, 'x = 1\n', 'x = 2\n'), { code: 'EACCES' });
      assert.equal(readFileSync(name, 'utf8'), 'x = 1\n');
    } finally {
      chmodSync(sub, 0o755);
    }
  });
});
