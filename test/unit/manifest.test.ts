// The extension manifest and the analysis agree on the languages: every language the core analyses activates the
// extension, can be chosen in `clarifai.languages`, is on by default, and is analysed by the language server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { NOTEBOOK_LANGUAGE_ID, supportedLanguageIds } from '../../server/src/core/languages';
import { ANALYSED_LANGUAGES } from '../../server/src/shared/settings';
import { REPO_ROOT } from '../helpers/analyzer';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { items?: { enum?: string[] }; default?: unknown }> } };
};

describe('the manifest lists every analysed language', () => {
  const languages = supportedLanguageIds().filter((id) => id !== NOTEBOOK_LANGUAGE_ID).sort();
  const setting = manifest.contributes.configuration.properties['clarifai.languages']!;

  test('the language server analyses each by default', () => assert.deepEqual([...ANALYSED_LANGUAGES].sort(), languages));
  test('each activates the extension', () => assert.deepEqual(manifest.activationEvents.filter((e) => e.startsWith('onLanguage:')).map((e) => e.slice(11)).sort(), languages));
  test('clarifai.languages offers each and turns each on', () => {
    assert.deepEqual([...setting.items!.enum!].sort(), languages);
    assert.deepEqual([...(setting.default as string[])].sort(), languages);
  });
});
