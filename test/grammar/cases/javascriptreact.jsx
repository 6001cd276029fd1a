// SYNTAX TEST "source.js.jsx" "JavaScript React: suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// <-- comment.line.double-slash.js.jsx punctuation.definition.comment.js.jsx - meta.directive.clarifai-ignore.clarifai
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public clarifai/main model, called with a PAT
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                  ^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                    ^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                    ^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
fetch(url, { headers }); // clarifai-ignore missing-owner-ids
//                          ^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                          ^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key -- sample code */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                         ^^^^^^^^^^^^^ comment.block.js.jsx meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
//                                                      ^^ comment.block.js.jsx punctuation.definition.comment.js.jsx - meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
/** clarifai-ignore-file */
//  ^^^^^^^^^^^^^^^^^^^^ comment.block.documentation.js.jsx meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule,hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                       ^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
// see clarifai-ignore-next-line for details
//     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.js.jsx - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
const headers = { Authorization: 'Key ' + PAT };
//                                ^^^ string.quoted.single.js.jsx meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                    ^ string.quoted.single.js.jsx punctuation.definition.string.end.js.jsx - meta.authorization.clarifai
//                                        ^^^ - meta.authorization.clarifai string.quoted.single.js.jsx
metadata.set("authorization", `Key ${process.env.CLARIFAI_PAT}`);
//                             ^^^ string.template.js.jsx meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                 ^^ string.template.js.jsx - meta.authorization.clarifai
//                                               ^^^^^^^^^^^^ - meta.authorization.clarifai
//                                                            ^ string.template.js.jsx punctuation.definition.string.template.end.js.jsx - meta.authorization.clarifai
const auth = "Key 0123456789abcdef0123456789abcdef";
//            ^^^ string.quoted.double.js.jsx meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.js.jsx meta.authorization.clarifai constant.other.credential.clarifai
//                                                ^ string.quoted.double.js.jsx - meta.authorization.clarifai
const url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs";
//           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.js.jsx markup.underline.link.clarifai-api.clarifai
//                                                                               ^ string.quoted.double.js.jsx punctuation.definition.string.end.js.jsx - markup.underline.link.clarifai-api.clarifai
const path = `https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/workflows/${WORKFLOW_ID}/results`;
//            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.template.js.jsx markup.underline.link.clarifai-api.clarifai
//                                              ^^ string.template.js.jsx - markup.underline.link.clarifai-api.clarifai
const model = new Model({ url: 'https://clarifai.com/clarifai/main/models/general-image-recognition' });
//                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.js.jsx markup.underline.link.clarifai-portal.clarifai
throw new Error('Key not found'); const m = `Key ${name} not found`;
//               ^^^^^^^^^^^^^ string.quoted.single.js.jsx - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                                           ^^^ string.template.js.jsx - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
const doc = 'a()  # clarifai-ignore wrong-owner-ids';
//                  ^^^^^^^^^^^^^^^ string.quoted.single.js.jsx - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
const view = <div>{/* clarifai-ignore-next-line hardcoded-credential */}</div>;
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                              ^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                   ^^ comment.block.js.jsx - meta.directive.clarifai-ignore.clarifai
//                                                                     ^ - meta.directive.clarifai-ignore.clarifai comment.block.js.jsx
const link = <a href="https://clarifai.com/clarifai/main/workflows/General">{/* see clarifai-ignore-file */}</a>;
//                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ markup.underline.link.clarifai-portal.clarifai
//                                                                                  ^^^^^^^^^^^^^^^^^^^^ comment.block.js.jsx - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
