// The fix for calls that must reach a clarifai/main resource: owner ids and a PAT, written in the client's idiom.
import type { LanguageFamily } from '../../languages';
import type { CallSite, ClientFlavor, FileModel, TextEdit } from '../../model';
import { sendsAppKeyToPublic } from '../../rules/api-key-public-resource';
import type { FixSupport } from '../support';
import type { LanguageWriter } from '../writer';
import { needsOwnerIds } from '../../clarifai/target';
import { FixPlan } from './plan';
import { fixJavaScriptGrpc } from './javascriptGrpc';
import { fixPythonGrpc } from './pythonGrpc';
import { fixRest } from './rest';

type Builder = (plan: FixPlan) => boolean;

const BUILDERS: Partial<Record<ClientFlavor, Builder>> = {
  'python-grpc': fixPythonGrpc,
  'js-grpc': fixJavaScriptGrpc,
  'python-http': (plan) => fixRest(plan, 'python'),
  'js-http': (plan) => fixRest(plan, 'javascript'),
};

export interface ReachMainInput {
  site: CallSite;
  pat: boolean;
  text: string;
  family: LanguageFamily;
  support: FixSupport;
  model: FileModel;
  writer: LanguageWriter;
}

/** The edits that make the call reach its public resource, or undefined when the file leaves no safe edit. */
export function reachMainEdits(input: ReachMainInput): TextEdit[] | undefined {
  const build = BUILDERS[input.site.flavor];
  if (!build) return undefined;
  const needs = { owner: needsOwnerIds(input.site), pat: input.pat };
  const plan = new FixPlan(input.text, input.site, needs, input.support, input.writer, input.model, sendsAppKeyToPublic);
  if (!build(plan) || plan.edits.length === 0) return undefined;
  return plan.finish();
}
