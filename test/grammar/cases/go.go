// SYNTAX TEST "source.go" "Go: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
	// clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
//                            ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                   ^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                     ^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                     ^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                       ^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
resp, err := http.DefaultClient.Do(req) // clarifai-ignore missing-owner-ids
//                                         ^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                                         ^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.go meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                       ^^ comment.block.go - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule,hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.go - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
req.Header.Set("Authorization", "Key "+pat)
//                               ^^^ string.quoted.double.go meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                   ^ string.quoted.double.go punctuation.definition.string.end.go - meta.authorization.clarifai
auth := fmt.Sprintf("Key %s", os.Getenv("CLARIFAI_PAT"))
//                   ^^^ string.quoted.double.go meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                       ^^ - meta.authorization.clarifai
auth := `Key 0123456789abcdef0123456789abcdef`
//       ^^^ string.quoted.raw.go meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.raw.go meta.authorization.clarifai constant.other.credential.clarifai
const url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs"
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.go markup.underline.link.clarifai-api.clarifai
//                                                                               ^ string.quoted.double.go - markup.underline.link.clarifai-api.clarifai
return errors.New("Key not found")
//                 ^^^^^^^^^^^^^ string.quoted.double.go - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
