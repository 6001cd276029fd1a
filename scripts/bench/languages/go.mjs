// Filler Go: a package of structs with JSON tags, map-ranging functions and error wrapping.

import { camel, kebab, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {string} name */
const exported = (name) => name[0].toUpperCase() + name.slice(1);

/** @param {Random} r @param {string} imports */
function header(r, imports) {
  const pkg = noun(r);
  return `// Package ${pkg}: ${sentence(r)}
package ${pkg}

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)
${imports}
var errNotFound = errors.New("key not found")`;
}

/** @param {Random} r */
function lookup(r) {
  const [name, a, k] = [exported(method(r)), camel(r), noun(r)];
  return `// ${name}: ${sentence(r)}
func ${name}(${a} map[string]any, strict bool) (map[string]any, error) {
	result := make(map[string]any, len(${a}))
	for key, value := range ${a} {
		if value == nil {
			continue
		}
		result[strings.ToLower(strings.TrimSpace(key))] = value
	}
	if _, ok := result["${k}"]; strict && !ok {
		return nil, fmt.Errorf("${k}: %w", errNotFound)
	}
	return result, nil
}`;
}

/** @param {Random} r */
function structBlock(r) {
  const cls = pascal(r);
  const [f1, f2] = [camel(r), camel(r)];
  return `// ${cls}: ${sentence(r)}
type ${cls} struct {
	Key    string   \`json:"key"\`
	${exported(f1)} int      \`json:"${f1}"\`
	${exported(f2)} []string \`json:"${f2},omitempty"\`
}

// Keys returns the sorted keys of the given items.
func (c *${cls}) Keys(items map[string]${cls}) []string {
	keys := make([]string, 0, len(items))
	for key := range items {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	return keys
}`;
}

/** @param {Random} r */
function decode(r) {
  return `func ${method(r)}(raw []byte) (map[string]json.RawMessage, error) {
	var data map[string]json.RawMessage
	if err := json.Unmarshal(raw, &data); err != nil {
		return nil, fmt.Errorf("decode ${noun(r)}: %w", err)
	}
	return data, nil
}

const ${camel(r)} = "${kebab(r)}"`;
}

/** @param {Random} r */
function bearer(r) {
  return `func ${method(r)}(client *http.Client, customerID string) (*http.Response, error) {
	req, err := http.NewRequest(http.MethodGet, "https://api.stripe.com/v1/customers/"+customerID, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("STRIPE_API_KEY"))
	return client.Do(req)
}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const go = {
  header,
  blocks: [lookup, structBlock, decode],
  rare: [bearer],
  comment: (text) => text.split('\n').map((line) => `// ${line}`).join('\n'),
  footer: '',
};
