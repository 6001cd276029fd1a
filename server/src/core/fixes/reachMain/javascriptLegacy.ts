// The deprecated `clarifai` npm client cannot be pointed at clarifai/main for one call only, so its public-model and
// workflow calls become a REST `fetch` helper that sends the same request and resolves with the same JSON the client
// did (`response.outputs[0].data…` keeps working, `rawData` included).
import { currentModelId, MAIN_APP_ID, MAIN_USER_ID, publicMainModelByNameOrId } from '../../clarifai/catalog';
import { blockAt } from '../text';
import { usesSemicolons } from '../javascript';
import type { FixPlan } from './plan';

const HELPER = 'clarifaiPredict';

export function fixJavaScriptLegacy(plan: FixPlan): boolean {
  const { site } = plan;
  const args = site.places.arguments?.positional ?? [];
  const kind = site.endpoint === 'models.predict' ? 'models' : site.endpoint === 'workflow.predict' ? 'workflows' : undefined;
  // A third argument (a video flag, a language, output settings) asks for more than the helper does.
  if (!kind || args.length !== 2 || site.target.id === undefined || site.target.ownership !== 'clarifai-main') return false;
  const q = plan.quote;
  const byName = kind === 'models' ? publicMainModelByNameOrId(site.target.id) : undefined;
  const id = byName ? currentModelId(byName.id) : site.target.id;
  const version = site.target.versionId;
  const inputs = plan.text.slice(args[1]!.start, args[1]!.end);
  plan.replace(site.callSpan, `${HELPER}(${q}${kind}${q}, ${q}${id}${q}, ${inputs}${version ? `, ${q}${version}${q}` : ''})`);
  if (!plan.support.nameTaken(HELPER)) addHelper(plan);
  return true;
}

/** The helper function, once per file, after the imports and constants that precede the first rewritten call. */
function addHelper(plan: FixPlan): void {
  const semi = usesSemicolons(plan.text) ? ';' : '';
  const q = plan.quote;
  const pat = plan.pat('`');
  const typed = plan.typed;
  const input = typed ? `: string | { id?: string; url?: string; base64?: string }` : '';
  const lines = [
    `/**`,
    ` * Runs a public Clarifai model or workflow (clarifai/main) with a PAT and resolves with the response, as the`,
    ` * \`clarifai\` client's app.models.predict and app.workflow.predict did.`,
    ` */`,
    typed
      ? `async function ${HELPER}(kind: ${q}models${q} | ${q}workflows${q}, id: string, inputs${input} | (${input.slice(2)})[], versionId?: string): Promise<any> {`
      : `async function ${HELPER}(kind, id, inputs, versionId) {`,
    `  const path = kind === ${q}models${q} ? \`models/\${versionId ? \`\${id}/versions/\${versionId}\` : id}/outputs\` : \`workflows/\${id}/results\`${semi}`,
    `  // A string is a URL or base64 data; an object ({ url }, { base64 }, with an optional id) is used as it is.`,
    `  const toInput = (input${input}) => {`,
    `    const { id: inputId, ...image } = typeof input === ${q}string${q} ? (/^https?:\\/\\//.test(input) ? { url: input } : { base64: input }) : input${semi}`,
    `    return inputId ? { id: inputId, data: { image } } : { data: { image } }${semi}`,
    `  }${semi}`,
    `  const response = await fetch(\`https://api.clarifai.com/v2/users/${MAIN_USER_ID}/apps/${MAIN_APP_ID}/\${path}\`, {`,
    `    method: ${q}POST${q},`,
    `    headers: { Authorization: \`Key \${${pat}}\`, ${q}Content-Type${q}: ${q}application/json${q} },`,
    `    body: JSON.stringify({ inputs: (Array.isArray(inputs) ? inputs : [inputs]).map(toInput) }),`,
    `  })${semi}`,
    `  const data = await response.json()${semi}`,
    `  if (!response.ok || data.status?.code !== 10000) throw Object.assign(new Error(data.status?.description ?? response.statusText), { data })${semi}`,
    // The old client's results were untyped JSON with the response also under rawData.
    `  return { ...data, rawData: data }${semi}`,
    `}`,
  ];
  const at = plan.topLevelOffset();
  plan.edits.push({ start: at, end: at, newText: blockAt(plan.text, at, lines, 1) });
}
