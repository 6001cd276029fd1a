// The languages of the synthetic workspace: how many files of each, where they live, how they are named and written.

import { camel, kebab, noun, pascal, snake } from '../words.mjs';
import { csharp } from './csharp.mjs';
import { json, markdown } from './docs.mjs';
import { go } from './go.mjs';
import { java, kotlin } from './jvm.mjs';
import { javascript, jsx, tsx, typescript } from './javascript.mjs';
import { php } from './php.mjs';
import { python } from './python.mjs';
import { ruby } from './ruby.mjs';
import { shell } from './shell.mjs';
import { swift } from './swift.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/**
 * @typedef {object} Language
 * @property {string} name display name
 * @property {string} ext file extension with the dot
 * @property {number} count files of this language in the scanned part of the tree
 * @property {string[]} dirs folders the files are spread over (a random sub-folder is sometimes added)
 * @property {(r: Random) => string} stem file name without the extension, in the language's convention
 * @property {import('../source.mjs').SourceTemplate | undefined} template filler template; notebooks have their own writer
 */

/** @type {Record<string, Language>} */
export const LANGUAGES = {
  python: {
    name: 'Python', ext: '.py', count: 520, template: python, stem: snake,
    dirs: ['services/vision/app', 'services/vision/tests', 'services/billing', 'ml/pipelines', 'ml/training', 'scripts/py'],
  },
  javascript: {
    name: 'JavaScript', ext: '.js', count: 330, template: javascript, stem: camel,
    dirs: ['web/api/src', 'web/api/src/routes', 'web/api/lib', 'tools/bundler', 'web/legacy/js'],
  },
  typescript: {
    name: 'TypeScript', ext: '.ts', count: 380, template: typescript, stem: camel,
    dirs: ['web/dashboard/src/lib', 'web/dashboard/src/services', 'packages/sdk/src', 'packages/shared/src'],
  },
  jsx: {
    name: 'JSX', ext: '.jsx', count: 90, template: jsx, stem: pascal,
    dirs: ['web/legacy/src/components', 'apps/smart-brain/src/components'],
  },
  tsx: {
    name: 'TSX', ext: '.tsx', count: 140, template: tsx, stem: pascal,
    dirs: ['web/dashboard/src/components', 'web/dashboard/src/pages'],
  },
  notebook: {
    name: 'Jupyter', ext: '.ipynb', count: 60, template: undefined, stem: (r) => `${String(r.int(1, 40)).padStart(2, '0')}-${kebab(r)}`,
    dirs: ['notebooks', 'ml/experiments'],
  },
  java: {
    name: 'Java', ext: '.java', count: 140, template: java, stem: pascal,
    dirs: ['backend/java/src/main/java/com/acme/core', 'backend/java/src/main/java/com/acme/api', 'backend/java/src/test/java/com/acme/core'],
  },
  kotlin: {
    name: 'Kotlin', ext: '.kt', count: 70, template: kotlin, stem: pascal,
    dirs: ['mobile/android/app/src/main/kotlin/com/acme/app'],
  },
  csharp: {
    name: 'C#', ext: '.cs', count: 110, template: csharp, stem: pascal,
    dirs: ['dotnet/Acme.Api/Controllers', 'dotnet/Acme.Core', 'dotnet/Acme.Core.Tests'],
  },
  php: {
    name: 'PHP', ext: '.php', count: 100, template: php, stem: pascal,
    dirs: ['php/site/src', 'php/site/src/Controller', 'php/site/tests'],
  },
  go: {
    name: 'Go', ext: '.go', count: 110, template: go, stem: snake,
    dirs: ['go/cmd/worker', 'go/internal/store', 'go/internal/queue', 'go/pkg/api'],
  },
  ruby: {
    name: 'Ruby', ext: '.rb', count: 80, template: ruby, stem: snake,
    dirs: ['ruby/app/models', 'ruby/app/services', 'ruby/lib'],
  },
  swift: {
    name: 'Swift', ext: '.swift', count: 60, template: swift, stem: pascal,
    dirs: ['mobile/ios/App/Sources', 'mobile/ios/App/Tests'],
  },
  shell: {
    name: 'Shell', ext: '.sh', count: 80, template: shell, stem: kebab,
    dirs: ['scripts', 'deploy', 'tools/ci'],
  },
  markdown: {
    name: 'Markdown', ext: '.md', count: 90, template: markdown, stem: (r) => (r.chance(30) ? 'README' : kebab(r)),
    dirs: ['docs', 'docs/guides', 'services/vision', 'web/dashboard', 'ml'],
  },
  json: {
    name: 'JSON', ext: '.json', count: 80, template: json, stem: (r) => `${noun(r)}-${kebab(r)}`,
    dirs: ['config', 'fixtures', 'web/dashboard/src/i18n'],
  },
};
