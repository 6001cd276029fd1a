// Each language beyond Python and JavaScript in a real VS Code: its file gets the diagnostic, and the preferred
// quick fix makes it go away.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from '../runner/wait';
import { clarifaiRules, EXTENSION_ID, open, waitForRules } from './workspace';

/** A file of the test workspace, the rule it breaks, and text the fixed file must contain. */
const CASES = [{ file: 'langs/tag.sh', language: 'shellscript', rule: 'api-key-public-resource', fixed: /users\/clarifai\/apps\/main\/models\/general-image-recognition[\s\S]*Key \$\{CLARIFAI_PAT\}/ }];

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
      assert.match(document.getText(), fixed);
      await waitFor(() => clarifaiRules(document.uri).length === 0, { timeout: 20_000, message: `${file}: the finding to go away` });
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
