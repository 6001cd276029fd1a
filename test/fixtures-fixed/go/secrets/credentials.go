// A quick test program with its credentials written in, as it was committed.
package main

import (
	"context"
	"log"
	"net/http"
	"os"
	"strings"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

// clarifaiPAT = "<redacted>" was the old one. expect: hardcoded-credential
var clarifaiPAT = os.Getenv("CLARIFAI_PAT") // expect: hardcoded-credential

type Config struct {
	ClarifaiAPIKey string
	Endpoint       string
}

var config = Config{
	ClarifaiAPIKey: os.Getenv("CLARIFAI_API_KEY"), // expect: hardcoded-credential
	Endpoint:       "api.clarifai.com:443",
}

func main() {
	conn, err := grpc.Dial(config.Endpoint, grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
	if err != nil {
		log.Fatal(err)
	}
	client := api.NewV2Client(conn)

	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+os.Getenv("CLARIFAI_PAT")) // expect: hardcoded-credential

	if _, err := client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{ // expect: missing-owner-ids
		UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   "general-image-recognition",
	}); err != nil {
		log.Println(err)
	}

	patCtx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+clarifaiPAT)
	if _, err := client.PostModelOutputs(patCtx, &api.PostModelOutputsRequest{
		UserAppId: &api.UserAppIDSet{UserId: "clarifai", AppId: "main"},
		ModelId:   "general-image-recognition",
	}); err != nil {
		log.Println(err)
	}

	req, _ := http.NewRequest("POST", "https://api.clarifai.com/v2/users/clarifai/apps/main/models/color-recognition/outputs", strings.NewReader(`{"inputs": []}`))
	req.Header = http.Header{"Authorization": {"Key " + os.Getenv("CLARIFAI_PAT")}} // expect: hardcoded-credential
	if _, err := http.DefaultClient.Do(req); err != nil {
		log.Println(err)
	}
}
