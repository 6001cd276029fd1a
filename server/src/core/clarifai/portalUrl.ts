// Clarifai portal URLs that the SDKs accept for a model or workflow: https://clarifai.com/<user>/<app>/models/<id>.
import type { OwnerSegment, ResourceKind } from '../model';
import type { Value } from '../values/value';
import { pathSegments, segmentText, segmentValue } from './urlTemplate';

export interface PortalUrl {
  resource: ResourceKind;
  user?: Value;
  app?: Value;
  /** Where the owner ids are written, for a fix. */
  userWritten?: OwnerSegment;
  appWritten?: OwnerSegment;
  id?: Value;
  version?: Value;
}

/** Parses `https://clarifai.com/<user>/<app>/(models|workflows)/<id>[/model_version|versions/<v>]`. */
export function parsePortalUrl(url: Value): PortalUrl | undefined {
  const { segments, written } = pathSegments(url);
  const host = segments.findIndex((s) => /^(?:www\.)?clarifai\.com$/i.test(segmentText(s) ?? ''));
  if (host < 0) return undefined;
  const [user, app, kind, id, versionKey, version] = segments.slice(host + 1);
  const kindText = segmentText(kind);
  if (kindText !== 'models' && kindText !== 'workflows') return undefined;
  const versioned = ['model_version', 'versions', 'workflow_version'].includes(segmentText(versionKey) ?? '');
  return {
    resource: kindText === 'models' ? 'model' : 'workflow',
    user: segmentValue(user),
    app: segmentValue(app),
    userWritten: written[host + 1],
    appWritten: written[host + 2],
    id: segmentValue(id),
    version: versioned ? segmentValue(version) : undefined,
  };
}
