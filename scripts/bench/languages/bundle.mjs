// A minified single-line JavaScript bundle (webpack style) that inlines the legacy Clarifai client and calls it.

import { camel, kebab, message } from '../words.mjs';

/** @typedef {import('../random.mjs').Random} Random */

const LETTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];

const RESERVED = new Set(['do', 'if', 'in']);

/**
 * `count` distinct short minified identifiers.
 * @param {Random} r
 * @param {number} count
 */
function ids(r, count) {
  const out = new Set();
  while (out.size < count) {
    const name = r.pick(LETTERS) + (r.chance(50) ? r.pick(LETTERS) : '');
    if (!RESERVED.has(name)) out.add(name);
  }
  return [...out];
}

/**
 * One minified module of the bundle.
 * @param {Random} r
 * @param {number} n module number
 */
function moduleChunk(r, n) {
  const [a, b, c, d] = ids(r, 4);
  const forms = [
    `${n}:function(${a},${b},${c}){"use strict";${c}.d(${b},{Z:function(){return ${d}}});var ${d}=function(${a}){return Object.keys(${a}||{}).reduce(function(${b},${c}){return void 0===${a}[${c}]?${b}:(${b}[${c}.toLowerCase()]=${a}[${c}],${b})},{})}}`,
    `${n}:function(${a},${b},${c}){var ${d}=${c}(${r.int(1, 9999)});${a}.exports=function(${a},${b}){if(!${d}.has(${a},"${camel(r)}"))throw new Error("${message(r)}");return ${b}?${a}.${camel(r)}:null}}`,
    `${n}:function(${a}){${a}.exports=JSON.parse('{"${kebab(r)}":${r.int(0, 999)},"${kebab(r)}":"${r.hex(12)}","key":"${camel(r)}"}')}`,
    `${n}:function(${a},${b},${c}){"use strict";var ${d}=${c}(${r.int(1, 9999)}),${a}=(0,${d}.useState)(null);${b}.default=function(${c}){return(0,${d}.createElement)("div",{className:"${kebab(r)}",key:${c}.id},${c}.label)}}`,
  ];
  return r.pick(forms);
}

/**
 * The inlined legacy client and the app code that uses it, minified.
 * @param {Random} r
 */
function clarifaiChunk(r) {
  const [app, lib] = ids(r, 2);
  return [
    `7311:function(e,t,n){var r=n(6689),o="https://api.clarifai.com";function i(e){this._config={apiEndpoint:e.apiEndpoint||o,apiKey:e.apiKey},this.models=new a(this)}function a(e){this._app=e}a.prototype.predict=function(e,t){var n=this._app._config;return r.post(n.apiEndpoint+"/v2/models/"+(e.id||e)+"/outputs",{inputs:[{data:{image:{url:t}}}]},{headers:{Authorization:"Key "+n.apiKey,"Content-Type":"application/json"}})},e.exports={App:i,FACE_DETECT_MODEL:"a403429f2ddf4b49b307e318f00e528b",GENERAL_MODEL:"aaa03c23b3724a16a56b629203edc62c"}}`,
    `4242:function(e,t,n){"use strict";var ${lib}=n(7311),${app}=new ${lib}.App({apiKey:"${r.hex(32)}"});t.detectFaces=function(e){return ${app}.models.predict(${lib}.FACE_DETECT_MODEL,e).then(function(e){return e.data.outputs[0].data.regions.map(function(e){return e.region_info.bounding_box})})}}`,
  ].join(',');
}

/**
 * Writes the bundle: about `targetBytes` on one line, the Clarifai modules about two thirds in.
 * @param {Random} r
 * @param {number} targetBytes
 * @returns {string}
 */
export function composeBundle(r, targetBytes) {
  const chunks = [];
  let size = 0;
  for (let n = 1; size < targetBytes - 2048; n++) {
    const chunk = moduleChunk(r, 10000 + n);
    chunks.push(chunk);
    size += chunk.length + 1;
  }
  chunks.splice(Math.floor((chunks.length * 2) / 3), 0, clarifaiChunk(r));
  return `!function(){var e={${chunks.join(',')}},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports;var i=t[r]={exports:{}};return e[r](i,i.exports,n),i.exports}n(4242)}();\n`;
}
