// The `clarification` gem: `Clarification.configure { |config| config.api_key = …; config.default_public_models =
// [:food, :general] }`, then `Clarification::Client.new.predict.by_url(url)`. It posts to `/v2/models/<legacy id>/outputs`
// with the key and no user_app_id, and has no way to name an owner.
import type { Node } from '@vscode/tree-sitter-wasm';
import { RUBY_CLARIFICATION_MODELS } from '../../clarifai/catalog';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, Target } from '../../model';
import { knownText, str, type Value } from '../../values/value';
import { namedArgs } from '../syntax';
import { blockEnd, callParts, methodOf, type RubyContext } from './context';

const CLIENT = /^(?:::)?Clarification::Client\.new$/;
/** The settings that name the public models a client predicts with (`end_points` in early releases). */
const MODEL_SETTINGS = ['default_public_models', 'end_points'];
/** Client methods that choose the models; all but the first can name models of the caller's own app. */
const MODEL_CHOICES = new Set(['set_active_models_by_public_key', 'set_active_models', 'set_active_models_from_hash', 'set_models']);
const DEPRECATED = { name: 'clarification', moveTo: 'a REST request to /v2/users/clarifai/apps/main/models/…/outputs with a PAT' };

interface Configuration {
  call: Node;
  apiKey?: Value;
  models?: Value;
}

/** The gem's predictions, one call site per public model each makes; its configuration when nothing predicts in the file. */
export function detectClarification(ctx: RubyContext): CallSite[] {
  if (!ctx.text.includes('Clarification')) return [];
  const configurations = ctx.calls.flatMap((c) => configuration(ctx, c) ?? []);
  const configured = configurations[configurations.length - 1];
  const sites: CallSite[] = [];
  let predictions = 0;
  for (const node of ctx.calls) {
    const client = predictedWith(ctx, node);
    if (!client) continue;
    predictions++;
    const chosen = chosenModels(ctx, node, client);
    sites.push(...sitesOf(node, chosen === undefined ? configured?.models : chosen, configured));
  }
  // A file that only configures the gem (a Rails initializer) decides what every prediction elsewhere sends.
  if (predictions === 0) for (const config of configurations) if (config.models) sites.push(...sitesOf(config.call, config.models, config));
  return sites;
}

/** Whether a call is the gem's `Clarification.configure`. */
export function isGemConfiguration(call: Node): boolean {
  return methodOf(call) === 'configure' && call.childForFieldName('receiver')?.text === 'Clarification';
}

/** `Clarification.configure do |config| … end`: the key and the models it sets. */
function configuration(ctx: RubyContext, node: Node): Configuration | undefined {
  if (!isGemConfiguration(node)) return undefined;
  const block = node.childForFieldName('block');
  const param = namedArgs(block?.childForFieldName('parameters'))[0];
  if (!block || param?.type !== 'identifier') return undefined;
  const end = blockEnd(block);
  const setting = (name: string) => ctx.ev.pathValue(`${param.text}.${name}`, end);
  return { call: node, apiKey: setting('api_key'), models: MODEL_SETTINGS.map(setting).find((v) => v !== undefined) };
}

/** The client expression of `client.predict.by_url(url)` or `client.predict(url)`, when it is a `Clarification::Client`. */
function predictedWith(ctx: RubyContext, node: Node): Node | undefined {
  const method = methodOf(node);
  const receiver = node.childForFieldName('receiver');
  let client: Node | null | undefined;
  if (method === 'by_url' && receiver?.type === 'call' && methodOf(receiver) === 'predict' && !receiver.childForFieldName('arguments')) client = receiver.childForFieldName('receiver');
  else if (method === 'predict' && namedArgs(node.childForFieldName('arguments')).length === 1) client = receiver;
  if (!client) return undefined;
  const value = ctx.ev.eval(client);
  return value.kind === 'call' && CLIENT.test(value.callee) ? client : undefined;
}

/**
 * The models the client was last set to before this call (`client.set_active_models_by_public_key([:food])`): a
 * list of public model names, null when they may be the caller's own, undefined when the client keeps the configured ones.
 */
function chosenModels(ctx: RubyContext, node: Node, client: Node): Value | null | undefined {
  const choices = ctx.calls.filter((c) => c.endIndex <= node.startIndex && MODEL_CHOICES.has(methodOf(c)) && c.childForFieldName('receiver')?.text === client.text);
  const last = choices[choices.length - 1];
  if (!last) return undefined;
  return methodOf(last) === 'set_active_models_by_public_key' ? ctx.ev.callValue(last).args[0]?.() ?? null : null;
}

/** One call site per public model the call predicts with; one whose target is only known at run time when the file does not say. */
function sitesOf(node: Node, models: Value | null | undefined, config: Configuration | undefined): CallSite[] {
  const names = models?.kind === 'list' ? models.items.map((item) => knownText(item())) : [];
  const targets: Target[] = names.flatMap((name) => {
    const id = name === undefined ? undefined : RUBY_CLARIFICATION_MODELS[name];
    return id ? [targetOf({ resource: 'model', id: str([{ text: id }]), label: `PUBLIC_MODELS[:${name}]`, owner: { state: 'absent' } })] : [];
  });
  if (targets.length === 0) {
    targets.push(targetOf({ resource: 'model', id: undefined, label: 'the models the client is configured with', owner: { state: 'absent' } }));
  }
  const parts = callParts(node);
  return targets.map((target) => ({
    flavor: 'ruby-gem',
    endpoint: 'POST /v2/models/{model_id}/outputs',
    ...parts,
    credential: credentialOf(config),
    target: { ...target, span: parts.span },
    userAppId: { state: 'absent' },
    places: {},
    deprecatedClient: DEPRECATED,
  }));
}

/** The gem sends the configured key, which its documentation calls an app API key. */
function credentialOf(config: Configuration | undefined): Credential {
  const key = config?.apiKey;
  if (!key) return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
  // `config.api_key` is the gem's name for the setting, not what the file calls the credential.
  return classifyCredential({ ...key, names: key.names.slice(1) }, { kind: 'api-key', span: key.span });
}
