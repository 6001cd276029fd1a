import assert from 'node:assert/strict';
import { it } from 'node:test';
import { redact } from '../../client/src/redact';

it('redacts Key and Bearer values and credential-shaped tokens, and leaves prose alone', () => {
  const line = '{"headers":{"Authorization":"Key 5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48"}} PAT = "d41c7a9e3b5f4e26a8c0917b5e2f3d6c" Bearer abc.def-123456';
  const out = redact(line);
  assert.ok(!out.includes('5f3c9e1a7b2d4c8e9f0a1b6d3e7c2f48') && !out.includes('d41c7a9e3b5f4e26a8c0917b5e2f3d6c') && !out.includes('abc.def-123456'), out);
  assert.match(out, /Key <redacted>/);
  assert.equal(redact('Key not found for model general-image-recognition'), 'Key not found for model general-image-recognition');
});
