// The text gate: a file that never says "clarifai" (in any case) cannot hold a Clarifai call, so it is not parsed.

const SIGNATURE = /clarifai/i;

export function mayContainClarifai(text: string): boolean {
  return SIGNATURE.test(text);
}
