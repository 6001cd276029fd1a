// Tags a photo with Clarifai's general model, as the clarifai-grpc README showed it.
import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.credentials.ClarifaiCallCredentials;
import com.clarifai.grpc.api.Data;
import com.clarifai.grpc.api.Image;
import com.clarifai.grpc.api.Input;
import com.clarifai.grpc.api.MultiOutputResponse;
import com.clarifai.grpc.api.PostModelOutputsRequest;
import com.clarifai.grpc.api.V2Grpc;

public class Tag {
    public static void main(String[] args) {
        V2Grpc.V2BlockingStub stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
            .withCallCredentials(new ClarifaiCallCredentials(System.getenv("CLARIFAI_API_KEY")));

        MultiOutputResponse response = stub.postModelOutputs(
            PostModelOutputsRequest.newBuilder()
                .setModelId("aaa03c23b3724a16a56b629203edc62c")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl("https://samples.clarifai.com/metro-north.jpg"))))
                .build()
        );
        response.getOutputs(0).getData().getConceptsList().forEach(concept -> System.out.println(concept.getName()));
    }
}
