// Markdown and JSON noise: READMEs with code fences and tables, JSON configs and fixtures of keyed records.

import { camel, kebab, message, method, noun, paragraph, pascal, sentence, snake } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r */
function section(r) {
  return `## ${pascal(r)}

${paragraph(r)}

- \`${camel(r)}\`: ${sentence(r)}
- \`${camel(r)}\`: ${sentence(r)}`;
}

/** @param {Random} r */
function codeFence(r) {
  return `### Example

\`\`\`python
for key in ${snake(r)}:
    print(key, ${snake(r)}[key])
\`\`\`

${paragraph(r)}`;
}

/** @param {Random} r */
function table(r) {
  const rows = Array.from({ length: r.int(3, 8) }, () => `| \`${kebab(r)}\` | ${r.int(0, 500)} | ${sentence(r)} |`);
  return `| Key | Default | Notes |
| --- | ---: | --- |
${rows.join('\n')}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const markdown = {
  header: (r) => `# ${pascal(r)}\n\n${paragraph(r)}`,
  blocks: [section, section, codeFence, table],
  rare: [(r) => `## Configuration\n\nSet \`STRIPE_API_KEY\` before running \`${method(r)}\`; ${message(r).toLowerCase()} otherwise.`],
  comment: (text) => text,
  footer: '',
};

/** @param {Random} r */
function record(r) {
  const tags = Array.from({ length: r.int(1, 5) }, () => `"${noun(r)}"`).join(', ');
  return `  "${kebab(r)}-${r.hex(6)}": { "key": "${camel(r)}", "count": ${r.int(0, 100000)}, "enabled": ${r.chance(50)}, "tags": [${tags}], "note": "${sentence(r)}" }`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const json = {
  header: (r) => `{\n  "name": "${kebab(r)}",\n  "version": "${r.int(0, 4)}.${r.int(0, 20)}.${r.int(0, 40)}"`,
  blocks: [record],
  rare: [(r) => `  "${kebab(r)}": { "apiKeyEnv": "STRIPE_API_KEY", "message": "${message(r)}" }`],
  comment: (text) => `  "description": ${JSON.stringify(text)}`,
  footer: '}\n',
  separator: ',\n',
};
