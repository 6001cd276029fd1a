# SYNTAX TEST "source.shell" "Shell: suppression comments, Key values and Clarifai URLs"
# clarifai-ignore-next-line api-key-public-resource
# <- comment.line.number-sign.clarifai punctuation.definition.comment.clarifai - meta.directive.clarifai-ignore.clarifai
# ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
  # clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- it's a public model
#                             ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                    ^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
#                                                      ^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                                      ^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
#                                                                        ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
curl -s -X POST "$URL"  # clarifai-ignore missing-owner-ids
#               ^^^^^^ - comment.line.number-sign.clarifai
#                         ^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                                         ^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# clarifai-ignore-file
# ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
# clarifai-ignore-next-line unknown-rule
#                           ^^^^^^^^^^^^ comment.line.number-sign.clarifai meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
# see clarifai-ignore-next-line for details
#     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.shell - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
curl -H "Authorization: Key $CLARIFAI_PAT" https://api.clarifai.com/v2/models/general-image-recognition/outputs
#        ^^^^^^^^^^^^^^^ string.quoted.double.shell - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                       ^^^ string.quoted.double.shell meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                           ^^^^^^^^^^^^^ - meta.authorization.clarifai
#                                        ^ string.quoted.double.shell punctuation.definition.string.end.shell - meta.authorization.clarifai
#                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ markup.underline.link.clarifai-api.clarifai
curl -H 'Authorization: Key 0123456789abcdef0123456789abcdef' "https://api.clarifai.com/v2/users/${USER_ID}/apps/${APP_ID}/workflows"
#                       ^^^ string.quoted.single.shell meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.shell meta.authorization.clarifai constant.other.credential.clarifai
#                                                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.shell markup.underline.link.clarifai-api.clarifai
#                                                                                                  ^^^^^^^ - markup.underline.link.clarifai-api.clarifai
echo "Key not found" "see # clarifai-ignore-next-line x"
#     ^^^^^^^^^^^^^ string.quoted.double.shell - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                           ^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.shell - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                                                      ^ string.quoted.double.shell punctuation.definition.string.end.shell
