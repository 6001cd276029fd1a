// Filler Swift: Codable structs, final classes with dictionary caches and enums.

import { camel, kebab, message, method, noun, pascal, sentence } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r @param {string} imports @param {string} path */
function header(r, imports, path) {
  return `//
//  ${path.slice(path.lastIndexOf('/') + 1)}
//  ${sentence(r)}
//

import Foundation
${imports}`;
}

/** @param {Random} r */
function structBlock(r) {
  return `struct ${pascal(r)}: Codable, Hashable {
    let key: String
    var ${camel(r)}: Int = ${r.int(0, 100)}
    var ${camel(r)}: [String] = []

    enum CodingKeys: String, CodingKey {
        case key
    }
}`;
}

/** @param {Random} r */
function cacheClass(r) {
  const [cls, a, k] = [pascal(r), camel(r), noun(r)];
  return `final class ${cls} {
    private var cache: [String: Any] = [:]
    private let ${a}: [String: Any]

    init(${a}: [String: Any]) {
        self.${a} = ${a}
    }

    /// ${sentence(r)}
    func ${method(r)}(strict: Bool = false) throws -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in ${a} {
            result[key.lowercased()] = value
        }
        if strict && result["${k}"] == nil {
            throw NSError(domain: "${kebab(r)}", code: 404, userInfo: [NSLocalizedDescriptionKey: "Key not found: ${k}"])
        }
        return result
    }
}`;
}

/** @param {Random} r */
function enumBlock(r) {
  return `enum ${pascal(r)}Error: Error, CustomStringConvertible {
    case missing(String)
    case invalid(code: Int)

    var description: String {
        switch self {
        case .missing(let key): return "${message(r)} (\\(key))"
        case .invalid(let code): return "invalid code \\(code)"
        }
    }
}`;
}

/** @param {Random} r */
function bearer(r) {
  return `func ${method(r)}(customerId: String) -> URLRequest {
    var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/customers/\\(customerId)")!)
    request.setValue("Bearer \\(ProcessInfo.processInfo.environment["STRIPE_API_KEY"] ?? "")", forHTTPHeaderField: "Authorization")
    return request
}`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const swift = {
  header,
  blocks: [structBlock, cacheClass, enumBlock],
  rare: [bearer],
  comment: (text) => text.split('\n').map((line) => `// ${line}`).join('\n'),
  footer: '',
};
