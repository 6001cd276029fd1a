// The REST front: the HTTP bindings of PostModelOutputs and PostWorkflowResults (reference §2.4), and the GET model routes
// of the legacy npm client (`app.models.get`, `model.getOutputInfo`). Its `app.models.predict` with a model id, a constant
// or `{ id, version }` sends only the POST to …/outputs (clarifai 2.9.1 src/Models.js `initModel`, src/Model.js `predict`).
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { answer, type Answer, type Rpc } from './api';
import type { CredentialTable } from './credentials';
import { requestedApp, type RecordedRequest } from './recording';
import { withRequestId } from './responses';
import { authenticate, type Target } from './rules';
import { RESOURCE_DOES_NOT_EXIST } from './status';

interface Route {
  method: 'GET' | 'POST';
  rpc: Rpc;
  kind: Target['kind'];
  pattern: RegExp;
}

const SCOPED = '/v2/users/{user}/apps/{app}';

/** Routes from binding templates such as `/v2/models/{id}/outputs`. */
function routes(method: Route['method'], rpc: Rpc, kind: Target['kind'], templates: readonly string[]): Route[] {
  return templates.map((template) => {
    const source = template.replace(/\{(\w+)\}/g, (_, name: string) => `(?<${name}>[^/]+)`);
    return { method, rpc, kind, pattern: new RegExp(`^${source}$`) };
  });
}

const ROUTES: readonly Route[] = [
  ...routes('POST', 'PostModelOutputs', 'model', [
    `${SCOPED}/models/{id}/versions/{version}/outputs`, `${SCOPED}/models/{id}/outputs`,
    '/v2/models/{id}/versions/{version}/outputs', '/v2/models/{id}/outputs',
  ]),
  ...routes('POST', 'PostWorkflowResults', 'workflow', [
    `${SCOPED}/workflows/{id}/versions/{version}/results`, `${SCOPED}/workflows/{id}/results`, '/v2/workflows/{id}/results',
  ]),
  ...routes('GET', 'GetModel', 'model', [`${SCOPED}/models/{id}`, '/v2/models/{id}']),
  ...routes('GET', 'GetModelOutputInfo', 'model', [
    `${SCOPED}/models/{id}/versions/{version}/output_info`, `${SCOPED}/models/{id}/output_info`,
    '/v2/models/{id}/versions/{version}/output_info', '/v2/models/{id}/output_info',
  ]),
];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return body;
}

/** The JSON body as an object, or undefined when it is not one. An empty body counts as `{}`. */
function parseObject(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

type Handled = Pick<RecordedRequest, 'rpc' | 'userAppId' | 'target'> & Answer;

async function handle(req: IncomingMessage, url: URL, credentials: CredentialTable): Promise<Handled> {
  const body = parseObject(req.method === 'POST' ? await readBody(req) : '');
  const found = ROUTES.filter((route) => route.method === req.method)
    .map((route) => ({ route, groups: route.pattern.exec(url.pathname)?.groups }))
    .find(({ groups }) => groups !== undefined);
  if (found === undefined) {
    const outcome = RESOURCE_DOES_NOT_EXIST(`No route for ${req.method} ${url.pathname}.`);
    const { seen } = authenticate(req.headers.authorization, credentials);
    return { rpc: null, userAppId: null, target: null, credential: seen, outcome, body: { status: withRequestId(outcome.status) } };
  }
  const { route, groups = {} } = found;
  const param = (name: string) => (groups[name] === undefined ? undefined : decodeURIComponent(groups[name]));
  const version = param('version');
  const target: Target = { kind: route.kind, id: param('id') ?? '', ...(version === undefined ? {} : { version }) };
  // Path parameters win over the body, as in the gRPC-gateway bindings; GET requests name the app in the query.
  const userAppId =
    groups.user !== undefined ? requestedApp({ user_id: param('user'), app_id: param('app') })
    : req.method === 'GET' ? requestedApp({ user_id: url.searchParams.get('user_app_id.user_id'), app_id: url.searchParams.get('user_app_id.app_id') })
    : requestedApp(body?.user_app_id);
  const call = { rpc: route.rpc, authorization: req.headers.authorization, userAppId, target, inputs: body?.inputs, unreadable: body === undefined };
  return { rpc: route.rpc, userAppId, target, ...answer(call, credentials) };
}

/** Serves the REST API, recording each request into `requests`. */
export function restHandler(credentials: CredentialTable, requests: RecordedRequest[]): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'https://api.clarifai.com');
    void handle(req, url, credentials).then(({ rpc, userAppId, target, credential, outcome, body }) => {
      requests.push({ protocol: 'rest', method: req.method ?? '', path: url.pathname, rpc, userAppId, credential, target, httpStatus: outcome.http, status: outcome.status });
      res.writeHead(outcome.http, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    }, () => res.destroy());
  };
}
