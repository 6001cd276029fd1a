// The getting-started program of the clarifai-go-grpc README: a key or PAT, the general model, no user_app_id.
package main

import (
	"context"
	"fmt"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

// This is a publicly available model ID.
var GeneralModelId = "aaa03c23b3724a16a56b629203edc62c"

func main() {
	conn, err := grpc.Dial(
		"api.clarifai.com:443",
		grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")),
	)
	if err != nil {
		panic(err)
	}
	client := api.NewV2Client(conn)

	ctx := metadata.AppendToOutgoingContext(
		context.Background(),
		"Authorization", "Key "+os.Getenv("CLARIFAI_PAT"),
	)

	response, err := client.PostModelOutputs( // expect: api-key-public-resource
		ctx,
		&api.PostModelOutputsRequest{
			UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
			ModelId:   GeneralModelId,
			Inputs: []*api.Input{
				{
					Data: &api.Data{
						Image: &api.Image{
							Url: "https://samples.clarifai.com/dog2.jpeg",
						},
					},
				},
			},
		},
	)
	if err != nil {
		panic(err)
	}
	if response.Status.Code != status.StatusCode_SUCCESS {
		panic(fmt.Sprintf("Failed response: %s", response.Status.Description))
	}

	for _, concept := range response.Outputs[0].Data.Concepts {
		fmt.Printf("%s: %.2f\n", concept.Name, concept.Value)
	}
}
