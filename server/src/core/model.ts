// The one model of a Clarifai call site that every language detector fills in and every rule reads.

/** A half-open range of UTF-16 offsets into the analysed text. */
export interface Span {
  start: number;
  end: number;
}

/** Which client library (or raw protocol) a call goes through. */
export type ClientFlavor =
  | 'python-grpc'
  | 'python-legacy'
  | 'python-sdk'
  | 'python-http'
  | 'js-legacy'
  | 'js-grpc'
  | 'js-sdk'
  | 'js-http'
  | 'shell-curl'
  | 'ruby-http'
  | 'ruby-gem'
  | 'go-grpc'
  | 'go-http'
  | 'php-grpc'
  | 'php-legacy'
  | 'php-http'
  | 'swift-http'
  | 'swift-legacy'
  | 'csharp-grpc'
  | 'csharp-legacy'
  | 'csharp-http'
  | 'java-grpc'
  | 'java-legacy'
  | 'java-http'
  | 'kotlin-grpc'
  | 'kotlin-legacy'
  | 'kotlin-http';

export type CredentialKind = 'api-key' | 'pat' | 'unknown';

/** Where the credential's value comes from. */
export type CredentialSource =
  | 'literal' // written into the source
  | 'env' // read from an environment variable
  | 'variable' // a binding we could not follow further (imported, computed)
  | 'parameter' // a function parameter
  | 'config' // an attribute of a settings or config object
  | 'client-default' // the client reads it by itself (ClarifaiApp(), the SDK's CLARIFAI_PAT)
  | 'none'; // no credential is sent at all

/** Why a credential is believed to be an app API key or a PAT. */
export type CredentialEvidence =
  | 'slot' // the client only accepts that kind in this position (legacy clients take API keys)
  | 'name' // the variable or environment variable is named like one
  | 'mixed' // names disagree (`PAT = os.getenv("CLARIFAI_API_KEY")`): it may be an API key
  | 'none';

export interface Credential {
  kind: CredentialKind;
  source: CredentialSource;
  evidence: CredentialEvidence;
  /** The name a reader knows it by: the variable at the call, or the environment variable. Never the value. */
  name?: string;
  /** The environment variable it is read from, when known. */
  envName?: string;
  /** The credential expression at the call (what a fix replaces). */
  span?: Span;
  /** Literal secrets that reach this credential (a hard-coded key, or a literal fallback). */
  literals: WrittenSecret[];
}

export type ResourceKind = 'model' | 'workflow' | 'other';

/** Who owns the target, as far as the file tells. */
export type Ownership =
  | 'clarifai-main' // a public model or workflow of user clarifai, app main
  | 'public-other' // a public resource of another known owner (openai/chat-completion, …)
  | 'own-app' // a resource of the caller's own app
  | 'runtime'; // the id (or the owner) is only known when the program runs

export interface Target {
  resource: ResourceKind;
  /** The model or workflow id as resolved; undefined when only known at run time. */
  id?: string;
  versionId?: string;
  /** How the code names it, for messages: `Clarifai.GENERAL_MODEL`, `public_models.general_model`, … */
  label: string;
  ownership: Ownership;
  /** Owner ids of a `public-other` resource, or of an explicit owner in a URL. */
  owner?: { userId: string; appId: string };
  /** The model was decommissioned: a PAT will not bring it back. */
  decommissioned?: string;
  /** When ownership is runtime: the name of what decides it. */
  runtimeName?: string;
  span?: Span;
}

/** One side of the user_app_id pair, as resolved. */
export interface IdValue {
  /** The literal id when known. */
  value?: string;
  /** How it is known when not literal: environment variable, parameter, expression text. */
  runtime?: { source: 'env' | 'parameter' | 'variable'; name: string };
  /** Where a literal id is written (quotes included), and the bindings followed to reach it. */
  written?: { span: Span; via: readonly string[] };
}

export type UserAppIdState = 'absent' | 'clarifai-main' | 'other' | 'runtime';

export interface UserAppId {
  state: UserAppIdState;
  userId?: IdValue;
  appId?: IdValue;
  /** Where it is written (the UserAppIDSet, the object, the URL path segment pair). */
  span?: Span;
}

/**
 * Where a value a call uses is written: at the call, where it is defined, and the bindings in between. A fix edits
 * the definition only when nothing else uses those bindings; otherwise it writes a new value at the call.
 */
export interface Reach {
  /** The expression as written at the call (an argument, a field of the request). */
  at: Span;
  /** The expression that defines the value; the same as `at` when it is written inline. */
  definition: Span;
  /** Binding names followed from `at` to `definition`, nearest first. */
  via: readonly string[];
}

/** Places in the text a fix would edit; filled in by detectors as far as they can. */
export interface FixPlaces {
  /** The credential expression (header value, metadata tuple value, constructor argument). */
  credential?: Span;
  /** An existing user_app_id (or owner part of a URL) to replace. */
  userAppId?: Span;
  /** The request, options object or argument list a missing user_app_id would be added to. */
  container?: Span;
  /** The URL literal or expression of a REST call. */
  url?: Span;
  /** The constructor of the client whose configuration a fix edits. */
  client?: Span;
  /** The argument that carries the credential: gRPC metadata, a headers argument. */
  carrier?: Reach;
  /** The `Key …` authorization value; `via` includes the carrier's bindings. */
  header?: Reach;
  /** The header's name as the carrier spells it (`Authorization`, `authorization`). */
  headerName?: string;
  /**
   * For a REST call whose headers come from a session, an axios instance or axios defaults: where the call could
   * give its own headers, which win over those (a keyword argument, or a field of its config argument).
   */
  headerSlot?: HeaderSlot;
  /** The request message or object (its `definition` holds the fields). */
  request?: Reach;
  /** The user_app_id value given to the request. */
  ids?: Reach;
  /** A REST call's URL. */
  address?: Reach;
  /** The call's own arguments as written: positional, then by keyword (a rewrite reuses them). */
  arguments?: { positional: readonly Span[]; named: Readonly<Record<string, Span>> };
  /**
   * The owner ids an SDK client is given one by one (`user_id=`/`app_id=`, `authConfig.userId`/`appId`): where
   * each value is written; `container` is where a missing one goes.
   */
  ownerFields?: { user?: Span; app?: Span };
  /**
   * The owner part of a REST or portal URL: where its ids are written, or, without them, the segment after `/v2`
   * that `users/…/apps/…/` would go before.
   */
  ownerInUrl?: { user?: OwnerSegment; app?: OwnerSegment; resource?: OwnerSegment };
  /**
   * A service method whose annotations describe the request (Retrofit's `@POST("v2/…")`, `@Headers(…)`): other calls
   * of it may need it as it is, so a fix gives this call a twin of the method.
   */
  serviceMethod?: ServiceMethod;
}

export interface ServiceMethod {
  /** The whole declaration (annotations included), its name, and its parameter list (parentheses included). */
  declaration: Span;
  name: Span;
  paramList: Span;
  /** Where this call names the method, and its argument list; absent for a method the file never calls. */
  calledAs?: { name: Span; args: Span };
  /** The literal of its HTTP annotation's path. */
  path?: Span;
  /**
   * A fixed `Authorization: …` line of its headers annotation: that value, and the whole annotation when the line is
   * its only one.
   */
  fixedHeader?: { line: Span; annotation?: Span };
}

export type HeaderSlot =
  /** Python: a `headers=` keyword added to the call's arguments. */
  | { form: 'keyword'; args: Span }
  /** axios: the config argument at `position` (a literal written at the call, or missing when `count` is less). */
  | { form: 'config'; args: Span; config?: Span; position: number; count: number };

/** Where an owner id of a URL path is written, and how a fix rewrites it. */
export interface OwnerSegment {
  span: Span;
  /**
   * `text`: characters inside the URL's literal; `literal`: a whole string literal the URL is built from (a
   * constant); `interpolation`: `${x}` or `{x}` inside the URL's template; `expression`: an operand of `+`.
   */
  form: 'text' | 'literal' | 'interpolation' | 'expression';
  /** Bindings between the URL and where the id is written. */
  via: readonly string[];
}

export interface CallSite {
  flavor: ClientFlavor;
  /** The API operation, e.g. `PostModelOutputs`, `POST /v2/models/{id}/outputs`, `models.predict`. */
  endpoint: string;
  /** What a reader sees as the call (`stub.PostModelOutputs`, `requests.post`, …). */
  callee: string;
  /** The span a diagnostic marks: the callee of the call. */
  span: Span;
  /** The whole call expression. */
  callSpan: Span;
  credential: Credential;
  target: Target;
  userAppId: UserAppId;
  places: FixPlaces;
  /**
   * A deprecated client that cannot name an owner: its name, and the maintained call such a call moves to. Where
   * the language has no drop-in rewrite, the message says this instead of offering an edit.
   */
  deprecatedClient?: { name: string; moveTo: string };
}

/** A credential written into the source, and the string literal that holds it (none in a comment). */
export interface WrittenSecret {
  /** The credential's own characters. */
  span: Span;
  /** The whole string literal, quotes included, when the credential is in one: what a fix rewrites. */
  literal?: Span;
  /** When the literal is the default of an environment read (`os.getenv("X", "…")`, `process.env.X || "…"`): that expression and X. */
  fallbackOf?: { expression: Span; envName: string };
  /**
   * The literal must stay a compile-time constant (a Java or Kotlin annotation argument reaches it): no environment
   * read can take its place.
   */
  constant?: boolean;
}

/** A credential-shaped literal written into the source outside a recognised call (or inside one). */
export interface SecretLiteral extends WrittenSecret {
  /** What makes it a Clarifai credential. */
  context: 'authorization-header' | 'argument' | 'assignment' | 'comment';
  /** The name it is assigned to or passed as, if any. */
  name?: string;
  /** What it is used as, when the file tells: decides the environment variable a fix reads. */
  kind?: CredentialKind;
}

/**
 * A change a rule asks for, in terms of the model; the language's fix builder turns it into text edits in the
 * file's own style.
 */
export type FixIntent =
  /** Replace the credential in a string literal with a read of an environment variable (`Key ` prefixes kept). */
  | { kind: 'read-env'; secret: WrittenSecret; envName: string }
  /** Replace an environment read that has a written-in default with the plain read. */
  | { kind: 'drop-default'; expression: Span; envName: string }
  /** Take a credential out of a comment. */
  | { kind: 'redact'; secret: Span }
  /**
   * Rewrite a call to reach a clarifai/main resource the way Clarifai now requires: user_app_id clarifai/main and,
   * when `pat` is set, a PAT read from the environment instead of the credential it sends.
   */
  | { kind: 'reach-main'; site: CallSite; pat: boolean };

/** Everything the rules read about one file. */
export interface FileModel {
  callSites: CallSite[];
  secrets: SecretLiteral[];
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const RULE_IDS = [
  'api-key-public-resource',
  'missing-owner-ids',
  'wrong-owner-ids',
  'workflow-api-key',
  'hardcoded-credential',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

export function isRuleId(id: string): id is RuleId {
  return (RULE_IDS as readonly string[]).includes(id);
}

/** An offset-based replacement. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface FixProposal {
  title: string;
  edits: TextEdit[];
  /**
   * Set when the fix takes a credential out of the source and reads it from this environment variable instead:
   * where the credential is written now, so that an editor can offer to keep the value somewhere safe.
   */
  removesCredential?: { span: Span; envName: string };
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  span: Span;
  message: string;
  fixes: FixProposal[];
  /** A suppression comment can go on the line above: false when the line starts inside a multi-line string. */
  lineComment: boolean;
}
