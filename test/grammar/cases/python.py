# SYNTAX TEST "source.python" "Python: suppression comments, Key values and Clarifai URLs"
# clarifai-ignore-next-line api-key-public-resource
# <- comment.line.number-sign.python punctuation.definition.comment.python - meta.directive.clarifai-ignore.clarifai
# ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                           ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#clarifai-ignore-next-line api-key-public-resource, wrong-owner-ids -- public clarifai/main model, called with a PAT
# <~------------------------- comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                          ^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                 ^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai punctuation.separator.rule-id.clarifai
#                                                   ^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                                                   ^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai punctuation.separator.reason.clarifai
#                                                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
stub.PostModelOutputs(request, metadata=metadata)  # clarifai-ignore missing-owner-ids
#    ^^^^^^^^^^^^^^^^ - meta.directive.clarifai-ignore.clarifai
#                                                    ^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                                                                    ^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
# clarifai-ignore-file
# ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
# clarifai-ignore-file hardcoded-credential -- sample keys
# ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
#                      ^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                             ^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai comment.line.reason.clarifai
# clarifai-ignore-next-line unknown-rule
#                           ^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
# clarifai-ignore-next-line workflow-api-key unknown-rule
#                           ^^^^^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai constant.other.rule-id.clarifai
#                                            ^^^^^^^^^^^^ comment.line.number-sign.python meta.directive.clarifai-ignore.clarifai invalid.illegal.rule-id.clarifai
# see clarifai-ignore-next-line for details
#     ^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
# clarifai-ignore-nextline api-key-public-resource
# ^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
metadata = (("authorization", "Key " + PAT),)
#                              ^^^ string.quoted.single.python meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                                  ^ string.quoted.single.python punctuation.definition.string.end.python - meta.authorization.clarifai
#                                      ^^^ - meta.authorization.clarifai string.quoted.single.python
headers = {"Authorization": f"Key {PAT}"}
#                             ^^^ meta.fstring.python meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                                 ^ meta.fstring.python constant.character.format.placeholder.other.python - meta.authorization.clarifai
#                                  ^^^ meta.fstring.python - meta.authorization.clarifai
#                                      ^ meta.fstring.python punctuation.definition.string.end.python - meta.authorization.clarifai
headers = {'Authorization': 'Key %s' % pat, 'X': 'Key {}'.format(pat)}
#                            ^^^ string.quoted.single.python meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                                ^^ string.quoted.single.python - meta.authorization.clarifai
#                                                 ^^^ string.quoted.single.python meta.authorization.clarifai keyword.other.auth-scheme.clarifai
CLARIFAI_AUTH = 'Key 0123456789abcdef0123456789abcdef'
#                ^^^ string.quoted.single.python meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python meta.authorization.clarifai constant.other.credential.clarifai
#                                                    ^ string.quoted.single.python punctuation.definition.string.end.python - meta.authorization.clarifai
url = "https://api.clarifai.com/v2/models/general-image-recognition/outputs"
#      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python markup.underline.link.clarifai-api.clarifai
#                                                                          ^ string.quoted.single.python punctuation.definition.string.end.python - markup.underline.link.clarifai-api.clarifai
url = f"https://api.clarifai.com/v2/users/{USER_ID}/apps/{APP_ID}/models/{MODEL_ID}/outputs"
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ meta.fstring.python markup.underline.link.clarifai-api.clarifai
#                                          ^^^^^^^ meta.fstring.python - markup.underline.link.clarifai-api.clarifai
legacy = "https://clarifai.com/api/_api/v2/models"; channel = "api.clarifai.com:443"
#         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python markup.underline.link.clarifai-api.clarifai
#                                                              ^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python markup.underline.link.clarifai-api.clarifai
model = Model("https://clarifai.com/clarifai/main/models/general-image-recognition")
#              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python markup.underline.link.clarifai-portal.clarifai
# Docs: https://api.clarifai.com/v2/models/general-image-recognition/outputs. Or the portal.
#       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ comment.line.number-sign.python markup.underline.link.clarifai-api.clarifai
#                                                                           ^^^^ comment.line.number-sign.python - markup.underline.link.clarifai-api.clarifai
raise KeyError("Key not found")  # not a Key value
#               ^^^^^^^^^^^^^ string.quoted.single.python - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
message = f"Key {name} not found"; docs = "https://example.com/clarifai.com"
#           ^^^ meta.fstring.python - meta.authorization.clarifai keyword.other.auth-scheme.clarifai
#                                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python - markup.underline.link.clarifai-api.clarifai markup.underline.link.clarifai-portal.clarifai
text = "# clarifai-ignore-next-line api-key-public-resource"
#         ^^^^^^^^^^^^^^^^^^^^^^^^^ string.quoted.single.python - meta.directive.clarifai-ignore.clarifai keyword.other.directive.clarifai-ignore.clarifai
