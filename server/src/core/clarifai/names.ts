// What a variable's name says about the credential it holds.
import type { CredentialKind } from '../model';

/** Splits `CLARIFAI_API_KEY`, `clarifaiApiKey`, `self.api_key` into lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** What a name says about the credential it holds, if anything. */
export function kindFromName(name: string): CredentialKind | undefined {
  const words = nameWords(name);
  const has = (...seq: string[]) => words.some((_, i) => seq.every((w, j) => words[i + j] === w));
  if (has('pat') || has('personal', 'access', 'token') || has('personal', 'token') || has('session', 'token')) return 'pat';
  if (has('api', 'key') || has('apikey') || has('app', 'key')) return 'api-key';
  return undefined;
}
