<!-- SYNTAX TEST "text.html.php" "PHP (text.html.php, VS Code's root scope for PHP files): directives, Key values and URLs inside <?php ?>"
<p>Clarifai: see clarifai-ignore-next-line</p>
<!--             ^^^^^^^^^^^^^^^^^^^^^^^^^ text.html.php - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!-- clarifai-ignore-file -->
<!-- ^^^^^^^^^^^^^^^^^^^^ comment.block.html meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!--                      ^^^ comment.block.html - meta.directive.clarifai-ignore.clarifai
<?php
<!-- <----- meta.embedded.block.php punctuation.section.embedded.begin.php
// clarifai-ignore-next-line api-key-public-resource
<!-- <~~~------------------------- meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!--                         ^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
<!--                        ^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
<!--                                               ^ meta.embedded.block.php source.php comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
<!--                                                 ^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
<!--                                                                 ^^ meta.embedded.block.php source.php comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
<!--                                                                   ^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.number-sign.php meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
$response = curl_exec($ch); // clarifai-ignore missing-owner-ids
<!--                           ^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!--                                           ^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
/* clarifai-ignore-file workflow-api-key */
<!-- <~~~-------------------- meta.embedded.block.php source.php comment.block.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!--                    ^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.block.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
<!--                                     ^^ meta.embedded.block.php source.php comment.block.php - meta.directive.clarifai-ignore.clarifai
// clarifai-ignore-next-line unknown-rule hardcoded-credential
<!--                         ^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
<!--                                      ^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# see clarifai-ignore-next-line for details
<!--  ^^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.number-sign.php - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
$headers = ['Authorization: Key ' . $pat];
<!--                        ^^^ meta.embedded.block.php source.php string.quoted.single.php meta.authorization.clarifai keyword.other.auth-scheme.clarifai
<!--                            ^ meta.embedded.block.php source.php string.quoted.single.php punctuation.definition.string.end.php - meta.authorization.clarifai
$headers = ["Authorization: Key {$pat}", "X-Key: Key $pat"];
<!--                        ^^^ meta.embedded.block.php source.php string.quoted.double.php meta.authorization.clarifai keyword.other.auth-scheme.clarifai
<!--                            ^^^^^^ - meta.authorization.clarifai
$url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs";
<!--    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php string.quoted.double.php markup.underline.link.clarifai-api.clarifai
<!--                                                                        ^ meta.embedded.block.php source.php string.quoted.double.php - markup.underline.link.clarifai-api.clarifai
throw new Exception('Key not found');
<!--                 ^^^^^^^^^^^^^ meta.embedded.block.php source.php string.quoted.single.php - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
foo(); // clarifai-ignore missing-owner-ids ?><b>done</b>
<!--      ^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
<!--                      ^^^^^^^^^^^^^^^^^ meta.embedded.block.php source.php comment.line.double-slash.php meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
<!--                                        ^^ meta.embedded.block.php punctuation.section.embedded.end.php - meta.directive.clarifai-ignore.clarifai comment.line.double-slash.php
<!--                                             ^^^^ text.html.php - source.php meta.directive.clarifai-ignore.clarifai
