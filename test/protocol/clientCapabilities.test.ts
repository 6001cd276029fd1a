// What the server sends depends on what the client said it supports: no workspace/configuration without
// `workspace.configuration`, no dynamic registration without `dynamicRegistration`, no
// workspace/diagnostic/refresh without `workspace.diagnostics.refreshSupport`; and a failed server-to-client request
// never takes the server down.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codes, VSCODE, withClient } from './client';
import { PYTHON } from './samples';

const uri = 'file:///workspace/capabilities/app.py';

describe('client capabilities', () => {
  test('without workspace.configuration the server uses the defaults and never asks', () =>
    withClient({ variant: { ...VSCODE, configuration: false }, settings: { enable: false } }, async (client) => {
      await client.open(uri, 'python', PYTHON);
      assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);
      await client.didChangeConfiguration({ enable: false });
      assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential', 'missing-owner-ids']);
      assert.deepEqual(client.configurationRequests, []);
    }));

  test('without dynamic registration support the server sends no client/registerCapability', () =>
    withClient({ variant: { ...VSCODE, dynamicRegistration: false } }, async (client) => {
      // Anything the server sends in reply to `initialized` arrives before the answer to a later request.
      await client.roundTrip();
      assert.deepEqual(client.registrations, []);
      assert.equal(client.exited, undefined);
    }));

  test('a pull client without refresh support: the server keeps running after a settings change', () =>
    withClient({ variant: { ...VSCODE, refreshSupport: false } }, async (client) => {
      await client.open(uri, 'python', PYTHON);
      assert.equal((await client.pull(uri)).length, 2);
      await client.didChangeConfiguration({ rules: { 'missing-owner-ids': 'off' } });
      // Two round trips: any refresh the server sent, and the client's answer to it, have been handled by then.
      await client.roundTrip();
      await client.roundTrip();
      assert.deepEqual(codes(await client.pull(uri)), ['hardcoded-credential']);
      assert.equal(client.exited, undefined, `the server is still running\n${client.stderr}`);
    }));

  test('a pull client without refresh support is sent no workspace/diagnostic/refresh', () =>
    withClient({ variant: { ...VSCODE, refreshSupport: false } }, async (client) => {
      await client.open(uri, 'python', PYTHON);
      await client.pull(uri);
      // The server sends a refresh for a settings change while it handles the notification.
      await client.didChangeConfiguration({ rules: { 'missing-owner-ids': 'off' } });
      await client.roundTrip().catch(() => undefined);
      assert.equal(client.refreshCount, 0);
    }));
});
