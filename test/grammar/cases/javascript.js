// SYNTAX TEST "source.js" "JavaScript: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// <-- comment.line.double-slash.js punctuation.definition.comment.js - meta.directive.clarifai-ignore.clarifai
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public clarifai/main model, called with a PAT
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                  ^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                    ^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                    ^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
fetch(url, { headers }); // clarifai-ignore missing-owner-ids
//                          ^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                          ^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key -- sample code */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.js meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                         ^^^^^^^^^^^^^ comment.block.js meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
//                                                      ^^ comment.block.js punctuation.definition.comment.js - meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
/** clarifai-ignore-file */
//  ^^^^^^^^^^^^^^^^^^^^ comment.block.documentation.js meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule,hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                       ^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
const headers = { Authorization: 'Key ' + PAT };
//                                ^^^ string.quoted.single.js meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                    ^ string.quoted.single.js punctuation.definition.string.end.js - meta.authorization.clarifai
//                                        ^^^ - meta.authorization.clarifai string.quoted.single.js
metadata.set("authorization", `Key ${process.env.CLARIFAI_PAT}`);
//                             ^^^ string.template.js meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                 ^^ string.template.js - meta.authorization.clarifai
//                                               ^^^^^^^^^^^^ - meta.authorization.clarifai
//                                                            ^ string.template.js punctuation.definition.string.template.end.js - meta.authorization.clarifai
const auth = "Key 0123456789abcdef0123456789abcdef";
//            ^^^ string.quoted.double.js meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.js meta.authorization.clarifai constant.other.credential.clarifai
//                                                ^ string.quoted.double.js - meta.authorization.clarifai
const url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs";
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.js markup.underline.link.clarifai-api.clarifai
//                                                                               ^ string.quoted.double.js punctuation.definition.string.end.js - markup.underline.link.clarifai-api.clarifai
const path = `https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/workflows/${WORKFLOW_ID}/results`;
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.template.js markup.underline.link.clarifai-api.clarifai
//                                              ^^ string.template.js - markup.underline.link.clarifai-api.clarifai
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/general-image-recognition' });
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.js markup.underline.link.clarifai-portal.clarifai
throw new Error('Key not found'); const m = `Key ${name} not found`;
//               ^^^^^^^^^^^^^ string.quoted.single.js - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                           ^^^ string.template.js - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
const doc = 'a()  # clarifai-ignore wrong-owner-ids';
//                  ^^^^^^^^^^^^^^^ string.quoted.single.js - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
