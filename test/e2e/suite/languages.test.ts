// Each language beyond Python and JavaScript in a real VS Code: its file gets the diagnostic, and the preferred
// quick fix makes it go away.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';
import { clarifaiRules, EXTENSION_ID, open, waitForRules } from './workspace';

/** Text a fixed file must contain: every pattern matches somewhere in it. */
const all = (...patterns: RegExp[]) => ({ test: (text: string) => patterns.every((p) => p.test(text)), source: patterns.map((p) => p.source).join(' and ') });

/** A file of the test workspace, the rule it breaks, and what the fixed file must contain. */
const CASES = [
  { file: 'langs/tag.sh', language: 'shellscript', rule: 'api-key-public-resource', fixed: all(/users\/clarifai\/apps\/main\/models\/general-image-recognition/, /Key \$\{CLARIFAI_PAT\}/) },
  { file: 'langs/Tag.java', language: 'java', rule: 'api-key-public-resource', fixed: all(/\.setUserAppId\(UserAppIDSet\.newBuilder\(\)\.setUserId\("clarifai"\)\.setAppId\("main"\)\)/, /new ClarifaiCallCredentials\(System\.getenv\("CLARIFAI_PAT"\)\)/, /import com\.clarifai\.grpc\.api\.UserAppIDSet;/) },
  { file: 'langs/tag.kt', language: 'kotlin', rule: 'api-key-public-resource', fixed: all(/users\/clarifai\/apps\/main\/models\/general-image-recognition/, /"Key \$\{System\.getenv\("CLARIFAI_PAT"\)\}"/) },
  { file: 'langs/tag.go', language: 'go', rule: 'api-key-public-resource', fixed: all(/UserAppId: &api\.UserAppIDSet\{UserId: "clarifai", AppId: "main"\}/, /"Key "\+os\.Getenv\("CLARIFAI_PAT"\)/) },
  { file: 'langs/Tag.cs', language: 'csharp', rule: 'api-key-public-resource', fixed: all(/UserAppId = new UserAppIDSet \{ UserId = "clarifai", AppId = "main" \}/, /"Key " \+ Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\)/) },
  { file: 'langs/tag.php', language: 'php', rule: 'api-key-public-resource', fixed: all(/'user_app_id' => new UserAppIDSet\(\['user_id' => 'clarifai', 'app_id' => 'main'\]\)/, /'Key ' \. getenv\('CLARIFAI_PAT'\)/) },
  { file: 'langs/tag.rb', language: 'ruby', rule: 'api-key-public-resource', fixed: all(/user_app_id: \{ user_id: "clarifai", app_id: "main" \}/, /ENV\.fetch\("CLARIFAI_PAT"\)/) },
  { file: 'langs/Tag.swift', language: 'swift', rule: 'api-key-public-resource', fixed: all(/"user_app_id": \["user_id": "clarifai", "app_id": "main"\]/, /ProcessInfo\.processInfo\.environment\["CLARIFAI_PAT"\]/) },
];

describe('Other languages in VS Code', function () {
  this.timeout(60_000);

  before(async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not loaded`);
  });

  for (const { file, language, rule, fixed } of CASES) {
    it(`${language}: a diagnostic in ${file}, and its quick fix`, async () => {
      const document = await open(file);
      assert.equal(document.languageId, language);
      await waitForRules(document.uri, [rule], file);
      const diagnostic = vscode.languages.getDiagnostics(document.uri).find((d) => d.source === 'Clarifai')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      const fix = actions.find((a) => a.isPreferred && a.edit);
      assert.ok(fix?.edit, `a preferred quick fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.ok(fixed.test(document.getText()), `the fixed ${file} has ${fixed.source}:\n${document.getText()}`);
      await waitFor(() => clarifaiRules(document.uri).length === 0, { timeout: 20_000, message: `${file}: the finding to go away` });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
