// The text gates that keep files from being parsed. Both must stay ASCII-only: the CLI runs the first one on a
// Latin-1 view of raw bytes, which matches exactly where the decoded text would.
import { mayHaveClarifaiUrl } from './clarifai/rest';
import { hasSecretShapedToken } from './clarifai/secrets';

/** Clarifai by name, or the `clarification` gem, which wraps its API without saying "clarifai". */
const SIGNATURE = /clarifai|clarification(?:::|\.configure)|['"]clarification['"]/i;

/** A file that never says "clarifai" (in any case) nor uses the clarification gem cannot hold a Clarifai call. */
export function mayContainClarifai(text: string): boolean {
  return SIGNATURE.test(text);
}

/**
 * What every detector needs before it can report anything: an import of a Clarifai client (Python
 * `clarifai_grpc`, `clarifai.rest`, `clarifai.client`; npm `clarifai`, `clarifai-nodejs(-grpc)`,
 * `clarifai-web-grpc`, protos generated from `clarifai/api`; Java and Kotlin `com.clarifai…` and `clarifai2…`; C#
 * `Clarifai.Api`, `Clarifai.API`, `Clarifai.Channels`; PHP `Clarifai\…`; Go `clarifai-go-grpc`; Swift and
 * Objective-C `import Clarifai`, `ClarifaiApp`; Ruby gems), a Clarifai URL or a base variable named after one, or, for
 * written-in credentials, a credential-shaped token. Files that only mention Clarifai in prose fail it and are
 * never parsed.
 */
const CLIENT_IMPORT = new RegExp(
  [
    /clarifai[_-]grpc|clarifai[_-]nodejs|clarifai[_-]web[_-]grpc|clarifai[_-]go[_-]grpc|clarifai\.(?:rest|client)|clarifai\/api\//,
    /(?:from|import)\s+clarifai\b|(?:require|import)\s*\(?\s*['"`](?:clarifai|clarification)\b|from\s+['"`]clarifai['"`]/,
    /\bcom\.clarifai\.|\bclarifai2\.|\bClarifai\.(?:Api|API|Channels|DTOs)\b|\bClarifai\\|\bClarifaiApp\b|\bClarification(?:::Client\b|\.configure\b)/,
  ]
    .map((r) => r.source)
    .join('|'),
  'i',
);

export function mayHaveFindings(text: string): boolean {
  return mayContainClarifai(text) && (CLIENT_IMPORT.test(text) || mayHaveClarifaiUrl(text) || hasSecretShapedToken(text));
}
