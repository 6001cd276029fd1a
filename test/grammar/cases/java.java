// SYNTAX TEST "source.java" "Java: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
    // clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
//                               ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                      ^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                        ^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                        ^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                          ^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
    stub.postModelOutputs(request); // clarifai-ignore missing-owner-ids
//                                     ^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                                     ^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.java meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                       ^^ comment.block.java - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule, hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                         ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.java - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
String auth = "Key " + pat;
//             ^^^ string.quoted.double.java meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                 ^ string.quoted.double.java punctuation.definition.string.end.java - meta.authorization.clarifai
String auth = String.format("Key %s", pat);
//                           ^^^ string.quoted.double.java meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                               ^^ string.quoted.double.java - meta.authorization.clarifai
String auth = "Key 0123456789abcdef0123456789abcdef";
//                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.java meta.authorization.clarifai constant.other.credential.clarifai
URI uri = URI.create("https://api.clarifai.com/v2/models/general-image-recognition/outputs");
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.java markup.underline.link.clarifai-api.clarifai
//                                                                                        ^ string.quoted.double.java punctuation.definition.string.end.java - markup.underline.link.clarifai-api.clarifai
throw new IllegalStateException("Key not found");
//                               ^^^^^^^^^^^^^ string.quoted.double.java - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
