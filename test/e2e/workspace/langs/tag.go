// Tags a photo with Clarifai's general model, as the clarifai-go-grpc README showed it.
package main

import (
	"context"
	"fmt"
	"log"
	"os"

	"github.com/Clarifai/clarifai-go-grpc/proto/clarifai/api"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
)

const generalModelID = "aaa03c23b3724a16a56b629203edc62c"

func main() {
	conn, err := grpc.Dial("api.clarifai.com:443", grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")))
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close()
	client := api.NewV2Client(conn)
	ctx := metadata.AppendToOutgoingContext(context.Background(), "Authorization", "Key "+os.Getenv("CLARIFAI_API_KEY"))

	response, err := client.PostModelOutputs(ctx, &api.PostModelOutputsRequest{
		ModelId: generalModelID,
		Inputs: []*api.Input{
			{Data: &api.Data{Image: &api.Image{Url: "https://samples.clarifai.com/metro-north.jpg"}}},
		},
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, concept := range response.Outputs[0].Data.Concepts {
		fmt.Printf("%s %.2f\n", concept.Name, concept.Value)
	}
}
