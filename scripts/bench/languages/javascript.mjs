// Filler JavaScript, TypeScript, JSX and TSX: modules with functions, classes, constants, types and React components.

import { camel, constant, kebab, message, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/**
 * @typedef {object} Flavor
 * @property {boolean} ts TypeScript annotations
 * @property {boolean} jsx React components
 */

/**
 * Writes `text` with or without its TypeScript annotations: `a«: T»` keeps `: T` only when `ts`.
 * @param {Flavor} f
 * @param {string} text
 */
export function typed(f, text) {
  return text.replace(/«([^»]*)»/g, f.ts ? '$1' : '');
}

/** @param {Flavor} f */
function header(f) {
  /** @param {Random} r @param {string} imports */
  return (r, imports) => {
    const lines = [`// ${sentence(r)}`];
    if (f.jsx) lines.push("import React, { useEffect, useMemo, useState } from 'react';");
    else if (!f.ts && r.chance(40)) lines.push("'use strict';", '', "const path = require('path');", "const { readFile } = require('fs/promises');");
    else lines.push("import path from 'node:path';", "import { readFile } from 'node:fs/promises';");
    lines.push(`import { ${camel(r)} } from './${kebab(r)}';`);
    if (f.ts) lines.push(`import type { ${pascal(r)} } from '../types';`);
    if (imports) lines.push(imports.trimEnd());
    return lines.join('\n');
  };
}

/** @param {Flavor} f */
function keysFunction(f) {
  /** @param {Random} r */
  return (r) => {
    const [a, k] = [camel(r), noun(r)];
    return typed(f, `export function ${method(r)}(${a}«: Record<string, unknown>», options«: { strict?: boolean }» = {})«: Record<string, unknown>» {
  // ${sentence(r)}
  const result«: Record<string, unknown>» = {};
  for (const key of Object.keys(${a})) {
    if (${a}[key] === undefined) continue;
    result[key.trim().toLowerCase()] = ${a}[key];
  }
  if (!('${k}' in result) && options.strict) {
    throw new Error('Key not found: ${k}');
  }
  return result;
}`);
  };
}

/** @param {Flavor} f */
function cacheClass(f) {
  /** @param {Random} r */
  return (r) => {
    const [cls, a] = [pascal(r), camel(r)];
    return typed(f, `export class ${cls} {
  «private readonly »cache«: Map<string, unknown>» = new Map();

  constructor(«private readonly »${a}«: Record<string, unknown>», «private readonly »limit = ${r.int(10, 1000)}) {${f.ts ? '' : `\n    this.${a} = ${a};\n    this.limit = limit;`}
  }

  ${method(r)}(key«: string»)«: unknown» {
    if (this.cache.has(key)) return this.cache.get(key);
    const value = this.${a}[key] ?? null;
    if (this.cache.size >= this.limit) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }

  ${method(r)}()«: string[]» {
    return [...this.cache.keys()].filter((key) => !key.startsWith('_'));
  }
}`);
  };
}

/** @param {Flavor} f */
function apiFunction(f) {
  /** @param {Random} r */
  return (r) => {
    const a = camel(r);
    return typed(f, `export async function ${method(r)}(${a}«: string»)«: Promise<Array<{ key: string; label: string }>>» {
  const response = await fetch(\`/api/${noun(r)}s/\${encodeURIComponent(${a})}\`, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(\`${message(r)}: \${response.status}\`);
  }
  const data = await response.json();
  return data.items.map((item«: { id: string; name: string }») => ({ key: item.id, label: item.name }));
}`);
  };
}

/** @param {Flavor} f */
function constants(f) {
  /** @param {Random} r */
  return (r) => {
    const entries = Array.from({ length: r.int(3, 8) }, () => `  '${kebab(r)}': ${r.int(0, 9999)},`);
    return typed(f, `export const ${constant(r)} = ${r.int(1, 3600)};
export const ${constant(r)}«: Readonly<Record<string, number>>» = Object.freeze({
${entries.join('\n')}
});`);
  };
}

/** @param {Random} r */
function typeDeclaration(r) {
  return `export interface ${pascal(r)} {
  id: string;
  ${camel(r)}: number;
  ${camel(r)}?: string[];
  /** ${sentence(r)} */
  ${camel(r)}: Record<string, ${pascal(r)} | null>;
}

export type ${pascal(r)}Key = keyof ${pascal(r)};`;
}

/** @param {Flavor} f */
function component(f) {
  /** @param {Random} r */
  return (r) => {
    const cls = pascal(r);
    return typed(f, `export function ${cls}List({ items, onSelect }«: { items: Array<{ id: string; label: string }>; onSelect: (id: string) => void }») {
  const [selected, setSelected] = useState«<string | null>»(null);
  const sorted = useMemo(() => [...items].sort((a, b) => a.label.localeCompare(b.label)), [items]);
  useEffect(() => {
    if (selected) onSelect(selected);
  }, [selected, onSelect]);
  return (
    <ul className="${kebab(r)}">
      {sorted.map((item) => (
        <li key={item.id} className={item.id === selected ? 'active' : undefined} onClick={() => setSelected(item.id)}>
          {item.label}
        </li>
      ))}
    </ul>
  );
}`);
  };
}

/** @param {Flavor} f */
function falKeyCall(f) {
  /** @param {Random} r */
  return (r) =>
    typed(f, `export async function ${method(r)}(prompt«: string») {
  const response = await fetch('https://fal.run/fal-ai/flux/dev', {
    method: 'POST',
    headers: { Authorization: 'Key ' + process.env.FAL_KEY, 'Content-Type': 'application/json' },
    body: JSON.stringify({ prompt }),
  });
  return response.json();
}`);
}

/** @param {Flavor} f */
function bearerCall(f) {
  /** @param {Random} r */
  return (r) =>
    typed(f, `const ${constant(r)}_API_KEY = process.env.STRIPE_API_KEY ?? '';

export async function ${method(r)}(customerId«: string») {
  const response = await fetch(\`https://api.stripe.com/v1/customers/\${customerId}\`, {
    headers: { Authorization: \`Bearer \${process.env.STRIPE_API_KEY}\` },
  });
  return response.json();
}`);
}

/**
 * The filler template for one JavaScript dialect.
 * @param {Flavor} f
 * @returns {import('../source.mjs').SourceTemplate}
 */
function template(f) {
  const blocks = [keysFunction(f), cacheClass(f), apiFunction(f), constants(f)];
  if (f.ts) blocks.push(typeDeclaration);
  if (f.jsx) blocks.push(component(f), component(f));
  return {
    header: header(f),
    blocks,
    rare: [falKeyCall(f), bearerCall(f)],
    comment: (text) => text.split('\n').map((line) => `// ${line}`).join('\n'),
    footer: '',
  };
}

export const javascript = template({ ts: false, jsx: false });
export const typescript = template({ ts: true, jsx: false });
export const jsx = template({ ts: false, jsx: true });
export const tsx = template({ ts: true, jsx: true });
