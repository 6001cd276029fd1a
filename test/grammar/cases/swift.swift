// SYNTAX TEST "source.swift" "Swift: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                  ^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                    ^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                    ^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                      ^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
let task = session.dataTask(with: request) // clarifai-ignore missing-owner-ids
//                                            ^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                                            ^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.swift meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                       ^^ comment.block.swift - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule, hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                         ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.swift - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
request.setValue("Key \(pat)", forHTTPHeaderField: "Authorization")
//                ^^^ string.quoted.double.single-line.swift meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                    ^^ - meta.authorization.clarifai
//                      ^^^ - meta.authorization.clarifai
let auth = "Key " + pat
//          ^^^ string.quoted.double.single-line.swift meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//              ^ string.quoted.double.single-line.swift - meta.authorization.clarifai
let url = URL(string: "https://api.clarifai.com/v2/users/\(userId)/apps/\(appId)/models/general-image-recognition/outputs")!
//                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.single-line.swift markup.underline.link.clarifai-api.clarifai
//                                                         ^^^^^^ - markup.underline.link.clarifai-api.clarifai
fatalError("Key not found")
//          ^^^^^^^^^^^^^ string.quoted.double.single-line.swift - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
/// clarifai-ignore-next-line hardcoded-credential
//  ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.triple-slash.documentation.swift meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
