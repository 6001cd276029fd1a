// Filler C#: a namespace with one class of dictionary lookups, LINQ queries and properties.

import { indent, stemOf } from '../source.mjs';
import { camel, constant, kebab, message, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {string} name */
const upper = (name) => name[0].toUpperCase() + name.slice(1);

/** @param {Random} r @param {string} imports @param {string} path */
function header(r, imports, path) {
  return `using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
${imports}
namespace Acme.${pascal(r)}
{
    /// <summary>${sentence(r)}</summary>
    public class ${stemOf(path)}
    {`;
}

/** @param {Random} r */
function lookup(r) {
  const [a, k] = [camel(r), noun(r)];
  return indent(`public IDictionary<string, object> ${upper(method(r))}(IDictionary<string, object> ${a}, bool strict = false)
{
    var result = new Dictionary<string, object>();
    foreach (var pair in ${a})
    {
        if (pair.Value != null)
        {
            result[pair.Key.Trim().ToLowerInvariant()] = pair.Value;
        }
    }
    if (strict && !result.TryGetValue("${k}", out _))
    {
        throw new KeyNotFoundException("Key not found: ${k}");
    }
    return result;
}`, 8);
}

/** @param {Random} r */
function properties(r) {
  return indent(`private const string ${upper(camel(r))} = "${kebab(r)}";
private readonly Dictionary<string, ${pascal(r)}> _${camel(r)} = new();

public string ${pascal(r)} { get; set; } = string.Empty;
public int ${pascal(r)} { get; private set; } = ${r.int(0, 500)};`, 8);
}

/** @param {Random} r */
function query(r) {
  const cls = pascal(r);
  return indent(`// ${sentence(r)}
public async Task<IReadOnlyList<string>> ${upper(method(r))}Async(IEnumerable<${cls}> items)
{
    await Task.Yield();
    return items
        .Where(item => !string.IsNullOrEmpty(item.Key))
        .OrderBy(item => item.Key, StringComparer.Ordinal)
        .Select(item => item.Key)
        .ToList();
}`, 8);
}

/** @param {Random} r */
function guard(r) {
  return indent(`public static void ${upper(method(r))}(string key, IReadOnlyDictionary<string, string> ${camel(r)})
{
    if (string.IsNullOrWhiteSpace(key))
    {
        throw new ArgumentException("${message(r)}", nameof(key));
    }
    Console.WriteLine($"checked {key}");
}`, 8);
}

/** @param {Random} r */
function bearer(r) {
  return indent(`public async Task<string> ${upper(method(r))}Async(System.Net.Http.HttpClient http, string customerId)
{
    http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Environment.GetEnvironmentVariable("${constant(r)}_API_KEY"));
    return await http.GetStringAsync($"https://api.stripe.com/v1/customers/{customerId}");
}`, 8);
}

/** @type {import('../source.mjs').SourceTemplate} */
export const csharp = {
  header,
  blocks: [lookup, properties, query, guard],
  rare: [bearer],
  comment: (text) => indent(text.split('\n').map((line) => `// ${line}`).join('\n'), 8),
  footer: '    }\n}\n',
};
