// bot.js of a 2018 Telegram bot: the app's API key written into the source.
const Clarifai = require('clarifai');
const TelegramBot = require('node-telegram-bot-api');
const PAT = process.env.CLARIFAI_PAT;

/**
 * Runs a public Clarifai model or workflow (clarifai/main) with a PAT and resolves with the response, as the
 * `clarifai` client's app.models.predict and app.workflow.predict did.
 */
async function clarifaiPredict(kind, id, inputs, versionId) {
  const path = kind === 'models' ? `models/${versionId ? `${id}/versions/${versionId}` : id}/outputs` : `workflows/${id}/results`;
  // A string is a URL or base64 data; an object ({ url }, { base64 }, with an optional id) is used as it is.
  const toInput = (input) => {
    const { id: inputId, ...image } = typeof input === 'string' ? (/^https?:\/\//.test(input) ? { url: input } : { base64: input }) : input;
    return inputId ? { id: inputId, data: { image } } : { data: { image } };
  };
  const response = await fetch(`https://api.clarifai.com/v2/users/clarifai/apps/main/${path}`, {
    method: 'POST',
    headers: { Authorization: `Key ${PAT}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ inputs: (Array.isArray(inputs) ? inputs : [inputs]).map(toInput) }),
  });
  const data = await response.json();
  if (!response.ok || data.status?.code !== 10000) throw Object.assign(new Error(data.status?.description ?? response.statusText), { data });
  return { ...data, rawData: data };
}

const bot = new TelegramBot(process.env.TELEGRAM_TOKEN, { polling: true });

const app = new Clarifai.App({
  apiKey: process.env.CLARIFAI_API_KEY, // expect: hardcoded-credential
});

bot.on('photo', async (msg) => {
  const file = await bot.getFileLink(msg.photo[msg.photo.length - 1].file_id);
  const response = await clarifaiPredict('models', 'general-image-recognition', file); // expect: api-key-public-resource
  const tags = response.outputs[0].data.concepts.slice(0, 5).map((c) => c.name);
  // The same key reaches this call too; it is reported once, where it is written.
  const food = await clarifaiPredict('models', 'food-item-recognition', file); // expect: api-key-public-resource
  bot.sendMessage(msg.chat.id, [...tags, ...food.outputs[0].data.concepts.map((c) => c.name)].join(', '));
});

// A second app for the moderation channel, its key kept in a const with a plain name.
const KEY = process.env.CLARIFAI_PAT; // expect: hardcoded-credential
const moderationApp = new Clarifai.App({ apiKey: KEY });

bot.on('sticker', async (msg) => {
  const file = await bot.getFileLink(msg.sticker.file_id);
  const verdict = await clarifaiPredict('models', 'nsfw-recognition', file); // expect: api-key-public-resource
  if (verdict.outputs[0].data.concepts[0].name === 'nsfw') bot.deleteMessage(msg.chat.id, msg.message_id);
});
