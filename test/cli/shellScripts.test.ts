// Shell scripts in a folder scan: by extension, and without one when their first line is a shell shebang.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { makeProject, removeProject, runJson } from './helpers';

const CURL_WITH_KEY = 'curl https://api.clarifai.com/v2/models/general-image-recognition/outputs -H "Authorization: Key $CLARIFAI_API_KEY" -d @body.json\n';

describe('shell scripts', () => {
  test('a .sh file and an extensionless script with a shebang are analysed; other extensionless files are not read', () => {
    const root = makeProject({
      'scripts/tag.sh': CURL_WITH_KEY,
      'bin/tag-all': `#!/usr/bin/env bash\nset -e\n${CURL_WITH_KEY}`,
      'bin/tag-sh': `#! /bin/sh\n${CURL_WITH_KEY}`,
      'bin/notes': `Clarifai notes, not a script:\n${CURL_WITH_KEY}`,
      'bin/tag.py': '#!/usr/bin/env bash\nprint("a Python file, whatever its first line says")\n',
    });
    try {
      const { status, report, stderr } = runJson(['--format', 'json', '.'], root);
      assert.equal(status, 1, stderr);
      assert.deepEqual(
        report.findings.map((f) => `${f.path}:${f.line} ${f.rule}`).sort(),
        ['bin/tag-all:3 api-key-public-resource', 'bin/tag-sh:2 api-key-public-resource', 'scripts/tag.sh:1 api-key-public-resource'],
      );
      assert.equal(report.filesScanned, 4, 'the three scripts and the Python file');
      assert.doesNotMatch(stderr, /notes/, 'an extensionless file that is not a script is neither read nor reported as skipped');
    } finally {
      removeProject(root);
    }
  });
});
