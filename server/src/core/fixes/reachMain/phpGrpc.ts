// clarifai-php-grpc: `'user_app_id' => new UserAppIDSet(['user_id' => 'clarifai', 'app_id' => 'main'])` in the
// request's fields (or `->setUserAppId(…)` on a request built with setters), and metadata
// `['Authorization' => ['Key ' . getenv('CLARIFAI_PAT')]]`.
import type { Span } from '../../model';
import { lineAfter } from '../../text';
import { lineEnding } from '../text';
import { sendPat } from './credential';
import { pointAtOwner } from './owner';
import { patTwinName, type FixPlan } from './plan';

const USER_APP_ID_SET = 'Clarifai\\Api\\UserAppIDSet';

export function fixPhpGrpc(plan: FixPlan): boolean {
  if (plan.needs.owner && !pointAtMain(plan)) return false;
  return !plan.needs.pat || sendPat(plan, () => patMetadata(plan));
}

function pointAtMain(plan: FixPlan): boolean {
  const q = plan.quote;
  const ids = () => `new ${userAppIdSet(plan)}([${q}user_id${q} => ${plan.userId()}, ${q}app_id${q} => ${plan.appId()}])`;
  const { userAppId, places } = plan.site;
  if (userAppId.state === 'absent' && !places.container) return setterOwner(plan, ids);
  return pointAtOwner(plan, ids, () => `${q}user_app_id${q} => ${ids()}`);
}

/** A request made without its array of fields: `->setUserAppId(…)` is called on it right after it is made. */
function setterOwner(plan: FixPlan, ids: () => string): boolean {
  const request = plan.site.places.request;
  const name = request?.via.length === 1 ? request.via[0] : undefined;
  if (!request || !name || !/^\$\w+$/.test(name) || !plan.text.startsWith('new ', request.definition.start) || !plan.exclusive([request], 'owner')) return false;
  return plan.addStatementAfter(request.definition, [`${name}->setUserAppId(${ids()});`]);
}

/**
 * How the file names UserAppIDSet: as it imports it (or its namespace), else imported beside the file's other `use`
 * statements, else by its full name.
 */
function userAppIdSet(plan: FixPlan): string {
  const direct = plan.support.localName(USER_APP_ID_SET);
  if (direct) return direct;
  const namespace = plan.support.localName('Clarifai\\Api');
  if (namespace) return `${namespace}\\UserAppIDSet`;
  const at = plan.support.importOffset();
  const lastLine = plan.text.slice(plan.text.lastIndexOf('\n', at - 2) + 1, at);
  if (at > 0 && /^[ \t]*use\s[^;]*;[ \t]*\r?\n$/.test(lastLine) && !plan.support.nameTaken('UserAppIDSet')) {
    plan.addImports([{ start: at, end: at, newText: `use ${USER_APP_ID_SET};${lineEnding(plan.text)}` }]);
    return 'UserAppIDSet';
  }
  return `\\${USER_APP_ID_SET}`;
}

/**
 * Metadata with the PAT for a call whose metadata other calls share: a `$patMetadata` array beside the shared one,
 * or the array itself at the call.
 */
function patMetadata(plan: FixPlan): string {
  // A top-level variable is not seen inside functions: another call's PAT metadata serves calls at the top level only.
  const existing = plan.support.statementAt(plan.site.callSpan.start)?.topLevel ? plan.existingPatCarrier() : undefined;
  if (existing) return existing;
  const q = plan.quote;
  const carrier = plan.site.places.carrier!;
  const definition = plan.text.slice(carrier.definition.start, carrier.definition.end);
  const name = /(['"])(authorization)\1\s*=>/i.exec(definition)?.[2] ?? 'Authorization';
  const metadata = `[${q}${name}${q} => [${plan.keyHeader('')}]]`;
  const shared = carrier.via.length === 1 && /^\$\w+$/.test(carrier.via[0]!) ? carrier.via[0]! : undefined;
  if (!shared) return metadata;
  const twin = `$${patTwinName(shared.slice(1), false)}`;
  // A twin made by an earlier fix is reused only where it sits: right after the shared metadata.
  const made = plan.support.bindingOf(twin);
  if (made && !rightAfter(plan, carrier.definition, made)) return metadata;
  return plan.bindBeside(carrier.definition, twin, metadata, (n, value) => [`${n} = ${value};`]) ?? metadata;
}

/** Whether the statement holding `later` starts on the line after the statement holding `earlier`. */
function rightAfter(plan: FixPlan, earlier: Span, later: Span): boolean {
  const first = plan.support.statementAt(earlier.start);
  const second = plan.support.statementAt(later.start);
  if (!first || !second) return false;
  return plan.text.lastIndexOf('\n', second.span.start - 1) + 1 === lineAfter(plan.text, first.span.end);
}
