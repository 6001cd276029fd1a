// A file being edited: an unclosed call, a missing brace and a stray token; what can still be read is analysed.
package main

import (
	"context"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/metadata"
)

func predict(client api.V2Client) {
	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	resp, err := client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}, ModelId: "general-image-recognition"}) // expect: api-key-public-resource
	if err != nil {
		panic(err

	_ = resp
}

func half(client api.V2Client) {
	client.PostWorkflowResults(context.Background(), &api.PostWorkflowResultsRequest{WorkflowId: "General", Inputs: []*api.Input{
}

func stray( {
	x := := 3
}
