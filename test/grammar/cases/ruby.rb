# SYNTAX TEST "source.ruby" "Ruby: suppression comments, Key values and Clarifai URLs"
# clarifai-ignore-next-line api-key-public-resource
# ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
  # clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public model, PAT
#                             ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                    ^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
#                                                      ^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                                      ^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
#                                                                        ^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
response = http.request(request) # clarifai-ignore missing-owner-ids
#                                  ^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                                                  ^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# clarifai-ignore-file
# ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
# clarifai-ignore-next-line unknown-rule, hardcoded-credential
#                           ^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
#                                         ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# see clarifai-ignore-next-line for details
#     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.ruby - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
request["Authorization"] = "Key #{ENV.fetch("CLARIFAI_PAT")}"
#                           ^^^ string.quoted.double.interpolated.ruby meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                               ^^ - meta.authorization.clarifai
#                                 ^^^ - meta.authorization.clarifai
request['Authorization'] = 'Key ' + pat
#                           ^^^ string.quoted.single.ruby meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                               ^ string.quoted.single.ruby punctuation.definition.string.end.ruby - meta.authorization.clarifai
AUTH = "Key 0123456789abcdef0123456789abcdef"
#           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.interpolated.ruby meta.authorization.clarifai constant.other.credential.clarifai
uri = URI("https://api.clarifai.com/v2/users/#{user_id}/apps/#{app_id}/models/general-image-recognition/outputs")
#          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.double.interpolated.ruby markup.underline.link.clarifai-api.clarifai
#                                              ^^^^^^^ - markup.underline.link.clarifai-api.clarifai
raise KeyError, "Key not found"
#                ^^^^^^^^^^^^^ string.quoted.double.interpolated.ruby - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
