// Command predict calls the Clarifai REST API with net/http, the way the community samples do.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"strings"
)

const apiBase = "https://api.clarifai.com/v2"

const imageURL = "https://samples.clarifai.com/metro-north.jpg"

type image struct {
	URL string `json:"url"`
}

type data struct {
	Image image `json:"image"`
}

type input struct {
	Data data `json:"data"`
}

type userAppID struct {
	UserID string `json:"user_id"`
	AppID  string `json:"app_id"`
}

type predictRequest struct {
	UserAppID userAppID `json:"user_app_id"`
	Inputs    []input   `json:"inputs"`
}

func main() {
	apiKey := os.Getenv("CLARIFAI_API_KEY")
	if apiKey == "" {
		log.Fatal("set CLARIFAI_API_KEY")
	}

	// The short path with the app's key (shape A).
	payload, err := json.Marshal(map[string]interface{}{
		"inputs": []map[string]interface{}{{"data": map[string]interface{}{"image": map[string]string{"url": imageURL}}}},
	})
	if err != nil {
		log.Fatal(err)
	}
	req, err := http.NewRequest("POST", "https://api.clarifai.com/v2/users/clarifai/apps/main/models/general-image-recognition/outputs", bytes.NewBuffer(payload))
	if err != nil {
		log.Fatal(err)
	}
	req.Header.Set("Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	req.Header.Set("Content-Type", "application/json")
	show(http.DefaultClient.Do(req)) // expect: api-key-public-resource

	// A PAT and a URL built with Sprintf, without the owner.
	pat := os.Getenv("CLARIFAI_PAT")
	url := fmt.Sprintf("%s/users/clarifai/apps/main/models/%s/versions/%s/outputs", apiBase, "face-detection", "6dc7e46bc9124c5c8824be4822abe105")
	faceReq, _ := http.NewRequest(http.MethodPost, url, bytes.NewBuffer(payload))
	faceReq.Header.Add("Authorization", "Key "+pat)
	client := &http.Client{}
	show(client.Do(faceReq)) // expect: missing-owner-ids

	// The owner in a tagged struct body: the account's own ids (shape B).
	body, _ := json.Marshal(predictRequest{
		UserAppID: userAppID{UserID: "clarifai", AppID: "main"},
		Inputs:    []input{{Data: data{Image: image{URL: imageURL}}}},
	})
	foodReq, _ := http.NewRequest("POST", apiBase+"/models/food-item-recognition/outputs", bytes.NewReader(body))
	foodReq.Header.Set("Authorization", "Key "+pat)
	show(http.DefaultClient.Do(foodReq)) // expect: wrong-owner-ids

	// JSON written in a string, with the ids of the PAT's own account.
	raw := `{"user_app_id": {"user_id": "clarifai", "app_id": "main"}, "inputs": [{"data": {"image": {"url": "https://samples.clarifai.com/dog2.jpeg"}}}]}`
	nsfwReq, _ := http.NewRequest("POST", apiBase+"/models/nsfw-recognition/outputs", strings.NewReader(raw))
	nsfwReq.Header = http.Header{"Authorization": {"Key " + pat}, "Content-Type": {"application/json"}}
	show(http.DefaultClient.Do(nsfwReq)) // expect: wrong-owner-ids

	// The docs' form: the owner in the path and a PAT. Correct.
	okReq, _ := http.NewRequest("POST", apiBase+"/users/clarifai/apps/main/models/general-image-detection/versions/1580bb1932594c93b7e2e04456af7c6f/outputs", bytes.NewBuffer(payload))
	okReq.Header.Set("Authorization", "Key "+pat)
	show(http.DefaultClient.Do(okReq))

	// The app's own model with its key: fine.
	ownReq, _ := http.NewRequest("POST", apiBase+"/models/shelf-gap-detector/outputs", bytes.NewBuffer(payload))
	ownReq.Header.Set("Authorization", "Key "+apiKey)
	show(http.DefaultClient.Do(ownReq))

	// No credential at all: the owner is still missing.
	show(http.Post(apiBase+"/users/clarifai/apps/main/workflows/General/results", "application/json", bytes.NewBuffer(payload))) // expect: missing-owner-ids
}

// workflow runs a workflow of the caller's choosing: its id is only known at run time.
func workflow(id string, payload []byte) (*http.Response, error) {
	req, err := http.NewRequest("POST", apiBase+"/workflows/"+id+"/results", bytes.NewBuffer(payload))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	return http.DefaultClient.Do(req)
}

func show(resp *http.Response, err error) {
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	out, _ := io.ReadAll(resp.Body)
	fmt.Println(string(out))
}
