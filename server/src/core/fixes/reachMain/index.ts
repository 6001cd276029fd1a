// The fix for calls that must reach a clarifai/main resource: owner ids and a PAT, written in the client's idiom.
import type { LanguageFamily } from '../../languages';
import type { CallSite, ClientFlavor, FileModel, TextEdit } from '../../model';
import { javaWriter, kotlinWriter } from '../jvm';
import type { FixSupport } from '../support';
import type { LanguageWriter } from '../writer';
import { needsOwnerIds } from '../../clarifai/target';
import { FixPlan } from './plan';
import { fixCurl } from './curl';
import { fixJavaScriptGrpc } from './javascriptGrpc';
import { fixJavaScriptLegacy } from './javascriptLegacy';
import { fixJvmGrpc } from './jvmGrpc';
import { noDropInRewrite } from './jvmLegacy';
import { fixJvmRest } from './jvmRest';
import { fixPythonGrpc } from './pythonGrpc';
import { fixPythonLegacy } from './pythonLegacy';
import { fixRest } from './rest';
import { fixSdk } from './sdk';

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
  'java-grpc': (plan) => fixJvmGrpc(plan, javaWriter),
  'kotlin-grpc': (plan) => fixJvmGrpc(plan, kotlinWriter),
  'java-http': (plan) => fixJvmRest(plan, 'java', javaWriter),
  'kotlin-http': (plan) => fixJvmRest(plan, 'kotlin', kotlinWriter),
  'java-legacy': noDropInRewrite,
  'kotlin-legacy': noDropInRewrite,
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
