// The deprecated `clarifai2` client (clarifai-java) from Java or Kotlin: `new ClarifaiBuilder(apiKey).buildSync()`,
// `client.getDefaultModels().generalModel().predict()`, `client.predict(modelId)`, `client.workflowPredict(id)`,
// `client.getModelByID(id)`. Its requests go to `/v2/models/…` with no owner, so none of them can reach clarifai/main.
import { legacyAccessorModel } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, ResourceKind, Span } from '../../model';
import { str, type CallValue, type Value } from '../../values/value';
import { importsUnder, lastNames, type JvmContext } from './context';

const METHODS: Readonly<Record<string, ResourceKind>> = { predict: 'model', workflowPredict: 'workflow', getModelByID: 'model' };

/** Where a public-model or workflow call leads: a model id (or an accessor's), and the client that makes it. */
interface LegacyTarget {
  resource: ResourceKind;
  id: Value | undefined;
  label?: string;
  span?: Span;
  client: Value | undefined;
}

/** The public-model and workflow calls of the clarifai2 client, in a file that imports it. */
export function detectJvmLegacy(ctx: JvmContext): CallSite[] {
  if (!importsUnder(ctx, 'clarifai2')) return [];
  const sites: CallSite[] = [];
  for (const call of ctx.calls) {
    if (!Object.hasOwn(METHODS, call.name)) continue;
    const value = ctx.ev.callValue(call.node);
    const found = legacyTarget(value);
    if (!found) continue;
    const callee = ctx.callee(call.node);
    const userAppId = { state: 'absent' as const };
    sites.push({
      flavor: ctx.flavors.legacy,
      endpoint: call.name,
      callee: callee.label,
      span: callee.span,
      callSpan: { start: call.node.startIndex, end: call.node.endIndex },
      credential: clientCredential(found.client),
      target: targetOf({ resource: found.resource, id: found.id, label: found.label, owner: userAppId, span: found.span }),
      userAppId,
      places: {},
      deprecatedClient: { name: 'clarifai2', moveTo: 'the clarifai-grpc client (V2Grpc with a PAT and user_app_id clarifai/main)' },
    });
  }
  return sites;
}

/** `….generalModel().predict()` (also `defaultModels` as a Kotlin property), `client.predict(id)`, `client.workflowPredict(id)`. */
function legacyTarget(call: CallValue): LegacyTarget | undefined {
  const receiver = call.receiver?.();
  if (!receiver) return undefined;
  if (call.method === 'predict' && call.args.length === 0) {
    const accessor = receiver.kind === 'call' ? receiver.method : undefined;
    const model = accessor ? legacyAccessorModel(accessor) : undefined;
    const models = receiver.kind === 'call' ? receiver.receiver?.() : undefined;
    if (!model || !models || !isDefaultModels(models)) return undefined;
    return { resource: 'model', id: str([{ text: model }]), label: `getDefaultModels().${accessor}()`, client: defaultModelsClient(models) };
  }
  if (call.args.length !== 1 || !isClientOrUnknown(receiver)) return undefined;
  return { resource: METHODS[call.method ?? '']!, id: call.args[0]!(), span: call.argSpans[0], client: receiver };
}

/** `client.getDefaultModels()`, or Kotlin's `client.defaultModels`. */
function isDefaultModels(value: Value): boolean {
  return (value.kind === 'call' && value.method === 'getDefaultModels' && value.args.length === 0) || (value.kind === 'attr' && value.attr === 'defaultModels');
}

function defaultModelsClient(models: Value): Value | undefined {
  return models.kind === 'call' ? models.receiver?.() : models.kind === 'attr' ? models.object : undefined;
}

/** A client from `ClarifaiBuilder`, or one the file does not build (a field, a parameter); not another library's object. */
function isClientOrUnknown(value: Value): boolean {
  if (value.kind === 'call') return builderOf(value) !== undefined;
  return value.kind === 'unknown' || value.kind === 'param' || value.kind === 'attr' || value.kind === 'module';
}

/** The `new ClarifaiBuilder(…)` a client is built from, through its configuration and build calls. */
function builderOf(value: Value): CallValue | undefined {
  for (let current: Value | undefined = value; current?.kind === 'call'; current = current.receiver?.()) {
    if (!current.method) return lastNames(current.callee) === 'ClarifaiBuilder' ? current : undefined;
  }
  return undefined;
}

/** The client takes app API keys: `new ClarifaiBuilder(apiKey)` (or the old app id and secret). */
function clientCredential(client: Value | undefined): Credential {
  const builder = client && builderOf(client);
  if (!builder) return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
  const at = builder.args.length === 1 ? 0 : builder.args.length === 2 ? 1 : undefined;
  const key = at === undefined ? undefined : builder.args[at]!();
  return classifyCredential(key, { kind: 'api-key', span: at === undefined ? undefined : builder.argSpans[at] });
}
