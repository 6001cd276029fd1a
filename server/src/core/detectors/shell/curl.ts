// `curl` commands to the Clarifai API: the URL (an argument or `--url`), `-H "Authorization: Key …"` headers, the
// method (`-X`, or POST when data is sent) and a JSON body (`-d`, `--data…`, `--json`).
import type { Node } from '@vscode/tree-sitter-wasm';
import { jsonValue } from '../../clarifai/jsonBody';
import { headerLine } from '../../clarifai/headerLine';
import { foreignHost, restCallSite, type RestCall } from '../../clarifai/rest';
import type { CallSite, Span } from '../../model';
import { reach } from '../../values/reach';
import { isHole, knownText, objectOf, unknown, type Lazy, type Value } from '../../values/value';
import { spanOf } from '../syntax';
import type { ShellContext } from './context';

/** Options that take a value (the next argument, or the rest of a short option: `-XPOST`). */
const WITH_VALUE = new Set([
  '-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json',
  '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-F', '--form',
  '-T', '--upload-file', '--url', '-m', '--max-time', '--connect-timeout', '--retry', '-w', '--write-out', '-x', '--proxy',
  '--cacert', '--cert', '--key', '-K', '--config', '-r', '--range', '--resolve', '--connect-to', '--limit-rate', '-E', '-Y', '-y', '-z',
]);
const DATA = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--json']);

interface Option {
  name: string;
  value: Node;
}

/** Clarifai requests made with curl, and the headers of requests to other hosts (whose `Key …` values are not Clarifai's). */
export function detectCurl(ctx: ShellContext): { sites: CallSite[]; foreignHeaders: Span[] } {
  const sites: CallSite[] = [];
  const foreignHeaders: Span[] = [];
  for (const command of ctx.index.of('command')) {
    const name = command.childForFieldName('name');
    if (!name || !/(^|\/)curl$/.test(name.text)) continue;
    const request = curlRequest(ctx, command, name);
    if (!request) continue;
    const site = restCallSite(request);
    if (site) sites.push(site);
    else if (foreignHost(request.url)) foreignHeaders.push(spanOf(command));
  }
  return { sites, foreignHeaders };
}

function curlRequest(ctx: ShellContext, command: Node, name: Node): RestCall | undefined {
  const { options, positional } = parseArguments(command.childrenForFieldName('argument').filter((a): a is Node => a !== null));
  const urlNode = options.find((o) => o.name === '--url')?.value ?? positional[0];
  if (!urlNode) return undefined;
  const headers = new Map<string, Lazy<Value>>();
  let authorization: { value: Node; name: string } | undefined;
  for (const option of options.filter((o) => o.name === '-H' || o.name === '--header')) {
    const header = headerLine(ctx.ev.eval(option.value));
    if (!header) continue;
    headers.set(header.name, () => header.value);
    if (header.name.toLowerCase() === 'authorization') authorization = { value: option.value, name: header.name };
  }
  const data = options.find((o) => DATA.has(o.name));
  const method = knownText(ctx.ev.eval(options.find((o) => o.name === '-X' || o.name === '--request')?.value ?? name)) ?? (data ? 'POST' : 'GET');
  const url = ctx.ev.eval(urlNode);
  const headerValue = authorization ? ctx.ev.eval(onlyExpansion(authorization.value) ?? authorization.value) : undefined;
  return {
    flavor: 'shell-curl',
    callee: 'curl',
    method: /^[A-Z]+$/.test(method) ? method : data ? 'POST' : 'GET',
    url,
    headers: objectOf(headers, false),
    body: data ? body(ctx.ev.eval(data.value)) : undefined,
    span: spanOf(name),
    callSpan: spanOf(command),
    written: {
      url: reach(spanOf(urlNode), url),
      // The whole `-H` argument is what a fix rewrites (`"Authorization: Key $CLARIFAI_PAT"`).
      header: authorization && headerValue ? { at: spanOf(authorization.value), definition: headerValue.span ?? spanOf(authorization.value), via: headerValue.names } : undefined,
    },
  };
}

/** The `$NAME` of an argument that is only that (`"$AUTH"`): its value is the variable's, defined elsewhere. */
function onlyExpansion(arg: Node): Node | undefined {
  if (arg.type === 'simple_expansion' || arg.type === 'expansion') return arg;
  const children = arg.type === 'string' ? arg.namedChildren.filter((c): c is Node => c !== null) : [];
  return children.length === 1 && (children[0]!.type === 'simple_expansion' || children[0]!.type === 'expansion') ? children[0] : undefined;
}

/** Options with their values, and the positional arguments; short flags may be combined (`-sS`) or carry their value (`-XPOST`). */
function parseArguments(args: readonly Node[]): { options: Option[]; positional: Node[] } {
  const options: Option[] = [];
  const positional: Node[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const text = arg.type === 'word' ? arg.text : undefined;
    if (text === undefined || !text.startsWith('-') || text === '-') {
      positional.push(arg);
      continue;
    }
    if (text.startsWith('--')) {
      if (WITH_VALUE.has(text) && args[i + 1]) options.push({ name: text, value: args[++i]! });
      continue;
    }
    // Short options: flags until one that takes a value, which takes the rest of the word or the next argument.
    for (let j = 1; j < text.length; j++) {
      const flag = `-${text[j]}`;
      if (!WITH_VALUE.has(flag)) continue;
      if (j + 1 < text.length) break;
      if (args[i + 1]) options.push({ name: flag, value: args[++i]! });
      break;
    }
  }
  return { options, positional };
}

/** The JSON body, as an object when it can be read (`@file` and unreadable text are only known at run time). */
function body(data: Value): Value {
  const text = data.kind === 'str' ? data : undefined;
  if (!text || (text.parts[0] && !isHole(text.parts[0]) && text.parts[0].text.startsWith('@'))) return unknown('the request body');
  return jsonValue(text) ?? unknown('the request body');
}
