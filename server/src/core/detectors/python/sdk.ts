// The Python SDK (`clarifai.client`, 9.x and later): Model and Workflow by URL or by ids, with `pat=` or CLARIFAI_PAT.
import { classifyCredential } from '../../clarifai/credential';
import { parsePortalUrl } from '../../clarifai/portalUrl';
import { targetOf, userAppIdFrom } from '../../clarifai/target';
import type { CallSite, ResourceKind } from '../../model';
import { field } from '../../values/value';
import { reach } from '../../values/reach';
import { calleeLabel, spanOf } from '../syntax';
import { importsUnder, type PythonContext } from './context';

const CONSTRUCTORS: readonly [RegExp, ResourceKind][] = [
  [/^clarifai\.client(\.model)?\.Model$/, 'model'],
  [/^clarifai\.client(\.workflow)?\.Workflow$/, 'workflow'],
];

export function detectSdk(ctx: PythonContext): CallSite[] {
  if (!importsUnder(ctx, 'clarifai.client')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('function');
    if (!fn) continue;
    const call = ctx.ev.callValue(node);
    const resource = CONSTRUCTORS.find(([pattern]) => pattern.test(call.callee))?.[1];
    if (!resource) continue;
    const url = call.kwarg('url') ?? call.args[0]?.();
    const portal = url ? parsePortalUrl(url) : undefined;
    const idKey = resource === 'model' ? 'model_id' : 'workflow_id';
    const userAppId = portal
      ? userAppIdFrom(portal.user, portal.app, url?.span)
      : userAppIdFrom(call.kwarg('user_id'), call.kwarg('app_id'), call.kwargSpan('user_id'));
    const token = call.kwarg('pat') ?? call.kwarg('token');
    const tokenKey = call.kwarg('pat') ? 'pat' : 'token';
    sites.push({
      flavor: 'python-sdk',
      endpoint: resource === 'model' ? 'Model' : 'Workflow',
      callee: calleeLabel(fn),
      span: spanOf(fn),
      callSpan: spanOf(node),
      // The SDK takes only PATs (or session tokens); without one it reads CLARIFAI_PAT.
      credential: classifyCredential(token, { kind: 'pat', span: call.kwargSpan(tokenKey), clientDefault: { kind: 'pat', envName: 'CLARIFAI_PAT' } }),
      target: targetOf({
        resource,
        id: portal ? portal.id : call.kwarg(idKey),
        version: portal ? portal.version : field(call.kwarg('model_version'), 'id'),
        owner: userAppId,
        span: url?.span ?? call.kwargSpan(idKey),
      }),
      userAppId,
      places: {
        url: portal ? url?.span : undefined,
        container: call.argsSpan,
        credential: call.kwargSpan(tokenKey),
        address: portal ? reach(call.kwargSpan('url') ?? call.argSpans[0], url) : undefined,
        ownerInUrl: portal ? { user: portal.userWritten, app: portal.appWritten } : undefined,
        ownerFields: portal ? undefined : { user: call.kwargSpan('user_id'), app: call.kwargSpan('app_id') },
      },
    });
  }
  return sites;
}
