// The Node SDK (`clarifai-nodejs`): `new Model({ url | modelId, authConfig: { pat, userId, appId } })`, and Workflow alike.
import { classifyCredential } from '../../clarifai/credential';
import { parsePortalUrl } from '../../clarifai/portalUrl';
import { targetOf, userAppIdFrom } from '../../clarifai/target';
import type { CallSite, ResourceKind } from '../../model';
import { reach } from '../../values/reach';
import { field, fieldAt } from '../../values/value';
import { calleeLabel, spanOf } from '../syntax';
import { importsPackage, type JavaScriptContext } from './context';

const CONSTRUCTORS: readonly [RegExp, ResourceKind][] = [
  [/^clarifai-nodejs(?:\.default)?\.Model$/, 'model'],
  [/^clarifai-nodejs(?:\.default)?\.Workflow$/, 'workflow'],
];

export function detectSdk(ctx: JavaScriptContext): CallSite[] {
  if (!importsPackage(ctx, 'clarifai-nodejs')) return [];
  const sites: CallSite[] = [];
  for (const node of ctx.calls) {
    const fn = node.childForFieldName('constructor');
    if (node.type !== 'new_expression' || !fn) continue;
    const call = ctx.ev.callValue(node);
    const resource = CONSTRUCTORS.find(([pattern]) => pattern.test(call.callee))?.[1];
    if (!resource) continue;
    const config = call.args[0]?.();
    const auth = field(config, 'authConfig');
    const url = field(config, 'url');
    const portal = url ? parsePortalUrl(url) : undefined;
    // The owner: the URL, else modelUserAppId, else the authConfig ids (which default to CLARIFAI_USER_ID / CLARIFAI_APP_ID).
    const owner = field(config, 'modelUserAppId') ?? auth;
    const ownerKey = field(config, 'modelUserAppId') ? 'modelUserAppId' : 'authConfig';
    const ownerObject = owner?.kind === 'obj' ? owner : undefined;
    const userAppId = portal ? userAppIdFrom(portal.user, portal.app, url?.span) : userAppIdFrom(field(owner, 'userId'), field(owner, 'appId'), owner?.span);
    const pat = field(auth, 'pat') ?? field(auth, 'token');
    const idKey = resource === 'model' ? 'modelId' : 'workflowId';
    sites.push({
      flavor: 'js-sdk',
      endpoint: resource === 'model' ? 'Model' : 'Workflow',
      callee: `new ${calleeLabel(fn)}`,
      span: spanOf(fn),
      callSpan: spanOf(node),
      credential: classifyCredential(pat, { kind: 'pat', span: pat?.span, clientDefault: { kind: 'pat', envName: 'CLARIFAI_PAT' } }),
      target: targetOf({
        resource,
        id: portal ? portal.id : field(config, idKey),
        version: portal ? portal.version : field(field(config, 'modelVersion'), 'id') ?? field(config, 'modelVersionId'),
        owner: userAppId,
        span: url?.span ?? field(config, idKey)?.span,
      }),
      userAppId,
      places: {
        url: portal ? url?.span : undefined,
        credential: pat ? fieldAt(auth, 'pat', 'token') : undefined,
        userAppId: owner?.span,
        // The owner ids (and the PAT) are fields of authConfig, or of modelUserAppId when it is given.
        container: ownerObject?.span && ctx.text[ownerObject.span.start] === '{' ? ownerObject.span : undefined,
        request: reach(fieldAt(config, ownerKey), ownerObject, config?.names),
        address: portal ? reach(fieldAt(config, 'url'), url, config?.names) : undefined,
        ownerInUrl: portal ? { user: portal.userWritten, app: portal.appWritten } : undefined,
        ownerFields: portal ? undefined : { user: fieldAt(owner, 'userId'), app: fieldAt(owner, 'appId') },
      },
    });
  }
  return sites;
}
