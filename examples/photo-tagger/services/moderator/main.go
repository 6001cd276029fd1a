// Flags uploads that Clarifai's moderation model scores as unsafe; runs next to the worker.
package main

import (
	"context"
	"log"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

const moderationModel = "d16f390eb32cad478c7ae150069bd2c6"

func moderate(client api.V2Client, ctx context.Context, url string) (bool, error) {
	response, err := client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{
		UserAppId: &api.UserAppIDSet{UserId: os.Getenv("CLARIFAI_USER_ID"), AppId: os.Getenv("CLARIFAI_APP_ID")},
		ModelId:   moderationModel,
		Inputs:    []*api.Input{{Data: &api.Data{Image: &api.Image{Url: url}}}},
	})
	if err != nil {
		return false, err
	}
	for _, concept := range response.Outputs[0].Data.Concepts {
		if concept.Name != "safe" && concept.Value > 0.8 {
			return true, nil
		}
	}
	return false, nil
}

func main() {
	conn, err := grpc.Dial("api.clarifai.com:443", grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	for _, url := range os.Args[1:] {
		flagged, err := moderate(api.NewV2Client(conn), ctx, url)
		if err != nil {
			log.Fatal(err)
		}
		log.Printf("%s flagged=%v", url, flagged)
	}
}
