// The extension manifest and the analysis agree on the languages: every language the core analyses activates the
// extension, can be chosen in `clarifai.languages`, is on by default, and is analysed by the language server.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { languageIdForPath, NOTEBOOK_LANGUAGE_ID, supportedExtensions, supportedLanguageIds } from '../../server/src/core/languages';
import { ANALYSED_LANGUAGES } from '../../server/src/shared/settings';
import { REPO_ROOT } from '../helpers/analyzer';

const manifest = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: {
    configuration: { properties: Record<string, { items?: { enum?: string[] }; default?: unknown }> };
    languages?: { id: string; extensions?: string[] }[];
  };
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

describe('the manifest contributes the languages VS Code does not ship', () => {
  // VS Code has no Kotlin language of its own: without this, .kt files open as plain text and nothing is analysed.
  test('kotlin, with every extension the analysis reads', () => {
    const kotlin = manifest.contributes.languages?.find((l) => l.id === 'kotlin');
    assert.deepEqual([...(kotlin?.extensions ?? [])].sort(), supportedExtensions().filter((e) => languageIdForPath(`a${e}`) === 'kotlin').sort());
  });
});
