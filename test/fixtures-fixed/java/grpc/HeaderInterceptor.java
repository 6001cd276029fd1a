package com.acme.search;

import com.clarifai.channel.ClarifaiChannel;
import com.clarifai.grpc.api.*;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;

/**
 * A stub that sends its credential as a header through an interceptor, as plain grpc-java code does; what the
 * metadata holds is only known by its name here.
 */
public class HeaderInterceptor {
    private static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final V2Grpc.V2BlockingStub stub;

    public HeaderInterceptor(String token) {
        Metadata metadata = new Metadata();
        metadata.put(AUTHORIZATION, "Key " + token);
        stub = V2Grpc.newBlockingStub(ClarifaiChannel.INSTANCE.getGrpcChannel())
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(metadata));
    }

    /** Whatever the token is, a public model needs the owner's ids. */
    public MultiOutputResponse embed(String url) {
        return stub.postModelOutputs(PostModelOutputsRequest.newBuilder() // expect: missing-owner-ids
                .setUserAppId(UserAppIDSet.newBuilder().setUserId("clarifai").setAppId("main"))
                .setModelId("general-image-embedding")
                .addInputs(Input.newBuilder().setData(Data.newBuilder().setImage(Image.newBuilder().setUrl(url))))
                .build());
    }
}
