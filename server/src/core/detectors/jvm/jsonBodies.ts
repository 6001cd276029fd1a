// JSON request bodies as JVM code writes them: text in a string or text block, `org.json` and Gson objects built
// with `put`/`addProperty`/`add`, maps (`Map.of`, `new HashMap<>()` with `put`), and serializer calls around them.
// Anything else is only known at run time.
import { jsonValue } from '../../clarifai/jsonBody';
import { knownText, memoize, objectOf, unknown, type Lazy, type Value } from '../../values/value';
import { builtObject, keySet, type ObjectKind } from './builtObjects';
import { lastNames, type JvmContext } from './context';

const OBJECTS = new Set(['JSONObject', 'JsonObject', 'HashMap', 'LinkedHashMap', 'TreeMap', 'ObjectNode']);
const SERIALIZE = new Set(['toJson', 'writeValueAsString', 'writeValueAsBytes', 'encodeToString', 'stringify']);

function jsonObject(ctx: JvmContext, before: number): ObjectKind {
  return {
    start(call) {
      if (call.construct && OBJECTS.has(lastNames(call.callee).replace(/<.*$/, ''))) return { base: call.args[0] ? jsonItem(ctx, call.args[0](), before, true) : undefined };
      // Jackson: `mapper.createObjectNode()`.
      if (call.method === 'createObjectNode') return {};
      return undefined;
    },
    step(call) {
      const method = call.method ?? '';
      if (!['put', 'addProperty', 'add', 'set', 'putPOJO'].includes(method) || call.args.length !== 2) return undefined;
      const key = knownText(call.args[0]!());
      if (key === undefined) return 'open';
      const value = call.args[1]!;
      return [keySet(key, () => jsonItem(ctx, value(), before), call.argSpans[1])];
    },
  };
}

/**
 * A request body as an object when the file shows its keys (JSON text, a JSON or map object); text that does not
 * read as JSON (pieces only known at run time between its keys), or a value the file cannot see into, is only
 * known at run time.
 */
export function bodyOf(ctx: JvmContext, value: Value, before: number): Value {
  if (value.kind === 'str') return jsonValue(value) ?? { ...unknown('the request body', value.span), names: value.names };
  if (value.kind !== 'call') return value;
  if (value.method && SERIALIZE.has(value.method) && value.args[0]) return bodyOf(ctx, value.args[0](), before);
  if (/(?:^|\.)Map\.of$/.test(value.callee) && value.args.length % 2 === 0) {
    const entries = new Map<string, Lazy<Value>>();
    let open = false;
    for (let i = 0; i < value.args.length; i += 2) {
      const key = knownText(value.args[i]!());
      const item = value.args[i + 1]!;
      if (key === undefined) open = true;
      else entries.set(key, memoize(() => jsonItem(ctx, item(), before)));
    }
    return { ...objectOf(entries, open, value.span), names: value.names };
  }
  return builtObject(ctx, value, before, jsonObject(ctx, before))?.object ?? value;
}

/** A value inside a JSON object: a string is a string, an object built the same ways is read as one. */
function jsonItem(ctx: JvmContext, value: Value, before: number, text = false): Value {
  return value.kind === 'str' && !text ? value : bodyOf(ctx, value, before);
}
