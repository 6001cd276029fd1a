// The fix for calls that must reach a clarifai/main resource: owner ids and a PAT, written in the client's idiom.
import type { LanguageFamily } from '../../languages';
import type { CallSite, ClientFlavor, FileModel, TextEdit } from '../../model';
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
import { fixPhpGrpc } from './phpGrpc';
import { fixPhpRest } from './phpRest';
import { fixPythonGrpc } from './pythonGrpc';
import { fixPythonLegacy } from './pythonLegacy';
import { fixRest } from './rest';
import { fixRubyHttp } from './rubyHttp';
import { fixSdk } from './sdk';
import { fixSwiftHttp } from './swiftHttp';

type Builder = (plan: FixPlan) => boolean;

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
  // The clarification gem cannot name an owner, and its results have no drop-in REST equivalent: no edit.
  'ruby-gem': () => false,
  'go-grpc': fixGoGrpc,
  'go-http': fixGoRest,
  'php-grpc': fixPhpGrpc,
  'php-http': fixPhpRest,
  // The deprecated PHP client cannot name an owner, and a rewrite to clarifai-php-grpc would change what the call
  // returns (a response message and a status instead of a ClarifaiResponse): its findings explain the move instead.
  'php-legacy': () => false,
  'swift-http': fixSwiftHttp,
  // The CocoaPod cannot name an owner, and a rewrite to URLSession would change the types its callbacks receive.
  'swift-legacy': () => false,
  'csharp-grpc': fixCSharpGrpc,
  'csharp-http': fixCSharpHttp,
  // The deprecated client sends no owner and no rewrite keeps the program's types: the message says where to move.
  'csharp-legacy': () => false,
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
