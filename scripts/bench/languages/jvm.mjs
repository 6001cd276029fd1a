// Filler Java and Kotlin: a class (Java) or top-level declarations (Kotlin) with map iteration and key lookups.

import { indent, stemOf } from '../source.mjs';
import { camel, constant, kebab, message, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/**
 * The package a JVM source path implies: the folders after the source root, dotted.
 * @param {string} path
 * @param {string} root e.g. `/java/` or `/kotlin/`
 */
function packageOf(path, root) {
  const dir = path.slice(0, path.lastIndexOf('/'));
  return dir.slice(dir.lastIndexOf(root) + root.length).replaceAll('/', '.');
}

/** @param {Random} r @param {string} imports @param {string} path */
function javaHeader(r, imports, path) {
  return `package ${packageOf(path, '/java/')};

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
${imports}
/**
 * ${sentence(r)}
 */
public class ${stemOf(path)} {`;
}

/** @param {Random} r */
function javaLookup(r) {
  const [a, k] = [camel(r), noun(r)];
  return indent(`/** ${sentence(r)} */
public Map<String, Object> ${method(r)}(Map<String, Object> ${a}, boolean strict) {
    Map<String, Object> result = new HashMap<>();
    for (Map.Entry<String, Object> entry : ${a}.entrySet()) {
        String key = entry.getKey().trim().toLowerCase();
        if (entry.getValue() != null) {
            result.put(key, entry.getValue());
        }
    }
    if (strict && !result.containsKey("${k}")) {
        throw new IllegalArgumentException("Key not found: ${k}");
    }
    return result;
}`, 4);
}

/** @param {Random} r */
function javaFields(r) {
  return indent(`private static final String ${constant(r)} = "${kebab(r)}";
private static final int ${constant(r)} = ${r.int(1, 5000)};
private final Map<String, ${pascal(r)}> ${camel(r)} = new HashMap<>();`, 4);
}

/** @param {Random} r */
function javaStream(r) {
  const cls = pascal(r);
  return indent(`public List<String> ${method(r)}(List<${cls}> items) {
    // ${sentence(r)}
    return items.stream()
            .filter(item -> item.getKey() != null)
            .map(${cls}::getKey)
            .sorted()
            .collect(Collectors.toList());
}

public Optional<${cls}> ${method(r)}(List<${cls}> items, String key) {
    return items.stream().filter(item -> key.equals(item.getKey())).findFirst();
}`, 4);
}

/** @param {Random} r */
function javaInner(r) {
  const [cls, a] = [pascal(r), camel(r)];
  return indent(`public static final class ${cls} {
    private final String key;
    private final List<String> ${a} = new ArrayList<>();

    public ${cls}(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    @Override
    public String toString() {
        return "${cls}{key=" + key + ", ${a}=" + ${a} + "}";
    }
}`, 4);
}

/** @param {Random} r */
function javaBearer(r) {
  return indent(`public String ${method(r)}(String customerId) throws java.io.IOException {
    java.net.HttpURLConnection connection = (java.net.HttpURLConnection) new java.net.URL("https://api.stripe.com/v1/customers/" + customerId).openConnection();
    connection.setRequestProperty("Authorization", "Bearer " + System.getenv("STRIPE_API_KEY"));
    return new String(connection.getInputStream().readAllBytes());
}`, 4);
}

/** @type {import('../source.mjs').SourceTemplate} */
export const java = {
  header: javaHeader,
  blocks: [javaLookup, javaFields, javaStream, javaInner],
  rare: [javaBearer],
  comment: (text) => indent(text.split('\n').map((line) => `// ${line}`).join('\n'), 4),
  footer: '}\n',
};

/** @param {Random} r @param {string} imports @param {string} path */
function kotlinHeader(r, imports, path) {
  return `package ${packageOf(path, '/kotlin/')}

import java.util.concurrent.ConcurrentHashMap
import kotlin.math.max
${imports}
// ${sentence(r)}`;
}

/** @param {Random} r */
function kotlinLookup(r) {
  const [a, k] = [camel(r), noun(r)];
  return `fun ${method(r)}(${a}: Map<String, Any?>, strict: Boolean = false): Map<String, Any> {
    val result = mutableMapOf<String, Any>()
    for ((key, value) in ${a}) {
        if (value != null) result[key.trim().lowercase()] = value
    }
    require(!strict || "${k}" in result) { "Key not found: ${k}" }
    return result
}`;
}

/** @param {Random} r */
function kotlinData(r) {
  const cls = pascal(r);
  return `data class ${cls}(
    val key: String,
    val ${camel(r)}: Int = ${r.int(0, 100)},
    val ${camel(r)}: List<String> = emptyList(),
) {
    fun describe(): String = "${cls}(key=$key)"
}`;
}

/** @param {Random} r */
function kotlinObject(r) {
  return `object ${pascal(r)} {
    const val ${constant(r)} = "${kebab(r)}"
    const val ${constant(r)} = ${r.int(1, 5000)}
    private val cache = ConcurrentHashMap<String, String>()

    fun ${method(r)}(key: String): String = cache.getOrPut(key) { key.uppercase() }

    fun ${method(r)}(values: List<Int>): Int = values.fold(0) { acc, v -> max(acc, v) }
}`;
}

/** @param {Random} r */
function kotlinClass(r) {
  const a = camel(r);
  return `class ${pascal(r)}(private val ${a}: Map<String, String>) {
    // ${sentence(r)}
    fun ${method(r)}(key: String): String {
        val value = requireNotNull(${a}[key]) { "${message(r)}: ${'$'}key" }
        return value.trim()
    }
}`;
}

/** @param {Random} r */
function kotlinBearer(r) {
  return `fun ${method(r)}(client: okhttp3.OkHttpClient, customerId: String): String? {
    val request = okhttp3.Request.Builder()
        .url("https://api.stripe.com/v1/customers/${'$'}customerId")
        .addHeader("Authorization", "Bearer ${'$'}{System.getenv("STRIPE_API_KEY")}")
        .build()
    return client.newCall(request).execute().body?.string()
}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const kotlin = {
  header: kotlinHeader,
  blocks: [kotlinLookup, kotlinData, kotlinObject, kotlinClass],
  rare: [kotlinBearer],
  comment: (text) => text.split('\n').map((line) => `// ${line}`).join('\n'),
  footer: '',
};
