// hardcoded-credential: a Clarifai key or PAT written into source, comments and notebook cells included.
import type { FileModel, FixIntent, SecretLiteral } from '../model';
import type { Rule, RuleFinding } from './rule';

export const hardcodedCredential: Rule = {
  meta: {
    id: 'hardcoded-credential',
    defaultSeverity: 'warning',
    title: 'Clarifai credential written into source',
    description:
      'A Clarifai API key or PAT in source code (or a comment, or a notebook cell) is readable by anyone who can read the file, its history or a bundle built from it; a PAT opens the whole account. Read it from an environment variable such as CLARIFAI_PAT instead, and revoke a key that was committed.',
  },
  check(model) {
    return secretsOf(model).map(finding);
  },
};

/** Every secret literal once: those reaching a call's credential and those found elsewhere. */
function secretsOf(model: FileModel): SecretLiteral[] {
  const seen = new Set<string>();
  const all: SecretLiteral[] = [];
  const add = (secret: SecretLiteral) => {
    const key = `${secret.span.start}:${secret.span.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    all.push(secret);
  };
  // Secrets found by name first: a credential passed straight into a call has no name of its own.
  model.secrets.forEach(add);
  for (const site of model.callSites) {
    // A key sent to the caller's own app stays an API key; anything else needs a PAT.
    const kind = site.credential.kind === 'api-key' && site.target.ownership === 'own-app' ? 'api-key' : 'pat';
    for (const secret of site.credential.literals) add({ ...secret, context: 'argument', name: site.credential.name, kind });
  }
  return all.sort((a, b) => a.span.start - b.span.start);
}

function finding(secret: SecretLiteral): RuleFinding {
  const where = secret.context === 'comment' ? 'into a comment' : secret.name ? `into the source as \`${secret.name}\`` : 'into the source here';
  const envName = secret.kind === 'api-key' ? 'CLARIFAI_API_KEY' : 'CLARIFAI_PAT';
  const fix: { title: string; intent: FixIntent } = secret.fallbackOf
    ? { title: `Drop the written-in default of ${secret.fallbackOf.envName}`, intent: { kind: 'drop-default', ...secret.fallbackOf } }
    : secret.context === 'comment' || !secret.literal
      ? { title: 'Remove the credential from the comment', intent: { kind: 'redact', secret: secret.span } }
      : { title: `Read it from ${envName} instead`, intent: { kind: 'read-env', secret, envName } };
  return {
    span: secret.span,
    message: `A Clarifai credential is written ${where}, so anyone who can read this file can use it; read it from an environment variable such as ${envName} instead, and revoke the exposed key.`,
    fixes: [fix],
  };
}
