// The public models and workflows of user `clarifai` / app `main`, and other owners' public apps, as old code names them.

export interface PublicModel {
  id: string;
  /** A human name for messages. */
  name: string;
  /** The id Clarifai names the model by today, for a legacy hex id that has one (the hex id still works). */
  current?: string;
  /** Set when a PAT cannot save the call: the model is gone. */
  retired?: string;
}

const DECOMMISSIONED_2025 = 'was decommissioned on 31 December 2025';

// Legacy hex ids (the clients' constants) and the human-readable ids that replaced them in 2022.
const MODELS: readonly PublicModel[] = [
  { id: 'aaa03c23b3724a16a56b629203edc62c', name: 'General', current: 'general-image-recognition' },
  { id: 'bd367be194cf45149e75f01d59f77ba7', name: 'Food', current: 'food-item-recognition' },
  { id: 'eee28c313d69466f836ab83287a54ed9', name: 'Travel' },
  { id: 'e9576d86d2004ed1a38ba0cf39ecb4b1', name: 'NSFW', current: 'nsfw-recognition' },
  { id: 'c386b7a870114f4a87477c0824499348', name: 'Wedding' },
  { id: 'eeed0b6733a644cea07cf4c60f87ebb7', name: 'Color', current: 'color-recognition' },
  { id: 'e0be3b9d6a454f0493ac3a30784001ff', name: 'Apparel', current: 'apparel-recognition' },
  { id: 'd16f390eb32cad478c7ae150069bd2c6', name: 'Moderation', current: 'moderation-recognition' },
  { id: 'c443119bf2ed4da98487520d01a0b1e3', name: 'Logo' },
  { id: 'e466caa0619f444ab97497640cefc4dc', name: 'Celebrity', current: 'celebrity-face-recognition' },
  { id: 'c0c0ac362b03416da06ab3fa36fb58e3', name: 'Demographics', retired: 'was retired in October 2020 (use the Demographics workflow)' },
  { id: 'bbb5f41425b8468d9b7a554ff10f8581', name: 'General embedding', current: 'general-image-embedding' },
  { id: 'fbefb47f9fdb410e8ce14f24f54b47ff', name: 'Textures & patterns', current: 'texture-recognition' },
  { id: 'bec14810deb94c40a05f1f0eb3c91403', name: 'Landscape quality' },
  { id: 'de9bd05cfdbf4534af151beb2a5d0953', name: 'Portrait quality' },
  { id: 'cccbe437d6e54e2bb911c6aa292fb072', name: 'Cluster' },
  { id: 'a403429f2ddf4b49b307e318f00e528b', name: 'Face detection', current: 'face-detection' },
  { id: '53e1df302c079b3db8a0a36033ed2d15', name: 'Face detection', current: 'face-detection' },
  { id: 'd02b4508df58432fbb84e800597b8959', name: 'Face embedding' },
  { id: 'e15d0f873e66047e579f90cf82c9882z', name: 'Face embedding' },
  { id: 'f76196b43bbd45c99b4f3cd8e8b40a8a', name: 'Face' },
  { id: 'c2cf7cecd8a6427da375b9f35fcd2381', name: 'Focus', retired: 'was removed in 2020' },
  { id: 'ddd9d34872ab32be9f0e3b2b98a87be2', name: 'Blur', retired: 'was removed in 2017' },
  { id: '006764f775d210080d295e6ea1445f93', name: 'Logo v2' },
  { id: '23aa4f9c9767a2fd61e63c55a73790ad', name: 'People detection' },
  { id: '86039c857a206810679f7f72b82fff54', name: 'Image caption' },
  { id: '6a3dc529acf3f720a629cdc8c6ad41a9', name: 'Subject segmentation' },
  { id: 'dc09ac965f64826410fbd8fea603abe6', name: 'PaddleOCR' },
  { id: '6bfff3d825ad4fc790713b0fb593fc68', name: 'Multimodal CLIP embedding' },
  { id: 'general-image-recognition', name: 'General' },
  { id: 'general-image-detection', name: 'General detection' },
  { id: 'image-general-segmentation', name: 'General segmentation' },
  { id: 'general-image-embedding', name: 'General embedding' },
  { id: 'face-detection', name: 'Face detection' },
  { id: 'food-item-recognition', name: 'Food' },
  { id: 'apparel-detection', name: 'Apparel detection' },
  { id: 'nsfw-recognition', name: 'NSFW' },
  { id: 'celebrity-face-recognition', name: 'Celebrity' },
  { id: 'apparel-recognition', name: 'Apparel' },
  { id: 'color-recognition', name: 'Color' },
  { id: 'moderation-recognition', name: 'Moderation' },
  { id: 'texture-recognition', name: 'Textures' },
  { id: 'celebrity-face-detection', name: 'Celebrity face detection', retired: DECOMMISSIONED_2025 },
  { id: 'travel-recognition', name: 'Travel', retired: DECOMMISSIONED_2025 },
  { id: 'apparel-classification-v2', name: 'Apparel classification', retired: DECOMMISSIONED_2025 },
  { id: 'general-image-recognition-vit', name: 'General (ViT)', retired: DECOMMISSIONED_2025 },
  { id: 'general-english-image-caption-clip', name: 'Image caption (CLIP)', retired: DECOMMISSIONED_2025 },
  { id: 'moderation-english-text-classification', name: 'Text moderation', retired: DECOMMISSIONED_2025 },
  { id: 'nougat-base', name: 'Nougat', retired: DECOMMISSIONED_2025 },
  { id: 'ocr-scene-english-paddleocr', name: 'Scene OCR', retired: DECOMMISSIONED_2025 },
];

const MODEL_BY_ID = new Map(MODELS.map((m) => [m.id, m]));

/** The other decommissioned scene-OCR models follow one naming pattern. */
const DECOMMISSIONED_OCR = /^ocr-scene-[a-z-]+-paddleocr$/;

/** The id a rewritten call should name a model by: its current id, or the id it was given. */
export function currentModelId(id: string): string {
  return MODEL_BY_ID.get(id)?.current ?? id;
}

export function publicMainModel(id: string): PublicModel | undefined {
  const known = MODEL_BY_ID.get(id);
  if (known) return known;
  if (DECOMMISSIONED_OCR.test(id)) return { id, name: 'Scene OCR', retired: DECOMMISSIONED_2025 };
  return undefined;
}

const WORKFLOWS = new Set(['General', 'Face-Sentiment', 'Demographics', 'asr-sentiment']);

export function isPublicMainWorkflow(id: string): boolean {
  return WORKFLOWS.has(id);
}

/** The deprecated `clarifai` npm client's model constants (release 2.9.1). */
export const JS_LEGACY_MODEL_CONSTANTS: Readonly<Record<string, string>> = {
  GENERAL_MODEL: 'aaa03c23b3724a16a56b629203edc62c',
  FOOD_MODEL: 'bd367be194cf45149e75f01d59f77ba7',
  TRAVEL_MODEL: 'eee28c313d69466f836ab83287a54ed9',
  NSFW_MODEL: 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  WEDDINGS_MODEL: 'c386b7a870114f4a87477c0824499348',
  WEDDING_MODEL: 'c386b7a870114f4a87477c0824499348',
  COLOR_MODEL: 'eeed0b6733a644cea07cf4c60f87ebb7',
  APPAREL_MODEL: 'e0be3b9d6a454f0493ac3a30784001ff',
  MODERATION_MODEL: 'd16f390eb32cad478c7ae150069bd2c6',
  LOGO_MODEL: 'c443119bf2ed4da98487520d01a0b1e3',
  CELEBRITY_MODEL: 'e466caa0619f444ab97497640cefc4dc',
  DEMOGRAPHICS_MODEL: 'c0c0ac362b03416da06ab3fa36fb58e3',
  GENERAL_EMBED_MODEL: 'bbb5f41425b8468d9b7a554ff10f8581',
  TEXTURES_AND_PATTERNS: 'fbefb47f9fdb410e8ce14f24f54b47ff',
  LANDSCAPE_QUALITY: 'bec14810deb94c40a05f1f0eb3c91403',
  PORTRAIT_QUALITY: 'de9bd05cfdbf4534af151beb2a5d0953',
  CLUSTER_MODEL: 'cccbe437d6e54e2bb911c6aa292fb072',
  FACE_DETECT_MODEL: 'a403429f2ddf4b49b307e318f00e528b',
  FACE_EMBED_MODEL: 'd02b4508df58432fbb84e800597b8959',
  FOCUS_MODEL: 'c2cf7cecd8a6427da375b9f35fcd2381',
};

/** The legacy Python client's `app.public_models.<attribute>` (release 2.6.2). */
export const PY_LEGACY_PUBLIC_MODELS: Readonly<Record<string, string>> = {
  general_model: 'aaa03c23b3724a16a56b629203edc62c',
  food_model: 'bd367be194cf45149e75f01d59f77ba7',
  travel_model: 'eee28c313d69466f836ab83287a54ed9',
  nsfw_model: 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  wedding_model: 'c386b7a870114f4a87477c0824499348',
  color_model: 'eeed0b6733a644cea07cf4c60f87ebb7',
  apparel_model: 'e0be3b9d6a454f0493ac3a30784001ff',
  moderation_model: 'd16f390eb32cad478c7ae150069bd2c6',
  logo_model: 'c443119bf2ed4da98487520d01a0b1e3',
  celebrity_model: 'e466caa0619f444ab97497640cefc4dc',
  demographics_model: 'c0c0ac362b03416da06ab3fa36fb58e3',
  general_embedding_model: 'bbb5f41425b8468d9b7a554ff10f8581',
  textures_and_patterns_model: 'fbefb47f9fdb410e8ce14f24f54b47ff',
  landscape_quality_model: 'bec14810deb94c40a05f1f0eb3c91403',
  portrait_quality_model: 'de9bd05cfdbf4534af151beb2a5d0953',
  face_detection_model: 'a403429f2ddf4b49b307e318f00e528b',
  face_embedding_model: 'd02b4508df58432fbb84e800597b8959',
  focus_model: 'c2cf7cecd8a6427da375b9f35fcd2381',
};

/** The Ruby `clarification` gem's `Clarification::PUBLIC_MODELS`, by the symbols it is configured with. */
export const RUBY_CLARIFICATION_MODELS: Readonly<Record<string, string>> = {
  apparel: 'e0be3b9d6a454f0493ac3a30784001ff',
  celebrity: 'e466caa0619f444ab97497640cefc4dc',
  color: 'eeed0b6733a644cea07cf4c60f87ebb7',
  demographics: 'c0c0ac362b03416da06ab3fa36fb58e3',
  face_detection: 'a403429f2ddf4b49b307e318f00e528b',
  face_embedding: 'd02b4508df58432fbb84e800597b8959',
  focus: 'c2cf7cecd8a6427da375b9f35fcd2381',
  food: 'bd367be194cf45149e75f01d59f77ba7',
  general: 'aaa03c23b3724a16a56b629203edc62c',
  general_embedding: 'bbb5f41425b8468d9b7a554ff10f8581',
  logo: 'c443119bf2ed4da98487520d01a0b1e3',
  moderation: 'd16f390eb32cad478c7ae150069bd2c6',
  nsfw: 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  travel: 'eee28c313d69466f836ab83287a54ed9',
  wedding: 'c386b7a870114f4a87477c0824499348',
};

/**
 * The public models of the deprecated Java, C# and PHP clients, by accessor: Java `getDefaultModels().generalModel()`,
 * C# `PublicModels.GeneralModel`, PHP `publicModels()->generalModel()` (face models as of their last releases).
 */
const LEGACY_MODEL_ACCESSORS: Readonly<Record<string, string>> = {
  generalModel: 'aaa03c23b3724a16a56b629203edc62c',
  foodModel: 'bd367be194cf45149e75f01d59f77ba7',
  travelModel: 'eee28c313d69466f836ab83287a54ed9',
  nsfwModel: 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  weddingModel: 'c386b7a870114f4a87477c0824499348',
  colorModel: 'eeed0b6733a644cea07cf4c60f87ebb7',
  apparelModel: 'e0be3b9d6a454f0493ac3a30784001ff',
  moderationModel: 'd16f390eb32cad478c7ae150069bd2c6',
  logoModel: 'c443119bf2ed4da98487520d01a0b1e3',
  celebrityModel: 'e466caa0619f444ab97497640cefc4dc',
  demographicsModel: 'c0c0ac362b03416da06ab3fa36fb58e3',
  generalEmbeddingModel: 'bbb5f41425b8468d9b7a554ff10f8581',
  texturesAndPatternsModel: 'fbefb47f9fdb410e8ce14f24f54b47ff',
  landscapeQualityModel: 'bec14810deb94c40a05f1f0eb3c91403',
  portraitQualityModel: 'de9bd05cfdbf4534af151beb2a5d0953',
  faceDetectionModel: '53e1df302c079b3db8a0a36033ed2d15',
  faceEmbeddingModel: 'e15d0f873e66047e579f90cf82c9882z',
  focusModel: 'c2cf7cecd8a6427da375b9f35fcd2381',
  // The video variants predict with the same models.
  generalVideoModel: 'aaa03c23b3724a16a56b629203edc62c',
  foodVideoModel: 'bd367be194cf45149e75f01d59f77ba7',
  travelVideoModel: 'eee28c313d69466f836ab83287a54ed9',
  nsfwVideoModel: 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  weddingVideoModel: 'c386b7a870114f4a87477c0824499348',
  apparelVideoModel: 'e0be3b9d6a454f0493ac3a30784001ff',
};

/** The model id behind a deprecated client's public-model accessor, in any case of its first letter (`GeneralModel`). */
export function legacyAccessorModel(accessor: string): string | undefined {
  const key = accessor.charAt(0).toLowerCase() + accessor.slice(1);
  return Object.hasOwn(LEGACY_MODEL_ACCESSORS, key) ? LEGACY_MODEL_ACCESSORS[key] : undefined;
}

/** Model *names* the legacy clients looked up (`app.models.get('general-v1.3')`); only meaningful in those lookups. */
const LEGACY_MODEL_NAMES: Readonly<Record<string, string>> = {
  'general-v1.3': 'aaa03c23b3724a16a56b629203edc62c',
  'travel-v1.0': 'eee28c313d69466f836ab83287a54ed9',
  'food-items-v1.0': 'bd367be194cf45149e75f01d59f77ba7',
  'nsfw-v1.0': 'e9576d86d2004ed1a38ba0cf39ecb4b1',
  'weddings-v1.0': 'c386b7a870114f4a87477c0824499348',
  apparel: 'e0be3b9d6a454f0493ac3a30784001ff',
  'celeb-v1.3': 'e466caa0619f444ab97497640cefc4dc',
  demographics: 'c0c0ac362b03416da06ab3fa36fb58e3',
  'age-gender-ethnicity': 'c0c0ac362b03416da06ab3fa36fb58e3',
  face: 'a403429f2ddf4b49b307e318f00e528b',
  'face-v1.3': 'a403429f2ddf4b49b307e318f00e528b',
  'face-v3.1-cluster': '53e1df302c079b3db8a0a36033ed2d15',
  focus: 'c2cf7cecd8a6427da375b9f35fcd2381',
  logo: 'c443119bf2ed4da98487520d01a0b1e3',
  'logo-v0.4': 'c443119bf2ed4da98487520d01a0b1e3',
  color: 'eeed0b6733a644cea07cf4c60f87ebb7',
  moderation: 'd16f390eb32cad478c7ae150069bd2c6',
  'textures-patterns': 'fbefb47f9fdb410e8ce14f24f54b47ff',
  'landscape-quality': 'bec14810deb94c40a05f1f0eb3c91403',
  'portrait-quality': 'de9bd05cfdbf4534af151beb2a5d0953',
};

/** A public model named by its legacy name or by its id, for clients that look models up either way. */
export function publicMainModelByNameOrId(nameOrId: string): PublicModel | undefined {
  const id = LEGACY_MODEL_NAMES[nameOrId];
  return id ? { ...publicMainModel(id)!, id } : publicMainModel(nameOrId);
}

/** Users whose apps hold public models (openai/chat-completion, salesforce/blip, …): not the caller's own. */
const PUBLIC_OWNERS = new Set([
  'meituan',
  'wongkinyiu',
  'facebook',
  'paddlepaddle',
  'hcs',
  'textgen',
  'nlptownres',
  'salesforce',
  'cohere',
  'openai',
  'anthropic',
  'meta',
  'mistralai',
  'gcp',
  'qwen',
  'deepseek-ai',
  'xai',
  'stability-ai',
]);

export function isPublicOwner(userId: string): boolean {
  return PUBLIC_OWNERS.has(userId);
}

export const MAIN_USER_ID = 'clarifai';
export const MAIN_APP_ID = 'main';
