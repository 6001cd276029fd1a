// Package vision wraps the Clarifai client for the catalogue service: requests built field by field, metadata
// built in steps, contexts with deadlines.
package vision

import (
	"context"
	"os"
	"time"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc/metadata"
)

// Service predicts with Clarifai's public models.
type Service struct {
	client api.V2Client
}

func patContext() context.Context {
	md := metadata.New(map[string]string{"authorization": "Key " + os.Getenv("CLARIFAI_PAT")})
	return metadata.NewOutgoingContext(context.Background(), md)
}

// Tags builds its request in steps: nothing names the owner.
func (s *Service) Tags(imageURL string) (*api.MultiOutputResponse, error) {
	req := &api.PostModelOutputsRequest{UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}}
	req.ModelId = "general-image-recognition"
	req.Inputs = []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}}
	ctx, cancel := context.WithTimeout(patContext(), 10*time.Second)
	defer cancel()
	return s.client.PostModelOutputs(ctx, req) // expect: missing-owner-ids
}

// Colors starts from the zero request.
func (s *Service) Colors(imageURL string) (*api.MultiOutputResponse, error) {
	var req api.PostModelOutputsRequest
	req.UserAppId = &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}
	req.ModelId = "color-recognition"
	req.Inputs = []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}}
	return s.client.PostModelOutputs(patContext(), &req) // expect: missing-owner-ids
}

// Apparel names the key's own account afterwards: the owner is wrong.
func (s *Service) Apparel(imageURL string) (*api.MultiOutputResponse, error) {
	req := &api.PostModelOutputsRequest{
		ModelId: "apparel-detection",
		Inputs:  []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}},
	}
	req.UserAppId = &api.UserAppIDSet{UserId: "clarifai", AppId: "main"}
	return s.client.PostModelOutputs(patContext(), req) // expect: wrong-owner-ids
}

// Moderate sends the app's key set on metadata in steps.
func (s *Service) Moderate(imageURL string) (*api.MultiOutputResponse, error) {
	md := metadata.Pairs("x-request-source", "catalogue")
	md.Set("authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	ctx := metadata.NewOutgoingContext(context.Background(), md)
	return s.client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ // expect: api-key-public-resource
		UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   "moderation-recognition",
		Inputs:    []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}},
	})
}

// Describe runs the public General workflow with the app's key.
func (s *Service) Describe(ctx context.Context, imageURL string) (*api.PostWorkflowResultsResponse, error) {
	ctx = metadata.AppendToOutgoingContext(ctx, "Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	return s.client.PostWorkflowResults(ctx, &api.PostWorkflowResultsRequest{ // expect: api-key-public-resource
		UserAppId:  &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		WorkflowId: "General",
		Inputs:     []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}},
	})
}

// Embed is handed the owner's ids: they are only known when it runs.
func (s *Service) Embed(ctx context.Context, ids *api.UserAppIDSet, imageURL string) (*api.MultiOutputResponse, error) {
	return s.client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{
		UserAppId: ids,
		ModelId:   "general-image-embedding",
		Inputs:    []*api.Input{{Data: &api.Data{Image: &api.Image{Url: imageURL}}}},
	})
}

// The retired demographics model: a PAT will not bring it back, so there is nothing to rewrite.
func (s *Service) Demographics(imageURL string) (*api.MultiOutputResponse, error) {
	return s.client.PostModelOutputs(patContext(), &api.PostModelOutputsRequest{ModelId: "c0c0ac362b03416da06ab3fa36fb58e3"}) // expect: missing-owner-ids
}
