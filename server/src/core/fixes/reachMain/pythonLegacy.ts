// The deprecated `clarifai.rest` client cannot name an owner, so its public-model predictions become a REST helper
// that returns the same JSON the client did: with `requests` when the file already uses it, else the standard
// library.
import { currentModelId, MAIN_APP_ID, MAIN_USER_ID, publicMainModelByNameOrId } from '../../clarifai/catalog';
import type { Span } from '../../model';
import { blockAt, lineEnding } from '../text';
import type { FixPlan } from './plan';

const HELPER = 'predict_clarifai_model';

export function fixPythonLegacy(plan: FixPlan): boolean {
  const { site } = plan;
  // Models are named by id or, in this client, by their old names (`general-v1.3`).
  const model = site.target.id === undefined ? undefined : publicMainModelByNameOrId(site.target.id);
  if (!model || site.target.ownership !== 'clarifai-main') return false;
  const images = imagesOf(plan, site.endpoint);
  if (images === undefined) return false;
  const q = plan.quote;
  plan.replace(site.callSpan, `${HELPER}(${q}${currentModelId(model.id)}${q}, ${images})`);
  if (!plan.support.nameTaken(HELPER)) addHelper(plan);
  return true;
}

/**
 * The images a legacy call predicts on, as a list expression of `{"url": …}` or `{"base64": …}` dicts; undefined
 * for calls with options the helper does not take (language, concept filters, video).
 */
function imagesOf(plan: FixPlan, method: string): string | undefined {
  const args = plan.site.places.arguments;
  if (!args) return undefined;
  const q = plan.quote;
  const text = (span: Span) => plan.text.slice(span.start, span.end);
  const only = (name: string): string | undefined => {
    const named = Object.keys(args.named);
    if (args.positional.length + named.length !== 1) return undefined;
    const span = args.positional[0] ?? (named[0] === name ? args.named[name] : undefined);
    return span && text(span);
  };
  switch (method) {
    case 'predict_by_url': {
      const url = only('url');
      return url && `[{${q}url${q}: ${url}}]`;
    }
    case 'predict_by_base64': {
      const data = only('base64_bytes');
      return data && `[{${q}base64${q}: ${data}.decode()}]`;
    }
    case 'predict_by_filename': {
      const file = only('filename');
      if (!file) return undefined;
      plan.addImports(importLines(plan, ['base64', 'pathlib']));
      return `[{${q}base64${q}: base64.b64encode(pathlib.Path(${file}).read_bytes()).decode()}]`;
    }
    case 'tag_urls':
    case 'tag_image_urls': {
      // Only the default model: `model=` names another one, which the target already says.
      const urls = only('urls');
      return urls && `[{${q}url${q}: url} for url in ${urls}]`;
    }
    default:
      return undefined;
  }
}

function importLines(plan: FixPlan, modules: readonly string[]): { start: number; end: number; newText: string }[] {
  const at = plan.support.importOffset();
  const eol = lineEnding(plan.text);
  return modules.filter((m) => !plan.support.localName(m)).map((m) => ({ start: at, end: at, newText: `import ${m}${eol}` }));
}

/** The helper, once per file: `requests` when the file imports it, else urllib and json from the standard library. */
function addHelper(plan: FixPlan): void {
  const q = plan.quote;
  const withRequests = plan.support.localName('requests') === 'requests';
  plan.addImports(importLines(plan, withRequests ? ['requests'] : ['json', 'urllib.request']));
  const url = `f${q}https://api.clarifai.com/v2/users/${MAIN_USER_ID}/apps/${MAIN_APP_ID}/models/{model_id}/outputs${q}`;
  const inputs = `[{${q}data${q}: {${q}image${q}: image}} for image in images]`;
  const headers = `{${q}Authorization${q}: ${q}Key ${q} + ${plan.pat()}, ${q}Content-Type${q}: ${q}application/json${q}}`;
  const body = withRequests
    ? [
        `    response = requests.post(${url}, headers=${headers}, json={${q}inputs${q}: ${inputs}}, timeout=60)`,
        `    response.raise_for_status()`,
        `    return response.json()`,
      ]
    : [
        `    body = json.dumps({${q}inputs${q}: ${inputs}}).encode()`,
        `    request = urllib.request.Request(${url}, data=body, headers=${headers})`,
        `    with urllib.request.urlopen(request, timeout=60) as response:`,
        `        return json.load(response)`,
      ];
  const lines = [
    `def ${HELPER}(model_id, images):`,
    `    ${q}${q}${q}Runs a public Clarifai model (clarifai/main) with a PAT and returns the response, as the old client did.${q}${q}${q}`,
    ...body,
  ];
  const at = plan.topLevelOffset();
  plan.edits.push({ start: at, end: at, newText: blockAt(plan.text, at, lines, 2) });
}
