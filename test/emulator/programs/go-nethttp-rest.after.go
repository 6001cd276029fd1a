// Tags a photo with Clarifai's general model over REST, with Go's standard library.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
)

const generalModel = "aaa03c23b3724a16a56b629203edc62c"

type response struct {
	Status struct {
		Code        int    `json:"code"`
		Description string `json:"description"`
	} `json:"status"`
	Outputs []struct {
		Data struct {
			Concepts []struct {
				Name  string  `json:"name"`
				Value float64 `json:"value"`
			} `json:"concepts"`
		} `json:"data"`
	} `json:"outputs"`
}

func main() {
	body, _ := json.Marshal(map[string]interface{}{
		"inputs": []interface{}{
			map[string]interface{}{"data": map[string]interface{}{"image": map[string]string{"url": "https://samples.clarifai.com/metro-north.jpg"}}},
		},
	})
	url := fmt.Sprintf("https://api.clarifai.com/v2/users/clarifai/apps/main/models/%s/outputs", generalModel)
	req, err := http.NewRequest("POST", url, bytes.NewBuffer(body))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	req.Header.Set("Authorization", "Key "+os.Getenv("CLARIFAI_PAT"))
	req.Header.Set("Content-Type", "application/json")

	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Fprintln(os.Stderr, "Request failed:", err)
		os.Exit(1)
	}
	defer resp.Body.Close()
	var result response
	if err := json.NewDecoder(resp.Body).Decode(&result); err != nil {
		fmt.Fprintln(os.Stderr, "Bad response:", err)
		os.Exit(1)
	}
	if result.Status.Code != 10000 {
		fmt.Fprintln(os.Stderr, "Clarifai error: "+result.Status.Description)
		os.Exit(1)
	}
	for _, concept := range result.Outputs[0].Data.Concepts[:3] {
		fmt.Printf("%s %.4f\n", concept.Name, concept.Value)
	}
}
