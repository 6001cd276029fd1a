// The deprecated CocoaPod `Clarifai` (superseded by clarifai-apple-sdk): `ClarifaiApp(apiKey:)` and its model lookups,
// `app.getModelByName("general-v1.3") { model, error in … }` and `app.getModelByID("…")`. It has no way to name an
// owner, so a call to a public model has to move to REST.
import type { Node } from '@vscode/tree-sitter-wasm';
import { classifyCredential } from '../../clarifai/credential';
import { targetOf } from '../../clarifai/target';
import type { CallSite, Credential, UserAppId } from '../../model';
import type { CallValue, Value } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { lastName, type SwiftContext } from './context';

/** The client's model lookups, and whether each looks the model up by name. */
const LOOKUPS: Readonly<Record<string, { byName: boolean }>> = {
  getModelByName: { byName: true },
  searchForModelByName: { byName: true },
  getModelByID: { byName: false },
  getVersionForModel: { byName: false },
  listVersionsForModel: { byName: false },
};
const APP = 'ClarifaiApp';

const COCOAPOD = { name: 'Clarifai CocoaPod', moveTo: 'a REST request (URLSession) to clarifai/main with a PAT' };

/** Whether the file uses the CocoaPod: `import Clarifai`. */
export function importsCocoaPod(ctx: SwiftContext): boolean {
  return ctx.modules.has('Clarifai');
}

export function detectLegacy(ctx: SwiftContext): CallSite[] {
  if (!importsCocoaPod(ctx)) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.namedChildren[0];
    if (fn?.type !== 'navigation_expression') continue;
    // `….getModelByName(`: the method decides before anything is resolved.
    const lookup = LOOKUPS[lastName(fn.text)];
    if (!lookup) continue;
    const call = ctx.ev.callValue(node);
    const app = call.receiver?.();
    if (!app || !isAppOrUnknown(app)) continue;
    sites.push(legacySite(call, app, lookup.byName, fn, node));
  }
  return sites;
}

function legacySite(call: CallValue, app: Value, byName: boolean, fn: Node, node: Node): CallSite {
  const userAppId: UserAppId = { state: 'absent' };
  const model = call.args[0]?.();
  return {
    flavor: 'swift-legacy',
    endpoint: call.method ?? '',
    callee: calleeLabel(fn),
    span: spanOf(fn),
    callSpan: spanOf(node),
    credential: appCredential(app),
    target: targetOf({ resource: 'model', id: model, owner: userAppId, byName, span: call.argSpans[0] }),
    userAppId,
    places: { container: call.argsSpan, client: app.kind === 'call' ? app.span : undefined, arguments: { positional: call.argSpans, named: {} } },
    deprecatedClient: COCOAPOD,
  };
}

/** The client sends app API keys only: `ClarifaiApp(apiKey:)`, or the app secret of the 2016 `ClarifaiApp(appID:appSecret:)`. */
function appCredential(app: Value): Credential {
  if (app.kind === 'call' && app.callee === APP) {
    const key = app.kwarg('apiKey') ?? app.kwarg('appSecret');
    return classifyCredential(key, { kind: 'api-key', span: app.kwargSpan('apiKey') ?? app.kwargSpan('appSecret') });
  }
  // A client built elsewhere (a parameter, another file's singleton): whatever it holds, it sends an app API key.
  return { kind: 'api-key', source: 'variable', evidence: 'slot', literals: [] };
}

/** A ClarifaiApp, or something we cannot see into (a property declared `ClarifaiApp?`, a parameter); not another type's value. */
function isAppOrUnknown(value: Value): boolean {
  if (value.kind === 'call') return value.callee === APP;
  return value.kind === 'attr' || value.kind === 'unknown' || value.kind === 'param';
}
