// SYNTAX TEST "source.kotlin" "Kotlin: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                  ^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                    ^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                    ^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                      ^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
val response = client.newCall(request).execute() // clarifai-ignore missing-owner-ids
//                                                  ^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                                                  ^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.kotlin meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                       ^^ comment.block.kotlin - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.kotlin - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
val auth = "Key $pat"
//          ^^^ string.quoted.double.kotlin meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//              ^^^^ - meta.authorization.clarifai
val auth = "Key ${System.getenv("CLARIFAI_PAT")}"
//          ^^^ string.quoted.double.kotlin meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                ^^^^^^ - meta.authorization.clarifai
val auth = "Key " + pat
//          ^^^ string.quoted.double.kotlin meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//              ^ string.quoted.double.kotlin - meta.authorization.clarifai
val url = "https://api.clarifai.com/v2/users/$userId/apps/$appId/models/general-image-recognition/outputs"
//         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.kotlin markup.underline.link.clarifai-api.clarifai
//                                           ^^^^^^^ - markup.underline.link.clarifai-api.clarifai
error("Key not found"); val m = "Key $name not found"
//     ^^^^^^^^^^^^^ string.quoted.double.kotlin - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                               ^^^ string.quoted.double.kotlin - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
