// hardcoded-credential: a Clarifai key or PAT written into source, comments and notebook cells included.
import type { FileModel, SecretLiteral, Span } from '../model';
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
    for (const span of site.credential.literals) add({ span, context: 'argument', name: site.credential.name });
  }
  return all.sort((a, b) => a.span.start - b.span.start);
}

function finding(secret: SecretLiteral): RuleFinding {
  const where = secret.context === 'comment' ? 'into a comment' : secret.name ? `into the source as \`${secret.name}\`` : 'into the source here';
  return {
    span: secret.span satisfies Span,
    message: `A Clarifai credential is written ${where}, so anyone who can read this file can use it; read it from an environment variable such as CLARIFAI_PAT instead, and revoke the exposed key.`,
  };
}
