// Filler PHP: a namespaced file of functions and classes iterating arrays by key.

import { camel, constant, kebab, message, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r @param {string} imports */
function header(r, imports) {
  return `<?php

declare(strict_types=1);

namespace App\\${pascal(r)};

use InvalidArgumentException;
use JsonException;
${imports}
// ${sentence(r)}`;
}

/** @param {Random} r */
function lookup(r) {
  const [a, k] = [camel(r), noun(r)];
  return `function ${method(r)}(array $${a}, bool $strict = false): array
{
    $result = [];
    foreach ($${a} as $key => $value) {
        if ($value === null) {
            continue;
        }
        $result[strtolower(trim((string) $key))] = $value;
    }
    if ($strict && !array_key_exists('${k}', $result)) {
        throw new InvalidArgumentException('Key not found: ${k}');
    }
    return $result;
}`;
}

/** @param {Random} r */
function classBlock(r) {
  const [cls, a] = [pascal(r), camel(r)];
  return `final class ${cls}
{
    private const ${constant(r)} = '${kebab(r)}';

    /** @var array<string, mixed> */
    private array $cache = [];

    public function __construct(private readonly array $${a}, private readonly int $limit = ${r.int(10, 900)})
    {
    }

    public function ${method(r)}(string $key): mixed
    {
        // ${sentence(r)}
        if (isset($this->cache[$key])) {
            return $this->cache[$key];
        }
        return $this->cache[$key] = $this->${a}[$key] ?? null;
    }

    public function keys(): array
    {
        return array_keys($this->cache);
    }
}`;
}

/** @param {Random} r */
function jsonBlock(r) {
  return `function ${method(r)}(string $raw): array
{
    try {
        $data = json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
    } catch (JsonException $e) {
        error_log('${message(r)}: ' . $e->getMessage());
        return [];
    }
    return array_filter($data, fn ($key) => !str_starts_with((string) $key, '_'), ARRAY_FILTER_USE_KEY);
}`;
}

/** @param {Random} r */
function bearer(r) {
  return `function ${method(r)}(string $customerId): string
{
    $ch = curl_init('https://api.stripe.com/v1/customers/' . urlencode($customerId));
    curl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer ' . getenv('STRIPE_API_KEY')]);
    curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
    return (string) curl_exec($ch);
}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const php = {
  header,
  blocks: [lookup, classBlock, jsonBlock],
  rare: [bearer],
  comment: (text) => text.split('\n').map((line) => `// ${line}`).join('\n'),
  footer: '',
};
