// SYNTAX TEST "source.php" "PHP (source.php): suppression comments, Key values and Clarifai URLs"
// clarifai-ignore-next-line api-key-public-resource
// ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
//                          ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                 ^ comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
//                                                   ^^^^^^^^^^^^^^^ comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                                                   ^^ comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
//                                                                     ^^^^^^^^^^^^^^^^^^ comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
$response = curl_exec($ch); // clarifai-ignore missing-owner-ids
//                             ^^^^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                                             ^^^^^^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
// ^^^^^^^^^^^^^^^^^^^^ comment.block.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
//                      ^^^^^^^^^^^^^^^^ comment.block.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
//                                       ^^ comment.block.php - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule hardcoded-credential
//                           ^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
//                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# see clarifai-ignore-next-line for details
//    ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.php - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
$headers = ['Authorization: Key ' . $pat];
//                          ^^^ string.quoted.single.php meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                              ^ string.quoted.single.php punctuation.definition.string.end.php - meta.authorization.clarifai
$headers = ["Authorization: Key {$pat}", "X-Key: Key $pat"];
//                          ^^^ string.quoted.double.php meta.authorization.clarifai keyword.other.auth-scheme.clarifai
//                              ^^^^^^ - meta.authorization.clarifai
$url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs";
//      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.php markup.underline.link.clarifai-api.clarifai
//                                                                          ^ string.quoted.double.php - markup.underline.link.clarifai-api.clarifai
throw new Exception('Key not found');
//                   ^^^^^^^^^^^^^ string.quoted.single.php - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
