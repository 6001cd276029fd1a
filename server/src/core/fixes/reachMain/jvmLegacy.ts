// The deprecated clarifai2 client (clarifai-java), from Java or Kotlin: flagged with where to move, never edited.
/**
 * The deprecated clarifai2 client cannot name an owner, and no drop-in rewrite keeps the program's types: its
 * results are the client's own classes (`ClarifaiResponse<List<ClarifaiOutput<Concept>>>`), which a gRPC or REST
 * call does not return. Its calls get a message saying where to move, and no edit.
 */
export function noDropInRewrite(): boolean {
  return false;
}
