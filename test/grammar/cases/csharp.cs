// SYNTAX TEST "source.cs" "C#: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// <-- comment.line.double-slash.clarifai punctuation.definition.comment.clarifai - meta.directive.clarifai-ignore.clarifai
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
var client = new HttpClient();
//               ^^^^^^^^^^ - comment.line.double-slash.clarifai
    // clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- it's a public model
// <---- punctuation.whitespace.comment.leading.clarifai - comment.line.double-slash.clarifai
//                               ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                      ^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                        ^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                        ^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                          ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
var response = await client.SendAsync(request); // clarifai-ignore missing-owner-ids
//                          ^^^^^^^^^ - comment.line.double-slash.clarifai
//                                                 ^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                                                 ^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.cs meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.cs meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// clarifai-ignore-next-line unknown-rule, hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                         ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
var x = 1;
// Public model, called with a PAT:
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.cs
var y = 2;
// <--- - comment.line.double-slash.cs
// see clarifai-ignore-next-line for details
// <-- comment.line.double-slash.cs punctuation.definition.comment.cs
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.cs - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
request.Headers.Add("Authorization", "Key " + pat);
//                                    ^^^ string.quoted.double.cs meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                        ^ string.quoted.double.cs punctuation.definition.string.end.cs - meta.authorization.clarifai
request.Headers.Authorization = AuthenticationHeaderValue.Parse($"Key {pat}");
//                                                                ^^^ string.quoted.double.cs meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                                                    ^ string.quoted.double.cs meta.embedded.interpolation.cs - meta.authorization.clarifai
const string Auth = "Key 0123456789abcdef0123456789abcdef";
//                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.cs meta.authorization.clarifai constant.other.credential.clarifai
var uri = new Uri("https://api.clarifai.com/v2/models/general-image-recognition/outputs");
//                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.cs markup.underline.link.clarifai-api.clarifai
//                                                                                     ^ string.quoted.double.cs - markup.underline.link.clarifai-api.clarifai
throw new KeyNotFoundException("Key not found"); var s = "x // clarifai-ignore y";
//                              ^^^^^^^^^^^^^ string.quoted.double.cs - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                                          ^^^^^^^^^^^^^^^^^^^^ string.quoted.double.cs - comment.line.double-slash.clarifai meta.directive.clarifai-ignore.clarifai
public string Key { get; set; }
//            ^^^ - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
