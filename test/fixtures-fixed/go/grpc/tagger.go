// Command tagger tags shop photos with the shop's own models and with Clarifai's public ones, over gRPC.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	clarifai "github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

const (
	generalModelID   = "general-image-recognition"
	generalVersionID = "aa7f35c01e0642fda5cf400f543e7c40"
	shelfModelID     = "shelf-gap-detector"
	imageURL         = "https://samples.clarifai.com/metro-north.jpg"
)

// The shop's own account, for its own models.
const (
	shopUserID = "northwind"
	shopAppID  = "shelf-audit"
)

var inputs = []*clarifai.Input{{Data: &clarifai.Data{Image: &clarifai.Image{Url: imageURL}}}}

func main() {
	conn, err := grpc.Dial("api.clarifai.com:443", grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	client := clarifai.NewV2Client(conn)

	apiKey, ok := os.LookupEnv("CLARIFAI_API_KEY")
	if !ok {
		log.Fatal("CLARIFAI_API_KEY is not set")
	}
	keyCtx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+apiKey)
	patCtx := metadata.NewOutgoingContext(keyCtx, metadata.Pairs("authorization", "Key "+os.Getenv("CLARIFAI_PAT")))

	// The shop's own model with the app's key: fine.
	own, err := client.PostModelOutputs(keyCtx, &clarifai.PostModelOutputsRequest{ModelId: shelfModelID, Inputs: inputs})
	report("shelf", own, err)

	// The key's own app for new inputs: fine.
	if _, err := client.PostInputs(keyCtx, &clarifai.PostInputsRequest{Inputs: inputs}); err != nil {
		log.Fatal(err)
	}

	// Clarifai's general model through the same context: an app key cannot reach it.
	general, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{ // expect: api-key-public-resource
		UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   generalModelID,
		VersionId: generalVersionID,
		Inputs:    inputs,
	})
	report("general", general, err)

	// The shop's own workflow with the key works, but a PAT is recommended.
	flow, err := client.PostWorkflowResults(keyCtx, &clarifai.PostWorkflowResultsRequest{WorkflowId: "shelf-audit", Inputs: inputs}) // expect: workflow-api-key
	if err == nil {
		fmt.Println(len(flow.Results))
	}

	tagWithPAT(client)
}

// tagWithPAT calls public models with a PAT, the way the 2023 docs do.
func tagWithPAT(client clarifai.V2Client) {
	pat := os.Getenv("CLARIFAI_PAT")
	patCtx := metadata.NewOutgoingContext(context.Background(), metadata.Pairs("authorization", "Key "+pat))

	// The owner's ids and a PAT: correct.
	general, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{
		UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   generalModelID,
		Inputs:    inputs,
	})
	report("general", general, err)

	// The shop's own ids with a public model: the owner is wrong.
	faces, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{ // expect: wrong-owner-ids
		UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   "face-detection",
		Inputs:    inputs,
	})
	report("faces", faces, err)

	// The ids of the account the PAT belongs to, from the environment.
	food, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{ // expect: wrong-owner-ids
		UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   "food-item-recognition",
		Inputs:    inputs,
	})
	report("food", food, err)

	// A PAT and no user_app_id at all.
	nsfw, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"}, ModelId: "nsfw-recognition", Inputs: inputs}) // expect: missing-owner-ids
	report("nsfw", nsfw, err)

	// A public workflow without its owner.
	if _, err := client.PostWorkflowResults(patCtx, &clarifai.PostWorkflowResultsRequest{UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"}, WorkflowId: "Face-Sentiment", Inputs: inputs}); err != nil { // expect: missing-owner-ids
		log.Println(err)
	}

	// The shop's own model addressed with its own ids and a PAT: fine.
	shelf, err := client.PostModelOutputs(patCtx, &clarifai.PostModelOutputsRequest{
		UserAppId: &clarifai.UserAppIDSet{UserId: shopUserID, AppId: shopAppID},
		ModelId:   shelfModelID,
		Inputs:    inputs,
	})
	report("shelf", shelf, err)
}

// predict runs any model it is given: the model is only known at run time.
func predict(ctx context.Context, client clarifai.V2Client, modelID string) (*clarifai.MultiOutputResponse, error) {
	return client.PostModelOutputs(ctx, &clarifai.PostModelOutputsRequest{ModelId: modelID, Inputs: inputs})
}

// describe reads a public model with a context it is handed: the credential is the caller's, the owner is missing.
func describe(ctx context.Context, client clarifai.V2Client) {
	model, err := client.GetModel(ctx, &clarifai.GetModelRequest{UserAppId: &clarifai.UserAppIDSet{UserId: "clarifai", AppId: "main"}, ModelId: "general-image-detection"}) // expect: missing-owner-ids
	if err == nil {
		fmt.Println(model.Model.Name)
	}
}

func report(label string, response *clarifai.MultiOutputResponse, err error) {
	if err != nil {
		log.Fatalf("%s: %v", label, err)
	}
	if response.Status.Code != status.StatusCode_SUCCESS {
		log.Fatalf("%s: %s", label, response.Status.Description)
	}
	for _, concept := range response.Outputs[0].Data.Concepts {
		fmt.Printf("%s %s: %.2f\n", label, concept.Name, concept.Value)
	}
}
