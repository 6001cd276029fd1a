// What the emulator knows about: the public clarifai/main models and workflows named in old code (reference §4), and one
// private model in the app that the emulator's API key belongs to. Outputs are fixed, shaped like Clarifai's.

export interface AppId {
  user_id: string;
  app_id: string;
}

export interface Concept {
  id: string;
  name: string;
  value: number;
  app_id: string;
}

export interface Region {
  id: string;
  value: number;
  region_info: { bounding_box: { top_row: number; left_col: number; bottom_row: number; right_col: number } };
  data: { concepts: Concept[] };
}

/** The `data` of one prediction: concepts for a classifier, regions for a detector. */
export type PredictionData = { concepts: Concept[] } | { regions: Region[] };

export interface Model {
  /** The human-readable id the API reports. */
  id: string;
  /** Legacy hex ids that still address the same model (reference §1.4, §4.1). */
  legacyIds: readonly string[];
  name: string;
  /** Known version ids, the latest first. */
  versions: readonly string[];
  data: PredictionData;
}

export interface Workflow {
  id: string;
  /** The models of the workflow's nodes, in order: one output each. */
  models: readonly Model[];
}

export interface App {
  id: AppId;
  models: readonly Model[];
  workflows: readonly Workflow[];
}

export const MAIN: AppId = { user_id: 'clarifai', app_id: 'main' };

const concepts = (appId: string, entries: ReadonlyArray<readonly [string, string, number]>): Concept[] =>
  entries.map(([id, name, value]) => ({ id, name, value, app_id: appId }));

const face = (id: string, value: number, box: Region['region_info']['bounding_box']): Region => ({
  id,
  value,
  region_info: { bounding_box: box },
  data: { concepts: concepts(MAIN.app_id, [['ai_b1b1b1b1', 'face', value]]) },
});

export const GENERAL: Model = {
  id: 'general-image-recognition',
  legacyIds: ['aaa03c23b3724a16a56b629203edc62c'],
  name: 'general',
  versions: ['aa7f35c01e0642fda5cf400f543e7c40', 'aa9ca48295b37401f8af92ad1af0d91d'],
  data: {
    concepts: concepts(MAIN.app_id, [
      ['ai_HLmqFqBf', 'train', 0.9996],
      ['ai_fvlBqXZR', 'railway', 0.9992],
      ['ai_Xxjc3MhT', 'subway system', 0.9983],
      ['ai_6kTjGfF6', 'station', 0.998],
      ['ai_RRXLczch', 'locomotive', 0.9973],
      ['ai_VRmbGVWh', 'transportation system', 0.9969],
      ['ai_SHNDcmJ3', 'travel', 0.9887],
    ]),
  },
};

export const FACE_DETECTION: Model = {
  id: 'face-detection',
  // The 2.9.1 npm client's FACE_DETECT_MODEL and the id that replaced it in 2020.
  legacyIds: ['a403429f2ddf4b49b307e318f00e528b', '53e1df302c079b3db8a0a36033ed2d15'],
  name: 'Face',
  versions: ['6dc7e46bc9124c5c8824be4822abe105'],
  data: {
    regions: [
      face('f0a1c2e3d4b5a6978877665544332211', 0.9991, { top_row: 0.1871, left_col: 0.3512, bottom_row: 0.4395, right_col: 0.5108 }),
      face('0f1e2d3c4b5a69788796a5b4c3d2e1f0', 0.9874, { top_row: 0.2204, left_col: 0.6113, bottom_row: 0.4281, right_col: 0.7436 }),
    ],
  },
};

export const FOOD: Model = {
  id: 'food-item-recognition',
  legacyIds: ['bd367be194cf45149e75f01d59f77ba7'],
  name: 'food-items-v1.0',
  versions: ['1d5fd481e0cf4826aa72ec3ff049e044', 'dfebc169854e429086aceb8368662641'],
  data: {
    concepts: concepts(MAIN.app_id, [
      ['ai_dtQ6Wjh7', 'pizza', 0.9978],
      ['ai_CB8hSxTT', 'cheese', 0.9812],
      ['ai_rTDpgWcD', 'tomato', 0.9345],
    ]),
  },
};

export const NSFW: Model = {
  id: 'nsfw-recognition',
  legacyIds: ['e9576d86d2004ed1a38ba0cf39ecb4b1'],
  name: 'nsfw-v1.0',
  versions: ['aa47919c9a8d4d94bfa283121281bcc4'],
  data: { concepts: concepts(MAIN.app_id, [['ai_RT20lm2Q', 'sfw', 0.9862], ['ai_KxzHKtPl', 'nsfw', 0.0138]]) },
};

/** A model inside a workflow only: public workflows return its outputs, but it is not addressable here. */
const workflowNode = (id: string, entries: ReadonlyArray<readonly [string, string, number]>): Model => ({
  id,
  legacyIds: [],
  name: id,
  versions: [],
  data: { concepts: concepts(MAIN.app_id, entries) },
});

export const PUBLIC: App = {
  id: MAIN,
  models: [GENERAL, FACE_DETECTION, FOOD, NSFW],
  workflows: [
    { id: 'General', models: [GENERAL] },
    {
      id: 'Face-Sentiment',
      models: [FACE_DETECTION, workflowNode('face-sentiment-recognition', [['ai_hPzZ4Jzt', 'happiness', 0.9123], ['ai_Gx8Vtb2D', 'neutral', 0.0641]])],
    },
    {
      id: 'Demographics',
      models: [
        FACE_DETECTION,
        workflowNode('age-demographics-recognition', [['ai_c2Rq5jNb', '30-39', 0.5611], ['ai_pWfmk1Q9', '20-29', 0.3237]]),
        workflowNode('gender-demographics-recognition', [['ai_Z4ZxwN8q', 'feminine', 0.8734], ['ai_xh8B2Zb5', 'masculine', 0.1266]]),
      ],
    },
  ],
};

/** The app the emulator's API key belongs to, with a model of its own. */
export function ownApp(id: AppId): App {
  const custom: Model = {
    id: 'my-custom-classifier',
    legacyIds: [],
    name: 'my-custom-classifier',
    versions: ['5f2a6b2e9c8d4e7fa1b3c5d7e9f0a2b4'],
    data: { concepts: concepts(id.app_id, [['my-dog', 'my-dog', 0.9712], ['my-cat', 'my-cat', 0.1204]]) },
  };
  return { id, models: [custom], workflows: [] };
}

export function findModel(app: App, id: string): Model | undefined {
  return app.models.find((model) => model.id === id || model.legacyIds.includes(id));
}

export function findWorkflow(app: App, id: string): Workflow | undefined {
  return app.workflows.find((workflow) => workflow.id === id);
}
