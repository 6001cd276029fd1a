// Vocabulary for filler code: random identifiers in each naming style, comment sentences and string contents.

/** @typedef {import('./random.mjs').Random} Random */

const NOUNS = [
  'account', 'order', 'invoice', 'customer', 'session', 'token', 'image', 'thumbnail', 'upload', 'record', 'batch',
  'report', 'profile', 'setting', 'config', 'cache', 'queue', 'worker', 'event', 'payload', 'message', 'channel',
  'user', 'group', 'role', 'permission', 'product', 'price', 'cart', 'item', 'entry', 'index', 'metric', 'sample',
  'label', 'tag', 'album', 'photo', 'frame', 'video', 'region', 'result', 'response', 'request', 'client', 'handler',
  'router', 'store', 'state', 'snapshot', 'schema', 'field', 'column', 'row', 'table', 'query', 'filter', 'page',
  'cursor', 'buffer', 'stream', 'file', 'path', 'bucket', 'object', 'manifest', 'job', 'task', 'schedule', 'retry',
];
const VERBS = [
  'get', 'load', 'fetch', 'build', 'parse', 'render', 'update', 'create', 'delete', 'save', 'sync', 'merge', 'resolve',
  'validate', 'normalize', 'format', 'compute', 'collect', 'apply', 'handle', 'process', 'convert', 'encode', 'decode',
  'find', 'filter', 'sort', 'group', 'count', 'reset', 'refresh', 'publish', 'register', 'prepare', 'flush', 'read',
];
const ADJECTIVES = [
  'active', 'pending', 'cached', 'raw', 'local', 'remote', 'default', 'current', 'next', 'last', 'visible', 'stale',
  'total', 'max', 'min', 'base', 'shared', 'primary', 'temp', 'final', 'safe', 'async', 'batch', 'partial',
];
const COMMENT_OPENERS = [
  'Keep this in sync with', 'TODO: move this into', 'Workaround for a bug in', 'See the note in', 'Called from',
  'This mirrors', 'Do not change the order of', 'Fast path for', 'Fallback when', 'Used by', 'Cheaper than',
];
const PROSE = [
  'the key is normalised before lookup', 'missing keys fall back to the default', 'the map key is the user id',
  'sorting keeps the output stable', 'we retry twice before giving up', 'an empty list means no filter',
  'the cache entry expires after ten minutes', 'this runs once per request', 'values are trimmed first',
  'a naïve implementation would be quadratic', 'large payloads are streamed → not buffered', 'the server sends UTC times',
];

/** @param {Random} r */
export const noun = (r) => r.pick(NOUNS);
/** @param {Random} r */
const verb = (r) => r.pick(VERBS);

/** @param {string} word */
const capital = (word) => word[0].toUpperCase() + word.slice(1);

/**
 * Two or three random words, in the order adjective? noun noun?, as a list.
 * @param {Random} r
 */
function words(r) {
  const out = [];
  if (r.chance(40)) out.push(r.pick(ADJECTIVES));
  out.push(noun(r));
  if (r.chance(40)) out.push(noun(r));
  return out;
}

/** @param {Random} r @returns {string} e.g. `pending_order_batch` */
export const snake = (r) => words(r).join('_');
/** @param {Random} r @returns {string} e.g. `pendingOrderBatch` */
export const camel = (r) => words(r).map((w, i) => (i === 0 ? w : capital(w))).join('');
/** @param {Random} r @returns {string} e.g. `PendingOrderBatch` */
export const pascal = (r) => words(r).map(capital).join('');
/** @param {Random} r @returns {string} e.g. `PENDING_ORDER` */
export const constant = (r) => snake(r).toUpperCase();
/** @param {Random} r @returns {string} e.g. `loadOrder` */
export const method = (r) => verb(r) + pascal(r);
/** @param {Random} r @returns {string} e.g. `load_order` */
export const snakeMethod = (r) => `${verb(r)}_${snake(r)}`;
/** @param {Random} r @returns {string} e.g. `order-batch` */
export const kebab = (r) => words(r).join('-');

/**
 * A comment sentence without the comment marker.
 * @param {Random} r
 */
export function sentence(r) {
  return `${r.pick(COMMENT_OPENERS)} ${method(r)}: ${r.pick(PROSE)}.`;
}

/**
 * A paragraph of a few sentences, for docs and docstrings.
 * @param {Random} r
 */
export function paragraph(r) {
  const count = r.int(2, 4);
  const out = [];
  for (let i = 0; i < count; i++) out.push(sentence(r));
  return out.join(' ');
}

/**
 * A short human message such as an error or log text.
 * @param {Random} r
 */
export function message(r) {
  return r.pick([
    `Key not found: ${noun(r)}`,
    `Could not ${verb(r)} ${noun(r)}`,
    `Invalid ${noun(r)} key`,
    `${capital(noun(r))} is missing`,
    `Unexpected ${noun(r)} state`,
    `Failed to ${verb(r)} the ${noun(r)}`,
  ]);
}
