// The Clarifai status codes the emulator answers with, and the HTTP status each one gets on the REST API.
// Codes and descriptions: the status-code table of the docs (reference §6); 22102 and 11100 come from
// proto/clarifai/api/status/status_code.proto in clarifai-nodejs-grpc, their descriptions are derived from the enum names.

export interface ClarifaiStatus {
  code: number;
  description: string;
  details?: string;
}

/** A Clarifai status and the HTTP status the REST API sends it with (gRPC always answers OK and carries only the former). */
export interface Outcome {
  http: number;
  status: ClarifaiStatus;
}

// HTTP statuses: 200 on success; 401 for every authentication or authorization failure (the API rejects the credential
// before it looks for the resource); 404 when the resource or route does not exist; 400 for a request it cannot read.
const outcome = (http: number, code: number, description: string) => (details?: string): Outcome => ({
  http,
  status: details === undefined ? { code, description } : { code, description, details },
});

export const SUCCESS = outcome(200, 10000, 'Ok');
export const MALFORMED_AUTHORIZATION = (): Outcome =>
  outcome(401, 11102, 'Invalid request')('Empty or malformed authorization header. Please provide an API key or session token.');
export const KEY_INVALID = outcome(401, 11008, 'Invalid API key or Invalid API key/application pair');
export const KEY_NOT_FOUND = outcome(401, 11009, 'API key not found');
export const BAD_REQUEST_FORMAT = outcome(400, 11100, 'Bad request format');
export const INVALID_REQUEST = outcome(400, 11102, 'Invalid request');
export const RESOURCE_DOES_NOT_EXIST = outcome(404, 11101, 'Resource does not exist');
export const MODEL_DOES_NOT_EXIST = outcome(404, 21200, 'Model does not exist');
export const WORKFLOW_DOES_NOT_EXIST = outcome(404, 22102, 'Workflow does not exist');
