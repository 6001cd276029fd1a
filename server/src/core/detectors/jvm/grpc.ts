// `com.clarifai:clarifai-grpc` from Java or Kotlin: calls on a V2 stub made with
// `V2Grpc.newBlockingStub(channel).withCallCredentials(new ClarifaiCallCredentials(PAT))` that take a model or
// workflow, with their request read from its builder calls.
import { grpcCallSite, grpcResource } from '../../clarifai/grpc';
import type { CallSite, Span } from '../../model';
import { reach } from '../../values/reach';
import type { CallValue, Value } from '../../values/value';
import { importsUnder, lastNames, type JvmCall, type JvmContext } from './context';
import { readMessage } from './messages';

/** Stub methods that return a stub with other call options, the same credentials kept. */
const STUB_OPTIONS = /^with(?:Deadline|DeadlineAfter|Executor|Compression|WaitForReady|MaxInboundMessageSize|MaxOutboundMessageSize|Option|OnReadyThreshold)$/;
const NEW_STUB = /^new(?:Blocking|Future|BlockingV2)?Stub$/;

/** The V2 calls that take a model or workflow, in a file that imports the Clarifai gRPC client. */
export function detectJvmGrpc(ctx: JvmContext): CallSite[] {
  if (!['com.clarifai.grpc', 'com.clarifai.channel', 'com.clarifai.credentials'].some((p) => importsUnder(ctx, p))) return [];
  const sites: CallSite[] = [];
  for (const call of ctx.calls) {
    // Java stubs name methods in lowerCamelCase; `PostModelOutputs` would be some other object's method.
    const resource = /^[a-z]/.test(call.name) ? grpcResource(call.name) : undefined;
    if (!resource) continue;
    const value = ctx.ev.callValue(call.node);
    const stub = stubOf(value.receiver?.());
    if (stub === 'other') continue;
    sites.push(grpcSite(ctx, call, value, resource, stub));
  }
  return sites;
}

/** What a call's receiver says about the stub: the credential it sends, where that is written; 'other' for no V2 stub. */
interface Stub {
  /** The stub as the call reaches it. */
  value: Value | undefined;
  /** Whether the file builds it (`V2Grpc.newBlockingStub(…)`): then no `withCallCredentials` means no credential. */
  built: boolean;
  /** What `withCallCredentials` is given (the key of `ClarifaiCallCredentials`), and where a fix may write a PAT. */
  credentials?: { key?: Value; keyAt?: Span };
}

/**
 * Follows the receiver down its chain: options calls keep the stub, `withCallCredentials` sets what it sends (the
 * outermost one wins), and `V2Grpc.newBlockingStub(…)` starts it. A stub the file does not build (a parameter, an
 * injected field) is one whose credentials are not known here.
 */
function stubOf(receiver: Value | undefined): Stub | 'other' {
  let credentials: Stub['credentials'];
  for (let current = receiver; current; ) {
    if (current.kind !== 'call') return current.kind === 'str' || current.kind === 'obj' || current.kind === 'list' ? 'other' : { value: receiver, built: false, credentials };
    const method = current.method ?? '';
    if (method === 'withCallCredentials' && current.args[0]) {
      if (!credentials) {
        const given = current.args[0]();
        const clarifai = given.kind === 'call' && lastNames(given.callee) === 'ClarifaiCallCredentials';
        credentials = { key: clarifai ? given.args[0]?.() : given, keyAt: clarifai ? given.argSpans[0] : undefined };
      }
    } else if (method === 'withInterceptors' || method === 'attachHeaders') {
      // Headers attached through an interceptor or metadata (`MetadataUtils.attachHeaders(stub, metadata)`): what
      // they carry is known here only by their name.
      const at = method === 'attachHeaders' ? 1 : 0;
      credentials ??= { key: attachedHeaders(current.args[at]?.()) };
      if (method === 'attachHeaders') {
        current = current.args[0]?.();
        continue;
      }
    } else if (NEW_STUB.test(method)) {
      return lastNames(current.callee, 2).startsWith('V2Grpc.') ? { value: receiver, built: true, credentials } : 'other';
    } else if (!STUB_OPTIONS.test(method)) return 'other';
    current = current.receiver?.();
  }
  return { value: receiver, built: false, credentials };
}

/** `MetadataUtils.newAttachHeadersInterceptor(metadata)` is known by its metadata. */
function attachedHeaders(value: Value | undefined): Value | undefined {
  return value?.kind === 'call' && value.method === 'newAttachHeadersInterceptor' ? value.args[0]?.() : value;
}

function grpcSite(ctx: JvmContext, call: JvmCall, value: CallValue, resource: 'model' | 'workflow' | 'other', stub: Stub): CallSite {
  const callee = ctx.callee(call.node);
  const before = call.node.startIndex;
  const message = readMessage(ctx, value.args[0]?.(), before);
  const request = message?.value ?? value.args[0]?.();
  const key = stub.credentials?.key;
  const site = grpcCallSite({
    flavor: ctx.flavors.grpc,
    method: call.name,
    resource,
    callee: callee.label,
    span: callee.span,
    callSpan: { start: call.node.startIndex, end: call.node.endIndex },
    request,
    requestAt: value.argSpans[0],
    // A new field is set right after `newBuilder()`, in the chain that starts the request (not after a message's
    // `getDefaultInstance()`, which no setter follows).
    container: message?.newBuilder.method === 'newBuilder' ? message.newBuilder.span : undefined,
    // A stub the file does not build carries whatever it was given: known by its own name.
    credential: stub.credentials ? key : stub.built ? undefined : stub.value,
    carrier: reach(callee.receiver, stub.value),
  });
  // The key is given where the stub is built: a fix rewrites it there, or gives the call a stub of its own.
  const keyAt = stub.credentials?.keyAt;
  const header = keyAt && key ? { at: keyAt, definition: key.span ?? keyAt, via: key.names } : undefined;
  return { ...site, places: { ...site.places, credential: keyAt, header } };
}
