// PHP value resolution and fix writing: what `$result` evaluates to at the end of each snippet, and where the PHP
// writer declines to put an environment read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Node } from '@vscode/tree-sitter-wasm';
import { phpContext } from '../../server/src/core/detectors/php/context';
import { phpFixSupport } from '../../server/src/core/detectors/php/fixSupport';
import { phpWriter } from '../../server/src/core/fixes/php';
import { isHole, knownText, type Value } from '../../server/src/core/values/value';
import { fixSupportFor, parse } from '../helpers/analyzer';

/** The value of the last `$result = …` in the snippet, and the snippet as parsed. */
async function php(code: string): Promise<Value> {
  const text = `<?php\n${code}\n`;
  const root = (await parse('php', text)).rootNode;
  const assignment = root.descendantsOfType('assignment_expression').filter((n): n is Node => n?.childForFieldName('left')?.text === '$result').pop()!;
  return phpContext(root, text).ev.eval(assignment.childForFieldName('right'));
}

const text = async (code: string) => knownText(await php(code));

describe('PHP resolution', () => {
  it('joins quoted strings, interpolation, heredocs and sprintf', async () => {
    assert.equal(await text(`$m = 'face-detection';\n$result = "https://api.clarifai.com/v2/models/{$m}/outputs";`), 'https://api.clarifai.com/v2/models/face-detection/outputs');
    assert.equal(await text(`$m = 'x';\n$result = 'a' . "$m" . 'b';`), 'axb');
    assert.equal(await text(`$result = 'It\\'s \\n';`), "It's \\n");
    assert.equal(await text(`$result = "tab\\there \\$x";`), 'tab\there $x');
    assert.equal(await text(`$id = 'General';\n$result = <<<JSON\n{"workflow": "$id"}\nJSON;`), '{"workflow": "General"}');
    assert.equal(await text(`$result = <<<'RAW'\nKey $notInterpolated\nRAW;`), 'Key $notInterpolated');
    assert.equal(await text(`$result = sprintf('%s/models/%s', 'v2', 'logo');`), 'v2/models/logo');
  });

  it('keeps an interpolation as a run-time piece written with its braces', async () => {
    const code = `function f($key) {\n$result = "Key {$key}";\n}`;
    const value = await php(code);
    const hole = value.kind === 'str' ? value.parts.find(isHole) : undefined;
    assert.equal(hole?.hole.kind, 'param');
    const source = `<?php\n${code}\n`;
    assert.equal(source.slice(hole!.written!.span.start, hole!.written!.span.end), '{$key}');
  });

  it('reads the environment with its defaults', async () => {
    for (const read of [`getenv('CLARIFAI_PAT') ?: 'dflt'`, `$_ENV['CLARIFAI_PAT'] ?? 'dflt'`, `env('CLARIFAI_PAT', 'dflt')`]) {
      const value = await php(`$result = ${read};`);
      assert.equal(value.kind === 'env' && value.name, 'CLARIFAI_PAT', read);
      assert.equal(value.kind === 'env' && knownText(value.fallback), 'dflt', read);
    }
    const server = await php(`$result = $_SERVER['CLARIFAI_API_KEY'];`);
    assert.equal(server.kind === 'env' && server.name, 'CLARIFAI_API_KEY');
  });

  it('follows constants, class constants and properties', async () => {
    assert.equal(await text(`define('MODEL', 'logo');\n$result = MODEL;`), 'logo');
    assert.equal(await text(`const MODEL = 'logo';\n$result = MODEL;`), 'logo');
    assert.equal(await text(`class A { const M = 'm'; function f() { $result = self::M; } }`), 'm');
    assert.equal(await text(`class A { const M = 'm'; }\n$result = A::M;`), 'm');
    assert.equal(await text(`class A { private $k = 'v'; function f() { $result = $this->k; } }`), 'v');
    assert.equal(await text(`class A { function __construct() { $this->k = 'c'; } function f() { $result = $this->k; } }`), 'c');
    assert.equal((await php(`class A { function __construct(private string $k) {} function f() { $result = $this->k; } }`)).kind, 'param');
  });

  it('keeps variables inside their function, except through global, use and arrow functions', async () => {
    assert.equal((await php(`$k = 'top';\nfunction f() { $result = $k; }`)).kind, 'unknown');
    assert.equal(await text(`$k = 'top';\nfunction f() { global $k; $result = $k; }`), 'top');
    assert.equal(await text(`$k = 'top';\n$f = function () use ($k) { $result = $k; };`), 'top');
    assert.equal(await text(`$k = 'top';\n$f = fn () => $result = $k;`), 'top');
    assert.equal(await text(`$k = 'top';\nfunction f() { $result = $GLOBALS['k']; }`), 'top');
  });

  it('reads arrays with keys, positions and later sets', async () => {
    const headers = await php(`$h = ['Accept: application/json'];\n$h['Authorization'] = 'Key x';\n$result = $h;`);
    assert.equal(headers.kind === 'obj' && knownText(headers.get('0')), 'Accept: application/json');
    assert.equal(headers.kind === 'obj' && knownText(headers.get('Authorization')), 'Key x');
  });

  it('reads protobuf messages from their array of fields and their setters', async () => {
    const uses = `use Clarifai\\Api\\PostModelOutputsRequest;\n`;
    const fields = await php(`${uses}$result = new PostModelOutputsRequest(['model_id' => 'logo']);`);
    assert.equal(fields.kind === 'call' && fields.callee, 'Clarifai\\Api\\PostModelOutputsRequest');
    assert.equal(fields.kind === 'call' && knownText(fields.kwarg('model_id')), 'logo');
    const set = await php(`${uses}$r = new PostModelOutputsRequest();\n$r->setModelId('logo');\n$r->setVersionId('v1');\n$result = $r;`);
    assert.equal(set.kind === 'call' && knownText(set.kwarg('model_id')), 'logo');
    assert.equal(set.kind === 'call' && knownText(set.kwarg('version_id')), 'v1');
    const chained = await php(`${uses}$result = (new PostModelOutputsRequest())->setModelId('logo')->setUserAppId($ids);`);
    assert.equal(chained.kind === 'call' && knownText(chained.kwarg('model_id')), 'logo');
    assert.ok(chained.kind === 'call' && chained.kwarg('user_app_id'));
  });
});

describe('PHP imports', () => {
  const uses = `namespace App;\nuse Clarifai\\Api\\{PostModelOutputsRequest, UserAppIDSet as Ids};\nuse Clarifai\\Api;\n`;

  it('qualify class names through grouped, aliased and namespace imports', async () => {
    assert.equal(((await php(`${uses}$result = new Ids([]);`)) as { callee?: string }).callee, 'Clarifai\\Api\\UserAppIDSet');
    assert.equal(((await php(`${uses}$result = new Api\\Input([]);`)) as { callee?: string }).callee, 'Clarifai\\Api\\Input');
    assert.equal(((await php(`${uses}$result = new Helper();`)) as { callee?: string }).callee, 'App\\Helper');
  });

  it('tell fixes how the file names an imported class or namespace', async () => {
    const text = `<?php\n${uses}`;
    const support = phpFixSupport((await parse('php', text)).rootNode, text);
    assert.equal(support.localName('Clarifai\\Api\\UserAppIDSet'), 'Ids');
    assert.equal(support.localName('Clarifai\\Api'), 'Api');
    assert.equal(support.localName('Clarifai\\Api\\Image'), undefined);
  });
});

describe('PHP fix writing', () => {
  const replace = async (code: string, secret: string) => {
    const start = code.indexOf(`'${secret}'`);
    const support = await fixSupportFor('php', code);
    return phpWriter.replaceInLiteral(code, { start, end: start + secret.length + 2 }, { start: start + 1, end: start + 1 + secret.length }, (q) => phpWriter.envRead('CLARIFAI_PAT', q), support);
  };

  it('reads the environment where a literal was', async () => {
    assert.equal((await replace(`$pat = 'secret';`, 'secret'))?.newText, `getenv('CLARIFAI_PAT')`);
    assert.equal((await replace(`define('PAT', 'secret');`, 'secret'))?.newText, `getenv('CLARIFAI_PAT')`);
    assert.equal((await replace(`$this->pat = 'secret';`, 'secret'))?.newText, `getenv('CLARIFAI_PAT')`);
  });

  it('leaves defaults that PHP requires to be constant expressions', async () => {
    assert.equal(await replace(`const PAT = 'secret';`, 'secret'), undefined);
    assert.equal(await replace(`class A { private ?string $pat = 'secret'; }`, 'secret'), undefined);
    assert.equal(await replace(`function f($pat = 'secret') {}`, 'secret'), undefined);
  });

  it('concatenates the PAT in the quotes of the header it replaces', () => {
    const pat = () => `getenv('CLARIFAI_PAT')`;
    assert.equal(phpWriter.keyHeader(`"Key {$key}"`, pat, "'"), `"Key " . getenv('CLARIFAI_PAT')`);
    assert.equal(phpWriter.keyHeader(`'Authorization: Key ' . $key`, pat, "'"), `'Authorization: Key ' . getenv('CLARIFAI_PAT')`);
    assert.equal(phpWriter.keyHeader(`($key, 'Key')`, pat, "'"), `(getenv('CLARIFAI_PAT'), 'Key')`);
  });

  it('writes constants as const, or define for what const cannot hold', () => {
    assert.equal(phpWriter.constant('USER_ID', `'clarifai'`, ''), `const USER_ID = 'clarifai';\n`);
    assert.equal(phpWriter.constant('PAT', `getenv('CLARIFAI_PAT')`, ''), `define('PAT', getenv('CLARIFAI_PAT'));\n`);
  });
});
