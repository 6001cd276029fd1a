// Integration tests in the style of the client's own: a context helper reading CLARIFAI_API_KEY, shared by every test.
package clarifai

import (
	"context"
	"os"
	"testing"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

var GENERAL_MODEL_ID = "aaa03c23b3724a16a56b629203edc62c"
var DOG_IMAGE_URL = "https://samples.clarifai.com/dog2.jpeg"

func TestGetModel(t *testing.T) {
	client := makeClient()
	ctx := makeContext()
	patCtx := metadata.NewOutgoingContext(ctx, metadata.Pairs("authorization", "Key "+os.Getenv("CLARIFAI_PAT")))

	getModelResponse, err := client.GetModel(patCtx, &api.GetModelRequest{UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}, ModelId: GENERAL_MODEL_ID}) // expect: api-key-public-resource
	if err != nil {
		panic(err)
	}
	if getModelResponse.Model.Name != "general" {
		t.Errorf("Expected model name `general`, got `%s`\n", getModelResponse.Model.Name)
	}
}

func TestPostModelOutputs(t *testing.T) {
	client := makeClient()

	response, err := client.PostModelOutputs( // expect: api-key-public-resource
		metadata.NewOutgoingContext(makeContext(), metadata.Pairs("authorization", "Key "+os.Getenv("CLARIFAI_PAT"))),
		&api.PostModelOutputsRequest{
			UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
			ModelId:   GENERAL_MODEL_ID,
			Inputs:    []*api.Input{{Data: &api.Data{Image: &api.Image{Url: DOG_IMAGE_URL}}}},
		},
	)
	if err != nil {
		panic(err)
	}
	if len(response.Outputs[0].Data.Concepts) == 0 {
		t.Errorf("Expected concepts")
	}
}

// Listing the key's own models: not a call to a public model.
func TestListModelsWithPagination(t *testing.T) {
	client := makeClient()
	ctx := makeContext()

	listModelsResponse, err := client.ListModels(ctx, &api.ListModelsRequest{PerPage: 2})
	if err != nil {
		panic(err)
	}
	if len(listModelsResponse.Models) != 2 {
		t.Errorf("Expected 2 models, got %d\n", len(listModelsResponse.Models))
	}
}

func makeClient() api.V2Client {
	baseGrpcUrl := os.Getenv("CLARIFAI_BASE_GRPC")
	port := "443"

	conn, err := grpc.Dial(baseGrpcUrl+":"+port, grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
	if err != nil {
		panic(err)
	}
	return api.NewV2Client(conn)
}

func makeContext() context.Context {
	apiKey := os.Getenv("CLARIFAI_API_KEY")
	return metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+apiKey)
}
