// The fix for calls that must reach a clarifai/main resource: owner ids and a PAT, written in the client's idiom.
import type { LanguageFamily } from '../../languages';
import type { CallSite, ClientFlavor, FileModel, TextEdit } from '../../model';
import { javaWriter, kotlinWriter } from '../jvm';
import type { FixSupport } from '../support';
import type { LanguageWriter } from '../writer';
import { needsOwnerIds } from '../../clarifai/target';
import { FixPlan } from './plan';
import { fixCSharpGrpc } from './csharpGrpc';
import { fixCSharpHttp } from './csharpHttp';
import { fixCurl } from './curl';
import { fixGoGrpc } from './goGrpc';
import { fixGoRest } from './goRest';
import { fixJavaScriptGrpc } from './javascriptGrpc';
import { fixJavaScriptLegacy } from './javascriptLegacy';
import { fixJvmGrpc } from './jvmGrpc';
import { fixJvmRest } from './jvmRest';
import { fixPhpGrpc } from './phpGrpc';
import { fixPhpRest } from './phpRest';
import { fixPythonGrpc } from './pythonGrpc';
import { fixPythonLegacy } from './pythonLegacy';
import { fixRest } from './rest';
import { fixRubyHttp } from './rubyHttp';
import { fixSdk } from './sdk';
import { fixSwiftHttp } from './swiftHttp';

type Builder = (plan: FixPlan) => boolean;

/**
 * Deprecated clients that cannot name an owner and whose results no maintained call returns in the same types
 * (clarifai2's `ClarifaiResponse<List<ClarifaiOutput<Concept>>>`, the PHP and C# clients' DTOs, the CocoaPod's
 * callbacks, the clarification gem's objects): a rewrite would break the code that reads them, so their findings say
 * where to move and no edit is made.
 */
const explainedOnly: Builder = () => false;

const BUILDERS: Record<ClientFlavor, Builder> = {
  'python-grpc': fixPythonGrpc,
  'js-grpc': fixJavaScriptGrpc,
  'python-http': (plan) => fixRest(plan, 'python'),
  'js-http': (plan) => fixRest(plan, 'javascript'),
  'python-sdk': (plan) => fixSdk(plan, 'python'),
  'js-sdk': (plan) => fixSdk(plan, 'javascript'),
  'python-legacy': fixPythonLegacy,
  'js-legacy': fixJavaScriptLegacy,
  'shell-curl': fixCurl,
  'ruby-http': fixRubyHttp,
  'ruby-gem': explainedOnly,
  'go-grpc': fixGoGrpc,
  'go-http': fixGoRest,
  'php-grpc': fixPhpGrpc,
  'php-http': fixPhpRest,
  'php-legacy': explainedOnly,
  'swift-http': fixSwiftHttp,
  'swift-legacy': explainedOnly,
  'csharp-grpc': fixCSharpGrpc,
  'csharp-http': fixCSharpHttp,
  'csharp-legacy': explainedOnly,
  'java-grpc': (plan) => fixJvmGrpc(plan, javaWriter),
  'kotlin-grpc': (plan) => fixJvmGrpc(plan, kotlinWriter),
  'java-http': (plan) => fixJvmRest(plan, 'java', javaWriter),
  'kotlin-http': (plan) => fixJvmRest(plan, 'kotlin', kotlinWriter),
  'java-legacy': explainedOnly,
  'kotlin-legacy': explainedOnly,
};

export interface ReachMainInput {
  site: CallSite;
  pat: boolean;
  text: string;
  family: LanguageFamily;
  typed: boolean;
  support: FixSupport;
  model: FileModel;
  fixing: ReadonlyMap<CallSite, { pat: boolean }>;
  writer: LanguageWriter;
}

/** The edits that make the call reach its public resource, or undefined when the file leaves no safe edit. */
export function reachMainEdits(input: ReachMainInput): TextEdit[] | undefined {
  const build = BUILDERS[input.site.flavor];
  // A PAT does not bring back a decommissioned model: there is nothing to rewrite the call to.
  if (input.site.target.decommissioned) return undefined;
  const needs = { owner: needsOwnerIds(input.site), pat: input.pat };
  const plan = new FixPlan(input.text, input.site, needs, input.support, input.writer, input.model, input.fixing, input.typed);
  if (!build(plan) || plan.edits.length === 0) return undefined;
  return plan.finish();
}
