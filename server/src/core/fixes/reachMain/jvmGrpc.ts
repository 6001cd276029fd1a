// clarifai-grpc from Java or Kotlin: `.setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))`
// in the request's builder chain, and `ClarifaiCallCredentials` given a PAT where the stub is built, or on a twin
// stub (`patStub`) when calls with the app's own key share it.
import type { Span, TextEdit } from '../../model';
import type { JvmWriter } from '../jvm';
import { jvmTypeName } from './jvmTypes';
import { pointAtOwner } from './owner';
import { patTwinName, type FixPlan } from './plan';

const USER_APP_ID_SET = 'com.clarifai.grpc.api.UserAppIDSet';
const CALL_CREDENTIALS = 'com.clarifai.credentials.ClarifaiCallCredentials';

/** Points a V2 call at its public resource's owner and, when asked, sends it a PAT. */
export function fixJvmGrpc(plan: FixPlan, writer: JvmWriter): boolean {
  if (plan.needs.owner && !requestOwner(plan, writer)) return false;
  return !plan.needs.pat || stubPat(plan, writer);
}

/** Sets the request's user_app_id: in its builder chain, in a copy at the call, or where the ids are written. */
function requestOwner(plan: FixPlan, writer: JvmWriter): boolean {
  const { userAppId, places } = plan.site;
  const ids = (built: boolean) => `${jvmTypeName(plan, writer, USER_APP_ID_SET)}.newBuilder().setUserId(${plan.userId()}).setAppId(${plan.appId()})${built ? '.build()' : ''}`;
  if (userAppId.state === 'absent') {
    const request = places.request;
    if (!request) return false;
    if (places.container && plan.exclusive([request], 'owner')) {
      plan.edits.push(afterCall(plan.text, places.container, `.setUserAppId(${ids(false)})`));
      return true;
    }
    // A request that calls of the caller's own models send too: this call sends a copy that names the owner.
    plan.replace(request.at, `${plan.text.slice(request.at.start, request.at.end)}.toBuilder().setUserAppId(${ids(false)}).build()`);
    return true;
  }
  // The ids replace a built UserAppIDSet (`….build()`) or a builder, in the same form.
  const definition = places.ids?.definition;
  const built = definition !== undefined && /\.build\(\s*\)\s*$/.test(plan.text.slice(definition.start, definition.end));
  return pointAtOwner(plan, () => ids(built), () => `.setUserAppId(${ids(false)})`);
}

/**
 * Inserts a call right after `call` in its chain: on a line of its own (after a comment ending the line) when the
 * chain puts each call on one.
 */
function afterCall(text: string, call: Span, insertion: string): TextEdit {
  const chained = /^([ \t]*(?:\/\/[^\r\n]*)?)(\r?\n)([ \t]*)\./.exec(text.slice(call.end));
  if (!chained) return { start: call.end, end: call.end, newText: insertion };
  const at = call.end + chained[1]!.length;
  return { start: at, end: at, newText: `${chained[2]}${chained[3]}${insertion}` };
}

/** The key given to `ClarifaiCallCredentials` becomes the PAT, on this stub or on a twin of it. */
function stubPat(plan: FixPlan, writer: JvmWriter): boolean {
  const { carrier, header } = plan.site.places;
  if (!header) return false;
  if (!carrier || plan.exclusive([carrier], 'pat')) {
    plan.replace(header.at, plan.pat());
    return true;
  }
  const credentials = writer.construct(jvmTypeName(plan, writer, CALL_CREDENTIALS), plan.pat());
  const twin = twinStub(plan, writer, credentials);
  const receiver = plan.text.slice(carrier.at.start, carrier.at.end);
  // Without a declaration to put a twin beside (a field set in a constructor), the call sets the credentials itself.
  plan.replace(carrier.at, twin ? (receiver.startsWith('this.') ? `this.${twin}` : twin) : `${receiver}.withCallCredentials(${credentials})`);
  return true;
}

/**
 * A stub other calls use with the app's key: `patStub`, declared beside it like it, is the same stub with the PAT as
 * its credentials (`withCallCredentials` replaces the ones it had). The stub must be declared with its value.
 */
function twinStub(plan: FixPlan, writer: JvmWriter, credentials: string): string | undefined {
  const carrier = plan.site.places.carrier!;
  const name = carrier.via[0]?.replace(/^this\./, '');
  const binding = name ? plan.support.bindingOf(name) : undefined;
  const statement = plan.support.statementAt(carrier.definition.start);
  if (!name || !binding || binding.start !== carrier.definition.start || !statement) return undefined;
  // `private final V2Grpc.V2BlockingStub stub = `, `private val stub: V2Grpc.V2BlockingStub = `
  const head = new RegExp(`^([^=]*?)(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])([^=]*)=\\s*$`).exec(plan.text.slice(statement.span.start, binding.start));
  if (!head) return undefined;
  return plan.bindBeside(binding, patTwinName(name, false), `${name}.withCallCredentials(${credentials})`, (twin, value) => [`${head[1]}${twin}${head[2]}= ${value}${writer.statementEnd}`]);
}
