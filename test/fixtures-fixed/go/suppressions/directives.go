// Calls the team has looked at and keeps as they are, with the reason next to each.
package tagging

import (
	"context"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/metadata"
)

func tag(client api.V2Client) {
	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+os.Getenv("CLARIFAI_API_KEY"))
	patCtx := metadata.NewOutgoingContext(ctx, metadata.Pairs("authorization", "Key "+os.Getenv("CLARIFAI_PAT")))

	// clarifai-ignore-next-line api-key-public-resource -- this app's key still works for us until the migration
	_, _ = client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: "general-image-recognition"})

	_, _ = client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ModelId: "color-recognition"}) // clarifai-ignore api-key-public-resource

	// A directive for another rule leaves this one reported.
	// clarifai-ignore-next-line missing-owner-ids
	_, _ = client.PostModelOutputs(patCtx, &api.PostModelOutputsRequest{UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}, ModelId: "nsfw-recognition"}) // expect: api-key-public-resource
}
