// The deprecated `clarifai` npm client: `new Clarifai.App({ apiKey })`, `app.models.predict(Clarifai.GENERAL_MODEL, …)`, `app.workflow.predict(…)`.
import type { Node } from '@vscode/tree-sitter-wasm';
import { JS_LEGACY_MODEL_CONSTANTS } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf, userAppIdFrom } from '../../clarifai/target';
import type { CallSite, Credential, ResourceKind, UserAppId } from '../../model';
import { field, str, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { importsPackage, type JavaScriptContext } from './context';

const APP = /^clarifai(?:\.default)?\.App$/;
/** Methods of `app.models` that reach a model; `app.workflow` has `predict`. */
const MODEL_METHODS = new Set(['predict', 'initModel', 'get']);

export function detectLegacy(ctx: JavaScriptContext): CallSite[] {
  if (!importsPackage(ctx, 'clarifai')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'member_expression') continue;
    // `….models.predict(`, `….workflow.predict(`: the method decides before anything is resolved.
    const method = fn.text.slice(fn.text.lastIndexOf('.') + 1).trim();
    if (!MODEL_METHODS.has(method)) continue;
    const call = ctx.ev.callValue(node);
    const member = memberOf(call.receiver?.());
    if (!member || !isAppOrUnknown(member.object)) continue;
    const resource: ResourceKind | undefined =
      member.attr === 'models' && MODEL_METHODS.has(call.method ?? '') ? 'model' : member.attr === 'workflow' && call.method === 'predict' ? 'workflow' : undefined;
    if (!resource) continue;
    sites.push(legacySite(call, member.object, resource, fn, node));
  }
  return sites;
}

function legacySite(call: CallValue, app: Value, resource: ResourceKind, fn: Node, node: Node): CallSite {
  const { credential, userAppId } = appConfig(app);
  const model = call.args[0]?.();
  const ref = modelRef(model);
  return {
    flavor: 'js-legacy',
    endpoint: `${resource === 'model' ? 'models' : 'workflow'}.${call.method}`,
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    credential,
    target: targetOf({ resource, id: ref.id, version: ref.version, label: ref.label, owner: userAppId, byName: ref.byName, span: call.argSpans[0] }),
    userAppId,
    places: { container: call.argsSpan, client: app.kind === 'call' ? app.span : undefined, arguments: { positional: call.argSpans, named: {} } },
  };
}

/** The App's credential and, through its `userId`/`appId` options, the owner every call of it names. */
function appConfig(app: Value): { credential: Credential; userAppId: UserAppId } {
  if (app.kind === 'call' && APP.test(app.callee)) {
    const options = app.args[0]?.();
    if (options?.kind === 'obj') {
      const key = options.get('apiKey') ?? options.get('token') ?? options.get('sessionToken');
      return {
        credential: classifyCredential(key, { kind: 'api-key', span: key?.span }),
        userAppId: userAppIdFrom(options.get('userId'), options.get('appId'), options.span),
      };
    }
    // `new Clarifai.App(clientId, clientSecret)`: the OAuth flow of 2016, long gone.
    return { credential: classifyCredential(options, { kind: 'api-key', span: app.argSpans[0] }), userAppId: { state: 'absent' } };
  }
  // An App built in another module: this client is normally built with `apiKey`.
  return { credential: { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] }, userAppId: { state: 'runtime' } };
}

/** `app.models` as an attribute of the App, or as a member of a module that exports one. */
function memberOf(receiver: Value | undefined): { object: Value; attr: string } | undefined {
  if (receiver?.kind === 'attr') return { object: receiver.object, attr: receiver.attr };
  if (receiver?.kind === 'module' && receiver.path.includes('.')) {
    const at = receiver.path.lastIndexOf('.');
    return { object: { kind: 'module', path: receiver.path.slice(0, at), names: [] }, attr: receiver.path.slice(at + 1) };
  }
  return undefined;
}

/** `Clarifai.GENERAL_MODEL`, `'face-detection'`, `{ id, version }` (the id may be a constant too), `{ name }`. */
function modelRef(model: Value | undefined): { id?: Value; version?: Value; label?: string; byName: boolean } {
  if (!model) return { byName: false };
  if (model.kind === 'obj') {
    const name = field(model, 'name');
    const id = field(model, 'id');
    if (!id && name) return { id: name, byName: true };
    return { ...constantOrId(id), version: field(model, 'version'), byName: false };
  }
  return { ...constantOrId(model), byName: false };
}

function constantOrId(value: Value | undefined): { id?: Value; label?: string } {
  if (value?.kind !== 'module') return { id: value };
  const constant = value.path.split('.').pop() ?? '';
  const id = JS_LEGACY_MODEL_CONSTANTS[constant];
  return { id: id ? str([{ text: id }]) : undefined, label: `Clarifai.${constant}` };
}

/** An App from `clarifai`, or something we cannot see into (an import from another module, a parameter); not another library's object. */
function isAppOrUnknown(value: Value): boolean {
  if (value.kind === 'call') return APP.test(value.callee);
  if (value.kind === 'module') return !/^clarifai(\.|$)/.test(value.path);
  return value.kind === 'attr' || value.kind === 'unknown' || value.kind === 'param';
}
