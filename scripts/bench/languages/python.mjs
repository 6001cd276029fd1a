// Filler Python: modules with imports, functions, classes, dataclasses and async helpers full of dict keys.

import { camel, constant, kebab, message, noun, paragraph, pascal, sentence, snake, snakeMethod } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

/** @param {Random} r @param {string} imports */
function header(r, imports) {
  const extra = r.shuffle(['hashlib', 'itertools', 're', 'time']).slice(0, r.int(0, 3));
  const std = ['json', 'logging', 'os', ...extra].sort();
  return [
    `"""${paragraph(r)}"""`,
    'from __future__ import annotations',
    '',
    ...std.map((m) => `import ${m}`),
    'from dataclasses import dataclass, field',
    'from typing import Any, Dict, Iterable, List, Optional',
    imports,
    'logger = logging.getLogger(__name__)',
  ].join('\n');
}

/** @param {Random} r */
function dictFunction(r) {
  const [a, b, k] = [snake(r), snake(r), noun(r)];
  return `def ${snakeMethod(r)}(${a}: Dict[str, Any], ${b}: Optional[str] = None) -> Dict[str, Any]:
    """${sentence(r)}"""
    result = {}
    for key, value in sorted(${a}.items()):
        if value is None:
            continue
        result[key.strip().lower()] = value
    if ${b} is not None and "${k}" not in result:
        raise KeyError("Key not found: ${k}")
    return result`;
}

/** @param {Random} r */
function cacheClass(r) {
  const [cls, a, b] = [pascal(r), snake(r), snake(r)];
  return `class ${cls}:
    """${paragraph(r)}"""

    def __init__(self, ${a}, ${b}=${r.int(2, 500)}):
        self.${a} = ${a}
        self.${b} = ${b}
        self._cache: Dict[str, Any] = {}

    def ${snakeMethod(r)}(self, key: str) -> Any:
        # ${sentence(r)}
        if key in self._cache:
            return self._cache[key]
        value = self.${a}.get(key)
        if value is None:
            logger.debug("${message(r)} (%s)", key)
        self._cache[key] = value
        return value

    def ${snakeMethod(r)}(self) -> List[str]:
        return [key for key in self._cache if not key.startswith("_")]

    def __repr__(self) -> str:
        return f"${cls}(${a}={self.${a}!r}, ${b}={self.${b}!r})"`;
}

/** @param {Random} r */
function constants(r) {
  const items = Array.from({ length: r.int(3, 8) }, () => `    "${kebab(r)}": ${r.int(0, 9999)},`);
  return `${constant(r)} = ${r.int(1, 3600)}
${constant(r)} = "${kebab(r)}"
${constant(r)} = {
${items.join('\n')}
}`;
}

/** @param {Random} r */
function asyncFetch(r) {
  const a = snake(r);
  return `async def ${snakeMethod(r)}(session, ${a}: str) -> Optional[Dict[str, Any]]:
    logger.info("loading ${noun(r)} %s", ${a})
    try:
        response = await session.get(f"/api/${noun(r)}s/{${a}}", timeout=${r.int(2, 30)})
        response.raise_for_status()
    except Exception as exc:  # noqa: BLE001
        logger.warning("${message(r)}: %s", exc)
        return None
    data = response.json()
    return {key: data[key] for key in sorted(data) if not key.startswith("_")}`;
}

/** @param {Random} r */
function dataclassBlock(r) {
  const cls = pascal(r);
  return `@dataclass
class ${cls}:
    ${snake(r)}: str
    ${snake(r)}: int = ${r.int(0, 100)}
    ${snake(r)}: List[str] = field(default_factory=list)

    def to_dict(self) -> Dict[str, Any]:
        return {key: getattr(self, key) for key in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, raw: str) -> "${cls}":
        return cls(**json.loads(raw))`;
}

/** @param {Random} r */
function generatorBlock(r) {
  const [a, b] = [snake(r), camel(r)];
  return `def ${snakeMethod(r)}(${a}: Iterable[Dict[str, Any]], size: int = ${r.int(8, 256)}):
    # ${sentence(r)}
    chunk = []
    for ${b} in ${a}:
        chunk.append(${b})
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk`;
}

/**
 * A non-Clarifai service that also authenticates with "Key ...": a decoy for naive detectors.
 * @param {Random} r
 */
function falKeyCall(r) {
  return `def ${snakeMethod(r)}(prompt: str) -> Dict[str, Any]:
    import requests

    headers = {"Authorization": f"Key {os.environ['FAL_KEY']}", "Content-Type": "application/json"}
    response = requests.post("https://fal.run/fal-ai/flux/dev", headers=headers, json={"prompt": prompt}, timeout=60)
    response.raise_for_status()
    return response.json()`;
}

/** @param {Random} r */
function bearerCall(r) {
  return `${constant(r)}_API_KEY = os.environ.get("${constant(r)}_API_KEY", "")


def ${snakeMethod(r)}(${snake(r)}: str) -> Dict[str, Any]:
    import requests

    headers = {"Authorization": "Bearer " + os.environ["STRIPE_API_KEY"]}
    response = requests.get("https://api.stripe.com/v1/customers", headers=headers, timeout=10)
    return response.json()`;
}

/** @type {import('../source.mjs').SourceTemplate} */
export const python = {
  header,
  blocks: [dictFunction, cacheClass, constants, asyncFetch, dataclassBlock, generatorBlock],
  rare: [falKeyCall, bearerCall],
  comment: (text) => text.split('\n').map((line) => `# ${line}`).join('\n'),
  footer: '',
  separator: '\n\n\n',
};
