// Python `clarifai.rest` (the client before 2020): ClarifaiApp with an API key, public models, name lookups, tag helpers.
import { PY_LEGACY_PUBLIC_MODELS } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, ResourceKind } from '../../model';
import { str, type CallValue, type Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { importsUnder, type PythonContext } from './context';

const PREDICT = /^predict(_by_\w+)?$/;
const TAG_HELPERS = new Set(['tag_urls', 'tag_files', 'tag_image_urls', 'tag_image_files', 'tag_image_base64']);
const CLARIFAI_APP = /^clarifai\.rest(\.client)?\.ClarifaiApp$/;

interface LegacyTarget {
  resource: ResourceKind;
  id: Value | undefined;
  label?: string;
  byName: boolean;
  /** The expression that evaluates to the ClarifaiApp. */
  app: Value | undefined;
}

export function detectLegacy(ctx: PythonContext): CallSite[] {
  if (!importsUnder(ctx, 'clarifai.rest')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (fn?.type !== 'attribute') continue;
    const call = ctx.ev.callValue(node);
    const found = legacyTarget(call);
    if (!found) continue;
    const userAppId = { state: 'absent' as const };
    sites.push({
      flavor: 'python-legacy',
      endpoint: call.method ?? '',
      callee: calleeLabel(fn),
      span: spanOf(fn),
      callSpan: spanOf(node),
      credential: appCredential(found.app),
      target: targetOf({ resource: found.resource, id: found.id, label: found.label, owner: userAppId, byName: found.byName, span: spanOf(node) }),
      userAppId,
      places: { container: call.argsSpan, arguments: { positional: call.argSpans, named: Object.fromEntries(call.kwargNames.map((k) => [k, call.kwargSpan(k)!])) } },
      deprecatedClient: { name: 'clarifai.rest', moveTo: 'a maintained client' },
    });
  }
  return sites;
}

/** What a method call on the legacy client reaches, if it reaches a model or workflow. */
function legacyTarget(call: CallValue): LegacyTarget | undefined {
  const method = call.method ?? '';
  const receiver = call.receiver?.();
  if (!receiver) return undefined;
  // app.public_models.general_model.predict_by_url(...)
  if (PREDICT.test(method) && receiver.kind === 'attr' && receiver.object.kind === 'attr' && receiver.object.attr === 'public_models') {
    const id = PY_LEGACY_PUBLIC_MODELS[receiver.attr];
    return { resource: 'model', id: id ? str([{ text: id }]) : undefined, label: `public_models.${receiver.attr}`, byName: false, app: receiver.object.object };
  }
  // app.models.get('general-v1.3') / app.models.get(model_id='…'); app.workflows.get('General')
  if (method === 'get' && receiver.kind === 'attr' && (receiver.attr === 'models' || receiver.attr === 'workflows') && isClientOrUnknown(receiver.object)) {
    const model = receiver.attr === 'models';
    const byId = call.kwarg(model ? 'model_id' : 'workflow_id');
    const id = byId ?? call.kwarg(model ? 'model_name' : 'workflow_name') ?? call.args[0]?.();
    return { resource: model ? 'model' : 'workflow', id, byName: model && !byId, app: receiver.object };
  }
  // app.tag_urls([...]) uses the general model unless told otherwise.
  if (TAG_HELPERS.has(method) && isClientOrUnknown(receiver)) {
    const model = call.kwarg('model');
    return {
      resource: 'model',
      id: model ?? str([{ text: 'general-v1.3' }]),
      label: model ? undefined : `the general model (the default of ${method})`,
      byName: true,
      app: receiver,
    };
  }
  return undefined;
}

/** A ClarifaiApp, or something we cannot see into (a parameter, an attribute); not another library's object. */
function isClientOrUnknown(value: Value): boolean {
  return value.kind !== 'call' || CLARIFAI_APP.test(value.callee);
}

/** The legacy client takes only app API keys: `ClarifaiApp(api_key=…)`, or CLARIFAI_API_KEY when none is given. */
function appCredential(app: Value | undefined): Credential {
  if (app?.kind === 'call' && CLARIFAI_APP.test(app.callee)) {
    const key = app.kwarg('api_key') ?? (app.args.length === 1 ? app.args[0]!() : undefined);
    const span = app.kwargSpan('api_key') ?? (app.args.length === 1 ? app.argSpans[0] : undefined);
    return classifyCredential(key, { kind: 'api-key', span, clientDefault: { kind: 'api-key', envName: 'CLARIFAI_API_KEY' } });
  }
  // A client built elsewhere: whatever it holds, this client only sends app API keys.
  return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
}
