// Go fixes keep the file compiling: `"os"` imported where gofmt keeps it, no local variable or import left unused,
// a context other calls share left to them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { goImportEdit } from '../../server/src/core/fixes/go';
import { applyEdits } from '../../server/src/core/fixes/fixAll';
import { fixAll } from '../helpers/fixing';

const withOs = (text: string) => applyEdits(text, goImportEdit(text, 'os'));

describe('importing "os"', () => {
  test('in sorted place in the standard-library group of a grouped import', () => {
    const text = 'package main\n\nimport (\n\t"context"\n\t"fmt"\n\n\t"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"\n)\n';
    assert.equal(withOs(text), 'package main\n\nimport (\n\t"context"\n\t"fmt"\n\t"os"\n\n\t"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"\n)\n');
  });

  test('before the first later path, comments left where they are', () => {
    const text = 'package main\n\nimport (\n\t"net/http" // the client\n\t"strings"\n)\n';
    assert.equal(withOs(text), 'package main\n\nimport (\n\t"net/http" // the client\n\t"os"\n\t"strings"\n)\n');
  });

  test('as a group of its own before third-party imports', () => {
    const text = '// Package p.\npackage p\n\nimport (\n\tapi "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"\n)\n';
    assert.equal(withOs(text), '// Package p.\npackage p\n\nimport (\n\t"os"\n\n\tapi "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"\n)\n');
  });

  test('a single import becomes a group, and a file without imports gets one', () => {
    assert.equal(withOs('package main\n\nimport "net/http"\n\nfunc main() {}\n'), 'package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc main() {}\n');
    assert.equal(withOs('package main\n\nfunc main() {}\n'), 'package main\n\nimport "os"\n\nfunc main() {}\n');
  });

  test('nothing when the file imports it already', () => {
    assert.deepEqual(goImportEdit('package main\n\nimport (\n\t"fmt"\n\t"os"\n)\n', 'os'), []);
  });
});

const HEADER = `package main

import (
	"context"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/metadata"
)
`;

describe('fixes that would leave a name unused', () => {
  test('a key read only for the header goes with it', async () => {
    const text = `${HEADER}
func tag(client api.V2Client) {
	apiKey := os.Getenv("CLARIFAI_API_KEY")
	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+apiKey)
	_, _ = client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: "general-image-recognition"})
}
`;
    const fixed = await fixAll(text, 'go');
    assert.ok(!fixed.includes('apiKey'), fixed);
    assert.ok(fixed.includes('"Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))'), fixed);
  });

  test('a key two contexts share is kept, and each call gets a twin', async () => {
    const text = `${HEADER}
func tag(client api.V2Client) {
	apiKey := os.Getenv("CLARIFAI_API_KEY")
	first := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+apiKey)
	_, _ = client.PostModelOutputs(first, &api.PostModelOutputsRequest{ModelId: "general-image-recognition"})
	second := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+apiKey)
	_, _ = client.PostModelOutputs(second, &api.PostModelOutputsRequest{ModelId: "color-recognition"})
}
`;
    const fixed = await fixAll(text, 'go');
    assert.ok(fixed.includes('apiKey := os.Getenv("CLARIFAI_API_KEY")'), fixed);
    assert.ok(fixed.includes('patFirst := metadata.NewOutgoingContext(first,') && fixed.includes('client.PostModelOutputs(patFirst,'), fixed);
    assert.ok(fixed.includes('patSecond := metadata.NewOutgoingContext(second,') && fixed.includes('client.PostModelOutputs(patSecond,'), fixed);
  });

  test('owner ids read only for the request go with it', async () => {
    const text = `${HEADER}
func tag(client api.V2Client, ctx context.Context) {
	userID := os.Getenv("CLARIFAI_USER_ID")
	appID := os.Getenv("CLARIFAI_APP_ID")
	_, _ = client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{UserAppId: &api.UserAppIDSet{UserId: userID, AppId: appID}, ModelId: "face-detection"})
}

func main() { tag(nil, context.Background()); os.Exit(0) }
`;
    const fixed = await fixAll(text, 'go');
    assert.ok(!fixed.includes('userID') && !fixed.includes('appID'), fixed);
    assert.ok(fixed.includes('UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}'), fixed);
  });

  test('no fix when the ids were all that used an import', async () => {
    const text = `${HEADER}
func tag(client api.V2Client, ctx context.Context) {
	userID := os.Getenv("CLARIFAI_USER_ID")
	appID := os.Getenv("CLARIFAI_APP_ID")
	_, _ = client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{UserAppId: &api.UserAppIDSet{UserId: userID, AppId: appID}, ModelId: "face-detection"})
}
`;
    assert.equal(await fixAll(text, 'go'), text);
  });
});
