// Bodies of successful responses in Clarifai's shape. The same plain objects serve as REST JSON and as gRPC messages:
// the proto loader keeps the snake_case field names of the .proto files, as the REST API does.
import { randomBytes } from 'node:crypto';
import type { AppId, Model, Workflow } from './catalog';
import { SUCCESS, type ClarifaiStatus } from './status';

/** The parts of a request input the emulator looks at. */
export interface RequestInput {
  id?: string;
  data?: { image?: { url?: string } | null } | null;
}

const newId = () => randomBytes(16).toString('hex');

export const withRequestId = (status: ClarifaiStatus) => ({ ...status, req_id: newId() });

const OK = SUCCESS().status;

function echo(input: RequestInput) {
  const url = input.data?.image?.url;
  return { id: input.id || newId(), data: url ? { image: { url } } : {} };
}

function output(model: Model, version: string | undefined, owner: AppId, input: RequestInput) {
  return {
    id: newId(),
    status: OK,
    model: { id: model.id, name: model.name, app_id: owner.app_id, user_id: owner.user_id, model_version: { id: version ?? '' } },
    input: echo(input),
    data: model.data,
  };
}

export function modelOutputs(model: Model, version: string, owner: AppId, inputs: readonly RequestInput[]) {
  return { status: withRequestId(OK), outputs: inputs.map((input) => output(model, version, owner, input)) };
}

export function workflowResults(workflow: Workflow, owner: AppId, inputs: readonly RequestInput[]) {
  return {
    status: withRequestId(OK),
    workflow: { id: workflow.id, app_id: owner.app_id, user_id: owner.user_id },
    results: inputs.map((input) => ({
      id: newId(),
      status: OK,
      input: echo(input),
      outputs: workflow.models.map((model) => output(model, model.versions[0], owner, input)),
    })),
  };
}

export function singleModel(model: Model, version: string, owner: AppId) {
  const { data } = model;
  return {
    status: withRequestId(OK),
    model: {
      id: model.id,
      name: model.name,
      app_id: owner.app_id,
      user_id: owner.user_id,
      model_version: { id: version },
      output_info: 'concepts' in data ? { data: { concepts: data.concepts } } : {},
    },
  };
}
