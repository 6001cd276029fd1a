// C# fix writing: where `using System;` goes and when it is not needed, credentials cut out of each kind of string
// literal, constants that must become variables to hold a read, and headers in the form of the one they replace.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../server/src/core/fixes/fixAll';
import type { RuleId } from '../../server/src/core/model';
import { analyzer } from '../helpers/analyzer';
import { fixAll } from '../helpers/fixing';

const KEY = '0a1b2c3d4e5f60718293a4b5c6d7e8f9';
const CALL = 'var r = new V2.V2Client(ClarifaiChannel.Grpc()).PostModelOutputs(new PostModelOutputsRequest { ModelId = "my-model" }, metadata);';

/** The text after the first fix of the first finding of a rule, or undefined when that finding has no fix. */
async function fixed(code: string, rule: RuleId = 'hardcoded-credential'): Promise<string | undefined> {
  const finding = (await (await analyzer()).analyzeText(code, 'csharp')).find((f) => f.rule === rule);
  assert.ok(finding, `no ${rule} finding in:\n${code}`);
  const fix = finding.fixes[0];
  return fix && applyEdits(code, fix.edits);
}

describe('C# credentials read from the environment', () => {
  const grpc = (declaration: string, usings = 'using System;\nusing Clarifai.Api;\nusing Clarifai.Channels;\nusing Grpc.Core;\n') =>
    `${usings}\n${declaration}\nvar metadata = new Metadata { { "Authorization", "Key " + PAT } };\n${CALL}\n`;

  it('cut out of regular, verbatim and interpolated literals', async () => {
    assert.match((await fixed(`using Clarifai.Api;\nvar h = new Metadata { { "Authorization", "Key ${KEY}" } };\n${CALL.replace('metadata', 'h')}`))!, /\{ "Authorization", "Key " \+ Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\) \}/);
    assert.match((await fixed(grpc(`var PAT = @"${KEY}";`)))!, /var PAT = Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\);/);
    assert.match((await fixed(`using Clarifai.Api;\nvar h = new Metadata { { "Authorization", $"Key ${KEY}" } };\n${CALL.replace('metadata', 'h')}`))!, /\$"Key \{Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\)\}"/);
  });

  it('turn a constant into a field or local that can hold the read', async () => {
    assert.match((await fixed(grpc(`class Keys { private const string PAT = "${KEY}"; }`)))!, /private static readonly string PAT = Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\);/);
    assert.match((await fixed(grpc(`const string PAT = "${KEY}";`)))!, /\nstring PAT = Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\);/);
  });

  it('leave a constant that constants are built from as it is', async () => {
    assert.equal(await fixed(grpc(`class Keys { const string PAT = "${KEY}"; const string Header = "Key " + PAT; }`)), undefined);
  });

  it('add `using System;` only where System is not in scope', async () => {
    const withoutSystem = (await fixed(grpc(`var PAT = "${KEY}";`, 'using Clarifai.Api;\nusing Clarifai.Channels;\nusing Grpc.Core;\n')))!;
    assert.ok(withoutSystem.startsWith('using System;\nusing Clarifai.Api;\n'), withoutSystem);
    const implicit = (await fixed(grpc(`var PAT = "${KEY}";\nConsole.WriteLine("tagging");`, 'using Clarifai.Api;\n')))!;
    assert.ok(!implicit.includes('using System;'), implicit);
    const global = (await fixed(grpc(`var PAT = "${KEY}";`, 'global using Clarifai.Api;\nusing Grpc.Core;\n')))!;
    assert.ok(global.startsWith('global using Clarifai.Api;\nusing System;\nusing Grpc.Core;\n'), global);
    const none = (await fixed(`// Tags one image.\nvar metadata = new Grpc.Core.Metadata { { "Authorization", "Key ${KEY}" } };\nnew Clarifai.Api.V2.V2Client(Clarifai.Channels.ClarifaiChannel.Grpc()).PostModelOutputs(new Clarifai.Api.PostModelOutputsRequest { ModelId = "my-model" }, metadata);\n`))!;
    assert.ok(none.startsWith('// Tags one image.\nusing System;\n\nvar metadata'), none);
  });
});

describe('C# calls pointed at clarifai/main', () => {
  const prelude = 'using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing Clarifai.Api;\nusing Grpc.Core;\n';

  it('keep an AuthenticationHeaderValue one', async () => {
    const code = `${prelude}var client = new HttpClient();\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Key", Environment.GetEnvironmentVariable("CLARIFAI_API_KEY"));\nawait client.PostAsync("https://api.clarifai.com/v2/users/clarifai/apps/main/models/face-detection/outputs", content);\n`;
    assert.match((await fixed(code, 'api-key-public-resource'))!, /= new AuthenticationHeaderValue\("Key", Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\)\);/);
  });

  it('append an initializer to a request created without one', async () => {
    const code = `${prelude}var metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };\nclient.PostModelOutputs(new PostModelOutputsRequest(), metadata);\nvoid Run(V2.V2Client client) => client.PostModelOutputs(new PostModelOutputsRequest() { ModelId = "face-detection" }, metadata);\n`;
    assert.match((await fixed(code, 'missing-owner-ids'))!, /new PostModelOutputsRequest\(\) \{ UserAppId = new UserAppIDSet \{ UserId = "clarifai", AppId = "main" \}, ModelId = "face-detection" \}/);
  });

  it('leave ids a type shares with other calls where they are, and point this call at the owner', async () => {
    const code = `${prelude}static class Settings { public const string UserId = "jane-doe"; public const string AppId = "my-app"; }\nclass C {\n  V2.V2Client _client;\n  Metadata _metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_PAT") } };\n  void A() => _client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = Settings.UserId, AppId = Settings.AppId }, ModelId = "face-detection" }, this._metadata);\n  void B() => _client.PostModelOutputs(new PostModelOutputsRequest { UserAppId = new UserAppIDSet { UserId = Settings.UserId, AppId = Settings.AppId }, ModelId = "my-model" }, _metadata);\n}\n`;
    const all = await fixAll(code, 'csharp');
    assert.match(all, /public const string UserId = "jane-doe";/);
    assert.match(all, /UserAppId = new UserAppIDSet \{ UserId = "clarifai", AppId = "main" \}, ModelId = "face-detection"/);
  });

  it('give metadata an assignment sets, and other calls use through `this.`, no twin beside it, but metadata at the call', async () => {
    const code = `${prelude}class C {\n  V2.V2Client _client;\n  Metadata _metadata;\n  C() { _metadata = new Metadata { { "Authorization", "Key " + Environment.GetEnvironmentVariable("CLARIFAI_API_KEY") } }; }\n  void A() => _client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "general-image-recognition" }, _metadata);\n  void B() => _client.PostModelOutputs(new PostModelOutputsRequest { ModelId = "my-model" }, this._metadata);\n}\n`;
    const all = await fixAll(code, 'csharp');
    assert.match(all, /ModelId = "general-image-recognition" \}, new Metadata \{ \{ "Authorization", "Key " \+ Environment\.GetEnvironmentVariable\("CLARIFAI_PAT"\) \} \}\);/);
    assert.match(all, /ModelId = "my-model" \}, this\._metadata\);/);
  });
});
